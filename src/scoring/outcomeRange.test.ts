import { describe, expect, it } from 'vitest';
import { analyze } from '../language/analyze.ts';
import { playScript, type Step } from '../machines/play.ts';
import type { ScenarioBundle } from '../scenarios/schema.ts';
import { testBundle } from './fixtures.ts';
import { dialoguePaths, outcomeRanges } from './outcomeRange.ts';
import { score } from './score.ts';
import { ACT_LINES } from './trialLines.fr.ts';

/**
 * A small dialogue worked out by hand: greet, then either put on the waitlist (« liste-attente »)
 * or rephrase the fever and book (« rdv-donne »); from anywhere, the 116 117 (« orientation-garde »).
 */
function smallBundle(): ScenarioBundle {
  const b = structuredClone(testBundle());
  b.scenario.nodes = {
    accueil: { say: 'Allô ?', on: [{ when: { said: ['greeting'] }, goto: 'demande' }] },
    demande: {
      say: 'Mon fils a de la fièvre.',
      on: [
        { when: { said: ['reformulation'], covered: ['fievre'] }, goto: 'creneau' },
        { when: { did: { action: 'waitlist' } }, settle: 'liste-attente', goto: 'fin' },
      ],
    },
    creneau: {
      say: 'Vous auriez un créneau ?',
      on: [{ when: { did: { action: 'book' } }, settle: 'rdv-donne', goto: 'fin' }],
    },
    fin: { say: 'Merci.', on: [{ when: { said: ['closing'] }, end: true }] },
  };
  b.scenario.anytime = [
    { when: { did: { action: 'redirect', to: '116 117' } }, settle: 'orientation-garde', end: true },
  ];
  return b;
}

const total = (b: ScenarioBundle, steps: Step[]) => {
  const { log, view } = playScript(b, { steps });
  return { outcome: view.outcome?.id, total: score(b, log).total };
};

describe('best and worst total per outcome', () => {
  it('enumerates the paths of the dialogue: the shortest to each end first, then the others', () => {
    const { paths, capped } = dialoguePaths(smallBundle().scenario, 100, 20);
    expect(capped).toBe(false);
    const shown = paths.map((p) =>
      p.legs.map((l) => `${l.node}${l.rule.settle ? ` → ${l.rule.settle}` : ''}`).join(' › '),
    );
    expect(shown).toEqual([
      // The 116 117 from the start, the waitlist, the booking: one shortest path each.
      'accueil → orientation-garde',
      'accueil › demande → liste-attente',
      'accueil › demande › creneau → rdv-donne',
      // Then every path, shortest first: a rule that settles and moves on leads further.
      'accueil › demande → liste-attente › fin',
      'accueil › demande → orientation-garde',
      'accueil › demande › creneau → orientation-garde',
      'accueil › demande → liste-attente › fin → orientation-garde',
      'accueil › demande › creneau → rdv-donne › fin',
      'accueil › demande › creneau → rdv-donne › fin → orientation-garde',
    ]);
    // Capped: the shortest ways come first, so every outcome is still tried.
    const two = dialoguePaths(smallBundle().scenario, 3, 20);
    expect(two.capped).toBe(true);
    expect(new Set(two.paths.map((p) => p.legs.at(-1)!.rule.settle)).size).toBe(3);
  });

  it('gives each outcome the best and worst of the calls played along its paths', () => {
    const b = smallBundle();
    const ranges = outcomeRanges(b);
    // The booking path, bare and courteous, written by hand.
    const greet = ACT_LINES.greeting;
    const rephrase = 'Si je comprends bien, c’est pour fièvre.';
    const book: Step = { do: 'book', slot: 'first-free', patient: 'Mme Essai' };
    const bare = total(b, [{ do: 'pickup' }, { say: greet }, { say: rephrase }, book, { do: 'hangup' }]);
    const courteous = total(b, [
      { do: 'pickup' },
      { say: `Cabinet du docteur Martin, bonjour, Julie à l’appareil. ${greet}` },
      { say: rephrase },
      book,
      { say: ACT_LINES.closing },
      { do: 'hangup' },
    ]);
    expect([bare.outcome, courteous.outcome]).toEqual(['rdv-donne', 'rdv-donne']);
    // Greeting the practice by name and closing earn points: the range is not one figure.
    expect(courteous.total).toBeGreaterThan(bare.total);
    // Two paths (closed by the trainee's hang-up, or by « fin »'s closing), two calls each.
    expect(ranges.byOutcome['rdv-donne']).toEqual({ best: courteous.total, worst: bare.total, runs: 4 });
    expect(ranges.byOutcome['liste-attente']!.runs).toBe(4);
    // The 116 117 from each of the four nodes (« fin » by two ways): five paths, ten calls.
    expect(ranges.byOutcome['orientation-garde']!.runs).toBe(10);
    expect(Object.keys(ranges.byOutcome).sort()).toEqual(['liste-attente', 'orientation-garde', 'rdv-donne']);
    for (const r of Object.values(ranges.byOutcome)) expect(r.best).toBeGreaterThanOrEqual(r.worst);
    expect(ranges).toMatchObject({ paths: 9, runs: 18, capped: false });
    expect(ranges.notice).toBeUndefined();
  });

  it('says in French when it stopped at its limits', () => {
    const ranges = outcomeRanges(smallBundle(), { maxPaths: 2 });
    expect(ranges.capped).toBe(true);
    expect(ranges.paths).toBe(2);
    expect(ranges.notice).toBe(
      'Calcul limité à 2 chemins et 4 appels joués : d’autres chemins du dialogue pourraient donner d’autres totaux.',
    );
    const bySteps = outcomeRanges(smallBundle(), { maxSteps: 12 });
    expect(bySteps.capped).toBe(true);
    expect(bySteps.runs).toBeLessThan(10);
  });

  it('uses lines the analyser reads as their act', () => {
    for (const [act, line] of Object.entries(ACT_LINES))
      expect(analyze(line).acts.map((a) => a.type)).toContain(act);
  });
});
