/**
 * A caller who calls about someone else — a doctor, a pharmacist, a lab, a ward, a parent —
 * answers « le nom du patient ? » with the patient's name, not their own; « votre nom ? » still
 * gets theirs. Tried in several wordings, with several kinds of callers.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBuiltinPacks } from '../scenarios/load.ts';
import type { ScenarioBundle } from '../scenarios/schema.ts';
import { createCallSession } from './call.ts';
import { asksPatientName } from './reflex.ts';

let byId: Map<string, ScenarioBundle>;
beforeAll(async () => {
  const { bundles } = await loadBuiltinPacks();
  byId = new Map(bundles.map((b) => [b.scenario.id, b]));
}, 60_000);

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
