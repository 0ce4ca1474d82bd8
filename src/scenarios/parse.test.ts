import { describe, expect, it } from 'vitest';
import { fixtureFiles, validText } from '../../tests/fixtures/packs/packs.ts';
import { formatError, hasErrors, type PackError } from './errors.ts';
import { LIMITS, parsePack } from './parse.ts';

const errorsOf = (errors: PackError[]) => errors.filter((e) => e.severity === 'error');
const formatted = (errors: PackError[]) => errors.map((e) => formatError(e));

/** The valid pack with one file's text edited. */
function edited(path: string, edit: (text: string) => string) {
  return parsePack(fixtureFiles(undefined, { [path]: edit(validText(path)) }));
}

describe('parsePack on the fixture packs', () => {
  it('turns the valid pack into one playable bundle, with no problem at all', () => {
    const result = parsePack(fixtureFiles());
    expect(result.errors).toEqual([]);
    expect(result.pack?.id).toBe('essai');
    expect(result.bundles).toHaveLength(1);
    const [bundle] = result.bundles;
    expect(bundle!.scenario.id).toBe('rdv-simple');
    expect(bundle!.practice.id).toBe('cabinet-essai');
    expect(bundle!.caller.id).toBe('mme-essai');
    // Schema defaults are applied: the bundle is what the compiler takes.
    expect(bundle!.scenario.maxRings).toBe(8);
    expect(bundle!.scenario.nodes.accueil!.on[0]!.when.said).toEqual(['greeting']);
  });

  it('names the file, path, line and missing node of a broken goto', () => {
    const result = parsePack(fixtureFiles('broken-reference'));
    expect(result.bundles).toEqual([]);
    expect(formatted(result.errors)).toEqual([
      'scenarios/rdv-simple.yaml:24 › nodes.accueil.on[0].goto : le nœud « reformuler » n’existe pas (nœuds définis : « accueil », « demande », « fin »)',
    ]);
  });

  it('reports a node that cannot be reached from start', () => {
    const [error, ...rest] = parsePack(fixtureFiles('unreachable-node')).errors;
    expect(rest).toEqual([]);
    expect(error).toMatchObject({
      file: 'scenarios/rdv-simple.yaml',
      path: 'nodes.oubli',
      line: 35,
      severity: 'error',
    });
    expect(error!.message).toContain('le nœud « oubli » n’est jamais atteint');
  });

  it('reports a missing field by name, and the scenario using that caller is not playable', () => {
    const result = parsePack(fixtureFiles('missing-field'));
    expect(formatted(result.errors)).toEqual([
      'callers/mme-essai.yaml:2 › patience : le champ « patience » est obligatoire',
    ]);
    expect(result.bundles).toEqual([]);
  });

  it('reports invalid YAML once, with its line, in French', () => {
    const { errors } = parsePack(fixtureFiles('invalid-yaml'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: 'scenarios/rdv-simple.yaml', line: 38, code: 'syntax' });
    expect(errors[0]!.message).toMatch(/^YAML invalide : /);
  });

  it('reports invalid JSON with its line and a French reason', () => {
    const { errors } = parsePack(fixtureFiles('invalid-json'));
    expect(formatted(errors)).toEqual([
      'callers/m-json.json:15 : JSON invalide : nom de champ entre guillemets doubles attendu (virgule en trop ?)',
    ]);
  });

  it('requires the file name to be the id', () => {
    const { errors } = parsePack(fixtureFiles('wrong-file-name'));
    expect(formatted(errors)).toEqual([
      'callers/appelant.yaml:3 › id : l’identifiant « m-autre » ne correspond pas au nom du fichier « appelant.yaml » : renommez le fichier en « m-autre.yaml » ou corrigez l’identifiant',
    ]);
  });

  it('refuses a __proto__ key and leaves Object.prototype alone', () => {
    const result = parsePack(fixtureFiles('proto-key'));
    expect(formatted(result.errors)).toEqual([
      'scenarios/rdv-simple.yaml:35 › nodes.fin.__proto__ : clé interdite « __proto__ » : ce nom est réservé, choisissez-en un autre',
    ]);
    expect(result.bundles).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('parsePack safety', () => {
  it('refuses an oversized file without parsing it', () => {
    const big = `# ${'x'.repeat(LIMITS.fileBytes)}\n${validText('callers/mme-essai.yaml')}`;
    const { errors } = parsePack(fixtureFiles(undefined, { 'callers/mme-essai.yaml': big }));
    expect(errorsOf(errors)).toEqual([
      expect.objectContaining({
        file: 'callers/mme-essai.yaml',
        code: 'size',
        message: 'fichier trop volumineux (513 Ko) : la limite est de 512 Ko par fichier',
      }),
    ]);
  });

  it('refuses a pack over 5 Mo as a whole, trusting the size a reader reports', () => {
    const files = fixtureFiles().concat(
      Array.from({ length: 11 }, (_, i) => ({
        path: `scenarios/gros-${i}.yaml`,
        text: '',
        size: 500 * 1024,
      })),
    );
    const result = parsePack(files);
    expect(result.bundles).toEqual([]);
    expect(result.errors).toEqual([expect.objectContaining({ file: '', code: 'size' })]);
    expect(result.errors[0]!.message).toMatch(
      /^pack trop volumineux \(5,[0-9] Mo\) : la limite est de 5 Mo par pack$/,
    );
  });

  it('refuses constructor and prototype as keys, even where any id is allowed', () => {
    const { errors } = edited('scenarios/rdv-simple.yaml', (t) =>
      t.replace(
        'outcomes:\n',
        'outcomes:\n  constructor:\n    label: x\n    verdict: wrong\n    reason: x\n',
      ),
    );
    expect(errors.map((e) => [e.path, e.code])).toEqual([['outcomes.constructor', 'forbidden-key']]);
  });

  it('refuses YAML merge keys', () => {
    const { errors } = edited('callers/mme-essai.yaml', (t) => `${t}voice:\n  <<: { gender: female }\n`);
    expect(errors.map((e) => e.message)).toEqual([
      'les clés de fusion « << » ne sont pas acceptées : recopiez les champs',
    ]);
  });

  it('refuses an alias bomb (billion laughs) instead of expanding it', () => {
    const bomb = [
      'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
      ...Array.from({ length: 8 }, (_, i) => {
        const [name, prev] = [String.fromCharCode(98 + i), String.fromCharCode(97 + i)];
        return `${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`;
      }),
    ].join('\n');
    const { errors } = parsePack([{ path: 'callers/bombe.yaml', text: bomb }], { partial: true });
    expect(errors).toEqual([
      expect.objectContaining({
        code: 'size',
        message: 'trop d’alias (« *nom ») : le fichier est refusé par sécurité',
      }),
    ]);
  });

  it('refuses deeply nested structures before parsing them, again and again', () => {
    // Parsing such a file twice used to crash V8 itself (a stack overflow inside yaml).
    const cases = [
      ['['.repeat(5000) + ']'.repeat(5000), 'x.yaml', 'x.json', 'x.yaml'],
      ['{"a":'.repeat(2000) + '1' + '}'.repeat(2000), 'x.json', 'x.yaml', 'x.json'],
      ['- '.repeat(3000), 'x.yaml', 'x.yaml'],
    ];
    for (const [text, ...paths] of cases)
      for (const path of paths)
        expect(parsePack([{ path: `scenarios/${path}`, text: text! }], { partial: true }).errors).toEqual([
          expect.objectContaining({
            message: 'structure trop imbriquée (plus de 64 niveaux) : le fichier est refusé par sécurité',
          }),
        ]);
  });

  it('accepts a few aliases, as trainers may use them for repeated lines', () => {
    const { errors, callers } = edited('callers/mme-essai.yaml', (t) =>
      t
        .replace('prompt: Allô ? Vous êtes toujours là ?', 'prompt: &allo Allô ? Vous êtes toujours là ?')
        .replace('hangup: Bon, je raccroche.', 'hangup: *allo'),
    );
    expect(errors).toEqual([]);
    expect(callers[0]!.lines.hangup).toBe('Allô ? Vous êtes toujours là ?');
  });

  it('refuses custom YAML tags and complex keys', () => {
    const tag = edited('callers/mme-essai.yaml', (t) =>
      t.replace('name: Mme Essai', 'name: !js/function Mme Essai'),
    );
    expect(tag.errors[0]).toMatchObject({ file: 'callers/mme-essai.yaml', line: 3, code: 'syntax' });
    const complex = edited('callers/mme-essai.yaml', (t) => `${t}? [a, b]\n: 1\n`);
    expect(complex.errors[0]!.message).toBe(
      'une clé doit être un simple texte, pas une liste ni un dictionnaire',
    );
  });

  it('reads a file with a byte-order mark and Windows line ends', () => {
    const { errors } = edited('callers/mme-essai.yaml', (t) => `\uFEFF${t.replace(/\n/g, '\r\n')}`);
    expect(errors).toEqual([]);
  });
});

describe('schema problems in French', () => {
  it('suggests the field a typo meant', () => {
    const { errors } = edited('scenarios/rdv-simple.yaml', (t) =>
      t.replace('    say: Merci beaucoup.', '    sya: Merci beaucoup.'),
    );
    expect(formatted(errorsOf(errors)).sort()).toEqual([
      'scenarios/rdv-simple.yaml:34 › nodes.fin.say : le champ « say » est obligatoire',
      'scenarios/rdv-simple.yaml:34 › nodes.fin.sya : champ inconnu « sya » : vouliez-vous dire « say » ?',
    ]);
  });

  it('suggests the act a typo meant, inside a one-or-many value', () => {
    const { errors } = edited('scenarios/rdv-simple.yaml', (t) =>
      t.replace('{ said: greeting }', '{ said: greting }'),
    );
    expect(formatted(errors)).toEqual([
      'scenarios/rdv-simple.yaml:22 › nodes.accueil.on[0].when.said : « greting » n’est pas une valeur permise : vouliez-vous dire « greeting » ?',
    ]);
  });

  it('picks the union branch that fits an object value', () => {
    const { errors } = edited('scenarios/rdv-simple.yaml', (t) =>
      t.replace('action: book,', 'action: boook,'),
    );
    expect(errors.map((e) => e.path)).toEqual(['nodes.demande.on[1].when.did.action']);
    expect(errors[0]!.message).toMatch(
      /^« boook » n’est pas une valeur permise : vouliez-vous dire « book » \?/,
    );
  });

  it('says what a union expected when no branch fits', () => {
    const { errors } = edited('callers/mme-essai.yaml', (t) =>
      t.replace('holdBack: Ah, vous revoilà.', 'holdBack: 12'),
    );
    expect(formatted(errors)).toEqual([
      'callers/mme-essai.yaml:13 › lines.holdBack : valeur invalide : texte ou suite de champs « nom: valeur » attendu',
    ]);
  });

  it('explains wrong types, numbers out of range and bad ids in French', () => {
    const { errors } = edited('scenarios/rdv-simple.yaml', (t) =>
      t
        .replace('difficulty: 1', 'difficulty: 9')
        .replace('version: 1', 'version: un')
        .replace('  fin:\n', '  Fin-Appel:\n'),
    );
    expect(formatted(errorsOf(errors))).toEqual(
      expect.arrayContaining([
        'scenarios/rdv-simple.yaml:3 › version : nombre attendu, texte reçu',
        'scenarios/rdv-simple.yaml:6 › difficulty : la valeur doit être inférieure ou égale à 5',
        'scenarios/rdv-simple.yaml:33 › nodes.Fin-Appel : clé « Fin-Appel » invalide : identifiant attendu : lettres minuscules, chiffres et tirets',
      ]),
    );
  });

  it('gives a line to every schema problem', () => {
    const { errors } = edited('practices/cabinet-essai.yaml', (t) =>
      t.replace('minutes: 20\n    practitioner: dr-essai\n', 'minutes: -5\n'),
    );
    expect(errors.length).toBeGreaterThan(0);
    for (const e of errors) expect(e.line).toBeTypeOf('number');
  });
});

describe('pack structure', () => {
  it('requires pack.yaml and resolves scenario references across files', () => {
    const files = fixtureFiles().filter(
      (f) => f.path !== 'pack.yaml' && f.path !== 'practices/cabinet-essai.yaml',
    );
    expect(formatted(parsePack(files).errors)).toEqual([
      'pack.yaml : fichier pack.yaml manquant : il décrit le pack (schemaVersion: 1, id, title)',
      'scenarios/rdv-simple.yaml:9 › practice : le cabinet « cabinet-essai » n’existe pas dans ce pack',
    ]);
  });

  it('refuses two files with the same id', () => {
    const { errors } = parsePack(
      fixtureFiles(undefined, { 'callers/mme-essai.json': JSON.stringify({ id: 'mme-essai' }) }),
    );
    expect(errors.map((e) => e.message)).toContain(
      'l’appelant « mme-essai » est déjà défini dans callers/mme-essai.yaml',
    );
    expect(hasErrors(errors)).toBe(true);
  });

  it('warns about data files it does not read, and skips other files silently', () => {
    const { errors } = parsePack(
      fixtureFiles(undefined, { 'notes.yaml': 'a: 1', 'audio/bip.wav': '', 'scenarios/a/b.yaml': '' }),
    );
    expect(errors.map((e) => [e.file, e.severity])).toEqual([
      ['notes.yaml', 'warning'],
      ['scenarios/a/b.yaml', 'warning'],
    ]);
  });

  it('tells a lone file’s kind by its fields, and checks only what it can', () => {
    const caller = parsePack([{ path: 'mme-essai.yaml', text: validText('callers/mme-essai.yaml') }], {
      partial: true,
    });
    expect(caller).toMatchObject({ errors: [], callers: [{ id: 'mme-essai' }] });
    const scenario = parsePack([{ path: 'rdv-simple.yaml', text: validText('scenarios/rdv-simple.yaml') }], {
      partial: true,
    });
    expect(scenario.errors).toEqual([]);
    expect(scenario.scenarios).toHaveLength(1);
    expect(scenario.bundles).toEqual([]);
    const unknown = parsePack([{ path: 'x.json', text: '{"id": "x"}' }], { partial: true });
    expect(unknown.errors[0]!.message).toMatch(/^impossible de savoir si ce fichier décrit/);
  });

  it('reads JSON packs with lines for schema problems', () => {
    const caller = JSON.stringify(
      { ...JSON.parse('{}'), schemaVersion: 1, id: 'm-json', name: 'M. Json', age: 300 },
      null,
      2,
    );
    const { errors } = parsePack([{ path: 'callers/m-json.json', text: caller }], { partial: true });
    expect(errors.find((e) => e.path === 'age')).toMatchObject({
      line: 5,
      message: 'la valeur doit être inférieure ou égale à 120',
    });
  });
});
