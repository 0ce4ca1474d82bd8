import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CONTENT_MODULE, decrocheContent } from '../../scripts/vite-plugin-content.ts';
import { materializePack, validText } from '../../tests/fixtures/packs/packs.ts';
import {
  allPacks,
  loadAllBundles,
  loadBundle,
  loadBundles,
  loadFullBundle,
  loadNotes,
  scenarioSummaries,
  scenarioSummary,
} from './catalog.ts';
import type { ScenarioBundle } from './schema.ts';
import { summarizeScenario } from './summary.ts';

// The catalogue reads the virtual modules the Vite plugin builds; here, two fixture scenarios,
// the harder one first (the catalogue sorts them).
const fixturePack = vi.hoisted(() => async () => {
  const { parsePack } = await import('./parse.ts');
  const { fixtureFiles, validText } = await import('../../tests/fixtures/packs/packs.ts');
  const hard = validText('scenarios/rdv-simple.yaml')
    .replace('id: rdv-simple', 'id: rdv-difficile')
    .replace('title: Un rendez-vous simple', 'title: Appel difficile')
    .replace('difficulty: 1', 'difficulty: 3');
  const { bundles, pack } = parsePack(fixtureFiles(undefined, { 'scenarios/rdv-difficile.yaml': hard }));
  return { bundles: [...bundles].reverse(), pack: pack! };
});
vi.mock('virtual:decroche-content', async () => {
  const { summarizeScenario } = await import('./summary.ts');
  const { bundles, pack } = await fixturePack();
  return {
    packs: [{ ...pack, scenarios: bundles.map((b) => b.scenario.id) }],
    scenarios: bundles.map((b) => summarizeScenario(b, pack.id)),
  };
});
const split = (bundle: ScenarioBundle) => {
  const { debrief, model, ...scenario } = bundle.scenario;
  return { call: { ...bundle, scenario }, notes: { debrief, model } };
};
vi.mock('virtual:decroche-content/loaders', async () => {
  const { bundles } = await fixturePack();
  return {
    loaders: new Map(bundles.map((b) => [b.scenario.id, () => Promise.resolve(split(b).call)])),
  };
});
vi.mock('virtual:decroche-content/notes-loaders', async () => {
  const { bundles } = await fixturePack();
  return {
    notes: new Map(bundles.map((b) => [b.scenario.id, () => Promise.resolve(split(b).notes)])),
  };
});

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((remove) => remove()));

type LoadHook = (this: unknown, id: string) => Promise<string | undefined>;
const context = { warnings: [] as string[], watched: [] as string[] };
const pluginContext = {
  addWatchFile: (file: string) => void context.watched.push(file),
  warn: (message: string) => void context.warnings.push(message),
  error: (message: string) => {
    throw new Error(message);
  },
};

function plugin(...args: Parameters<typeof materializePack>) {
  const made = materializePack(...args);
  cleanups.push(made.remove);
  const instance = decrocheContent({ contentDir: join(made.dir, '..') });
  return { instance, dir: made.dir, load: (instance.load as unknown as LoadHook).bind(pluginContext) };
}

/**
 * Writes the modules the plugin serves to files, their imports of one another rewritten to
 * those files, and imports the main one: the module graph the browser gets, run in Node.
 */
