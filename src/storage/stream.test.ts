import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { type OpenStorageOptions, type Verified } from './index.ts';
import type { ExportedAttempt } from './transfer.ts';
import { freshName, sampleAttempt, sampleScorecard } from './fixtures.ts';
import { storageOpener } from './testing.ts';
import { attemptLine, headerLine, MAX_LINE_BYTES, readLines } from './streamFormat.ts';

const openStorageFor = storageOpener();
const open = async (options: OpenStorageOptions = {}) =>
  (await openStorageFor({ name: freshName(), ...options })).storage;
const VERSIONS = { appVersion: '1.2.3', rubricVersion: 1 };

async function withAttempts(count: number) {
  const storage = await open();
  const profile = await storage.createProfile('Julie Martin');
  const attempts = [];
  for (let i = 0; i < count; i++)
    attempts.push(await storage.saveAttempt(sampleAttempt({ profileId: profile.id })));
  return { storage, profile, attempts };
}

const fileOf = (attempts: readonly ExportedAttempt[], count = attempts.length) =>
  new Blob([
    headerLine({ ...VERSIONS, exportedAt: '2026-03-10T09:00:00.000Z', profile: { name: 'X' }, count }),
    ...attempts.map(attemptLine),
  ]);
const exported = (count: number) =>
  Array.from({ length: count }, () => {
    const { profileId: _p, ...a } = sampleAttempt();
    return a;
  });
/** A verifier that stands for the replay: it always scores 12, whatever the file says. */
const rescore = (attempts: readonly ExportedAttempt[]): Verified[] =>
  attempts.map((a) => ({
    ok: true,
    attempt: { ...a, scorecard: sampleScorecard({ total: 12 }) },
    ...(a.scorecard && (a.scorecard as { total?: number }).total === 100 ? { note: 'rejeu différent' } : {}),
  }));

describe('export file, JSON Lines', () => {
  it('carries the app and rubric versions, one attempt a line, and round-trips', async () => {
    const { storage, profile, attempts } = await withAttempts(5);
    const progress: number[] = [];
    const file = await storage.exportAttemptsFile(profile.id, {
      ...VERSIONS,
      chunk: 2,
      onprogress: (d) => progress.push(d),
    });
    const lines = (await file.text()).trimEnd().split('\n');
    expect(JSON.parse(lines[0]!)).toMatchObject({
      format: 'decroche-attempts',
      version: 2,
      appVersion: '1.2.3',
      rubricVersion: 1,
      count: 5,
    });
    expect(lines).toHaveLength(6);
    expect(progress).toEqual([2, 4, 5]);

    const other = await open();
    const me = await other.createProfile('Julie');
    const result = await other.importAttemptsFile(me.id, file, { verify: rescore });
    expect(result).toMatchObject({ imported: 5, skipped: 0, errors: [], stopped: false });
    const back = (await other.loadAttempts(me.id)).items;
    expect(back.map((a) => a.id)).toEqual(attempts.map((a) => a.id));
    expect(back.map((a) => a.log)).toEqual(attempts.map((a) => a.log));
  });

  it('never keeps a scorecard from the file: re-scored by the verifier, or dropped without one', async () => {
    const storage = await open();
    const me = await storage.createProfile('Julie');
    const forged = exported(2).map((a) => ({ ...a, scorecard: { total: 100, passed: true } }));
    const result = await storage.importAttemptsFile(me.id, fileOf(forged), { verify: rescore });
    expect(result).toMatchObject({ imported: 2, rescored: 2, notes: ['rejeu différent', 'rejeu différent'] });
    const summaries = (await storage.loadSummaries(me.id)).items;
    expect(summaries.map((s) => s.total)).toEqual([12, 12]);

    const plain = await open();
    const you = await plain.createProfile('Léa');
    await plain.importAttemptsFile(you.id, fileOf(forged));
    expect(
      (await plain.loadAttempts(you.id)).items.every(
        (a) => a.scorecard === undefined && a.outcome === undefined,
      ),
    ).toBe(true);
  });

  it('refuses what the verifier refuses, in French, and imports the rest', async () => {
    const storage = await open();
    const me = await storage.createProfile('Julie');
    const attempts = exported(3);
    const verify = (list: readonly ExportedAttempt[]): Verified[] =>
      list.map((a) =>
        a.id === attempts[1]!.id ? { ok: false, error: 'le temps recule' } : { ok: true, attempt: a },
      );
    const result = await storage.importAttemptsFile(me.id, fileOf(attempts), { verify });
    expect(result.imported).toBe(2);
    expect(result.errors).toEqual([`Tentative « ${attempts[1]!.id} » : le temps recule`]);
  });

  it('resumes: stopped after a chunk, the same file imports the rest', async () => {
    const storage = await open();
    const me = await storage.createProfile('Julie');
    const file = fileOf(exported(7));
    const stop = new AbortController();
    const first = await storage.importAttemptsFile(me.id, file, {
      chunk: 3,
      signal: stop.signal,
      onprogress: () => stop.abort(),
    });
    expect(first).toMatchObject({ imported: 3, stopped: true });
    const second = await storage.importAttemptsFile(me.id, file, { chunk: 3 });
    expect(second).toMatchObject({ imported: 4, skipped: 3, stopped: false, errors: [] });
    expect((await storage.loadSummaries(me.id)).items).toHaveLength(7);
  });

  it('still imports a format 1 file', async () => {
    const { storage, profile } = await withAttempts(2);
    const old = new Blob([await storage.exportAttempts(profile.id)]);
    const other = await open();
    const me = await other.createProfile('Julie');
    expect(await other.importAttemptsFile(me.id, old)).toMatchObject({ imported: 2, errors: [] });
  });
});

