import { describe, expect, it, vi } from 'vitest';
import { StorageError } from './index.ts';
import { storageOpener } from './testing.ts';
import { freshName, rawStore, sampleAttempt, sampleLog } from './fixtures.ts';

const open = storageOpener();

function quotaExceeded(): DOMException {
  return new DOMException('The quota has been exceeded.', 'QuotaExceededError');
}

describe('profiles', () => {
  it('are created, listed in creation order, renamed, and still there after a reopen', async () => {
    const name = freshName();
    let clock = Date.UTC(2026, 0, 1);
    const { storage } = await open({ name, now: () => new Date((clock += 1000)) });
    const julie = await storage.createProfile('  Julie  ');
    await storage.createProfile('Karim');
    await storage.renameProfile(julie.id, 'Julie M.');

    const { profiles, problems } = await open({ name });
    expect(problems).toEqual([]);
    expect(profiles.map((p) => p.name)).toEqual(['Julie M.', 'Karim']);
  });

  it('refuse an empty name with a French message', async () => {
    const { storage } = await open({ name: freshName() });
    await expect(storage.createProfile('   ')).rejects.toMatchObject({
      code: 'invalid',
      message: 'Le nom du profil doit compter de 1 à 80 caractères.',
    });
  });

  it('deleting a profile deletes its attempts and call, not the others’', async () => {
    const { storage } = await open({ name: freshName() });
    const a = await storage.createProfile('A');
    const b = await storage.createProfile('B');
    await storage.saveAttempt(sampleAttempt({ profileId: a.id }));
    await storage.saveAttempt(sampleAttempt({ profileId: a.id }));
    const kept = await storage.saveAttempt(sampleAttempt({ profileId: b.id }));
    await storage.saveCall({
      profileId: a.id,
      scenarioId: 's',
      scenarioVersion: 1,
      startedAt: kept.startedAt,
      log: [],
    });

    await storage.deleteProfile(a.id);

    expect((await storage.listProfiles()).items.map((p) => p.name)).toEqual(['B']);
    expect((await storage.loadAttempts()).items.map((x) => x.id)).toEqual([kept.id]);
    expect((await storage.loadCall(a.id)).item).toBeNull();
  });
});

describe('attempts', () => {
  it('are saved one record each and loaded per profile, oldest first', async () => {
    const { storage } = await open({ name: freshName() });
    const late = sampleAttempt({ startedAt: '2026-03-10T10:00:00.000Z' });
    const early = sampleAttempt({ startedAt: '2026-03-10T08:00:00.000Z' });
    const other = sampleAttempt({ profileId: 'p2' });
    for (const a of [late, early, other]) await storage.saveAttempt(a);

    const mine = await storage.loadAttempts('p1');
    expect(mine.items.map((a) => a.id)).toEqual([early.id, late.id]);
    expect(mine.items[0]).toEqual({ ...early, schemaVersion: 1 });
    expect((await storage.loadAttempts()).items).toHaveLength(3);
  });

  it('refuse an invalid attempt with a French message naming the field', async () => {
    const { storage } = await open({ name: freshName() });
    const bad = { ...sampleAttempt(), startedAt: 'hier' };
    await expect(storage.saveAttempt(bad)).rejects.toThrow(
      /^La tentative « attempt-\d+ » n’est pas valide : champ « startedAt »/,
    );
    expect((await storage.loadAttempts()).items).toEqual([]);
  });
});

