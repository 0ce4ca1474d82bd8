// @vitest-environment jsdom
import { cleanup, configure, fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import App from './App.svelte';

// IndexedDB (fake) and lazy imports are slower on a loaded CI machine than the default 1 s allows.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => {
  cleanup();
  localStorage.clear();
  window.location.hash = '';
});

describe('the app shell', () => {
  it('sends a visitor without a profile home, then to the library once they have one', async () => {
    window.location.hash = '#/bibliotheque';
    render(App);

    expect(await screen.findByRole('heading', { level: 1, name: 'Décroche' })).toBeInTheDocument();
    expect(window.location.hash).toBe('#/');
    expect(screen.getByRole('link', { name: 'Aller au contenu' })).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Navigation principale' })).not.toBeInTheDocument();

    await fireEvent.input(screen.getByRole('textbox', { name: 'Votre prénom' }), {
      target: { value: 'Inès' },
    });
    await fireEvent.click(screen.getByRole('button', { name: 'Créer mon profil' }));

    // The library is loaded on demand: the first import may take a while under test.
    const heading = await screen.findByRole(
      'heading',
      { level: 1, name: 'Bibliothèque de scénarios' },
      { timeout: 10_000 },
    );
    await waitFor(() => expect(heading).toHaveFocus());
    const nav = screen.getByRole('navigation', { name: 'Navigation principale' });
    expect(nav).toHaveTextContent('Accueil');
    expect(screen.getByRole('link', { name: 'Bibliothèque' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByText('Profil : Inès')).toBeInTheDocument();
    expect(document.title).toBe('Bibliothèque de scénarios — Décroche');

    await fireEvent.click(screen.getByRole('button', { name: 'Changer de profil' }));
    expect(await screen.findByRole('button', { name: 'Continuer en tant que Inès' })).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Navigation principale' })).not.toBeInTheDocument();
  });

  it('shows a French page for an unknown address', async () => {
    window.location.hash = '#/nulle/part/ici';
    render(App);
    expect(await screen.findByRole('heading', { level: 1, name: 'Page introuvable' })).toBeInTheDocument();
    expect(
      screen.getByText('L’adresse « /nulle/part/ici » ne correspond à aucune page.'),
    ).toBeInTheDocument();
  });
});
