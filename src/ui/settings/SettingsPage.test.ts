// @vitest-environment jsdom
import { cleanup, configure, fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { freshName } from '../../storage/fixtures.ts';
import { closeTestApps, openTestApp } from '../app/testing.ts';
import SettingsPage from './SettingsPage.svelte';
import { typo } from '../i18n/typography.ts';

// IndexedDB (fake) and lazy imports are slower on a loaded CI machine than the default 1 s allows.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => {
  cleanup();
  closeTestApps();
});

describe('the settings page', () => {
  it('shows the current settings, and saves a change at once', async () => {
    const name = freshName();
    const app = await openTestApp({ name });
    render(SettingsPage, { app });

    const sound = screen.getByRole('checkbox', { name: 'Son' });
    const mood = screen.getByRole('checkbox', {
      name: 'Afficher l’humeur de l’appelant (mode entraînement)',
    });
    expect(sound).toBeChecked();
    expect(mood).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Mode guidé (réponses suggérées)' })).not.toBeChecked();

    await fireEvent.click(mood);
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Réglages enregistrés'));
    expect(app.settings.showMood).toBe(false);

    // Stored: a new opening of the same database reads it back.
    const reopened = await openTestApp({ name });
    expect(reopened.settings.showMood).toBe(false);
    expect(reopened.settings.sound).toBe(true);
  });

  it('saves the volume, and turns it off with the sound', async () => {
    const app = await openTestApp();
    render(SettingsPage, { app });

    const volume = screen.getByRole('slider', { name: 'Volume' });
    await fireEvent.change(volume, { target: { value: '35' } });
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Réglages enregistrés'));
    expect((await app.storage.loadSettings()).item.volume).toBe(0.35);
    expect(volume).toHaveAttribute('aria-valuetext', typo('35 %'));

    await fireEvent.click(screen.getByRole('checkbox', { name: 'Son' }));
    expect(volume).toBeDisabled();
    await waitFor(async () => expect((await app.storage.loadSettings()).item.sound).toBe(false));
    expect(screen.getByRole('status')).toHaveTextContent('Réglages enregistrés');
  });
});