describe('migrations at start-up', () => {
  it('convert v0 attempts (no schemaVersion, `events` instead of `log`) and rewrite them', async () => {
    const name = freshName();
    const v1 = sampleAttempt();
    const { log, appVersion: _a, ...rest } = v1;
    await rawStore(name, 'attempts').setItem(v1.id, { ...rest, events: log });

    const { storage, problems } = await open({ name });
    expect(problems).toEqual([]);
    expect((await storage.loadAttempts()).items).toEqual([{ ...v1, appVersion: '0.0.0', schemaVersion: 1 }]);
    const stored = await rawStore(name, 'attempts').getItem<Record<string, unknown>>(v1.id);
    expect(stored).toMatchObject({ schemaVersion: 1, log });
    expect(stored).not.toHaveProperty('events');
  });

  it('still read a v0 attempt written later by an old tab (converted in memory)', async () => {
    const name = freshName();
    await open({ name });
    const v1 = sampleAttempt();
    const { log, ...rest } = v1;
    await rawStore(name, 'attempts').setItem(v1.id, { ...rest, events: log });
    const { storage } = await open({ name });
    expect((await storage.loadAttempts()).items).toEqual([{ ...v1, schemaVersion: 1 }]);
  });

  it('leave a record written by a newer app in place, reported', async () => {
    const name = freshName();
    await rawStore(name, 'attempts').setItem('future', { ...sampleAttempt(), schemaVersion: 7, newField: 1 });
    const { storage, problems } = await open({ name });
    expect(problems).toEqual([
      {
        store: 'attempts',
        key: 'future',
        message: expect.stringMatching(
          /« future » du magasin « tentatives » vient d’une version plus récente de Décroche \(format 7/,
        ),
      },
    ]);
    expect(await rawStore(name, 'attempts').getItem('future')).toMatchObject({ schemaVersion: 7 });
    expect(await storage.listQuarantine()).toEqual([]);
  });
});

describe('a corrupt record', () => {
  it('is set aside and reported at start-up while the rest loads', async () => {
    const name = freshName();
    const good = sampleAttempt();
    const attempts = rawStore(name, 'attempts');
    await attempts.setItem(good.id, { ...good, schemaVersion: 1 });
    await attempts.setItem('texte', 'pas un objet');
    await attempts.setItem('sans-date', {
      ...sampleAttempt({ id: 'sans-date' }),
      startedAt: undefined,
      schemaVersion: 1,
    });
    await rawStore(name, 'profiles').setItem('p-cassé', {
      schemaVersion: 1,
      id: 'p-cassé',
      name: 42,
      createdAt: 'x',
    });

    const { storage, problems } = await open({ name });

    expect(problems.map((p) => [p.store, p.key]).sort()).toEqual([
      ['attempts', 'sans-date'],
      ['attempts', 'texte'],
      ['profiles', 'p-cassé'],
    ]);
    expect(problems.find((p) => p.key === 'texte')?.message).toBe(
      'L’enregistrement « texte » du magasin « tentatives » a été mis de côté : ce n’est pas un objet.',
    );
    expect(problems.find((p) => p.key === 'sans-date')?.message).toMatch(
      /« sans-date » du magasin « tentatives » .*champ « startedAt »/,
    );
    expect((await storage.loadAttempts()).items.map((a) => a.id)).toEqual([good.id]);

    const quarantine = await storage.listQuarantine();
    expect(quarantine.map((q) => [q.store, q.key]).sort()).toEqual([
      ['attempts', 'sans-date'],
      ['attempts', 'texte'],
      ['profiles', 'p-cassé'],
    ]);
    expect(quarantine.find((q) => q.key === 'texte')?.value).toBe('pas un objet');
    expect(await attempts.getItem('texte')).toBeNull();
  });

  it('found later by loadAttempts is set aside and reported too', async () => {
    const name = freshName();
    const { storage } = await open({ name });
    const good = await storage.saveAttempt(sampleAttempt());
    await rawStore(name, 'attempts').setItem('bad-log', {
      ...good,
      id: 'bad-log',
      log: [{ t: -1, type: 'ring' }],
    });

    const { items, problems } = await storage.loadAttempts('p1');
    expect(items.map((a) => a.id)).toEqual([good.id]);
    expect(problems).toEqual([
      {
        store: 'attempts',
        key: 'bad-log',
        message: expect.stringContaining('champ « log[0] » : entrée de journal attendue'),
      },
    ]);
    expect((await storage.loadAttempts('p1')).problems).toEqual([]);
  });

  it('in the settings gives back the defaults, reported', async () => {
    const name = freshName();
    await rawStore(name, 'settings').setItem('settings', { schemaVersion: 1, volume: 3 });
    const { settings, problems } = await open({ name });
    expect(settings.volume).toBe(0.8);
    expect(problems).toEqual([
      { store: 'settings', key: 'settings', message: expect.stringContaining('champ « volume »') },
    ]);
  });
});

describe('settings', () => {
  it('start from the defaults and keep what was changed', async () => {
    const name = freshName();
    const first = await open({ name });
    expect(first.settings).toEqual({
      sound: true,
      volume: 0.8,
      speech: true,
      captions: true,
      guided: false,
      showMood: true,
    });
    await first.storage.saveSettings({ volume: 0.3, guided: true });
    const { settings } = await open({ name });
    expect(settings).toMatchObject({ volume: 0.3, guided: true, sound: true });
  });

  it('refuse a volume outside 0..1', async () => {
    const { storage } = await open({ name: freshName() });
    await expect(storage.saveSettings({ volume: 2 })).rejects.toMatchObject({ code: 'invalid' });
    expect((await storage.loadSettings()).item.volume).toBe(0.8);
  });
});

describe('a full quota', () => {
  it('gives a clear French error and loses nothing already saved', async () => {
    const { storage } = await open({ name: freshName() });
    const saved = await storage.saveAttempt(sampleAttempt());
    const call = {
      profileId: 'p1',
      scenarioId: 's',
      scenarioVersion: 1,
      startedAt: saved.startedAt,
      log: sampleLog(1),
    };
    await storage.saveCall(call);

    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw quotaExceeded();
    });
    const error = await storage.saveAttempt(sampleAttempt()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect(error).toMatchObject({ code: 'quota' });
    expect((error as Error).message).toMatch(
      /^Espace de stockage plein : impossible d’enregistrer la tentative « attempt-\d+ »\. Rien de ce qui était déjà enregistré n’a été perdu\./,
    );
    await expect(storage.saveCall({ ...call, log: sampleLog(3) })).rejects.toMatchObject({ code: 'quota' });
    await expect(storage.saveSettings({ volume: 0.1 })).rejects.toMatchObject({ code: 'quota' });
    put.mockRestore();

    expect((await storage.loadAttempts()).items).toEqual([saved]);
    expect((await storage.loadCall('p1')).item?.log).toEqual(call.log);
    expect((await storage.loadSettings()).item.volume).toBe(0.8);
  });

  it('during an import says how many were imported, and keeps them and everything before', async () => {
    const source = await open({ name: freshName() });
    const profile = await source.storage.createProfile('Julie');
    for (let i = 0; i < 3; i++) await source.storage.saveAttempt(sampleAttempt({ profileId: profile.id }));
    const file = await source.storage.exportAttempts(profile.id);

    const { storage } = await open({ name: freshName() });
    const target = await storage.createProfile('Julie');
    const before = await storage.saveAttempt(sampleAttempt({ profileId: target.id }));
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw quotaExceeded();
    });
    await expect(storage.importAttempts(target.id, file)).rejects.toMatchObject({
      code: 'quota',
      message: expect.stringMatching(
        /^Espace de stockage plein : 0 tentative\(s\) importée\(s\) sur 3\. Rien de ce qui était déjà enregistré n’a été perdu/,
      ),
    });
    vi.restoreAllMocks();
    expect((await storage.loadAttempts(target.id)).items).toEqual([before]);
  });
});

