import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { type OpenStorageOptions } from './index.ts';
import { buildExport, parseExport } from './transfer.ts';
import { freshName, sampleAttempt } from './fixtures.ts';
import { storageOpener } from './testing.ts';

const openStorageFor = storageOpener();
const open = async (options: OpenStorageOptions = {}) =>
  (await openStorageFor({ name: freshName(), ...options })).storage;

async function withAttempts(count: number) {
  const storage = await open();
  const profile = await storage.createProfile('Julie Martin');
  const attempts = [];
  for (let i = 0; i < count; i++)
    attempts.push(await storage.saveAttempt(sampleAttempt({ profileId: profile.id })));
  return { storage, profile, attempts };
}

/** An export file with its attempts changed by `edit`. */
function editedFile(text: string, edit: (attempts: Record<string, unknown>[]) => void): string {
  const file = JSON.parse(text) as { attempts: Record<string, unknown>[] };
  edit(file.attempts);
  return JSON.stringify(file);
}

describe('export', () => {
  it('writes one JSON file with the profile’s name and its attempts only', async () => {
    const { storage, profile, attempts } = await withAttempts(2);
    await storage.saveAttempt(sampleAttempt({ profileId: 'someone-else' }));
    const file = JSON.parse(await storage.exportAttempts(profile.id));
    expect(file).toMatchObject({
      format: 'decroche-attempts',
      version: 1,
      profile: { name: 'Julie Martin' },
    });
    expect(file.attempts.map((a: { id: string }) => a.id)).toEqual(attempts.map((a) => a.id));
    expect(file.attempts[0]).not.toHaveProperty('profileId');
    expect(file.attempts[0]).not.toHaveProperty('schemaVersion');
  });
});

