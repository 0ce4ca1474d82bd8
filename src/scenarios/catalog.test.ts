import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CONTENT_MODULE, decrocheContent } from '../../scripts/vite-plugin-content.ts';
import { fixtureFiles, materializePack, validText } from '../../tests/fixtures/packs/packs.ts';
import { allBundles, allPacks, allScenarios, getBundle } from './catalog.ts';

// The catalogue reads the virtual module the Vite plugin builds; here, two fixture scenarios.
vi.mock('virtual:decroche-content', async () => {
  const { parsePack } = await import('./parse.ts');
  const { fixtureFiles, validText } = await import('../../tests/fixtures/packs/packs.ts');
  const hard = validText('scenarios/rdv-simple.yaml')
    .replace('id: rdv-simple', 'id: rdv-difficile')
    .replace('title: Un rendez-vous simple', 'title: Appel difficile')
    .replace('difficulty: 1', 'difficulty: 3');
  const { bundles, pack } = parsePack(fixtureFiles(undefined, { 'scenarios/rdv-difficile.yaml': hard }));
  const packs = [
    {
      ...pack!,
      practices: [bundles[0]!.practice],
      callers: [bundles[0]!.caller],
      scenarios: bundles.map((b) => b.scenario),
    },
  ];
  return { packs, bundles: [...bundles].reverse() };
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
  return { instance, load: (instance.load as unknown as LoadHook).bind(pluginContext) };
}

describe('the content plugin', () => {
  it('serves the packs as a plain module: bundles equal to what the loader parsed', async () => {
    const { instance, load } = plugin();
    expect((instance.resolveId as (id: string) => string | undefined)(CONTENT_MODULE)).toBe(
      '\0virtual:decroche-content',
    );
    const code = (await load('\0virtual:decroche-content'))!;
    expect(code).not.toMatch(/\bimport\b/); // nothing to bundle: no yaml, no zod in the browser
    const dir = mkdtempSync(join(tmpdir(), 'decroche-module-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    writeFileSync(join(dir, 'content.mjs'), code);
    const module = (await import(
      /* @vite-ignore */ pathToFileURL(join(dir, 'content.mjs')).href
    )) as typeof import('virtual:decroche-content');
    const { parsePack } = await import('./parse.ts');
    expect(module.bundles).toEqual(parsePack(fixtureFiles()).bundles);
    expect(module.packs.map((p) => [p.id, p.title])).toEqual([['essai', 'Pack d’essai']]);
    expect(context.watched.some((f) => f.endsWith('rdv-simple.yaml'))).toBe(true);
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
  it('lists scenarios easiest first and finds a bundle by id', () => {
    expect(allScenarios().map((s) => s.id)).toEqual(['rdv-simple', 'rdv-difficile']);
    expect(allBundles()[0]!.practice.id).toBe('cabinet-essai');
    expect(getBundle('rdv-difficile')?.scenario.difficulty).toBe(3);
    expect(getBundle('inconnu')).toBeUndefined();
    expect(getBundle('constructor')).toBeUndefined();
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
