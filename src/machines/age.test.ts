/**
 * « Il a quel âge ? » is answered with an age, in every wording, by every kind of caller: the age
 * their date-of-birth line already says, or the age on the day of the call. A date of birth
 * asked still gets the date.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBuiltinPacks } from '../scenarios/load.ts';
import type { ScenarioBundle } from '../scenarios/schema.ts';
import { createCallSession } from './call.ts';
import { ageAnswer, asksAgeOnly } from './reflex.ts';

let byId: Map<string, ScenarioBundle>;
beforeAll(async () => {
  const { bundles } = await loadBuiltinPacks();
  byId = new Map(bundles.map((b) => [b.scenario.id, b]));
}, 60_000);

/** The caller's answer to a question asked right after the greeting. */
function answerTo(scenario: string, greeting: string, question: string): string {
  const session = createCallSession(byId.get(scenario)!);
  session.advance(3000);
  session.send({ type: 'trainee.pickup' });
  session.advance(1500);
  session.send({ type: 'trainee.say', text: greeting });
  session.advance(4000);
  const before = session.view().log.length;
  session.send({ type: 'trainee.say', text: question });
  const said = session
    .view()
    .log.slice(before)
    .flatMap((e) => (e.type === 'caller.say' ? [e.text] : []));
  session.stop();
  return said.join(' ');
}

const AGE_QUESTIONS = ['Il a quel âge ?', 'Quel âge a-t-il, exactement ?', 'Et son âge ?'];

describe('an age asked', () => {
  it.each(AGE_QUESTIONS)('the mother of a newborn says his age, not his birthday: « %s »', (q) => {
    const said = answerTo('nourrisson-six-semaines-fievre', 'Cabinet médical des Tanneurs, bonjour.', q);
    expect(said).toMatch(/six semaines/);
    expect(said).not.toMatch(/4 février/);
  });

  it.each(['Vous avez quel âge, monsieur ?', 'Quel âge avez-vous ?'])(
    'a patient calling for himself says his own age: « %s »',
    (q) => {
      const said = answerTo('urgence-douleur-thoracique', 'Cardiologie du Parc, bonjour.', q);
      expect(said).toMatch(/J’ai 61 ans/);
      expect(said).not.toMatch(/1964/);
    },
  );

  it.each(['Quelle est sa date de naissance ?', 'Il est né quand ?'])(
    'a date of birth asked still gets the date: « %s »',
    (q) => {
      const said = answerTo('nourrisson-six-semaines-fievre', 'Cabinet médical des Tanneurs, bonjour.', q);
      expect(said).toMatch(/4 février/);
    },
  );
});

describe('the age counted from a date-of-birth line', () => {
  const MOMENT = '2026-03-18T10:10';
  it.each([
    ['Le 11 avril 1964.', true, 'J’ai 61 ans.'],
    ['Le 2 novembre… 1939. Oui, 39.', true, 'J’ai 86 ans.'],
    ['Maman ? Le 3 février 1944.', false, 'Maman ? 82 ans.'],
    ['Le patient ? M. Roger Castel, né le 11 juin 1946.', false, 'Le patient ? M. Roger Castel, 79 ans.'],
    ['M. Bousquet est né le 3 mars 1950.', false, 'M. Bousquet, 76 ans.'],
    ['Jules ? Le 4 février… 2026. Il a six semaines.', false, 'Il a six semaines.'],
    ['Le 1er février.', false, '6 semaines.'],
    ['Le 12 janvier 2025.', false, '14 mois.'],
  ])('« %s » → « %s »', (line, own, expected) => {
    expect(ageAnswer(line, MOMENT, own)).toBe(expected);
  });

  it('a line with no date gives no age (the line itself is said)', () => {
    expect(ageAnswer('Je ne sais plus, moi…', MOMENT, true)).toBeUndefined();
  });

  it.each([
    ['Il a quel âge ?', true],
    ['Quel âge a votre fils ?', true],
    ['Il a combien de mois ?', true],
    ['Sa date de naissance et son âge ?', false],
    ['Il est né quand ?', false],
  ])('« %s » asks an age only: %s', (line, expected) => {
    expect(asksAgeOnly(line)).toBe(expected);
  });
});