describe('import', () => {
  it('round trip: what was exported comes back in another browser, under the new profile', async () => {
    const { storage, profile, attempts } = await withAttempts(3);
    const text = await storage.exportAttempts(profile.id);

    const other = await open();
    const me = await other.createProfile('Julie');
    expect(await other.importAttempts(me.id, text)).toEqual({ imported: 3, skipped: 0, errors: [] });
    expect((await other.loadAttempts(me.id)).items).toEqual(
      attempts.map((a) => ({ ...a, profileId: me.id })),
    );
  });

  it('skips attempts already there (same id), and repeats within the file', async () => {
    const { storage, profile, attempts } = await withAttempts(2);
    const text = await storage.exportAttempts(profile.id);
    expect(await storage.importAttempts(profile.id, text)).toEqual({ imported: 0, skipped: 2, errors: [] });

    const other = await open();
    const me = await other.createProfile('Julie');
    const doubled = editedFile(text, (list) => list.push({ ...list[0]! }));
    expect(await other.importAttempts(me.id, doubled)).toEqual({ imported: 2, skipped: 1, errors: [] });
    expect((await other.loadAttempts()).items).toHaveLength(attempts.length);
  });

  it('imports the valid attempts and names the index and field of the invalid ones', async () => {
    const { storage, profile } = await withAttempts(4);
    const text = editedFile(await storage.exportAttempts(profile.id), (list) => {
      list[1]!.startedAt = 'mardi';
      list[3]!.extra = true;
      list[2]!.log = [{ t: 'zéro', type: 'ring' }];
    });
    const other = await open();
    const me = await other.createProfile('Julie');
    const result = await other.importAttempts(me.id, text);
    expect(result.imported).toBe(1);
    expect(result.errors).toHaveLength(3);
    expect(result.errors[0]).toMatch(/^Tentative n° 2 \(« attempt-\d+ »\) : champ « startedAt » : /);
    expect(result.errors[1]).toMatch(
      /^Tentative n° 3 \(« attempt-\d+ »\) : champ « log\[0\] » : entrée de journal attendue/,
    );
    expect(result.errors[2]).toMatch(/^Tentative n° 4 \(« attempt-\d+ »\) : champ inconnu « extra »\.$/);
  });

  it('refuses a file over the size limit, saying its size', async () => {
    const { storage, profile } = await withAttempts(3);
    const text = await storage.exportAttempts(profile.id);
    const small = await open({ maxImportBytes: 1024 });
    const me = await small.createProfile('Julie');
    const result = await small.importAttempts(me.id, text);
    expect(result.imported).toBe(0);
    expect(result.errors).toEqual([
      expect.stringMatching(/^Fichier trop volumineux : \d+\u00a0Ko \(au plus 1\u00a0Ko\)\./),
    ]);
  });

  it('refuses a file with a __proto__ key anywhere, and pollutes nothing', async () => {
    const { storage, profile } = await withAttempts(2);
    const text = (await storage.exportAttempts(profile.id)).replace(
      '"scorecard":{',
      '"scorecard":{"__proto__":{"polluted":true},',
    );
    expect(text).toContain('__proto__');
    const other = await open();
    const me = await other.createProfile('Julie');
    const result = await other.importAttempts(me.id, text);
    expect(result).toEqual({
      imported: 0,
      skipped: 0,
      errors: [
        'Fichier refusé : il contient une clé « __proto__ », interdite car elle pourrait modifier le fonctionnement de l’application.',
      ],
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // The same key spelled with an escape is the same key once parsed.
    expect(parseExport(text.replace('"__proto__"', '"\\u005f_proto__"')).errors[0]).toMatch(/__proto__/);
  });

  it('says plainly when the file is not JSON, not an export, or from a newer version', () => {
    expect(parseExport('{ oups').errors[0]).toMatch(/^Ce fichier n’est pas du JSON lisible : /);
    expect(parseExport('{"attempts": []}').errors).toEqual([
      'Ce fichier n’est pas un export de tentatives de Décroche (il manque « format »: "decroche-attempts").',
    ]);
    expect(parseExport('{"format": "decroche-attempts", "version": 2}').errors[0]).toMatch(
      /version plus récente de Décroche \(format 2\)/,
    );
    expect(
      parseExport(
        '{"format": "decroche-attempts", "version": 1, "exportedAt": "2026-01-01T00:00:00Z", "profile": {}, "attempts": []}',
      ).errors[0],
    ).toMatch(/^Fichier d’export invalide : champ « profile\.name »/);
  });

  it('never throws and never accepts garbage (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        const result = parseExport(text);
        expect(result.attempts).toEqual([]);
        expect(result.errors.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('parses back exactly what it built (property)', () => {
    const entry = fc.record({ t: fc.nat(), type: fc.constantFrom('ring', 'pickup', 'hold', 'resume') });
    const attempt = fc.record(
      {
        id: fc.string({ minLength: 1, maxLength: 20 }),
        profileId: fc.constant('p1'),
        scenarioId: fc.string({ minLength: 1 }),
        scenarioVersion: fc.integer({ min: 1, max: 99 }),
        startedAt: fc
          .date({ min: new Date(2020, 0, 1), max: new Date(2040, 0, 1), noInvalidDate: true })
          .map((d) => d.toISOString()),
        log: fc.array(entry, { maxLength: 5 }),
        outcome: fc.record({
          id: fc.string({ minLength: 1 }),
          verdict: fc.constantFrom('correct', 'acceptable', 'wrong') as fc.Arbitrary<
            'correct' | 'acceptable' | 'wrong'
          >,
        }),
        scorecard: fc.jsonValue().filter((v) => !JSON.stringify(v).includes('__proto__')),
        appVersion: fc.constant('0.1.0'),
      },
      {
        requiredKeys: ['id', 'profileId', 'scenarioId', 'scenarioVersion', 'startedAt', 'log', 'appVersion'],
      },
    );
    fc.assert(
      fc.property(fc.array(attempt, { maxLength: 5 }), (attempts) => {
        const parsed = parseExport(buildExport({ name: 'X' }, attempts as never, new Date()));
        expect(parsed.errors).toEqual([]);
        // JSON drops -0 and undefined-valued keys: compare through JSON, as a file would.
        expect(parsed.attempts.map((a) => a.attempt)).toEqual(
          JSON.parse(JSON.stringify(attempts.map(({ profileId: _p, ...rest }) => rest))),
        );
      }),
      { numRuns: 100 },
    );
  });
});
