/**
 * The first seconds of a call: the caller picks up the line and waits for the secretary's
 * greeting, as a caller does. An opening that only answers the phone (« Allô ? Oui, bonjour. »)
 * gives way to the request; one that tells something (who calls, « c’est pour mon bébé ») is said
 * after the greeting; a secretary who says nothing hears the opening after a few seconds.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBuiltinPacks } from '../scenarios/load.ts';
import type { LineVariants, ScenarioBundle } from '../scenarios/schema.ts';
import { createCallSession } from './call.ts';
import type { LogEntry } from './events.ts';
import { OPENING_WAIT_MS, onlyAnswersThePhone } from './turn.ts';

let byId: Map<string, ScenarioBundle>;
beforeAll(async () => {
  const { bundles } = await loadBuiltinPacks();
  byId = new Map(bundles.map((b) => [b.scenario.id, b]));
}, 60_000);

const spoken = (log: readonly LogEntry[]) =>
  log.flatMap((e) =>
    e.type === 'caller.say' || e.type === 'trainee.say' ? [{ who: e.type, text: e.text, t: e.t }] : [],
  );

function firstSeconds(scenario: string, steps: ({ wait: number } | { say: string } | 'typing')[]) {
  const bundle = byId.get(scenario)!;
  const session = createCallSession(bundle);
  session.advance(3000);
  session.send({ type: 'trainee.pickup' });
  for (const step of steps) {
    if (step === 'typing') session.send({ type: 'trainee.typing' });
    else if ('wait' in step) session.advance(step.wait);
    else session.send({ type: 'trainee.say', text: step.say });
  }
  const { log } = session.view();
  session.stop();
  return spoken(log);
}

const opening = (scenario: string) => {
  const { scenario: s } = byId.get(scenario)!;
  return s.nodes[s.start]!.say;
};

describe('the caller waits for the greeting', () => {
  it.each([
    ['urgence-douleur-thoracique', 'Cabinet de cardiologie du Parc, Julie à l’appareil, bonjour.'],
    ['urgence-douleur-thoracique', 'Cardiologie du Parc, bonjour.'],
    ['desistement-liste-attente', 'Cardiologie du Parc, Inès, bonjour.'],
    ['homonyme-deplacer-rdv', 'Oui, maison médicale, Lucie à l’appareil, bonjour.'],
    ['nouveau-patient-refuse', 'Cabinet médical, bonjour, je vous écoute.'],
  ])('%s: the secretary’s « %s » comes first, then the request', (scenario, greeting) => {
    const lines = firstSeconds(scenario, [{ wait: 1500 }, { say: greeting }]);
    expect(lines[0]).toMatchObject({ who: 'trainee.say', text: greeting });
    expect(lines[1]?.who).toBe('caller.say');
    // « Allô ? Oui, bonjour. » answers the phone, not a greeting: the caller goes on to the request.
    expect(onlyAnswersThePhone(opening(scenario))).toBe(true);
    expect(lines.some((l) => l.text === opening(scenario))).toBe(false);
  });

  it.each([
    ['confrere-avis-rapide', 'Cardiologie du Parc, Julie, bonjour.', /Salvetat/],
    ['nourrisson-six-semaines-fievre', 'Cabinet médical des Tanneurs, bonjour.', /mon bébé/],
    ['relais-sourd-rendez-vous', 'Cabinet des Tanneurs, Julie, bonjour.', /relais/],
    ['patiente-confuse-troisieme-appel', 'Maison médicale, Julie, bonjour.', /Auriol/],
  ])('%s: an opening that tells something is said after the greeting', (scenario, greeting, words) => {
    const lines = firstSeconds(scenario, [{ wait: 1000 }, { say: greeting }]);
    expect(lines[0]).toMatchObject({ who: 'trainee.say' });
    expect(lines[1]?.who).toBe('caller.say');
    expect(lines[1]!.text).toMatch(words);
  });

  it.each(['urgence-douleur-thoracique', 'confrere-avis-rapide', 'homonyme-deplacer-rdv'])(
    '%s: a silent secretary hears the opening after a few seconds, not at once',
    (scenario) => {
      const lines = firstSeconds(scenario, [{ wait: OPENING_WAIT_MS - 500 }]);
      expect(lines).toEqual([]);
      const later = firstSeconds(scenario, [{ wait: OPENING_WAIT_MS + 500 }]);
      expect(later).toHaveLength(1);
      expect(later[0]?.who).toBe('caller.say');
    },
  );

  it('a secretary typing her greeting is waited for', () => {
    const lines = firstSeconds('urgence-douleur-thoracique', [
      { wait: 2500 },
      'typing',
      { wait: 2500 },
      { say: 'Cabinet de cardiologie du Parc, bonjour.' },
    ]);
    expect(lines[0]?.who).toBe('trainee.say');
  });
});

describe('which openings only answer the phone', () => {
  it.each<LineVariants>([
    'Allô ? Oui… bonjour.',
    'Oui, allô !',
    'Allô ? Bonjour… C’est bien le cabinet de la docteure Aubrac ?',
    { calm: 'Allô, bonjour ?', tense: 'Allô ? Oui, bonjour.' },
    '(À voix basse) Allô… C’est bien le cabinet médical ?',
  ])('« %s » does', (line) => {
    expect(onlyAnswersThePhone(line)).toBe(true);
  });

  it.each<LineVariants>([
    'Bonjour, docteure Salvetat, médecin généraliste à Colomiers.',
    'Allô ? Allô, bonjour, c’est urgent !',
    'Bonjour, pharmacie du Marché.',
    { calm: 'Allô, oui, bonjour.', tense: 'Allô ? Ah, quand même. Bonjour.' },
  ])('« %s » does not', (line) => {
    expect(onlyAnswersThePhone(line)).toBe(false);
  });
});
