import { describe, expect, it, vi } from 'vitest';
import { captureCli } from '../testing.ts';
import { goodCall, testBundle } from '../../scoring/fixtures.ts';

// The scorer's tests do not read content/: the built-in scenario is the test bundle.
vi.mock('../content.ts', () => ({
  builtinBundle: async (id: string) => {
    if (id === 'fievre-essai') return testBundle();
    console.error(`Scénario inconnu : « ${id} ». Scénarios disponibles : fievre-essai.`);
    return undefined;
  },
}));
const { run } = await import('./score.ts');

const { out, err, file, path } = captureCli();

describe('decroche score', () => {
  it('prints the JSON summary and the full scorecard', async () => {
    const path = file('tentative.json', { scenario: 'fievre-essai', log: goodCall().log });
    expect(await run([path, '--json'])).toBe(0);
    const printed = JSON.parse(out.join('\n'));
    expect(printed).toMatchObject({
      scenario: 'fievre-essai',
      outcome: { id: 'rdv-donne', verdict: 'correct' },
      total: 100,
      passed: true,
      critical: [],
      criteria: { greeting: 100, accuracy: 100, closing: 100 },
      scorecard: { rubricVersion: 2, scenarioVersion: 3 },
    });
    expect(Object.keys(printed.criteria)).toHaveLength(10);
    expect(printed.criteria.confidentiality).toBeNull();
  });

  it('prints a French report with the evidence and one tip per criterion', async () => {
    const log = goodCall().log;
    const path = file('tentative.json', {
      scenario: 'fievre-essai',
      log: log.filter((e) => e.type !== 'trainee.action'),
    });
    expect(await run([path])).toBe(0);
    const text = out.join('\n');
    expect(text).toMatch(/^Scénario : fievre-essai \(version 3\) — Une fièvre d’essai$/m);
    expect(text).toMatch(/^Note : \d+\/100 — réussi \(seuil : 70\)$/m);
    expect(text).toMatch(/^Accueil : 100\/100 \(poids 1\)$/m);
    expect(text).toMatch(/^Barème v2$/m);
    expect(text).toMatch(/^Rigueur : non évalué — sans objet pour cet appel$/m);
    expect(text).toMatch(/^Confidentialité : non évalué — l’appel ne mettait pas le secret médical en jeu/m);
    expect(text).toMatch(/^ {4} \+40 {2}0:08 {2}Salutation dès la première phrase\. « /m);
    expect(text.match(/^ {2}Conseil : /gm)).toHaveLength(7);
  });

  it('lists critical failures first', async () => {
    const path = file('tentative.json', {
      scenario: 'fievre-essai',
      log: [
        ...goodCall().log.slice(0, 5),
        {
          t: 9000,
          type: 'trainee.say',
          text: 'Donnez-lui du Doliprane.',
          acts: [{ type: 'medical_advice', span: [0, 23] }],
          facts: [],
        },
      ],
    });
    expect(await run([path])).toBe(0);
    const text = out.join('\n');
    expect(text.indexOf('Fautes critiques')).toBeLessThan(text.indexOf('Accueil'));
    expect(text).toMatch(/✗ Aucun avis médical/);
    expect(text).toMatch(/non réussi/);
  });

  it.each([
    ['a missing file', () => path('absent.json'), /absent\.json : fichier introuvable\./],
    ['invalid JSON', () => file('cassé.json', '{ "scenario": '), /cassé\.json : JSON invalide : /],
    [
      'a malformed entry',
      () => file('mauvais.json', { scenario: 'fievre-essai', log: [{ t: -1, type: 'pickup' }] }),
      /mauvais\.json : Tentative invalide :\n {2}journal, entrée 1 \(« pickup »\) › t : Trop petit/,
    ],
  ])('exits 2 on %s, naming the file and the problem', async (_, path, message) => {
    expect(await run([path()])).toBe(2);
    expect(out).toEqual([]);
    expect(err.join('\n')).toMatch(message);
  });

  it('exits 2 on an unknown scenario', async () => {
    const path = file('tentative.json', { scenario: 'inconnu', log: goodCall().log });
    expect(await run([path])).toBe(2);
    expect(err.join('\n')).toMatch(/Scénario inconnu : « inconnu »/);
  });

  it('warns when the attempt was played on another version of the scenario', async () => {
    const path = file('tentative.json', {
      scenario: 'fievre-essai',
      scenarioVersion: 2,
      log: goodCall().log,
    });
    expect(await run([path])).toBe(0);
    expect(err.join('\n')).toMatch(/version 2 du scénario « fievre-essai », notée avec la version 3/);
  });

  it('exits 2 without a file or with an unknown option', async () => {
    expect(await run([])).toBe(2);
    expect(await run(['a.json', '--csv'])).toBe(2);
    expect(err).toContain('Option inconnue : « --csv ».');
    expect(err).toContain('Usage : decroche score <tentative.json> [--json]');
  });
});