/** A stream that hands out exactly these chunks (a Blob would merge them). */
const streamOf = (parts: Uint8Array[]) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      for (const p of parts) controller.enqueue(p);
      controller.close();
    },
  });

describe('export file, hostile lines', () => {
  const importText = async (parts: BlobPart[]) => {
    const storage = await open();
    const me = await storage.createProfile('Julie');
    const result = await storage.importAttemptsFile(me.id, new Blob(parts));
    return { result, items: (await storage.loadAttempts(me.id)).items };
  };
  const header = (count: number) =>
    headerLine({ ...VERSIONS, exportedAt: '2026-03-10T09:00:00.000Z', profile: { name: 'X' }, count });

  it.each([
    [
      'a lone surrogate',
      (line: string) => line.replace('Si je comprends', 'Si je \\ud800comprends'),
      /Ligne 2 .*caractère Unicode isolé/,
    ],
    [
      'a __proto__ key',
      (line: string) => line.replace('{"id"', '{"__proto__":{"polluted":1},"id"'),
      /Ligne 2 : clé « __proto__ » interdite/,
    ],
    [
      'an unknown field',
      (line: string) => line.replace('{"id"', '{"isAdmin":true,"id"'),
      /Ligne 2 \(« attempt-\d+ »\) : .*isAdmin/,
    ],
    ['broken JSON', (line: string) => `${line.slice(0, 40)}\n`, /Ligne 2 : ce n’est pas du JSON lisible/],
  ])('refuses %s, naming the line', async (_, edit, message) => {
    const [a, b] = exported(2);
    const { result, items } = await importText([header(2), edit(attemptLine(a!)), attemptLine(b!)]);
    expect(result.imported).toBe(1);
    expect(result.errors.join('\n')).toMatch(message);
    expect(items.map((i) => i.id)).toEqual([b!.id]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('cleans every text: NFD composed, zero-width and control characters removed', async () => {
    const a = exported(1)[0]!;
    const line = attemptLine(a).replace(
      'Si je comprends',
      'Si je compr\\u200bends\\u0007 pre\\u0301cise\\u0301ment',
    );
    const { items } = await importText([header(1), line]);
    expect(JSON.stringify(items[0]!.log)).toContain('Si je comprends précisément');
  });

  it('refuses a Latin-1 file with the line of the first invalid byte', async () => {
    const a = exported(1)[0]!;
    const bytes = new TextEncoder().encode(attemptLine(a));
    const { result } = await importText([
      header(1),
      bytes.slice(0, 30),
      new Uint8Array([0xe9]),
      bytes.slice(30),
    ]);
    expect(result.errors).toContain(
      'Ligne 2 : le fichier n’est pas en UTF-8 ; ce n’est pas un export de Décroche.',
    );
  });

  it('says when the file is shorter than its header says (a truncated download)', async () => {
    const { result } = await importText([header(3), ...exported(2).map(attemptLine)]);
    expect(result.errors).toEqual([
      'L’en-tête annonce 3 tentative(s), le fichier en contient 2 : il est peut-être tronqué.',
    ]);
    expect(result.imported).toBe(2);
  });

  it('refuses a bad header, a line past its cap', async () => {
    expect(
      (await importText(['{"format":"decroche-attempts","version":2,"count":-1}\n'])).result.errors[0],
    ).toMatch(/^En-tête de l’export invalide \(ligne 1\)/);
    const long = `${header(1)}${'x'.repeat(MAX_LINE_BYTES + 10)}`;
    expect((await importText([long])).result.errors[0]).toMatch(/^Ligne 2 : plus de 2\u00a0Mo sur une ligne/);
  });

  it('reads lines the same however the bytes are cut', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.string({ maxLength: 20 }).map((s) => s.replace(/[\r\n]/g, '')),
          { maxLength: 8 },
        ),
        fc.array(fc.nat(), { maxLength: 6 }),
        async (lines, cuts) => {
          const bytes = new TextEncoder().encode(lines.map((l) => `${l}\n`).join(''));
          const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((x, y) => x - y);
          const bounds = [0, ...points, bytes.length];
          const parts = bounds.slice(1).map((end, i) => bytes.slice(bounds[i], end));
          const got: string[] = [];
          for await (const { text } of readLines(streamOf(parts))) got.push(text);
          expect(got).toEqual(lines.filter((l) => l.trim() !== ''));
        },
      ),
      { numRuns: 100 },
    );
  });
});
