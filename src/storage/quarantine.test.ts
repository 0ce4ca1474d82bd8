import { describe, expect, it } from 'vitest';
import { freshName, rawStore, sampleAttempt } from './fixtures.ts';
import { storageOpener } from './testing.ts';

const open = storageOpener();

describe('quarantine', () => {
  it('sets an attempt aside on request: it no longer counts, and is listed with why', async () => {
    const { storage } = await open({ name: freshName() });
    const profile = await storage.createProfile('Julie');
    const [a, b] = [sampleAttempt({ profileId: profile.id }), sampleAttempt({ profileId: profile.id })];
    await storage.saveAttempt(a);
    await storage.saveAttempt(b);
    expect(await storage.setAsideAttempt(a.id, 'journal, entrée 3 : text manquant')).toBe(true);
    expect((await storage.loadSummaries(profile.id)).items.map((s) => s.id)).toEqual([b.id]);
    expect((await storage.loadAttempts(profile.id)).items.map((s) => s.id)).toEqual([b.id]);
    const [entry] = await storage.listQuarantine();
    expect(entry).toMatchObject({
      store: 'attempts',
      key: a.id,
      reason: 'journal, entrée 3 : text manquant',
    });
    expect(await storage.setAsideAttempt('absent', 'x')).toBe(false);

    await storage.deleteQuarantined([entry!]);
    expect(await storage.listQuarantine()).toEqual([]);
  });

  it('a corrupt attempt set aside while loading takes its summary with it (counts exclude it)', async () => {
    const name = freshName();
    const { storage } = await open({ name });
    const profile = await storage.createProfile('Julie');
    const a = sampleAttempt({ profileId: profile.id });
    await storage.saveAttempt(a);
    await rawStore(name, 'attempts').setItem(a.id, { ...a, schemaVersion: 1, startedAt: 'hier' });
    const loaded = await storage.loadAttempts(profile.id);
    expect(loaded.items).toEqual([]);
    expect(loaded.problems[0]!.message).toMatch(/mis de côté/);
    expect((await storage.loadSummaries(profile.id)).items).toEqual([]);
    expect(await storage.listQuarantine()).toHaveLength(1);
  });
});
