import { describe, expect, it, vi } from 'vitest';
import { SUMMARY_STORE, summaryOf, type AttemptSummary } from './index.ts';
import { storageOpener } from './testing.ts';
import { freshName, rawStore, sampleAttempt, sampleScorecard } from './fixtures.ts';
import { readSummary } from './storedSummary.ts';

const open = storageOpener();

const summaries = (name: string) => rawStore(name, SUMMARY_STORE);
const scored = (overrides: Parameters<typeof sampleAttempt>[0] = {}) =>
  sampleAttempt({ scorecard: sampleScorecard(), ...overrides });

describe('summaryOf', () => {
  it('keeps the numbers of the scorecard, not its evidence', () => {
    const attempt = scored({ scorecard: sampleScorecard({ total: 64, critical: ['secrecy'] }) });
    const summary = summaryOf(attempt);
    expect(summary).toEqual({
      schemaVersion: 1,
      id: attempt.id,
      profileId: 'p1',
      scenarioId: 'anxieuse-rdv',
      scenarioVersion: 1,
      startedAt: attempt.startedAt,
      endedAt: attempt.endedAt,
      outcome: { id: 'rdv-pris', verdict: 'correct', label: 'Rendez-vous pris' },
      total: 64,
      passed: false,
      critical: ['secrecy'],
      criteria: {
        greeting: 90,
        identification: null,
        empathy: 75,
        reformulation: 80,
        timing: 70,
        orientation: 85,
        accuracy: null,
        role: 100,
        confidentiality: null,
        closing: 60,
      },
      rubricVersion: 1,
    });
    expect(JSON.stringify(summary).length).toBeLessThan(JSON.stringify(attempt).length / 4);
  });

  it('falls back on what the attempt recorded when it has no readable scorecard', () => {
    const attempt = sampleAttempt({
      scorecard: { total: 'quatre-vingts' },
      outcome: { id: 'fuite', verdict: 'wrong', critical: 'secrecy' },
    });
    expect(summaryOf(attempt)).toMatchObject({
      outcome: { id: 'fuite', verdict: 'wrong', critical: 'secrecy' },
      total: null,
      passed: false,
      critical: ['secrecy'],
      criteria: { greeting: null, closing: null },
      rubricVersion: null,
    });
  });

  it('turns an odd scorecard into a valid summary (scores kept within 0–100, unknown rules dropped)', () => {
    const card = {
      ...sampleScorecard(),
      total: 104,
      rubricVersion: undefined,
      critical: [{ id: 'secrecy' }, { id: 'made-up' }, null],
      criteria: { greeting: { score: -3 }, empathy: { score: 'bien' }, closing: 7 },
    };
    const summary = summaryOf(sampleAttempt({ scorecard: card }));
    expect(summary).toMatchObject({ total: 100, critical: ['secrecy'], rubricVersion: null });
    expect(summary.criteria).toMatchObject({ greeting: 0, empathy: null, closing: null, timing: null });
  });
});

describe('readSummary', () => {
  const valid = summaryOf(scored());
  it('accepts what summaryOf writes, and what the schema accepts beyond it', () => {
    expect(readSummary(valid, valid.id)).toEqual({ kind: 'ok', value: valid });
    const offset = { ...valid, startedAt: '2026-03-10T10:00:00+01:00' };
    expect(readSummary(offset, valid.id)).toEqual({ kind: 'ok', value: offset });
  });

  it('asks for a rebuild of anything else, and leaves a newer format alone', () => {
    for (const bad of [
      { ...valid, startedAt: '2026-02-30T09:00:00.000Z' },
      { ...valid, total: 101 },
      { ...valid, criteria: { ...valid.criteria, closing: undefined } },
      { ...valid, critical: ['made-up'] },
      { ...valid, outcome: { id: 'x', verdict: 'maybe' } },
      { ...valid, schemaVersion: 0 },
      'texte',
    ])
      expect(readSummary(bad, valid.id)).toEqual({ kind: 'rebuild' });
    expect(readSummary(valid, 'another-key')).toEqual({ kind: 'rebuild' });
    expect(readSummary({ ...valid, schemaVersion: 2 }, valid.id)).toEqual({ kind: 'newer' });
  });
});

