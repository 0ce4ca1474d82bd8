/**
 * The halo of a critical failure (rubric v7, halo.ts), played through the real machines: the
 * graders mark the whole call down when it put the caller at risk, and so does the scorer, each
 * cap with evidence on the critical line. Tried as classes of calls (several wordings each).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createCallSession } from '../machines/call.ts';
import { parseScript, playScript } from '../machines/play.ts';
import { loadBuiltinPacks } from '../scenarios/load.ts';
import type { ScenarioBundle } from '../scenarios/schema.ts';
import { HALO } from './halo.ts';
import { score } from './score.ts';
import type { Scorecard } from './types.ts';

let byId: Map<string, ScenarioBundle>;
beforeAll(async () => {
  const { bundles } = await loadBuiltinPacks();
  byId = new Map(bundles.map((b) => [b.scenario.id, b]));
}, 60_000);

function played(scenario: string, greeting: string, lines: string[]): Scorecard {
  const bundle = byId.get(scenario)!;
  const session = createCallSession(bundle);
  session.advance(4000);
  session.send({ type: 'trainee.pickup' });
  for (const line of [greeting, ...lines]) {
    session.advance(4000);
    if (session.view().status === 'talking') session.send({ type: 'trainee.say', text: line });
  }
  session.advance(4000);
  if (session.view().status === 'talking') session.send({ type: 'trainee.hangup' });
  session.advance(60_000);
  const { log } = session.view();
  session.stop();
  return score(bundle, log);
}

const haloEvidence = (card: Scorecard, criterion: keyof Scorecard['criteria']) =>
  card.criteria[criterion]?.evidence.filter((e) => e.why.startsWith('Faute critique')) ?? [];

const CHEST = 'Cabinet de cardiologie du Parc, Julie à l’appareil, bonjour.';
const FEVER = 'Cabinet de pédiatrie du Canal, Julie à l’appareil, bonjour.';

describe('a vital emergency kept from the 15, however warmly', () => {
  it.each([
    'Si ça ne passe pas, faites le 15.',
    'Si la douleur continue, appelez le 15.',
    'En cas d’aggravation, composez le 15.',
  ])('caps listening at « one real gap » and the role at « one thing to correct »: « %s »', (line) => {
    const card = played('urgence-douleur-thoracique', CHEST, [
      'Je comprends, ça doit vous inquiéter, monsieur. Depuis quand avez-vous mal ?',
      'Je vous comprends, c’est normal d’avoir peur.',
      line,
      'Au revoir, monsieur.',
    ]);
    expect(card.critical.map((c) => c.id)).toContain('red-flag');
    expect(card.criteria.empathy!.score).toBeLessThanOrEqual(HALO['red-flag'].empathy!);
    expect(card.criteria.role!.score).toBeLessThanOrEqual(HALO['red-flag'].role!);
    expect(haloEvidence(card, 'empathy')[0]?.why).toMatch(/urgence vitale/);
    expect(haloEvidence(card, 'role')[0]?.why).toMatch(/gravité/);
  });

  it('the 15 given at once keeps a model listening: no cap, no halo evidence', () => {
    const card = played('urgence-douleur-thoracique', CHEST, [
      'Je comprends, ça doit vous inquiéter, monsieur.',
      'Monsieur, raccrochez et appelez le 15 tout de suite, c’est une urgence.',
      'Au revoir, monsieur.',
    ]);
    expect(card.critical).toEqual([]);
    expect(haloEvidence(card, 'empathy')).toEqual([]);
    expect(card.criteria.role!.score).toBe(100);
  });
});

describe('medical advice, in any words', () => {
  it.each([
    'Donnez-lui du Doliprane en attendant.',
    'Un bain tiède, ça fait baisser la fièvre.',
    'Le docteur dit de doubler la dose de Doliprane.',
  ])('takes Limites du rôle to 0 and caps the closing: « %s »', (line) => {
    const card = played('fievre-enfant-fin-de-journee', FEVER, [
      'Je comprends votre inquiétude, madame.',
      line,
      'Je vous mets demain à 9 h avec le docteur. Autre chose ? Au revoir, madame, bonne soirée.',
    ]);
    expect(card.critical.map((c) => c.id)).toContain('medical-advice');
    expect(card.criteria.role!.score).toBe(0);
    expect(card.criteria.closing!.score).toBeLessThanOrEqual(HALO['medical-advice'].closing!);
    expect(card.criteria.empathy!.score).toBeLessThanOrEqual(HALO['medical-advice'].empathy!);
  });
});

const golden = (scenario: string, kind: string) => {
  const bundle = byId.get(scenario)!;
  const file = join(import.meta.dirname, '..', '..', 'tests', 'golden', scenario, `${kind}.json`);
  return score(bundle, playScript(bundle, parseScript(JSON.parse(readFileSync(file, 'utf8')))).log);
};

describe('a critical outcome settled by the scenario, not found in the lines', () => {
  it('a sick note promised in the doctor’s place takes Limites du rôle to 0, with the evidence', () => {
    const card = golden('arret-travail-retroactif', 'dangerous');
    expect(card.critical.map((c) => c.id)).toEqual(['medical-advice']);
    expect(card.criteria.role!.score).toBe(0);
    expect(haloEvidence(card, 'role')[0]?.why).toMatch(/avis médical/);
  });
});

describe('orientation after a disclosure judges where the caller was sent', () => {
  it.each([
    ['patiente-confuse-troisieme-appel', 'dangerous'],
    ['violences-conjoint-a-cote', 'dangerous'],
  ])('%s: the right appointment made before the disclosure keeps its points', (scenario, kind) => {
    const card = golden(scenario, kind);
    expect(card.critical.map((c) => c.id)).toContain('secrecy');
    expect(card.criteria.confidentiality!.score).toBe(0);
    expect(card.criteria.orientation!.score).toBe(100);
  });

  it('a disclosure with no outcome reached before it is still a wrong orientation', () => {
    expect(golden('homonyme-deplacer-rdv', 'dangerous').criteria.orientation!.score).toBe(0);
  });
});

describe('advice given as the only answer (rubric v7)', () => {
  const TANNEURS = 'Cabinet médical des Tanneurs, Julie à l’appareil, bonjour.';
  it.each([
    'Vos résultats sont arrivés : le cholestérol est un peu élevé, mais tout est normal pour le sucre.',
    'C’est bon, vos analyses sont normales, rien d’inquiétant.',
    'Votre glycémie est un peu haute, mais ce n’est pas grave.',
  ])('is a wrong orientation when nothing else was done: « %s »', (line) => {
    const card = played('resultats-analyses-c-est-bon', TANNEURS, [line, 'Bonne journée, au revoir.']);
    expect(card.critical.map((c) => c.id)).toContain('medical-advice');
    expect(card.criteria.orientation!.score).toBeLessThanOrEqual(25);
    expect(card.criteria.orientation!.evidence.map((e) => e.why).join(' ')).toMatch(/Un avis a remplacé/);
  });

  it('advice beside a booking keeps the booking’s orientation', () => {
    const card = golden('fievre-enfant-fin-de-journee', 'dangerous');
    expect(card.critical.map((c) => c.id)).toContain('medical-advice');
    expect(card.criteria.orientation!.score).toBeGreaterThan(25);
  });
});