describe('the call in progress', () => {
  it('is saved after each event, loaded back, and forgotten once the attempt is saved', async () => {
    const name = freshName();
    const { storage } = await open({ name, tabId: 'tab-1' });
    expect(await storage.claimCall('p1')).toEqual({ owned: true });
    const log = sampleLog(2);
    for (let n = 1; n <= log.length; n++) {
      await storage.saveCall({
        profileId: 'p1',
        scenarioId: 's',
        scenarioVersion: 2,
        startedAt: '2026-03-10T09:00:00.000Z',
        log: log.slice(0, n),
      });
    }
    const reopened = await open({ name });
    const { item } = await reopened.storage.loadCall('p1');
    expect(item).toMatchObject({ profileId: 'p1', scenarioVersion: 2, tabId: 'tab-1', log });

    const attempt = await storage.finishCall(sampleAttempt({ log }));
    expect((await storage.loadCall('p1')).item).toBeNull();
    expect((await storage.loadAttempts('p1')).items).toEqual([attempt]);
  });

  it('stays saved when the code that saves attempts cannot be downloaded, until a retry saves it', async () => {
    const { storage } = await open({ name: freshName() });
    await storage.claimCall('p1');
    const log = sampleLog(2);
    await storage.saveCall({
      profileId: 'p1',
      scenarioId: 's',
      scenarioVersion: 1,
      startedAt: '2026-03-10T09:00:00.000Z',
      log,
    });
    // What a browser says when the network is gone at the hang-up.
    vi.doMock('./attemptStore.ts', () => {
      throw new TypeError('Failed to fetch dynamically imported module');
    });
    const attempt = sampleAttempt({ log });
    try {
      await expect(storage.finishCall(attempt)).rejects.toMatchObject({
        name: 'StorageError',
        message: expect.stringMatching(
          /^Une partie de Décroche n’a pas pu être chargée \(.*\) : rien n’a été enregistré.*Vérifiez la connexion/,
        ),
      });
    } finally {
      vi.doUnmock('./attemptStore.ts');
    }
    expect((await storage.loadCall('p1')).item?.log).toEqual(log);
    expect((await storage.loadAttempts('p1')).items).toEqual([]);

    const saved = await storage.finishCall(attempt);
    expect((await storage.loadCall('p1')).item).toBeNull();
    expect((await storage.loadAttempts('p1')).items).toEqual([saved]);
  });

  it('is flushed on pagehide with the last event', async () => {
    const { storage } = await open({ name: freshName() });
    await storage.claimCall('p1');
    const page = new EventTarget();
    let pending = {
      profileId: 'p1',
      scenarioId: 's',
      scenarioVersion: 1,
      startedAt: '2026-03-10T09:00:00.000Z',
      log: sampleLog(1),
    };
    const stop = storage.flushOnPageHide(() => pending, page);
    pending = { ...pending, log: sampleLog(4) };
    page.dispatchEvent(new Event('pagehide'));
    await storage.settled();
    expect((await storage.loadCall('p1')).item?.log).toEqual(sampleLog(4));

    stop();
    pending = { ...pending, log: [] };
    page.dispatchEvent(new Event('pagehide'));
    await storage.settled();
    expect((await storage.loadCall('p1')).item?.log).toEqual(sampleLog(4));
  });
});

describe('keyed stores (packs, drafts)', () => {
  it('keep opaque data under a key', async () => {
    const { storage } = await open({ name: freshName() });
    await storage.drafts.put('mon-scenario', { yaml: 'id: x' });
    await storage.packs.put('pack-1', { scenarios: [1, 2] });
    expect((await storage.drafts.get('mon-scenario')).item?.data).toEqual({ yaml: 'id: x' });
    expect((await storage.packs.list()).items.map((e) => e.key)).toEqual(['pack-1']);
    await storage.drafts.remove('mon-scenario');
    expect((await storage.drafts.get('mon-scenario')).item).toBeNull();
  });
});
