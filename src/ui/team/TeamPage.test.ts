// @vitest-environment jsdom
import { cleanup, configure, fireEvent, render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AccountState } from '../account/account.svelte.ts';
import { ServerApi, type Role } from '../account/api.ts';
import type { Matrix, MatrixTrainee } from './api.ts';
import TeamPage from './TeamPage.svelte';

configure({ asyncUtilTimeout: 5_000 });
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function trainee(id: string, name: string, empathy: number, ready: boolean): MatrixTrainee {
  return {
    id,
    name,
    groups: ['Groupe A'],
    attempts: 5,
    lastAt: '2026-12-01T10:00:00Z',
    trend: [60, 70, empathy],
    criteria: { empathy: { level: empathy, n: 5 }, greeting: { level: 90, n: 3 } },
    callerTypes: { urgent: { level: 75, n: 2 } },
    readiness: ready
      ? { ready: true, missing: [] }
      : { ready: false, missing: [{ kind: 'critical', count: 1, last: 10 }] },
  };
}

const MATRIX: Matrix = {
  criteria: ['greeting', 'empathy'],
  callerTypes: ['urgent'],
  rule: { coreCallerTypes: ['urgent'], minPasses: 2, windowDays: 30, noCriticalInLast: 10, minCriterion: 70 },
  trainees: [trainee('u1', 'Inès', 62, false), trainee('u2', 'Paul', 88, true)],
};

function accountAs(role: Role, requests: string[], matrix: Matrix = MATRIX) {
  const reply = (body: unknown) => new Response(JSON.stringify(body), { status: 200 });
  const api = new ServerApi(async (input) => {
    requests.push(input);
    if (input.startsWith('api/team/matrix')) return reply(matrix);
    if (input.startsWith('api/assignments')) return reply({ assignments: [] });
    if (input.startsWith('api/team/lrs')) return reply({ settings: null, counts: {}, items: [] });
    if (input.startsWith('api/groups')) return reply({ groups: [{ id: 'g1', name: 'Groupe A' }] });
    if (input.startsWith('api/team/cell'))
      return reply({
        trainee: { id: 'u1', name: 'Inès' },
        attempts: [
          {
            id: 'att-1',
            scenarioId: 'urgence-douleur-thoracique',
            title: 'Douleur thoracique',
            startedAt: '2026-12-01T10:00:00Z',
            total: 71,
            passed: true,
            score: 62,
          },
        ],
      });
    return new Response('{}', { status: 404 });
  });
  const account = new AccountState({ api, served: false });
  account.status = 'loggedIn';
  account.session = {
    user: { id: 'me', name: 'Chef', email: 'c@example.org', role },
    organisation: { id: 'o', name: 'O' },
  };
  return account;
}

const many: Matrix = {
  ...MATRIX,
  trainees: Array.from({ length: 120 }, (_, i) =>
    trainee(`u${i}`, `Stagiaire ${String(i).padStart(3, '0')}`, i % 100, false),
  ),
};

