// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import axe from 'axe-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  loadBundles,
  scenarioSummaries,
  scenarioSummary,
  type BundleLookup,
} from '../../scenarios/catalog.ts';
import { CRITERIA, type ScenarioBundle } from '../../scenarios/schema.ts';
import { CRITERION_LABELS } from '../../scoring/messages.ts';
import { RUBRIC_VERSION, type Scorecard } from '../../scoring/types.ts';
import { freshName } from '../../storage/fixtures.ts';
import { openStorage, summaryOf, type AppStorage, type Attempt, type Profile } from '../../storage/index.ts';
import { scenarioStats, summarizeAll } from '../app/attempts.ts';
import { recommendNext, skillLevels } from '../app/recommend.ts';
import { attemptOf, playGolden } from '../debrief/testing.ts';
import Dashboard from './Dashboard.svelte';
import { typo } from '../i18n/typography.ts';

const SCENARIOS = ['fievre-enfant-fin-de-journee', 'urgence-douleur-thoracique', 'nouveau-patient-refuse'];
const KINDS = ['good', 'poor', 'dangerous'] as const;

/** Nine real attempts: the golden calls of three core scenarios, a minute apart. */
const played: Attempt[] = [];
let bundleOf: BundleLookup = () => undefined;
beforeAll(async () => {
  bundleOf = await loadBundles(SCENARIOS);
  let minute = 0;
  for (const id of SCENARIOS) {
    const bundle: ScenarioBundle = bundleOf(id)!;
    for (const kind of KINDS) {
      const log = await playGolden(bundle, kind);
      played.push(
        attemptOf(bundle, log, {
          id: `${id}-${kind}`,
          startedAt: new Date(Date.UTC(2026, 2, 10, 9, minute++)).toISOString(),
        }),
      );
    }
  }
});

/** `n` attempts cycling over the played ones, each with its own id and time (oldest first). */
function many(n: number, profileId = 'p'): Attempt[] {
  return Array.from({ length: n }, (_, i) => ({
    ...played[i % played.length]!,
    id: `t-${i}`,
    profileId,
    startedAt: new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString(),
  }));
}

const opened: AppStorage[] = [];
async function storageWith(name: string, attempts: (profileId: string) => Attempt[] = () => []) {
  const { storage } = await openStorage({ name: freshName(), locks: null, openChannel: null });
  opened.push(storage);
  const profile = await storage.createProfile(name);
  for (const a of attempts(profile.id)) {
    const { schemaVersion: _v, ...rest } = a;
    await storage.saveAttempt({ ...rest, profileId: profile.id });
  }
  return { storage, profile };
}

const urls: Blob[] = [];
const downloads: string[] = [];
beforeEach(() => {
  // jsdom has no canvas: the charts report a failure and their tables stay.
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  urls.length = 0;
  downloads.length = 0;
  URL.createObjectURL = vi.fn((blob: Blob) => {
    urls.push(blob);
    return `blob:test/${urls.length}`;
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push(this.download);
  });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});
afterAll(() => {
  for (const s of opened.splice(0)) s.close();
});

/** The dashboard over these attempts' summaries, as `storage.loadSummaries` gives them. */
async function mount(
  attempts: readonly Attempt[],
  options: { storage?: AppStorage; profile?: Profile } = {},
) {
  const { storage, profile } = options.storage
    ? { storage: options.storage, profile: options.profile! }
    : await storageWith('Marie-Hélène');
  const onopen = vi.fn();
  const onplay = vi.fn();
  const summaries = attempts.map((a) => summaryOf(a));
  render(Dashboard, { profile, summaries, storage, onopen, onplay });
  return { onopen, onplay, storage, profile };
}

const attemptsTable = () => screen.getByRole('table', { name: 'Mes tentatives' });
const bodyRows = () => within(attemptsTable()).getAllByRole('row').slice(1);
const column = (index: number) =>
  bodyRows().map((r) => within(r).getAllByRole('cell')[index]!.textContent!.trim());

