/**
 * Property tests: whatever text a trainer (or an attacker) puts in a pack, the loader answers
 * with bundles or French errors — it never throws and never touches Object.prototype.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { fixtureFiles } from '../../tests/fixtures/packs/packs.ts';
import { parsePack, type PackFile, type ParsedPack } from './parse.ts';

const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype).sort();

afterEach(() => {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_NAMES);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

/** What must hold for any input. */
function checkResult(result: ParsedPack, files: readonly PackFile[]): void {
  expect(result.bundles.length > 0 || result.errors.length > 0).toBe(true);
  const paths = new Set(['', 'pack.yaml', ...files.map((f) => f.path)]);
  for (const error of result.errors) {
    expect(paths.has(error.file)).toBe(true);
    expect(error.message.length).toBeGreaterThan(0);
    if (error.line !== undefined) expect(Number.isInteger(error.line) && error.line >= 1).toBe(true);
  }
  // Nothing valid is lost and nothing invalid is played.
  const failing = result.errors.some((e) => e.severity === 'error');
  if (!failing) expect(result.bundles.length).toBe(result.scenarios.length);
  for (const b of result.bundles) expect(Object.getPrototypeOf(b.scenario)).toBe(Object.prototype);
}

const YAMLISH_TOKENS = [
  'a:',
  'id: x',
  ' ',
  '  ',
  '\n',
  '\t',
  '- ',
  '{',
  '}',
  '[',
  ']',
  ',',
  ':',
  '"',
  "'",
  '&x ',
  '*x',
  '<<: ',
  '__proto__: ',
  'constructor: ',
  'prototype',
  '!tag ',
  '!!str ',
  '#',
  '? ',
  '---',
  '...',
  '|',
  '>',
  '1',
  '-1.5e3',
  '.inf',
  'null',
  '~',
  'true',
  'nodes:',
  'say: ',
  'goto: ',
  'start: ',
  'é',
  '’',
  '\u2028',
  '\uFEFF',
  '%YAML 1.2',
  '\\u0000',
];

const yamlish = fc.array(fc.constantFrom(...YAMLISH_TOKENS), { maxLength: 60 }).map((t) => t.join(''));
const anyText = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  yamlish,
);
const jsonText = fc.oneof(
  fc.json({ maxDepth: 4 }),
  fc
    .dictionary(
      fc.constantFrom('__proto__', 'constructor', 'prototype', 'id', 'nodes', 'schemaVersion', '<<'),
      fc.jsonValue({ maxDepth: 3 }),
    )
    .map((o) => JSON.stringify(o)),
);
const place = fc.constantFrom(
  'pack.yaml',
  'practices/x.yaml',
  'callers/x.yml',
  'scenarios/x.yaml',
  'scenarios/x.json',
  'x.yaml',
);

describe('parsePack never throws', () => {
  it('on random text in any file of a pack', () => {
    fc.assert(
      fc.property(place, anyText, fc.boolean(), (path, text, partial) => {
        const files = [{ path, text }];
        checkResult(parsePack(files, { partial }), files);
      }),
      { numRuns: 300 },
    );
  });

  it('on random JSON, including __proto__ and constructor keys', () => {
    fc.assert(
      fc.property(fc.constantFrom('scenarios/x.json', 'callers/x.json', 'x.json'), jsonText, (path, text) => {
        const files = [{ path, text }];
        checkResult(parsePack(files, { partial: true }), files);
      }),
      { numRuns: 300 },
    );
  });
});

// ---------------------------------------------------------------- mutations of the valid pack

type Json = fc.JsonValue;

const valid = fixtureFiles();
const validData = new Map(valid.map((f) => [f.path, parseYaml(f.text) as Json]));

function containers(
  value: Json | undefined,
  path: (string | number)[] = [],
  out: (string | number)[][] = [],
) {
  if (value !== null && typeof value === 'object') {
    out.push(path);
    if (Array.isArray(value)) value.forEach((v, i) => containers(v, [...path, i], out));
    else for (const [k, v] of Object.entries(value)) containers(v, [...path, k], out);
  }
  return out;
}

const at = (value: Json, path: (string | number)[]) =>
  path.reduce<Json>((v, k) => (v as Record<string | number, Json>)[k]!, value);

const replacement = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom<Json>(
    '',
    'x',
    'accueil',
    'fin',
    'rdv',
    'inconnu',
    -1,
    0,
    1e9,
    [],
    {},
    null,
    'cabinet-essai',
    '15',
  ),
);

const mutation = fc.record({
  file: fc.constantFrom(...valid.map((f) => f.path)),
  target: fc.nat(),
  key: fc.oneof(
    fc.constantFrom('id', 'goto', 'settle', 'say', 'on', 'when', 'start', '__proto__', 'constructor', 'x'),
    fc.nat(5),
  ),
  kind: fc.constantFrom('set', 'delete', 'add'),
  value: replacement,
  format: fc.constantFrom('yaml', 'json'),
});

function applyMutation(m: {
  file: string;
  target: number;
  key: string | number;
  kind: 'set' | 'delete' | 'add';
  value: Json;
  format: 'yaml' | 'json';
}): PackFile[] {
  const data = structuredClone(validData.get(m.file)!);
  const targets = containers(data);
  const parent = at(data, targets[m.target % targets.length]!) as Record<string | number, Json>;
  const keys = Object.keys(parent);
  const key = m.kind === 'add' ? m.key : (keys[Number(m.key) % keys.length] ?? keys[0] ?? m.key);
  if (m.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
  } else
    Object.defineProperty(parent, key, {
      value: m.value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  const path = m.format === 'json' ? m.file.replace(/\.ya?ml$/, '.json') : m.file;
  const text = m.format === 'json' ? JSON.stringify(data, null, 2) : stringifyYaml(data);
  return [...valid.filter((f) => f.path !== m.file), { path, text }];
}

describe('parsePack on mutations of the valid pack', () => {
  it('returns a bundle or errors, never throws, never pollutes', () => {
    fc.assert(
      fc.property(mutation, (m) => {
        const files = applyMutation(m);
        checkResult(parsePack(files), files);
      }),
      { numRuns: 200 },
    );
  });

  it('survives random edits of the YAML text', () => {
    const scenario = valid.find((f) => f.path.startsWith('scenarios/'))!;
    fc.assert(
      fc.property(
        fc.nat(scenario.text.length),
        fc.nat(40),
        fc.constantFrom(...YAMLISH_TOKENS),
        (start, length, insert) => {
          const text = scenario.text.slice(0, start) + insert + scenario.text.slice(start + length);
          const files = [...valid.filter((f) => f !== scenario), { path: scenario.path, text }];
          checkResult(parsePack(files), files);
        },
      ),
      { numRuns: 200 },
    );
  });
});
