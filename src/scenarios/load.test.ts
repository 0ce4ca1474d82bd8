import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { materializePack, tinyWav, VALID_DIR, validText } from '../../tests/fixtures/packs/packs.ts';
import { formatError, hasErrors } from './errors.ts';
import {
  CONTENT_DIR,
  findPackFolders,
  loadBuiltinPacks,
  loadPackFile,
  loadPackFolder,
  loadPacks,
} from './load.ts';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((remove) => remove()));
function pack(...args: Parameters<typeof materializePack>) {
  const made = materializePack(...args);
  cleanups.push(made.remove);
  return made.dir;
}

const jsonCaller = {
  schemaVersion: 1,
  id: 'm-json',
  name: 'M. Json',
  age: 70,
  style: 'calm',
  stress: 10,
  patience: 30,
  lines: { prompt: 'Allô ?', confused: 'Comment ?', holdBack: 'Merci.', hangup: 'Au revoir.' },
};

describe('loadPackFolder', () => {
  it('reads a pack folder into bundles', async () => {
    const loaded = await loadPackFolder(VALID_DIR);
    expect(loaded.errors).toEqual([]);
    expect(loaded.dir).toBe(VALID_DIR);
    expect(loaded.bundles.map((b) => b.scenario.id)).toEqual(['rdv-simple']);
  });

  it('does not read a file over the size limit', async () => {
    const dir = pack(undefined, { 'scenarios/enorme.yaml': 'a'.repeat(600 * 1024) });
    const loaded = await loadPackFolder(dir);
    expect(loaded.errors.map((e) => formatError(e))).toEqual([
      'scenarios/enorme.yaml : fichier trop volumineux (600 Ko) : la limite est de 512 Ko par fichier',
    ]);
    expect(loaded.bundles).toHaveLength(1);
  });

  it('reads .yml and .json files and ignores other files', async () => {
    const dir = pack(undefined, {
      'callers/m-json.json': JSON.stringify(jsonCaller, null, 2),
      'scenarios/notes.txt': 'pas un scénario',
      'scenarios/brouillon/x.yaml': 'a: [',
    });
    const loaded = await loadPackFolder(dir);
    expect(loaded.errors).toEqual([]);
    expect(loaded.callers.map((c) => c.id).sort()).toEqual(['m-json', 'mme-essai']);
  });
});

describe('loadPackFile', () => {
  it('checks a scenario inside a pack against the pack, reporting that file and what it uses', async () => {
    const dir = pack('missing-field', {
      'scenarios/autre.yaml': validText('scenarios/rdv-simple.yaml')
        .replace('id: rdv-simple', 'id: autre')
        .replace('goto: demande', 'goto: nulle-part'),
    });
    const loaded = await loadPackFile(join(dir, 'scenarios', 'rdv-simple.yaml'));
    // The broken caller it uses is reported; the other broken scenario is not.
    expect(loaded.errors.map((e) => `${e.file} ${e.path}`)).toEqual(['callers/mme-essai.yaml patience']);
    expect(loaded.scenarios.map((s) => s.id)).toEqual(['rdv-simple']);
    expect(loaded.bundles).toEqual([]);
  });

  it('checks a file outside any pack alone, its kind told by its fields', async () => {
    const dir = pack(undefined, { 'ailleurs/mme-essai.yaml': validText('callers/mme-essai.yaml') });
    const loaded = await loadPackFile(join(dir, 'ailleurs', 'mme-essai.yaml'));
    expect(loaded).toMatchObject({ errors: [], callers: [{ id: 'mme-essai' }] });
  });

  it('refuses a file that is not YAML or JSON', async () => {
    const dir = pack(undefined, { 'notes.txt': 'bonjour' });
    const loaded = await loadPackFile(join(dir, 'notes.txt'));
    expect(loaded.errors.map((e) => formatError(e))).toEqual([
      'notes.txt : extension non reconnue : un fichier .yaml, .yml ou .json est attendu',
    ]);
  });
});

describe('several packs', () => {
  it('finds the packs of a content folder and refuses a scenario id used twice', async () => {
    const first = pack();
    const root = join(first, '..');
    const second = join(root, 'autre');
    mkdirSync(join(second, 'scenarios'), { recursive: true });
    writeFileSync(join(second, 'pack.yaml'), 'schemaVersion: 1\nid: autre\ntitle: Autre pack\n');
    writeFileSync(join(second, 'scenarios', 'rdv-simple.yaml'), validText('scenarios/rdv-simple.yaml'));
    for (const kind of ['practices/cabinet-essai.yaml', 'callers/mme-essai.yaml']) {
      mkdirSync(join(second, kind.split('/')[0]!), { recursive: true });
      writeFileSync(join(second, kind), validText(kind));
    }
    expect(await findPackFolders(root)).toEqual([second, first]);
    const loaded = await loadBuiltinPacks(root);
    expect(loaded.packs.map((p) => p.pack?.id)).toEqual(['autre', 'essai']);
    expect(loaded.bundles).toHaveLength(1);
    expect(loaded.errors.map((e) => formatError(e))).toEqual([
      'essai/scenarios/rdv-simple.yaml › id : le scénario « rdv-simple » existe aussi dans le pack « autre » : les identifiants de scénario doivent être uniques',
    ]);
    expect((await loadPacks([first])).errors).toEqual([]);
  });

  it('finds nothing in a folder without packs', async () => {
    const dir = pack();
    expect(await findPackFolders(join(dir, 'scenarios'))).toEqual([]);
    expect(await loadBuiltinPacks(join(dir, 'absent'))).toEqual({ packs: [], bundles: [], errors: [] });
  });

  it('the built-in content is valid', async () => {
    const loaded = await loadBuiltinPacks(CONTENT_DIR);
    expect(loaded.errors.filter((e) => e.severity === 'error').map((e) => formatError(e))).toEqual([]);
    expect(hasErrors(loaded.errors)).toBe(false);
  });
});