function bytes(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

describe('Dashboard: the table of attempts', () => {
  it('lists every attempt, newest first, each with a link to its debrief', async () => {
    const { onopen } = await mount(played);
    expect(bodyRows()).toHaveLength(played.length);
    const newest = played.at(-1)!;
    const title = scenarioSummary(newest.scenarioId)!.title;
    expect(bodyRows()[0]).toHaveTextContent(title);
    const links = within(attemptsTable()).getAllByRole('link', { name: 'Voir le débriefing' });
    expect(links).toHaveLength(played.length);
    expect(links[0]).toHaveAttribute('href', `#/debrief/${newest.id}`);
    await fireEvent.click(links[0]!);
    expect(onopen).toHaveBeenCalledWith(newest.id);
  });

  it('sorts by a column from its header button, and says so with aria-sort', async () => {
    await mount(played);
    const header = within(attemptsTable()).getByRole('columnheader', { name: /Note/ });
    expect(within(attemptsTable()).getByRole('columnheader', { name: /Date/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    await fireEvent.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'descending');
    const scores = column(3).map((t) => Number.parseInt(t, 10));
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    await fireEvent.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'ascending');
    expect(column(3).map((t) => Number.parseInt(t, 10))).toEqual([...scores].reverse());
    expect(within(attemptsTable()).getByRole('columnheader', { name: /Date/ })).not.toHaveAttribute(
      'aria-sort',
    );
  });

  it('filters by scenario', async () => {
    await mount(played);
    const select = screen.getByRole('combobox', { name: 'Filtrer par scénario' });
    const title = scenarioSummary(SCENARIOS[1]!)!.title;
    const option = within(select).getByRole<HTMLOptionElement>('option', { name: typo(title) });
    await fireEvent.change(select, { target: { value: option.value } });
    expect(bodyRows()).toHaveLength(KINDS.length);
    expect(column(1).every((t) => t === typo(title))).toBe(true);
    await fireEvent.change(select, { target: { value: '' } });
    expect(bodyRows()).toHaveLength(played.length);
  });

  it('draws the first 50 rows of a long history, and more on demand', async () => {
    await mount(many(120));
    expect(bodyRows()).toHaveLength(50);
    await fireEvent.click(screen.getByRole('button', { name: /Afficher plus/ }));
    expect(bodyRows()).toHaveLength(100);
    await fireEvent.click(screen.getByRole('button', { name: /Afficher plus/ }));
    expect(bodyRows()).toHaveLength(120);
    expect(screen.queryByRole('button', { name: /Afficher plus/ })).not.toBeInTheDocument();
  });

  it('renders 10,000 attempts quickly', async () => {
    const attempts = many(10_000);
    const start = performance.now();
    await mount(attempts);
    const elapsed = performance.now() - start;
    expect(bodyRows()).toHaveLength(50);
    expect(screen.getByText(/50 tentatives affichées sur 10.000/)).toBeInTheDocument();
    // jsdom is far slower than Chromium; this only guards against drawing every row.
    expect(elapsed).toBeLessThan(3000);
  });

  it('shows the best result per scenario', async () => {
    await mount(played);
    const table = screen.getByRole('table', { name: 'Meilleur résultat par scénario' });
    const stats = scenarioStats(summarizeAll(played, bundleOf));
    for (const id of SCENARIOS) {
      const row = within(table).getByRole('row', { name: new RegExp(typo(scenarioSummary(id)!.title)) });
      const best = stats.get(id)!.best;
      expect(row).toHaveTextContent(best === null ? '—' : `${best} / 100`);
    }
  });
});

describe('Dashboard: charts', () => {
  it('gives each chart a name and a table of its values', async () => {
    await mount(played);
    const images = screen.getAllByRole('img');
    expect(images.map((i) => i.tagName)).toEqual(['CANVAS', 'CANVAS']);
    expect(images[0]).toHaveAccessibleName(/Graphique en courbes/);
    expect(images[1]).toHaveAccessibleName(/Graphique radar/);
    expect(screen.getByRole('heading', { name: 'Évolution par compétence' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Niveau actuel par compétence' })).toBeInTheDocument();

    const levels = skillLevels(summarizeAll(played, bundleOf));
    const radar = screen.getByRole('table', { name: 'Niveau actuel par compétence' });
    for (const id of CRITERIA) {
      const row = within(radar).getByRole('row', { name: new RegExp(`^${CRITERION_LABELS[id]}`) });
      expect(row).toHaveTextContent(levels[id] === null ? 'pas encore évalué' : String(levels[id]));
    }
    const trend = screen.getByRole('table', { name: 'Valeurs du graphique d’évolution' });
    expect(within(trend).getAllByRole('row')).toHaveLength(played.length + 1);
    // Without a canvas, the page says the values stay readable in the tables.
    await waitFor(() => expect(screen.getAllByText(/les valeurs restent lisibles/)).toHaveLength(2));
  });
});

describe('Dashboard: next scenario', () => {
  it('recommends the scenario recommendNext picks and starts it', async () => {
    const { onplay } = await mount(played);
    const summaries = summarizeAll(played, bundleOf);
    const expected = recommendNext(scenarioSummaries(), skillLevels(summaries), scenarioStats(summaries));
    expect(screen.getByRole('heading', { name: 'Prochain scénario conseillé' })).toBeInTheDocument();
    if (!expected) {
      expect(screen.getByText(/maîtrisé tous les scénarios/)).toBeInTheDocument();
      return;
    }
    const start = screen.getByRole('link', { name: typo(`Commencer l’appel : ${expected.scenario.title}`) });
    expect(start).toHaveAttribute('href', `#/appel/${expected.scenario.id}`);
    await fireEvent.click(start);
    expect(onplay).toHaveBeenCalledWith(expected.scenario.id);
  });
});

describe('Dashboard: export and import', () => {
  it('exports a CSV for French Excel: BOM, semicolons, one line per attempt', async () => {
    await mount(played);
    await fireEvent.click(screen.getByRole('button', { name: 'Exporter en CSV' }));
    expect(downloads).toEqual(['decroche-marie-helene-tentatives.csv']);
    const blob = urls[0]!;
    expect(blob.type).toBe('text/csv;charset=utf-8');
    const data = await bytes(blob);
    expect([...data.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(data);
    const lines = text.slice(1).split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(played.length + 1);
    expect(lines[0]!.startsWith('Date;Scénario;')).toBe(true);
    expect(lines[1]!.split(';')[2]).toBe(played[0]!.scenarioId);
    expect(
      screen.getByText('Fichier « decroche-marie-helene-tentatives.csv » téléchargé.'),
    ).toBeInTheDocument();
  });

  it('exports the attempts as JSON through the storage', async () => {
    const { storage, profile } = await storageWith('Karim', () => played.slice(0, 2));
    const { items } = await storage.getAttempts(played.slice(0, 2).map((a) => a.id));
    await mount(items, { storage, profile });
    await fireEvent.click(screen.getByRole('button', { name: 'Exporter mes tentatives' }));
    await waitFor(() => expect(downloads).toEqual(['decroche-karim-tentatives.jsonl']));
    const lines = new TextDecoder()
      .decode(await bytes(urls[0]!))
      .trimEnd()
      .split('\n');
    expect(JSON.parse(lines[0]!)).toMatchObject({
      format: 'decroche-attempts',
      version: 2,
      count: 2,
      rubricVersion: RUBRIC_VERSION,
    });
    expect(JSON.parse(lines[0]!).appVersion).toMatch(/^\d+\.\d+\.\d+/);
    expect(lines).toHaveLength(3);
  });

  it('imports an exported file and shows the attempts at once', async () => {
    // The same trainee, from another computer.
    const source = await storageWith('Karim', () => played.slice(0, 3));
    const text = await source.storage.exportAttempts(source.profile.id);
    const { storage, profile } = await storageWith(' karim ');
    await mount([], { storage, profile });
    expect(screen.queryByRole('table', { name: 'Mes tentatives' })).not.toBeInTheDocument();

    const input = screen.getByLabelText('Importer des tentatives');
    const file = new File([text], 'export.json', { type: 'application/json' });
    await fireEvent.change(input, { target: { files: [file] } });
    await waitFor(() => expect(screen.getByText('3 tentatives importées.')).toBeInTheDocument());
    expect(bodyRows()).toHaveLength(3);
    expect((await storage.loadSummaries(profile.id)).items).toHaveLength(3);
  });

  it('imports another trainee’s file into their own profile, never into the current one', async () => {
    const source = await storageWith('Julie', () => played.slice(0, 2));
    const text = await source.storage.exportAttempts(source.profile.id);
    const { storage, profile } = await storageWith('Karim');
    await mount([], { storage, profile });
    const file = new File([text], 'export.json', { type: 'application/json' });
    await fireEvent.change(screen.getByLabelText('Importer des tentatives'), { target: { files: [file] } });
    await waitFor(() =>
      expect(
        screen.getByText(/2 tentatives importées\. Ce fichier est celui de « Julie »/),
      ).toBeInTheDocument(),
    );
    expect((await storage.loadSummaries(profile.id)).items).toHaveLength(0);
    expect(screen.queryByRole('table', { name: 'Mes tentatives' })).not.toBeInTheDocument();
    const julie = (await storage.listProfiles()).items.find((p) => p.name === 'Julie')!;
    expect((await storage.loadSummaries(julie.id)).items).toHaveLength(2);
  });

  it('says in an alert what is wrong with a file it cannot import', async () => {
    await mount(played);
    const input = screen.getByLabelText('Importer des tentatives');
    await fireEvent.change(input, { target: { files: [new File(['{ pas du json'], 'x.json')] } });
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(/problème|partie du fichier/));
    expect(bodyRows()).toHaveLength(played.length);
  });
});

describe('Dashboard accessibility', () => {
  it('has no axe violation (contrast is checked in the browser)', async () => {
    await mount(played);
    await waitFor(() => expect(screen.getAllByText(/les valeurs restent lisibles/)).toHaveLength(2));
    const { violations } = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([]);
  });
});

describe('Dashboard: no attempt yet', () => {
  it('says so kindly, links to the library and still offers an import', async () => {
    await mount([]);
    expect(screen.getByText(/aucun appel/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Aller à la bibliothèque de scénarios' })).toHaveAttribute(
      'href',
      '#/bibliotheque',
    );
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Exporter en CSV' })).not.toBeInTheDocument();
    expect(screen.getByLabelText('Importer des tentatives')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /^Commencer l’appel\s: / })).toBeInTheDocument();
  });
});

describe('Dashboard: attempts scored under an older rubric', () => {
  it('shows the stored numbers first, marked « recalcul en cours », then the re-scored ones', async () => {
    const chosen = played.slice(0, 2);
    const old = (a: Attempt) => ({
      ...a,
      scorecard: {
        ...(a.scorecard as Scorecard),
        rubricVersion: RUBRIC_VERSION - 1,
        total: 3,
        passed: false,
      },
    });
    const { storage, profile } = await storageWith('Inès', () => chosen.map(old));
    const { items } = await storage.loadSummaries(profile.id);
    expect(items.map((s) => s.total)).toEqual([3, 3]);

    render(Dashboard, { profile, summaries: items, storage, onopen: vi.fn(), onplay: vi.fn() });
    expect(
      screen.getByText(/^Recalcul en cours : 2 tentatives notées avec une ancienne version/),
    ).toBeInTheDocument();
    expect(column(3)).toEqual(['3 / 100', '3 / 100']);

    await waitFor(() =>
      expect(screen.getByText(/^2 tentatives recalculées avec la grille actuelle/)).toBeInTheDocument(),
    );
    const fresh = [...chosen].reverse().map((a) => `${(a.scorecard as Scorecard).total} / 100`);
    expect(column(3)).toEqual(fresh);
    expect(screen.queryByText(/Recalcul en cours/)).not.toBeInTheDocument();
    // Saved: the next visit draws the fresh numbers at once.
    const again = await storage.loadSummaries(profile.id);
    expect(again.items.map((s) => s.rubricVersion)).toEqual([RUBRIC_VERSION, RUBRIC_VERSION]);
    expect(again.items.map((s) => s.total)).toEqual(chosen.map((a) => (a.scorecard as Scorecard).total));
  });

  it('says nothing when every summary is current', async () => {
    await mount(played);
    expect(screen.queryByText(/Recalcul en cours|recalculées/)).not.toBeInTheDocument();
  });
});
