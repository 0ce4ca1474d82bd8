import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BROKEN_VARIANTS, fixtureFiles } from '../../tests/fixtures/packs/packs.ts';
import { splitChunks } from './chunks.ts';
import { parsePack, type FileCache, type PackFile } from './parse.ts';

const CORE = new URL('../../content/core/', import.meta.url).pathname;
const coreFiles = (): PackFile[] =>
  [
    'pack.yaml',
    ...['practices', 'callers', 'scenarios'].flatMap((dir) =>
      readdirSync(join(CORE, dir))
        .filter((f) => f.endsWith('.yaml'))
        .map((f) => `${dir}/${f}`),
    ),
  ].map((path) => ({ path, text: readFileSync(join(CORE, path), 'utf8') }));

/** What the studio shows: errors, scenarios and bundles. */
const seen = (files: PackFile[], cache?: FileCache) => {
  const parsed = parsePack(files, cache ? { cache } : {});
  return { errors: parsed.errors, scenarios: parsed.scenarios, bundles: parsed.bundles.length };
};

/** A small PRNG, so that the mutations are the same on every run. */
function random(seed: number) {
  let a = seed;
  return () => (a = (a * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

describe('reading a file in pieces (the studio’s check per edit)', () => {
  it('cuts a plain scenario by top-level key and by node, and refuses what ties pieces together', () => {
    const text = 'id: x\nnodes:\n  a:\n    say: "Oui !"\n  b:\n    say: "Non ! *pas* &toi"\nstart: a\n';
    expect(splitChunks(text)!.map((c) => [c.key, c.node ?? '', c.line])).toEqual([
      ['id', '', 0],
      ['nodes', '', 1],
      ['nodes', 'a', 2],
      ['nodes', 'b', 4],
      ['start', '', 6],
    ]);
    expect(splitChunks('a: &x 1\nb: *x\n')).toBeUndefined();
    expect(splitChunks('a: !!str 1\n')).toBeUndefined();
    expect(splitChunks('a: 1\n---\nb: 2\n')).toBeUndefined();
    expect(splitChunks('a: [1,\n2]\n')).toBeUndefined();
    expect(splitChunks('nodes:\n  "a b":\n    say: x\n')).toBeUndefined();
  });

  it('gives the same data, errors and lines as the whole file, for every built-in and broken pack', () => {
    const packs = [coreFiles(), fixtureFiles(), ...BROKEN_VARIANTS.map((v) => fixtureFiles(v))];
    for (const files of packs) {
      const cache: FileCache = new Map();
      expect(seen(files, cache)).toEqual(seen(files));
      // Read again from the cache: still the same.
      expect(seen(files, cache)).toEqual(seen(files));
    }
  }, 120_000);

  it('gives the same as the whole file after every kind of edit, one after another from the cache', () => {
    // The scenario with its practice and caller only: the rounds stay quick.
    const main = coreFiles().find((f) => f.path === 'scenarios/fievre-enfant-fin-de-journee.yaml')!;
    const files = coreFiles().filter(
      (f) =>
        f.path === main.path ||
        f.path === 'pack.yaml' ||
        ((f.path.startsWith('practices/') || f.path.startsWith('callers/')) &&
          main.text.includes(f.path.replace(/^\w+\/|\.yaml$/g, ''))),
    );
    const main_ = files.find((f) => f.path === main.path)!;
    const next = random(12);
    const cache: FileCache = new Map();
    let text = main.text;
    const edits = [
      (lines: string[], i: number) => lines.splice(i, 1), // a line removed
      (lines: string[], i: number) => lines.splice(i, 0, lines[i]!), // a line doubled
      (lines: string[], i: number) => (lines[i] = lines[i]!.replace(/^ {2}/, '')), // less indented
      (lines: string[], i: number) => (lines[i] = ` ${lines[i]!}`), // more indented
      (lines: string[], i: number) => (lines[i] = `${lines[i]!}:`), // a colon typed
      (lines: string[], i: number) => (lines[i] = lines[i]!.replace(/"/, '')), // a quote lost
      (lines: string[], i: number) => (lines[i] = lines[i]!.replace(/[a-z]+/, 'zz')), // a word changed
      (lines: string[], i: number) => (lines[i] = lines[i]!.replace(/$/, ' &a')), // an anchor
    ];
    let differed = 0;
    for (let round = 0; round < 60; round++) {
      const lines = (round % 10 === 0 ? main.text : text).split('\n');
      edits[Math.floor(next() * edits.length)]!(lines, Math.floor(next() * lines.length));
      const edited = lines.join('\n');
      const withEdit = files.map((f) => (f === main_ ? { ...f, text: edited } : f));
      const whole = seen(withEdit);
      if (whole.errors.some((e) => e.file === main.path)) differed++;
      expect(seen(withEdit, cache), `round ${round}`).toEqual(whole);
      text = edited;
    }
    // The edits did break the file now and then: the errors were compared too.
    expect(differed).toBeGreaterThan(5);
  }, 120_000);
});
