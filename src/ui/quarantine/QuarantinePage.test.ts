// @vitest-environment jsdom
import { cleanup, configure, fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { freshName, sampleAttempt } from '../../storage/fixtures.ts';
import { closeTestApps, openTestApp } from '../app/testing.ts';
import { blobText } from '../../storage/streamFormat.ts';
import QuarantinePage from './QuarantinePage.svelte';
import { typo } from '../i18n/typography.ts';

configure({ asyncUtilTimeout: 5_000 });

afterEach(() => {
  cleanup();
  closeTestApps();
});

async function withQuarantined() {
  const app = await openTestApp({ name: freshName() });
  const storage = app.storage!;
  const profile = await storage.createProfile('Julie');
  const attempt = sampleAttempt({ profileId: profile.id });
  await storage.saveAttempt(attempt);
  await storage.setAsideAttempt(
    attempt.id,
    'journal, entrée 5 (« trainee.say ») : text manquant ou invalide',
  );
  return { storage, attempt };
}

describe('« Données mises de côté »', () => {
  it('lists each record with why, and deletes it', async () => {
    const { storage, attempt } = await withQuarantined();
    render(QuarantinePage, { storage });
    const row = await screen.findByRole('row', { name: new RegExp(typo(`Tentative « ${attempt.id} »`)) });
    // toHaveTextContent folds every space, the narrow no-break ones included.
    expect(row).toHaveTextContent('journal, entrée 5 (« trainee.say ») : text manquant ou invalide');
    await fireEvent.click(
      screen.getByRole('button', { name: typo(`Supprimer Tentative « ${attempt.id} »`) }),
    );
    await waitFor(() => expect(screen.getByText('Aucune donnée mise de côté.')).toBeInTheDocument());
    expect(screen.getByRole('status')).toHaveTextContent('1 enregistrement supprimé.');
    expect(await storage.listQuarantine()).toEqual([]);
  });

  it('exports them as one JSON file, and has no axe violation', async () => {
    const { storage } = await withQuarantined();
    const created: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => (created.push(blob as Blob), 'blob:x'));
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    render(QuarantinePage, { storage });
    await fireEvent.click(await screen.findByRole('button', { name: 'Exporter tout (JSON)' }));
    expect(created).toHaveLength(1);
    const file = JSON.parse(await blobText(created[0]!));
    expect(file).toMatchObject({ format: 'decroche-quarantine', entries: [{ store: 'attempts' }] });
    // Alone here, outside the app's <main>: landmarks (region) are the shell's, checked in e2e.
    const { violations } = await axe.run(document.body, {
      rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
    });
    expect(violations.map((v) => v.id)).toEqual([]);
  });

  it('says when there is nothing', async () => {
    const app = await openTestApp({ name: freshName() });
    render(QuarantinePage, { storage: app.storage! });
    expect(await screen.findByText('Aucune donnée mise de côté.')).toBeInTheDocument();
  });
});
