/**
 * What the caller answers when asked, in several wordings each: « Il a quel âge ? » gets an age
 * (the one their date-of-birth line says, or counted on the day of the call) and a date of birth
 * asked still gets the date; someone calling about another person — a doctor, a pharmacist, a
 * lab — answers « le nom du patient ? » with the patient's name, « votre nom ? » with their own.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBuiltinPacks } from '../scenarios/load.ts';
import type { ScenarioBundle } from '../scenarios/schema.ts';
import { createCallSession } from './call.ts';
import { ageAnswer, asksAgeOnly, asksPatientName } from './reflex.ts';

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

const PATIENT_QUESTIONS = [
  'Quel est le nom du patient, docteure ?',
  'Vous pouvez me donner le nom et le prénom du patient ?',
  'Il s’appelle comment, votre patient ?',
];

describe('the patient’s name asked of someone calling about another person', () => {
  it.each(PATIENT_QUESTIONS)('the GP names her patient, not herself: « %s »', (q) => {
    const said = answerTo('confrere-avis-rapide', 'Cardiologie du Parc, Julie, bonjour.', q);
    expect(said).toMatch(/Bousquet|Castagné/);
    expect(said).not.toMatch(/Salvetat/);
  });

  it.each([
    ['pharmacien-interaction', 'Cabinet des Tanneurs, bonjour.', /Bonnafous/, /Esclassan/],
    ['laboratoire-inr-critique', 'Cabinet des Tanneurs, bonjour.', /Lapeyre/, /Touzet/],
  ])('%s: the professional names the patient', (scenario, greeting, patient, caller) => {
    const said = answerTo(scenario, greeting, 'Quel est le nom du patient ?');
    expect(said).toMatch(patient);
    expect(said).not.toMatch(caller);
  });

  it.each(['Quel est votre nom, docteure ?', 'C’est de la part de qui ?'])(
    'her own name asked still gets hers: « %s »',
    (q) => {
      expect(answerTo('confrere-avis-rapide', 'Cardiologie du Parc, Julie, bonjour.', q)).toMatch(/Salvetat/);
    },
  );
});

describe('which questions ask the patient’s name', () => {
  it.each([
    'Le nom du patient ?',
    'Quel est le nom de votre fils ?',
    'Elle s’appelle comment ?',
    'Pour quel patient ?',
    'Son nom, s’il vous plaît ?',
  ])('« %s » does', (line) => {
    expect(asksPatientName(line)).toBe(true);
  });

  it.each(['Votre nom, s’il vous plaît ?', 'Vous êtes madame… ?', 'C’est de la part de qui ?'])(
    '« %s » does not',
    (line) => {
      expect(asksPatientName(line)).toBe(false);
    },
  );
});
