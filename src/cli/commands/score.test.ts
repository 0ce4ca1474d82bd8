import { describe, expect, it, vi } from 'vitest';
import { captureCli } from '../testing.ts';
import { goodCall, testBundle } from '../../scoring/fixtures.ts';
import type { LogEntry } from '../../machines/events.ts';
import { verifyAttempt } from '../../scoring/replay.ts';
import { score } from '../../scoring/score.ts';
import { RUBRIC_VERSION } from '../../scoring/types.ts';
import { attemptLine, headerLine } from '../../storage/streamFormat.ts';
import type { ExportedAttempt } from '../../storage/transfer.ts';

/** The log the machines write for these inputs: what an honest attempt file holds. */
function faithful(log: readonly unknown[]): LogEntry[] {
  const result = verifyAttempt(testBundle(), { log });
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.log;
}

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
    const log = faithful(goodCall().log);
    const path = file('tentative.json', { scenario: 'fievre-essai', log });
    expect(await run([path, '--json'])).toBe(0);
    expect(err).toEqual([]);
    const printed = JSON.parse(out.join('\n'));
    const card = score(testBundle(), log);
    expect(printed).toMatchObject({
      scenario: 'fievre-essai',
      outcome: { id: 'rdv-donne', verdict: 'correct' },
      total: card.total,
      passed: card.passed,
      critical: [],
      criteria: { greeting: 100, accuracy: 100, closing: card.criteria.closing?.score },
      scorecard: { rubricVersion: RUBRIC_VERSION, scenarioVersion: 3 },
    });
    expect(Object.keys(printed.criteria)).toHaveLength(10);
    expect(printed.criteria.confidentiality).toBeNull();
  });

  it('prints a French report with the evidence and one tip per criterion', async () => {
    const log = faithful(goodCall().log.filter((e) => e.type !== 'trainee.action'));
    const path = file('tentative.json', { scenario: 'fievre-essai', log });
    expect(await run([path])).toBe(0);
    const text = out.join('\n');
    expect(text).toMatch(/^Scénario : fievre-essai \(version 3\) — Une fièvre d’essai$/m);
    expect(text).toMatch(/^Note : \d+\/100 — (non )?réussi \(seuil : 70\)$/m);
    expect(text).toMatch(/^Accueil : 100\/100 \(poids 1\)$/m);
    expect(text).toMatch(new RegExp(`^Barème v${RUBRIC_VERSION}$`, 'm'));
    expect(text).toMatch(/^Rigueur : non évalué — sans objet pour cet appel$/m);
    expect(text).toMatch(/^Confidentialité : non évalué — l’appel ne mettait pas le secret médical en jeu/m);
    expect(text).toMatch(/^ {6}±0 {2}0:08 {2}Salutation dès la première phrase\. « /m);
    // The test caller answers the goodbye with « vous voulez dire quoi, exactement ? » and the
    // trainee hangs up on that question: rubric v6 costs it in empathy, with the caller's words.
    expect(text).toMatch(
      /^ {5}−25 {2}0:36 {2}Vous avez raccroché alors que l’appelant attendait une réponse \(« Excusez-moi, vous voulez dire quoi, exactement \? »\)\.$/m,
    );
    expect(text.match(/^ {2}Conseil : /gm)).toHaveLength(7);
  });

  it('lists critical failures first', async () => {
    const path = file('tentative.json', {
      scenario: 'fievre-essai',
      log: faithful([
        ...goodCall().log.slice(0, 5),
        { t: 9000, type: 'trainee.say', text: 'Donnez-lui du Doliprane.', acts: [], facts: [] },
      ]),
    });
    expect(await run([path])).toBe(0);
    const text = out.join('\n');
    expect(text.indexOf('Fautes critiques')).toBeLessThan(text.indexOf('Accueil'));
    expect(text).toMatch(/✗ Aucun avis médical/);
    expect(text).toMatch(/non réussi/);
  });

  describe('the app’s own export file', () => {
    const exported = (id: string, log: LogEntry[]): ExportedAttempt => ({
      id,
      scenarioId: 'fievre-essai',
      scenarioVersion: 3,
      startedAt: '2026-03-10T17:35:00.000Z',
      appVersion: '0.1.0',
      log,
    });
    const good = () => faithful(goodCall().log);
    const advice = () =>
      faithful([
        ...goodCall().log.slice(0, 5),
        { t: 9000, type: 'trainee.say', text: 'Donnez-lui du Doliprane.', acts: [], facts: [] },
      ]);

    it('scores every attempt of a JSON Lines export, one line each, from its replay', async () => {
      const lines = [
        headerLine({
          appVersion: '0.1.0',
          rubricVersion: RUBRIC_VERSION,
          exportedAt: '2026-03-11T08:00:00.000Z',
          profile: { name: 'Inès' },
          count: 2,
        }),
        attemptLine(exported('a-bien', good())),
        attemptLine(exported('a-conseil', advice())),
      ];
      const path = file('export.jsonl', lines.join('\n') + '\n');
      expect(await run([path])).toBe(0);
      expect(err).toEqual([]);
      const [first, second, last] = out.join('\n').split('\n');
      expect(first).toBe(
        `a-bien · ${testBundle().scenario.title} · ${score(testBundle(), good()).total}/100 · Réussi`,
      );
      expect(second).toMatch(/^a-conseil · .* · \d+\/100 · Non réussi — faute critique : medical-advice$/);
      expect(last).toBe('2 tentatives notées.');

      out.length = 0;
      expect(await run([path, '--json'])).toBe(0);
      const printed = JSON.parse(out.join('\n'));
      expect(printed.map((p: { id: string; passed: boolean }) => [p.id, p.passed])).toEqual([
        ['a-bien', true],
        ['a-conseil', false],
      ]);
      expect(printed[1].critical).toEqual(['medical-advice']);
    });

    it('reads the older one-object export too, and names a bad attempt without dropping the others (exit 2)', async () => {
      const { log: _log, ...broken } = exported('a-casse', good());
      const path = file('export.json', {
        format: 'decroche-attempts',
        version: 1,
        exportedAt: '2026-03-11T08:00:00.000Z',
        profile: { name: 'Inès' },
        attempts: [exported('a-bien', good()), broken],
      });
      expect(await run([path])).toBe(2);
      expect(out.join('\n')).toMatch(/^a-bien · .* · Réussi\n1 tentative notée\.$/);
      expect(err.join('\n')).toMatch(/a-casse/);
    });
  });

  it.each([
    ['a missing file', () => path('absent.json'), /absent\.json : fichier introuvable\./],
    [
      'invalid JSON',
      () => file('cassé.json', '{ "scenario": '),
      /cassé\.json : JSON invalide ligne 1, colonne/,
    ],
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
      log: faithful(goodCall().log),
    });
    expect(await run([path])).toBe(1);
    expect(err.join('\n')).toMatch(/jouée sur la version 2 du scénario, rejouée sur la version 3/);
  });

  it('scores a forged « zzz » tagged with every act and a correct outcome at its true value (exit 1)', async () => {
    const honest = faithful([
      { t: 0, type: 'ring', n: 1 },
      { t: 1000, type: 'pickup' },
      { t: 4000, type: 'trainee.say', text: 'zzz', acts: [], facts: [] },
      { t: 4000, type: 'hangup', by: 'trainee', reason: 'trainee' },
    ]);
    const forged = structuredClone(honest) as unknown as Record<string, unknown>[];
    const say = forged.find((e) => e.type === 'trainee.say')!;
    say.acts = ['greeting', 'empathy', 'reformulation', 'closing'].map((type) => ({ type, span: [0, 3] }));
    say.facts = testBundle().scenario.facts.map((f) => f.id);
    forged.splice(forged.length - 1, 0, { t: 4000, type: 'outcome', id: 'constructor', verdict: 'correct' });
    const path = file('zzz.json', { scenario: 'fievre-essai', log: forged });
    expect(await run([path, '--json'])).toBe(1);
    const printed = JSON.parse(out.join('\n'));
    expect(printed.total).toBe(score(testBundle(), honest).total);
    expect(printed.passed).toBe(false);
    const text = err.join('\n');
    expect(text).toMatch(
      /zzz\.json : le journal ne correspond pas à son rejeu ; la note est celle du rejeu :/,
    );
    // The readings in the file are derived data: ignored, never reported as a mismatch.
    expect(text).not.toMatch(/« trainee\.say »/);
    expect(text).toMatch(/« outcome »\) : absente du rejeu/);
  });

  it.each([
    ['decreasing times', (log: Record<string, unknown>[]) => void (log[3]!.t = 10), /le temps recule/],
    [
      't = 1e300',
      (log: Record<string, unknown>[]) => void (log.at(-1)!.t = 1e300),
      /au-delà de la durée maximale/,
    ],
  ])('rejects a log with %s (exit 2), in French', async (_, forge, message) => {
    const log = faithful(goodCall().log) as unknown as Record<string, unknown>[];
    forge(log);
    const path = file('faux.json', { scenario: 'fievre-essai', log });
    expect(await run([path])).toBe(2);
    expect(out).toEqual([]);
    expect(err.join('\n')).toMatch(/faux\.json : journal refusé, il ne peut pas être rejoué :/);
    expect(err.join('\n')).toMatch(message);
  });

  it('exits 2 without a file or with an unknown option', async () => {
    expect(await run([])).toBe(2);
    expect(await run(['a.json', '--csv'])).toBe(2);
    expect(err).toContain('Option inconnue : « --csv ».');
    expect(err).toContain('Usage : decroche score <tentative.json | export.jsonl> [--json]');
  });
});
