/**
 * The chest-pain call played through the real machines: a 15 given only on a condition, for
 * later, or beside an appointment is the critical `red-flag`, in all its wordings; the 15 given at
 * once is not. The caller's reaction (src/machines) and the scorer agree.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createCallSession } from '../machines/call.ts';
import type { ToolAction } from '../machines/events.ts';
import { loadBuiltinPacks } from '../scenarios/load.ts';
import type { ScenarioBundle } from '../scenarios/schema.ts';
import { score } from './score.ts';

let chest: ScenarioBundle;
beforeAll(async () => {
  const { bundles } = await loadBuiltinPacks();
  chest = bundles.find((b) => b.scenario.id === 'urgence-douleur-thoracique')!;
}, 60_000);

function played(steps: (string | ToolAction)[]) {
  const session = createCallSession(chest);
  session.advance(4000);
  session.send({ type: 'trainee.pickup' });
  for (const step of [
    'Cabinet de cardiologie du Parc, Julie à l’appareil, bonjour. Que puis-je faire pour vous ?',
    ...steps,
    'Au revoir, monsieur.',
  ]) {
    session.advance(4000);
    if (typeof step === 'string') session.send({ type: 'trainee.say', text: step });
    else session.send({ type: 'trainee.action', action: step });
  }
  session.advance(4000);
  if (session.view().status === 'talking') session.send({ type: 'trainee.hangup' });
  session.advance(60_000);
  const { log } = session.view();
  session.stop();
  return score(chest, log);
}

describe('a red flag present now, sent to the 15 only on a condition', () => {
  it.each([
    'Si ça ne passe pas, faites le 15.',
    'Si la douleur continue, appelez le 15.',
    'En cas d’aggravation, composez le 15.',
    'Au moindre doute, faites le 15.',
    'Si ça ne va pas mieux d’ici une heure, vous appelez le 15.',
    'Si jamais ça recommence, vous appelez le SAMU.',
  ])('is critical: « %s »', (line) => {
    const card = played([line]);
    const redFlag = card.critical.find((c) => c.id === 'red-flag');
    expect(redFlag).toBeDefined();
    expect(card.passed).toBe(false);
  });

  it.each([
    'Je peux vous proposer demain 9 h. Si ça ne va pas mieux d’ici là, vous appelez le 15.',
    'Je vous mets demain à 9 h, et si ça empire d’ici là, faites le 15.',
  ])('with an appointment, is critical: « %s »', (line) => {
    expect(played([line]).critical.map((c) => c.id)).toContain('red-flag');
  });

  it('« rappelez si ça empire », with no 15 at all, is critical', () => {
    expect(played(['Rappelez si ça empire.']).critical.map((c) => c.id)).toContain('red-flag');
  });

  it.each([
    'Monsieur, raccrochez et appelez le 15 tout de suite.',
    'C’est le 15 qu’il faut appeler, maintenant, n’attendez pas.',
  ])('the 15 given at once is not: « %s »', (line) => {
    expect(played([line]).critical.map((c) => c.id)).not.toContain('red-flag');
  });
});
