// @vitest-environment jsdom
import { cleanup, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { scenarioSummaries } from '../../scenarios/catalog.ts';
import { RUBRIC_VERSION } from '../../scoring/index.ts';
import type { NewAttempt } from '../../storage/index.ts';
import { closeTestApps, openTestApp } from '../app/testing.ts';
import LibraryPage from './LibraryPage.svelte';
import { typo } from '../i18n/typography.ts';

// IndexedDB (fake) and lazy imports are slower on a loaded CI machine than the default 1 s allows.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => {
  cleanup();
  closeTestApps();
});

/** A stored attempt whose scorecard (current rubric) says `total`. */
function attempt(profileId: string, scenarioId: string, n: number, total: number): NewAttempt {
  return {
    id: `${scenarioId}-${n}`,
    profileId,
    scenarioId,
    scenarioVersion: 1,
    startedAt: new Date(Date.UTC(2026, 2, 1, 9, n)).toISOString(),
    log: [{ t: 0, type: 'ring', n: 1 }],
    outcome: { id: 'x', verdict: total >= 70 ? 'correct' : 'wrong' },
    scorecard: {
      rubricVersion: RUBRIC_VERSION,
      scenario: scenarioId,
      scenarioVersion: 1,
      outcome: { id: 'x', verdict: 'correct', label: 'Issue' },
      total,
      passed: total >= 70,
      passMark: 70,
      critical: [],
      criteria: {},
    },
    appVersion: 'test',
  };
}

function cards() {
  return screen.getAllByRole('article');
}

function card(title: string) {
  const heading = screen.getByRole('heading', { level: 2, name: title });
  return heading.closest('article')!;
}

describe('the library', () => {
  it('shows one card per scenario with what it trains and a start link', async () => {
    const app = await openTestApp();
    const profile = await app.createProfile('Julie');
    render(LibraryPage, { app, profile, storage: app.storage });

    expect(screen.getByRole('heading', { level: 1, name: 'Bibliothèque de scénarios' })).toBeInTheDocument();
    expect(cards()).toHaveLength(scenarioSummaries().length);
    const urgent = card(typo('« C’est sûrement rien » : une douleur dans la poitrine'));
    expect(urgent).toHaveTextContent('Urgence');
    expect(urgent).toHaveTextContent('3 sur 5');
    expect(urgent).toHaveTextContent('Orientation, Reformulation');
    const start = within(urgent).getByRole('link', {
      name: typo('Commencer l’appel : « C’est sûrement rien » : une douleur dans la poitrine'),
    });
    expect(start).toHaveAttribute('href', '#/appel/urgence-douleur-thoracique');
  });

  it('shows the attempts and best result of this profile on each card', async () => {
    const app = await openTestApp();
    const profile = await app.createProfile('Julie');
    const other = await app.storage.createProfile('Karim');
    await app.storage.saveAttempt(attempt(profile.id, 'fievre-enfant-fin-de-journee', 1, 54));
    await app.storage.saveAttempt(attempt(profile.id, 'fievre-enfant-fin-de-journee', 2, 81));
    await app.storage.saveAttempt(attempt(other.id, 'urgence-douleur-thoracique', 3, 90));
    render(LibraryPage, { app, profile, storage: app.storage });

    const fever = card(typo('39,4 à 18 h 35 : une maman inquiète'));
    await waitFor(() => expect(fever).toHaveTextContent(/Vos tentatives\s*2/));
    expect(fever).toHaveTextContent(/Meilleur résultat\s*81 \/ 100 \(réussi\)/);
    // Karim's attempt is not Julie's.
    const urgent = card(typo('« C’est sûrement rien » : une douleur dans la poitrine'));
    expect(urgent).toHaveTextContent(/Vos tentatives\s*jamais joué/);
  });

  it('tells what a call trains, not its solution, until a first attempt', async () => {
    const app = await openTestApp();
    const profile = await app.createProfile('Julie');
    await app.storage.saveAttempt(attempt(profile.id, 'fievre-enfant-fin-de-journee', 1, 54));
    render(LibraryPage, { app, profile, storage: app.storage });

    // Played once: the summary, solution included, is shown.
    const fever = card(typo('39,4 à 18 h 35 : une maman inquiète'));
    await waitFor(() => expect(fever).toHaveTextContent(/Mme Berthier appelle le cabinet de pédiatrie/));
    expect(fever).toHaveTextContent(/Il faut l’écouter/);
    // Never played: what it trains, not what to do.
    const urgent = card(typo('« C’est sûrement rien » : une douleur dans la poitrine'));
    expect(urgent).not.toHaveTextContent(/Il faut|le 15/);
    expect(urgent).toHaveTextContent(/Cet appel entraîne : .*Orientation/);
  });

  it('narrows the cards with the filters, and resets them', async () => {
    const app = await openTestApp();
    const profile = await app.createProfile('Julie');
    render(LibraryPage, { app, profile, storage: app.storage });
    const total = scenarioSummaries().length;

    await fireEvent.change(screen.getByRole('combobox', { name: 'Type d’appelant' }), {
      target: { value: 'urgent' },
    });
    const urgent = scenarioSummaries().filter((s) => s.callerType === 'urgent').length;
    expect(urgent).toBeGreaterThan(1);
    expect(urgent).toBeLessThan(total);
    expect(cards()).toHaveLength(urgent);
    expect(cards().some((c) => c.textContent!.includes('une douleur dans la poitrine'))).toBe(true);
    expect(screen.getByText(`${urgent} scénarios sur ${total}`)).toBeInTheDocument();

    await fireEvent.click(screen.getByRole('button', { name: 'Réinitialiser les filtres' }));
    expect(cards()).toHaveLength(total);

    await fireEvent.change(screen.getByRole('combobox', { name: 'Difficulté' }), { target: { value: '2' } });
    const level2 = scenarioSummaries().filter((s) => s.difficulty === 2).length;
    expect(cards()).toHaveLength(level2);
    await fireEvent.change(screen.getByRole('combobox', { name: 'Compétence' }), {
      target: { value: 'closing' },
    });
    const both = scenarioSummaries().filter((s) => s.difficulty === 2 && s.skills.includes('closing')).length;
    expect(both).toBeLessThan(level2);
    expect(cards()).toHaveLength(both);

    // A caller type no level-2 closing call has: nothing matches, and the page says so.
    const typeSelect = screen.getByRole('combobox', { name: 'Type d’appelant' }) as HTMLSelectElement;
    const none = [...typeSelect.options]
      .map((o) => o.value)
      .find(
        (type) =>
          type !== '' &&
          !scenarioSummaries().some(
            (s) => s.difficulty === 2 && s.skills.includes('closing') && s.callerType === type,
          ),
      );
    expect(none).toBeDefined();
    await fireEvent.change(typeSelect, { target: { value: none } });
    expect(screen.queryAllByRole('article')).toHaveLength(0);
    expect(screen.getByText('Aucun scénario ne correspond à ces filtres.')).toBeInTheDocument();
  });
});
