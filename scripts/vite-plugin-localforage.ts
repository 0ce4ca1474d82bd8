/**
 * localforage built from its ES sources with the drivers a browser of the es2022 build can use:
 * IndexedDB, and localStorage where IndexedDB is missing. WebSQL is left out (Chromium removed
 * it, Firefox never had it, and every browser that has it has IndexedDB, tried first), and so is
 * the Promise polyfill (every such browser has Promise): 1.6 Ko gzip off the first download of
 * every page, the same API and the same stored data (DESIGN §12).
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
      return id === ENTRY ? { code: withoutWebSql(code), map: null } : null;
    },
  };
}