describe('recorded lines (audio)', () => {
  const SCENARIO = 'scenarios/rdv-simple.yaml';

  it('loads a scenario whose clips are files of the pack', async () => {
    const loaded = await loadPackFolder(pack('audio'));
    expect(loaded.errors).toEqual([]);
    expect(loaded.bundles[0]!.scenario.audio).toMatchObject({
      'Bonjour, je voudrais un rendez-vous.': 'audio/accueil.wav',
    });
  });

  it('reports a missing clip and a too-large one, naming file, line and path, and drops the scenario', async () => {
    const dir = pack('audio', { 'audio/gorge.wav': tinyWav(310 * 1024) });
    rmSync(join(dir, 'audio', 'accueil.wav'));
    const loaded = await loadPackFolder(dir);
    expect(loaded.errors.map((e) => formatError(e))).toEqual([
      `${SCENARIO}:67 › audio["Bonjour, je voudrais un rendez-vous."] : l’enregistrement « audio/accueil.wav » est introuvable : placez le fichier dans le dossier du pack, à ce chemin`,
      `${SCENARIO}:68 › audio["J’ai très mal à la gorge depuis hier."] : l’enregistrement « audio/gorge.wav » est trop volumineux (311 Ko) : la limite est de 300 Ko par réplique (compressez-le, en .mp3 par exemple)`,
      `${SCENARIO}:70 › audio["Pardon ?"] : l’enregistrement « audio/gorge.wav » est trop volumineux (311 Ko) : la limite est de 300 Ko par réplique (compressez-le, en .mp3 par exemple)`,
    ]);
    expect(loaded.scenarios.map((s) => s.id)).toEqual(['rdv-simple']);
    expect(loaded.bundles).toEqual([]);
  });

  it('refuses a folder, and a link that leads out of the pack', async () => {
    const dir = pack('audio');
    rmSync(join(dir, 'audio', 'accueil.wav'));
    mkdirSync(join(dir, 'audio', 'accueil.wav'));
    const outside = join(dir, '..', 'ailleurs.wav');
    writeFileSync(outside, tinyWav());
    rmSync(join(dir, 'audio', 'gorge.wav'));
    symlinkSync(outside, join(dir, 'audio', 'gorge.wav'));
    const loaded = await loadPackFolder(dir);
    expect(loaded.errors.map((e) => `${e.path} : ${e.message}`)).toEqual([
      'audio["Bonjour, je voudrais un rendez-vous."] : « audio/accueil.wav » n’est pas un fichier',
      'audio["J’ai très mal à la gorge depuis hier."] : l’enregistrement « audio/gorge.wav » mène hors du dossier du pack (lien symbolique ?) : copiez le fichier dans le pack',
      'audio["Pardon ?"] : l’enregistrement « audio/gorge.wav » mène hors du dossier du pack (lien symbolique ?) : copiez le fichier dans le pack',
    ]);
  });

  it('checks the clips when one scenario file is validated, and in JSON files too', async () => {
    const dir = pack('audio');
    rmSync(join(dir, 'audio', 'gorge.wav'));
    const one = await loadPackFile(join(dir, SCENARIO));
    expect(one.errors.map((e) => `${e.file}:${e.line} ${e.path}`)).toEqual([
      `${SCENARIO}:68 audio["J’ai très mal à la gorge depuis hier."]`,
      `${SCENARIO}:70 audio["Pardon ?"]`,
    ]);
    const scenario = one.scenarios[0]!;
    rmSync(join(dir, SCENARIO));
    writeFileSync(join(dir, 'scenarios', 'rdv-simple.json'), JSON.stringify(scenario, null, 2));
    const json = await loadPackFolder(dir);
    expect(json.errors.map((e) => `${e.file}:${e.line ?? '?'} ${e.code}`)).toEqual([
      expect.stringMatching(/^scenarios\/rdv-simple\.json:\d+ missing$/),
      expect.stringMatching(/^scenarios\/rdv-simple\.json:\d+ missing$/),
    ]);
  });
});