describe.each(['transaction', 'localforage'] as const)('summaries (bulk: %s)', (bulk) => {
  it('are saved with each attempt and loaded per profile, oldest first', async () => {
    const name = freshName();
    const { storage } = await open({ name, bulk });
    const late = scored({ startedAt: '2026-03-10T10:00:00.000Z' });
    const early = scored({ startedAt: '2026-03-10T08:00:00.000Z' });
    await storage.saveAttempt(late);
    await storage.finishCall(early);
    await storage.saveAttempt(scored({ profileId: 'p2' }));

    expect(await summaries(name).getItem(late.id)).toEqual(summaryOf(late));
    const { items, problems } = await storage.loadSummaries('p1');
    expect(problems).toEqual([]);
    expect(items).toEqual([summaryOf(early), summaryOf(late)]);
    expect((await storage.loadSummaries()).items).toHaveLength(3);
  });

  it('are rebuilt for attempts saved without one (an older app in another tab)', async () => {
    const name = freshName();
    const { storage } = await open({ name, bulk });
    const mine = await storage.saveAttempt(scored());
    const fromOldTab = { ...scored({ startedAt: '2026-03-11T09:00:00.000Z' }), schemaVersion: 1 };
    await rawStore(name, 'attempts').setItem(fromOldTab.id, fromOldTab);

    const { items } = await storage.loadSummaries('p1');
    expect(items.map((s) => s.id)).toEqual([mine.id, fromOldTab.id]);
    expect(await summaries(name).getItem(fromOldTab.id)).toEqual(summaryOf(fromOldTab));
  });

  it('load quickly without the check of the attempts, which verifySummaries then does', async () => {
    const name = freshName();
    const { storage } = await open({ name, bulk });
    const mine = await storage.saveAttempt(scored({ startedAt: '2026-03-10T08:00:00.000Z' }));
    const gone = await storage.saveAttempt(scored({ startedAt: '2026-03-10T09:00:00.000Z' }));
    expect(await storage.verifySummaries('p1')).toBeNull();

    const fromOldTab = { ...scored({ startedAt: '2026-03-11T09:00:00.000Z' }), schemaVersion: 1 };
    await rawStore(name, 'attempts').setItem(fromOldTab.id, fromOldTab);
    await rawStore(name, 'attempts').removeItem(gone.id);

    const quick = await storage.loadSummaries('p1', { verify: false });
    expect(quick.items.map((s) => s.id)).toEqual([mine.id, gone.id]);
    const checked = await storage.verifySummaries('p1');
    expect(checked?.items.map((s) => s.id)).toEqual([mine.id, fromOldTab.id]);
    expect(await summaries(name).getItem(gone.id)).toBeNull();
    expect(await storage.verifySummaries('p1')).toBeNull();
  });

  it('go with their attempt when it is deleted, or with the profile', async () => {
    const name = freshName();
    const { storage } = await open({ name, bulk });
    const a = await storage.saveAttempt(scored());
    const b = await storage.saveAttempt(scored());
    const other = await storage.saveAttempt(scored({ profileId: 'p2' }));
    await storage.deleteAttempt(a.id);
    expect(await summaries(name).getItem(a.id)).toBeNull();
    await storage.deleteProfile('p1');
    expect(await summaries(name).getItem(b.id)).toBeNull();
    expect((await storage.loadSummaries()).items.map((s) => s.id)).toEqual([other.id]);
  });
});

