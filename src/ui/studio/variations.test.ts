import { describe, expect, it } from 'vitest';
import { fixtureFiles } from '../../../tests/fixtures/packs/packs.ts';
import { parsePack } from '../../scenarios/parse.ts';
import {
  addValue,
  addVariable,
  moveValue,
  nameProblem,
  readVariations,
  removeValue,
  removeVariable,
  renameVariable,
  setValue,
  splitValues,
  valuesProblem,
} from './variations.ts';

const files = fixtureFiles();
const scenario = files.find((f) => f.path === 'scenarios/rdv-simple.yaml')!;

/** The fixture pack with its scenario's text replaced, checked as the studio checks it. */
const check = (text: string) =>
  parsePack(files.map((f) => (f.path === scenario.path ? { ...f, text } : f))).errors.filter(
    (e) => e.file === scenario.path,
  );

describe('the variations editor', () => {
  it('adds a variable before « start », sees where it is used, and the pack stays valid', () => {
    let text = addVariable(scenario.text, 'prenom', ['Léo', 'Inès']);
    expect(text.indexOf('variables:')).toBeLessThan(text.indexOf('start: accueil'));
    text = text.replace('Bonjour, je voudrais un rendez-vous.', 'Bonjour, c’est pour {prenom}.');
    const read = readVariations(text)!;
    expect(read.variables).toEqual([
      {
        name: 'prenom',
        values: ['Léo', 'Inès'],
        line: expect.any(Number),
        usages: [
          { placeholder: '{prenom}', path: 'nodes.accueil.say', line: expect.any(Number), column: 10 },
        ],
      },
    ]);
    const usage = read.variables[0]!.usages[0]!;
    expect(text.split('\n')[usage.line - 1]).toContain('{prenom}');
    expect(check(text)).toEqual([]);
  });

  it('lists a placeholder of no variable, and the lint names it in French', () => {
    const text = scenario.text.replace('Merci beaucoup.', 'Merci, {docteur}.');
    expect(readVariations(text)!.unknown.map((u) => [u.placeholder, u.path])).toEqual([
      ['{docteur}', 'nodes.fin.say'],
    ]);
    expect(check(text).map((e) => e.message)).toEqual([
      expect.stringContaining('la variable « {docteur} » n’existe pas'),
    ]);
  });

  it('adds, changes and removes values; an unused variable is a warning, a single value an error', () => {
    let text = addVariable(scenario.text, 'age', ['4', '6']);
    text = addValue(text, 'age', '9');
    text = setValue(text, 'age', 0, undefined, '5');
    expect(readVariations(text)!.variables[0]!.values).toEqual(['5', '6', '9']);
    expect(check(text).map((e) => [e.severity, e.message])).toEqual([
      ['warning', 'la variable « age » n’est utilisée nulle part (« {age} »)'],
    ]);
    text = removeValue(removeValue(text, 'age', 2), 'age', 1);
    expect(check(text).map((e) => e.severity)).toContain('error');
    text = removeVariable(text, 'age');
    expect(text).not.toContain('variables');
    expect(check(text)).toEqual([]);
  });

  it('edits a value with fields field by field, and a new one copies the last', () => {
    const base = scenario.text.replace(
      'start: accueil',
      'variables:\n  rdv: [{ start: "2026-03-10T16:00", dit: "16 h" }, { start: "2026-03-10T17:00", dit: "17 h" }]\nstart: accueil',
    );
    let text = setValue(base, 'rdv', 1, 'dit', '17 heures');
    text = addValue(text, 'rdv', 'ignoré');
    expect(readVariations(text)!.variables[0]!.values).toEqual([
      { start: '2026-03-10T16:00', dit: '16 h' },
      { start: '2026-03-10T17:00', dit: '17 heures' },
      { start: '2026-03-10T17:00', dit: '17 heures' },
    ]);
  });

  it('says in French why a name cannot be a variable, and splits typed values on « ; »', () => {
    expect(nameProblem('prénom', [])).toContain('sans accent');
    expect(nameProblem('Prenom', [])).toContain('une lettre minuscule d’abord');
    expect(nameProblem('age', ['age'])).toBe('la variable « age » existe déjà');
    expect(nameProblem('jourRdv', ['age'])).toBeUndefined();
    expect(splitValues(' lundi ; mardi, le matin ;; ')).toEqual(['lundi', 'mardi, le matin']);
  });

  it('reads nothing from a file that is not YAML, and leaves it unchanged', () => {
    expect(readVariations('a: [')).toBeUndefined();
    const deep = `${'['.repeat(20_000)}${']'.repeat(20_000)}`;
    expect(() => readVariations(`start: x\nnodes: ${deep}\n`)).not.toThrow();
    expect(addVariable('a: [', 'x', ['1', '2'])).toBe('a: [');
  });

  it('renames a variable in its place and every use of it, the other variables untouched', () => {
    let text = scenario.text.replace(
      'start: accueil',
      'variables:\n  age: ["4", "6"]\n  rdv: [{ dit: "16 h" }, { dit: "17 h" }]\n  prenom: [Léo, Inès]\nstart: accueil',
    );
    text = text
      .replace(
        'Bonjour, je voudrais un rendez-vous.',
        'Bonjour, c’est pour {rdv.dit}, pour {rdv.dit} ({age} ans, {prenom}).',
      )
      .replace('Merci beaucoup.', 'Merci pour {rdv.dit} et {rdvSoir}.');
    const renamed = renameVariable(text, 'rdv', 'creneau');
    const read = readVariations(renamed)!;
    expect(read.variables.map((v) => v.name)).toEqual(['age', 'creneau', 'prenom']);
    expect(read.variables[1]!.values).toEqual([{ dit: '16 h' }, { dit: '17 h' }]);
    expect(read.variables[1]!.usages.map((u) => u.placeholder)).toEqual([
      '{creneau.dit}',
      '{creneau.dit}',
      '{creneau.dit}',
    ]);
    expect(renamed).toContain('c’est pour {creneau.dit}, pour {creneau.dit} ({age} ans, {prenom}).');
    // A longer name that starts the same is another variable: left as written.
    expect(read.unknown.map((u) => u.placeholder)).toEqual(['{rdvSoir}']);
  });

  it('moves a value up or down, and ignores a move out of the list', () => {
    const text = addVariable(scenario.text, 'jour', ['lundi', 'mardi', 'jeudi']);
    const values = (t: string) => readVariations(t)!.variables[0]!.values;
    expect(values(moveValue(text, 'jour', 2, 1))).toEqual(['lundi', 'jeudi', 'mardi']);
    expect(values(moveValue(text, 'jour', 0, 1))).toEqual(['mardi', 'lundi', 'jeudi']);
    expect(values(moveValue(text, 'jour', 0, -1))).toEqual(['lundi', 'mardi', 'jeudi']);
    expect(values(moveValue(text, 'jour', 2, 3))).toEqual(['lundi', 'mardi', 'jeudi']);
  });

  it('says in French when a list of values is empty, single, or has an empty value', () => {
    expect(valuesProblem('age', [])).toBe(
      '« age » n’a aucune valeur : ajoutez-en au moins deux, ou supprimez la variable',
    );
    expect(valuesProblem('age', ['4'])).toContain('n’a qu’une valeur');
    expect(valuesProblem('age', ['4', ' '])).toBe(
      'la valeur 2 de « age » est vide : écrivez-la ou retirez-la',
    );
    expect(valuesProblem('rdv', [{ dit: '16 h' }, { dit: '' }])).toContain('la valeur 2 de « rdv » est vide');
    expect(valuesProblem('age', ['4', '6'])).toBeUndefined();
  });
});
