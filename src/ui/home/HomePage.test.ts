// @vitest-environment jsdom
import { cleanup, configure, fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { freshName } from '../../storage/fixtures.ts';
import { closeTestApps, FakeRouter, openTestApp } from '../app/testing.ts';
import HomePage from './HomePage.svelte';

// IndexedDB (fake) and lazy imports are slower on a loaded CI machine than the default 1 s allows.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => {
  cleanup();
  closeTestApps();
});

async function typeName(value: string) {
  await fireEvent.input(screen.getByRole('textbox', { name: 'Votre prénom' }), { target: { value } });
}

describe('the home page', () => {
  it('creates a profile, makes it current and goes to the library', async () => {
    const app = await openTestApp();
    const router = new FakeRouter();
    render(HomePage, { app, router });

    expect(screen.getByRole('heading', { level: 1, name: 'Décroche' })).toBeInTheDocument();
    await typeName('  Julie ');
    await fireEvent.click(screen.getByRole('button', { name: 'Créer mon profil' }));

    await waitFor(() => expect(router.last?.route).toEqual({ name: 'library' }));
    expect(app.profile?.name).toBe('Julie');
    const stored = await app.storage.listProfiles();
    expect(stored.items.map((p) => p.name)).toEqual(['Julie']);
  });

  it('lists existing profiles; choosing one makes it current and goes to the library', async () => {
    const name = freshName();
    const seed = await openTestApp({ name });
    await seed.storage.createProfile('Julie');
    await seed.storage.createProfile('Karim');
    // A second opening loads them from the database, as after a reload.
    const app = await openTestApp({ name });
    const router = new FakeRouter();
    render(HomePage, { app, router });

    const karim = await screen.findByRole('button', { name: 'Continuer en tant que Karim' });
    expect(screen.getByRole('button', { name: 'Continuer en tant que Julie' })).toBeInTheDocument();
    await fireEvent.click(karim);
    expect(app.profile?.name).toBe('Karim');
    expect(router.last?.route).toEqual({ name: 'library' });
  });

  it('says in French why a name is refused, and creates nothing', async () => {
    const app = await openTestApp();
    await app.createProfile('Julie');
    const router = new FakeRouter();
    render(HomePage, { app, router });

    await fireEvent.click(screen.getByRole('button', { name: 'Créer mon profil' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Saisissez un nom pour créer le profil.');
    expect(screen.getByRole('textbox', { name: 'Votre prénom' })).toHaveAttribute('aria-invalid', 'true');

    await typeName('julie');
    await fireEvent.click(screen.getByRole('button', { name: 'Créer mon profil' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Un profil « Julie » existe déjà');
    expect((await app.storage.listProfiles()).items).toHaveLength(1);
    expect(router.visits).toEqual([]);
  });

  it('deletes a profile only after confirmation', async () => {
    const app = await openTestApp();
    await app.createProfile('Julie');
    render(HomePage, { app, router: new FakeRouter() });

    await fireEvent.click(screen.getByRole('button', { name: 'Supprimer le profil Julie' }));
    expect(screen.getByRole('button', { name: 'Annuler' })).toHaveFocus();
    await fireEvent.click(screen.getByRole('button', { name: 'Confirmer la suppression' }));

    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('Le profil « Julie » a été supprimé.'),
    );
    expect(screen.queryByRole('button', { name: 'Continuer en tant que Julie' })).not.toBeInTheDocument();
    expect((await app.storage.listProfiles()).items).toEqual([]);
    expect(app.profile).toBeNull();
  });
});