async function importContent(
  load: (id: string) => Promise<string | undefined>,
  root = '\0virtual:decroche-content',
) {
  const dir = mkdtempSync(join(tmpdir(), 'decroche-module-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  const written = new Map<string, string>();
  const write = async (resolved: string): Promise<string> => {
    const known = written.get(resolved);
    if (known) return known;
    const file = join(dir, `m${written.size}.mjs`);
    written.set(resolved, pathToFileURL(file).href);
    let code = (await load(resolved))!;
    for (const spec of new Set(code.match(/"virtual:decroche-content\/[^"]+"/g) ?? []))
      code = code.replaceAll(spec, JSON.stringify(await write(`\0${JSON.parse(spec) as string}`)));
    writeFileSync(file, code);
    return written.get(resolved)!;
  };
  const main = (await import(
    /* @vite-ignore */ await write(root)
  )) as typeof import('virtual:decroche-content');
  return { main, modules: [...written.keys()] };
}

const hardScenario = () =>
  validText('scenarios/rdv-simple.yaml')
    .replace('id: rdv-simple', 'id: rdv-difficile')
    .replace('title: Un rendez-vous simple', 'title: Appel difficile')
    .replace('difficulty: 1', 'difficulty: 3');

describe('the content plugin', () => {
  it('serves summaries, and each scenario as a module of its own, equal to what the loader parsed', async () => {
    const extra = { 'scenarios/rdv-difficile.yaml': hardScenario() };
    const { instance, dir, load } = plugin(undefined, extra);
    const resolveId = instance.resolveId as (id: string) => string | undefined;
    expect(resolveId(CONTENT_MODULE)).toBe('\0virtual:decroche-content');
    expect(resolveId(`${CONTENT_MODULE}/scenario/0/rdv-simple`)).toBe(
      '\0virtual:decroche-content/scenario/0/rdv-simple',
    );
    expect(resolveId('virtual:other')).toBeUndefined();

    const code = (await load('\0virtual:decroche-content'))!;
    // Nothing to bundle but the content's own modules (no yaml, no zod in the browser): the main
    // module re-exports the loaders' module, which loads the scenarios only on demand (dynamic
    // imports, no static one) and holds no summary; the notes' loaders are a module apart, which
    // nothing imports statically.
    expect([...code.matchAll(/\bfrom\s*["']([^"']+)["']/g)].map((m) => m[1])).toEqual([
      `${CONTENT_MODULE}/loaders`,
    ]);
    const loadersCode = (await load('\0virtual:decroche-content/loaders'))!;
    expect(loadersCode).not.toMatch(/\bfrom\s*["']/);
    expect(loadersCode).not.toContain('Un rendez-vous simple');
    const imported = [...loadersCode.matchAll(/\bimport\s*\(\s*["']([^"']+)["']/g)].map((m) => m[1]);
    expect(imported.filter((spec) => spec!.startsWith(`${CONTENT_MODULE}/scenario/`))).toHaveLength(2);
    expect(imported).toHaveLength(2);
    const notesCode = (await load('\0virtual:decroche-content/notes-loaders'))!;
    expect(notesCode).not.toMatch(/\bfrom\s*["']/);
    const notesImported = [...notesCode.matchAll(/\bimport\s*\(\s*["']([^"']+)["']/g)].map((m) => m[1]);
    expect(notesImported.filter((spec) => spec!.startsWith(`${CONTENT_MODULE}/notes/`))).toHaveLength(2);
    expect(notesImported).toHaveLength(2);
    // The main module holds summaries, not the dialogue graphs.
    expect(code).not.toContain('nodes');

    const { main, modules } = await importContent(load);
    const notesContent = await importContent(load, '\0virtual:decroche-content/notes-loaders');
    const notesModule =
      notesContent.main as unknown as typeof import('virtual:decroche-content/notes-loaders');
    // What the loader reads from the same folder, in the same (file) order.
    const { parsePack, readPackFiles } = await import('./load.ts');
    const parsed = parsePack(await readPackFiles(dir));
    expect(parsed.bundles.map((b) => b.scenario.id).sort()).toEqual(['rdv-difficile', 'rdv-simple']);
    expect(main.scenarios).toEqual(parsed.bundles.map((b) => summarizeScenario(b, 'essai')));
    expect(main.packs).toEqual([
      {
        id: 'essai',
        title: 'Pack d’essai',
        description: 'Le plus petit pack valide, pour les tests du chargeur.',
        scenarios: parsed.bundles.map((b) => b.scenario.id),
      },
    ]);
    // A call's bundle has all of the scenario but its notes, which are a module apart.
    for (const bundle of parsed.bundles) {
      const { debrief, model, ...scenario } = bundle.scenario;
      expect(await main.loaders.get(scenario.id)!()).toEqual({ ...bundle, scenario });
      expect(await notesModule.notes.get(scenario.id)!()).toEqual({ debrief, model });
    }
    expect(modules.filter((m) => m.includes('/notes/'))).toHaveLength(0);
    expect(notesContent.modules.filter((m) => m.includes('/notes/'))).toHaveLength(2);
    // Both scenarios are at the same practice, with the same caller: each ships once.
    expect(modules.filter((m) => m.includes('/practice/'))).toHaveLength(1);
    expect(modules.filter((m) => m.includes('/caller/'))).toHaveLength(1);
    expect(modules.filter((m) => m.includes('/scenario/'))).toHaveLength(2);
    expect(context.watched.some((f) => f.endsWith('rdv-simple.yaml'))).toBe(true);
  });

  it('refuses a content module that does not exist', async () => {
    const { load } = plugin();
    await expect(load('\0virtual:decroche-content/scenario/0/inconnu')).rejects.toThrow(
      'Module de contenu inconnu : virtual:decroche-content/scenario/0/inconnu',
    );
  });

  it('fails the build with the French errors when a pack is invalid', async () => {
    const { load } = plugin('broken-reference');
    await expect(load('\0virtual:decroche-content')).rejects.toThrow(
      /Contenu invalide : 1 erreur .*\n {2}.*essai\/scenarios\/rdv-simple\.yaml:24 › nodes\.accueil\.on\[0\]\.goto : le nœud « reformuler » n’existe pas/,
    );
  });

  it('passes warnings on without failing', async () => {
    context.warnings = [];
    const scenario = validText('scenarios/rdv-simple.yaml').replace(
      'outcomes:\n',
      'outcomes:\n  oubliee:\n    label: Jamais donnée\n    verdict: wrong\n    reason: Personne ne la donne.\n',
    );
    const { load } = plugin(undefined, { 'scenarios/rdv-simple.yaml': scenario });
    expect(await load('\0virtual:decroche-content')).toContain('rdv-simple');
    expect(context.warnings).toEqual([expect.stringContaining('outcomes.oubliee (avertissement)')]);
  });

  it('ignores other modules', async () => {
    const { load } = plugin();
    expect(await load('/src/main.ts')).toBeUndefined();
  });
});

describe('the catalogue', () => {
  it('lists summaries easiest first, then by title', () => {
    expect(scenarioSummaries().map((s) => s.id)).toEqual(['rdv-simple', 'rdv-difficile']);
    expect(scenarioSummary('rdv-difficile')).toMatchObject({
      title: 'Appel difficile',
      difficulty: 3,
      pack: 'essai',
      practiceName: expect.any(String),
    });
    expect(scenarioSummary('inconnu')).toBeUndefined();
    expect(scenarioSummary('constructor')).toBeUndefined();
  });

  it('loads a bundle on demand, once, and its notes apart', async () => {
    const bundle = await loadBundle('rdv-difficile');
    expect(bundle?.scenario.difficulty).toBe(3);
    expect(bundle?.practice.id).toBe('cabinet-essai');
    expect(bundle?.scenario).not.toHaveProperty('model');
    expect(await loadBundle('rdv-difficile')).toBe(bundle);
    expect(await loadBundle('inconnu')).toBeUndefined();
    expect(await loadBundle('constructor')).toBeUndefined();

    const notes = await loadNotes('rdv-difficile');
    expect(notes?.debrief.length).toBeGreaterThan(0);
    expect(await loadNotes('rdv-difficile')).toBe(notes);
    const full = await loadFullBundle('rdv-difficile');
    expect(full).toEqual({ ...bundle, scenario: { ...bundle!.scenario, ...notes } });
    expect(await loadFullBundle('inconnu')).toBeUndefined();
  });

  it('loads several bundles at once, and all of them', async () => {
    const bundleOf = await loadBundles(['rdv-simple', 'inconnu', 'rdv-simple']);
    expect(bundleOf('rdv-simple')?.scenario.id).toBe('rdv-simple');
    expect(bundleOf('rdv-simple')?.scenario.model.length).toBeGreaterThan(1);
    expect(bundleOf('inconnu')).toBeUndefined();
    expect(bundleOf('rdv-difficile')).toBeUndefined(); // not asked for
    const all: readonly ScenarioBundle[] = await loadAllBundles();
    expect(all.map((b) => b.scenario.id)).toEqual(['rdv-simple', 'rdv-difficile']);
  });

  it('summarises the packs', () => {
    expect(allPacks()).toEqual([
      {
        id: 'essai',
        title: 'Pack d’essai',
        description: 'Le plus petit pack valide, pour les tests du chargeur.',
        scenarios: ['rdv-simple', 'rdv-difficile'],
      },
    ]);
  });
});