describe('summaries on disk', () => {
  it('are built at start-up for the attempts stored before they existed, once', async () => {
    const name = freshName();
    const attempts = [scored(), scored({ profileId: 'p2' })];
    for (const a of attempts) await rawStore(name, 'attempts').setItem(a.id, { ...a, schemaVersion: 1 });
    // A v0 attempt (no format version, `events`): converted first, then summed up.
    const { log, ...old } = scored();
    await rawStore(name, 'attempts').setItem(old.id, { ...old, events: log });

    const { storage, problems } = await open({ name });
    expect(problems).toEqual([]);
    const keys = (await summaries(name).keys()).sort();
    expect(keys).toEqual([...attempts.map((a) => a.id), old.id].sort());
    expect(await summaries(name).getItem(old.id)).toEqual(summaryOf(old));
    expect(log).toBeDefined();

    // Done once: a summary deleted behind its back is not rebuilt at the next start-up…
    await summaries(name).removeItem(old.id);
    await open({ name });
    expect(await summaries(name).getItem(old.id)).toBeNull();
    // …but as soon as the dashboard asks.
    expect((await storage.loadSummaries('p1')).items.map((s) => s.id).sort()).toEqual(
      [attempts[0]!.id, old.id].sort(),
    );
  });

  it('a corrupt one is rebuilt from its attempt; one without its attempt is deleted', async () => {
    const name = freshName();
    const { storage } = await open({ name });
    const a = await storage.saveAttempt(scored());
    const b = await storage.saveAttempt(scored());
    await summaries(name).setItem(a.id, { ...summaryOf(a), total: 'beaucoup' });
    await summaries(name).setItem(b.id, 'pas un objet');
    await summaries(name).setItem('disparue', { ...summaryOf(a), id: 'disparue' });

    const { items, problems } = await storage.loadSummaries('p1');
    expect(problems).toEqual([]);
    expect(items.map((s) => s.id).sort()).toEqual([a.id, b.id].sort());
    expect(await summaries(name).getItem(a.id)).toEqual(summaryOf(a));
    expect(await summaries(name).getItem(b.id)).toEqual(summaryOf(b));
    expect(await summaries(name).getItem('disparue')).toBeNull();
    expect(await storage.listQuarantine()).toEqual([]);
  });

  it('one written by a newer app is read from its attempt and left as it is', async () => {
    const name = freshName();
    const { storage } = await open({ name });
    const a = await storage.saveAttempt(scored());
    const future = { ...summaryOf(a), schemaVersion: 2, total: 1, extra: true };
    await summaries(name).setItem(a.id, future);
    expect((await storage.loadSummaries('p1')).items).toEqual([summaryOf(a)]);
    expect(await summaries(name).getItem(a.id)).toEqual(future);
  });

  it('a corrupt attempt behind a missing summary is set aside and reported', async () => {
    const name = freshName();
    const { storage } = await open({ name });
    const good = await storage.saveAttempt(scored());
    await rawStore(name, 'attempts').setItem('cassée', { ...good, id: 'cassée', startedAt: 'hier' });

    const { items, problems } = await storage.loadSummaries('p1');
    expect(items.map((s) => s.id)).toEqual([good.id]);
    expect(problems).toEqual([
      { store: 'attempts', key: 'cassée', message: expect.stringContaining('champ « startedAt »') },
    ]);
    expect((await storage.listQuarantine()).map((q) => q.key)).toEqual(['cassée']);
  });

  it('are written with the attempts of an import', async () => {
    const source = await open();
    const julie = await source.storage.createProfile('Julie');
    for (let i = 0; i < 3; i++) await source.storage.saveAttempt(scored({ profileId: julie.id }));
    const file = await source.storage.exportAttempts(julie.id);

    const name = freshName();
    const { storage } = await open({ name });
    const me = await storage.createProfile('Julie');
    await storage.importAttempts(me.id, file);
    const stored = await summaries(name).keys();
    expect(stored).toHaveLength(3);
    const { items } = await storage.loadSummaries(me.id);
    expect(items.every((s) => s.profileId === me.id && s.total === 82)).toBe(true);
  });

  it('re-scored by the UI are checked and saved', async () => {
    const name = freshName();
    const { storage } = await open({ name });
    const a = await storage.saveAttempt(scored({ scorecard: sampleScorecard({ rubricVersion: 0 }) }));
    const fresh: AttemptSummary = summaryOf(a, sampleScorecard({ total: 55, rubricVersion: 1 }));
    await storage.saveSummaries([fresh]);
    expect((await storage.loadSummaries('p1')).items).toEqual([fresh]);
    await expect(storage.saveSummaries([{ ...fresh, total: 300 }])).rejects.toMatchObject({
      code: 'invalid',
      message: expect.stringMatching(/^Le résumé de la tentative « .+ » n’est pas valide : champ « total »/),
    });
  });

  it('getAttempts gives the full attempts asked for, in that order', async () => {
    const { storage } = await open();
    const [a, b, c] = [
      await storage.saveAttempt(scored()),
      await storage.saveAttempt(scored()),
      await storage.saveAttempt(scored()),
    ];
    const { items } = await storage.getAttempts([c.id, 'absente', a.id]);
    expect(items).toEqual([c, a]);
    expect(b).toBeDefined();
  });
});

describe('a full quota', () => {
  it('saves neither the attempt nor its summary, and says so', async () => {
    const name = freshName();
    const { storage } = await open({ name });
    const kept = await storage.saveAttempt(scored());
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const attempt = scored();
    await expect(storage.finishCall(attempt)).rejects.toMatchObject({ code: 'quota' });
    vi.restoreAllMocks();
    expect(await rawStore(name, 'attempts').getItem(attempt.id)).toBeNull();
    expect(await summaries(name).getItem(attempt.id)).toBeNull();
    expect((await storage.loadSummaries('p1')).items).toEqual([summaryOf(kept)]);
  });

  it('while rebuilding summaries still gives them, and rebuilds them next time', async () => {
    const name = freshName();
    const { storage } = await open({ name });
    const a = { ...scored(), schemaVersion: 1 };
    await rawStore(name, 'attempts').setItem(a.id, a);
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    expect((await storage.loadSummaries('p1')).items).toEqual([summaryOf(a)]);
    vi.restoreAllMocks();
    expect(await summaries(name).getItem(a.id)).toBeNull();
    expect((await storage.loadSummaries('p1')).items).toEqual([summaryOf(a)]);
    expect(await summaries(name).getItem(a.id)).toEqual(summaryOf(a));
  });
});
