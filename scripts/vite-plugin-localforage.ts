/**
 * localforage built from its ES sources with the drivers a browser of the es2022 build can use:
 * IndexedDB, and localStorage where IndexedDB is missing. WebSQL is left out (Chromium removed
 * it, Firefox never had it, and every browser that has it has IndexedDB, tried first), and so is
 * the Promise polyfill (every such browser has Promise): 1.6 Ko gzip off the first download of
 * every page, the same API and the same stored data (DESIGN §12). The localStorage driver and
 * the serializer only it uses are fetched when a store first uses that driver (a browser without
 * IndexedDB) or asks for the serializer: 1.9 Ko gzip more off every page.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

const SOURCES = join(dirname(createRequire(import.meta.url).resolve('localforage/package.json')), 'src');
const ENTRY = join(SOURCES, 'localforage.js');
const PROMISE = join(SOURCES, 'utils', 'promise.js');

/** The entry without the WebSQL driver; fails the build if localforage's sources changed shape. */
export function withoutWebSql(code: string): string {
  const edits: [string | RegExp, string][] = [
    [/^import websqlDriver from '\.\/drivers\/websql';\n/m, ''],
    [/^\s*WEBSQL: websqlDriver,\n/m, ''],
    [/^\s*DefaultDrivers\.WEBSQL\._driver,\n/m, ''],
  ];
  let out = code;
  for (const [pattern, replacement] of edits) {
    const next = out.replace(pattern, replacement);
    if (next === out) throw new Error(`localforage's sources changed: ${String(pattern)} not found`);
    out = next;
  }
  return out;
}

/**
 * The localStorage driver as localforage defines it (its name, whether the browser supports it),
 * each of its methods loading the real driver on first use and running it on the same instance.
 */
const LAZY_LOCAL_STORAGE = `import isLocalStorageValid from './utils/isLocalStorageValid';
let localStorageDriverLoad;
const loadLocalStorageDriver = () =>
  (localStorageDriverLoad ??= import('./drivers/localstorage').then((m) => m.default));
const localstorageDriver = { _driver: 'localStorageWrapper', _support: isLocalStorageValid() };
for (const method of ['_initStorage', 'iterate', 'getItem', 'setItem', 'removeItem', 'clear', 'length', 'key', 'keys', 'dropInstance'])
  localstorageDriver[method] = function (...args) {
    return loadLocalStorageDriver().then((driver) => driver[method].apply(this, args));
  };
`;

/**
 * The entry with the localStorage driver and the serializer loaded on demand (see above); fails
 * the build if localforage's sources changed shape.
 */
export function withLazyLocalStorage(code: string): string {
  const edits: [string | RegExp, string][] = [
    [/^import localstorageDriver from '\.\/drivers\/localstorage';\n/m, LAZY_LOCAL_STORAGE],
    [/^import serializer from '\.\/utils\/serializer';\n/m, ''],
    [
      /const serializerPromise = Promise\.resolve\(serializer\);/,
      "const serializerPromise = import('./utils/serializer').then((m) => m.default);",
    ],
  ];
  let out = code;
  for (const [pattern, replacement] of edits) {
    const next = out.replace(pattern, replacement);
    if (next === out) throw new Error(`localforage's sources changed: ${String(pattern)} not found`);
    out = next;
  }
  if (/\bserializer\b(?!')/.test(out.replace(/import\('\.\/utils\/serializer'\)/, '')))
    throw new Error("localforage's sources changed: the entry uses the serializer elsewhere");
  return out;
}

export function localforageDrivers(): Plugin {
  return {
    name: 'decroche-localforage-drivers',
    enforce: 'pre',
    resolveId(source) {
      return source === 'localforage' ? ENTRY : null;
    },
    load(id) {
      if (id === PROMISE) return 'export default Promise;\n';
      return null;
    },
    transform(code, id) {
      return id === ENTRY ? { code: withLazyLocalStorage(withoutWebSql(code)), map: null } : null;
    },
  };
}
