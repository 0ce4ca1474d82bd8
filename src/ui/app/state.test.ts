// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { StorageError } from '../../storage/index.ts';
import { AppState, problemsNotice } from './state.svelte.ts';
import { closeTestApps, openTestApp } from './testing.ts';
import { typo } from '../i18n/typography.ts';

afterEach(closeTestApps);

describe('the app state', () => {
  it('sums up records set aside at start-up in one French notice with the details', () => {
    const notice = problemsNotice([
      {
        store: 'attempts',
        key: 'a1',
        message: 'L’enregistrement « a1 » du magasin « tentatives » a été mis de côté : x',
      },
      {
        store: 'attempts',
        key: 'a2',
        message: 'L’enregistrement « a2 » du magasin « tentatives » a été mis de côté : y',
      },
    ]);
    expect(notice).toMatchObject({
      kind: 'error',
      text: typo('2 enregistrements illisibles ont été mis de côté ; le reste de vos données est chargé.'),
    });
    expect(notice?.details).toHaveLength(2);
    expect(problemsNotice([])).toBeNull();
  });

  it('says in French when the storage cannot open, and stays usable', async () => {
    const app = new AppState({
      open: () =>
        Promise.reject(new StorageError('unavailable', 'Le stockage du navigateur est indisponible (test).')),
      remember: null,
    });
    await app.init();
    expect(app.status).toBe('unavailable');
    expect(app.notices.map((n) => n.text)).toEqual(['Le stockage du navigateur est indisponible (test).']);
    await expect(app.createProfile('Julie')).rejects.toThrow('indisponible');
  });

  it('remembers the profile last chosen, and picks it again at the next start', async () => {
    let remembered: string | null = null;
    const remember = { get: () => remembered, set: (id: string | null) => (remembered = id) };
    const first = await openTestApp();
    const julie = await first.createProfile('Julie');
    const app = new AppState({
      open: async () => ({
        storage: first.storage,
        profiles: [julie],
        settings: first.settings,
        problems: [],
      }),
      remember,
    });
    remembered = julie.id;
    await app.init();
    expect(app.profile?.name).toBe('Julie');
    app.selectProfile(null);
    expect(remembered).toBeNull();
  });
});