describe('the team page', () => {
  it('shows each cell as a value, a level in words and a count, and drills into a cell', async () => {
    const requests: string[] = [];
    render(TeamPage, { account: accountAs('manager', requests) });
    const table = await screen.findByRole('table');
    const ines = within(table).getByRole('button', {
      name: /^Inès, Écoute et empathie\s:\s62, en progrès, sur 5 appels/,
    });
    expect(ines).toHaveTextContent('62');
    expect(ines).toHaveTextContent('en progrès');
    expect(ines).toHaveTextContent('(5)');
    expect(
      within(table).getByRole('button', { name: /^Paul, Écoute et empathie\s:\s88, maîtrisé/ }),
    ).toBeInTheDocument();
    // Readiness in words, with what is missing.
    expect(table).toHaveTextContent('1 échec critique dans les 10 derniers appels');
    // The manager may edit the rule.
    expect(screen.getByText('Règle « Prêt à décrocher »')).toBeInTheDocument();

    await fireEvent.click(ines);
    expect(
      await screen.findByRole('heading', { name: 'Appels de Inès — Écoute et empathie' }),
    ).toBeInTheDocument();
    const link = await screen.findByRole('link', { name: /Voir le débriefing/ });
    expect(link).toHaveAttribute('href', '#/equipe/tentative/att-1');
    expect(requests.some((r) => r.startsWith('api/team/cell?user=u1&criterion=empathy'))).toBe(true);
    // The chart (chart.js, loaded on demand) read out in words; jsdom draws no canvas, said so.
    expect(
      screen.getByRole('img', {
        name: /^Graphique\s:\sÉcoute et empathie appel par appel, du plus ancien au plus récent\s:\s62, avec le total/,
      }),
    ).toBeInTheDocument();
    expect(await screen.findByText(/Le graphique n’a pas pu être affiché/)).toBeInTheDocument();
  });

  it('sorts by a column and switches to caller types', async () => {
    render(TeamPage, { account: accountAs('trainer', []) });
    const table = await screen.findByRole('table');
    const names = () =>
      within(table)
        .getAllByRole('rowheader')
        .map((h) => h.textContent?.trim().split(/\s/)[0]);
    expect(names()).toEqual(['Inès', 'Paul']);
    await fireEvent.click(within(table).getByRole('button', { name: /^Écoute et empathie/ }));
    expect(names()).toEqual(['Paul', 'Inès']);
    expect(within(table).getByRole('columnheader', { name: /Écoute et empathie/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    await fireEvent.click(screen.getByRole('radio', { name: 'Types d’appelant' }));
    expect(
      within(table).getByRole('button', { name: /^Inès, Urgence\s:\s75, acquis, sur 2 appels/ }),
    ).toBeInTheDocument();
    // A trainer reads the rule but does not edit it.
    expect(screen.queryByText('Enregistrer la règle')).toBeNull();
  });

  it('offers the exports of the session’s scope as downloads from the server', async () => {
    render(TeamPage, { account: accountAs('trainer', []) });
    await screen.findByRole('table');
    const csv = screen.getByRole('link', { name: 'tableur (CSV)' });
    expect(csv).toHaveAttribute('href', 'api/export/attempts.csv');
    expect(csv).toHaveAttribute('download', 'decroche-tentatives.csv');
    const xapi = screen.getByRole('link', { name: 'relevés xAPI (JSON)' });
    expect(xapi).toHaveAttribute('href', 'api/export/xapi');
    expect(xapi).toHaveAttribute('download');
  });

  it('narrows the exports to the matrix’s filters: the group and the period chosen', async () => {
    const requests: string[] = [];
    render(TeamPage, { account: accountAs('manager', requests) });
    await screen.findByRole('table');
    const filterForm = within(screen.getByRole('form', { name: 'Filtres' }));
    const group = filterForm.getByRole('combobox', { name: 'Groupe' });
    await within(group).findByRole('option', { name: 'Groupe A' });
    await fireEvent.change(group, { target: { value: 'g1' } });
    await fireEvent.input(filterForm.getByLabelText('Du'), { target: { value: '2026-11-01' } });
    await fireEvent.input(filterForm.getByLabelText('Au'), { target: { value: '2026-11-30' } });
    const filters = 'group=g1&from=2026-11-01&to=2026-11-30';
    expect(screen.getByRole('link', { name: 'tableur (CSV)' })).toHaveAttribute(
      'href',
      `api/export/attempts.csv?${filters}`,
    );
    expect(screen.getByRole('link', { name: 'relevés xAPI (JSON)' })).toHaveAttribute(
      'href',
      `api/export/xapi?${filters}`,
    );
    expect(screen.getByText(/retenus par les filtres/)).toBeInTheDocument();
    // Back to every group: the group leaves the links, the period stays.
    await fireEvent.change(group, { target: { value: '' } });
    expect(screen.getByRole('link', { name: 'tableur (CSV)' })).toHaveAttribute(
      'href',
      'api/export/attempts.csv?from=2026-11-01&to=2026-11-30',
    );
  });

  it('tells a trainee the space is not theirs, and asks the server nothing', async () => {
    const requests: string[] = [];
    render(TeamPage, { account: accountAs('trainee', requests) });
    expect(screen.getByText(/réservé aux formateurs et aux responsables/)).toBeInTheDocument();
    expect(requests).toEqual([]);
  });

  it('shows the first 50 trainees of the sorted list, then more on request', async () => {
    render(TeamPage, { account: accountAs('manager', [], many) });
    const table = await screen.findByRole('table');
    const names = () =>
      within(table)
        .getAllByRole('rowheader')
        .map((r) => r.textContent!.trim());
    expect(names()).toHaveLength(50);
    expect(names()[0]).toMatch(/^Stagiaire 000/);
    expect(screen.getByText('50 stagiaires affichés sur 120, dans l’ordre du tri.')).toBeInTheDocument();
    await fireEvent.click(screen.getByRole('button', { name: 'Afficher les 50 suivants' }));
    expect(names()).toHaveLength(100);
    await fireEvent.click(screen.getByRole('button', { name: 'Afficher les 20 suivants' }));
    expect(names()).toHaveLength(120);
    expect(screen.queryByRole('button', { name: /^Afficher les/ })).toBeNull();
  });

  it('draws every shown trainee’s trend as a line read out in words, with no chart to clean up', async () => {
    // Leave the screen and come back, then show all: issue 10's slow repeat visit.
    render(TeamPage, { account: accountAs('manager', [], many) }).unmount();
    render(TeamPage, { account: accountAs('manager', [], many) });
    const table = await screen.findByRole('table');
    await fireEvent.click(screen.getByRole('button', { name: 'Afficher les 120' }));
    const trends = within(table).getAllByRole('img', { name: /^Tendance des 3 derniers totaux/ });
    expect(trends).toHaveLength(120);
    expect(trends[7]).toHaveAccessibleName(/totaux\s:\s60, 70, 7$/);
    expect(trends[7]!.querySelector('polyline')).toHaveAttribute('points', '2,11.6 48,9.2 94,24.3');
    // Nothing per row that outlives it or costs the compositor a layer.
    expect(document.querySelectorAll('canvas')).toHaveLength(0);
  });

  it('keeps only the rows near the screen in a long table, telling the table’s size and each row’s place', async () => {
    // jsdom lays nothing out: every row 40 px high, the table's body `scrolled` px above the screen.
    let scrolled = 0;
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
      const top = this.tagName === 'TBODY' ? -scrolled : 0;
      return DOMRect.fromRect({ y: top, height: this.tagName === 'TR' ? 40 : 0 });
    });
    const long: Matrix = {
      ...MATRIX,
      trainees: Array.from({ length: 300 }, (_, i) =>
        trainee(`u${i}`, `Stagiaire ${String(i).padStart(3, '0')}`, i % 100, false),
      ),
    };
    render(TeamPage, { account: accountAs('manager', [], long) });
    const table = await screen.findByRole('table');
    await fireEvent.click(screen.getByRole('button', { name: 'Afficher les 300' }));
    expect(table).toHaveAttribute('aria-rowcount', '301');
    const placed = () =>
      within(table)
        .getAllByRole('rowheader')
        .map((th) => [th.closest('tr')!.getAttribute('aria-rowindex'), th.textContent!.trim().slice(0, 13)]);
    await vi.waitFor(() => expect(placed().length).toBeLessThan(60));
    expect(placed()[0]).toEqual(['2', 'Stagiaire 000']);
    // Scrolled 4,000 px down (row 100 at the top of the screen): the rows there, in order.
    scrolled = 4000;
    await fireEvent.scroll(window);
    await vi.waitFor(() => expect(placed()[0]![1]).not.toBe('Stagiaire 000'));
    const rows = placed();
    const first = Number(rows[0]![0]);
    expect(first).toBeGreaterThan(80);
    expect(first).toBeLessThanOrEqual(102);
    rows.forEach(([index, name], k) => {
      expect(Number(index)).toBe(first + k);
      expect(name).toBe(`Stagiaire ${String(first + k - 2).padStart(3, '0')}`);
    });
    expect(rows.some(([, name]) => name === 'Stagiaire 110')).toBe(true);
  });
});
