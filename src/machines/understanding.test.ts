/**
 * What the caller makes of typed French lines, played through real call sessions of the core
 * scenarios on the simulated clock. Each behaviour is a class of sentences: several wordings,
 * the same reaction.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { tinyBundle } from '../../tests/unit/fixtures.ts';
import { loadBuiltinPacks } from '../scenarios/load.ts';
import type { CallBundle, ScenarioBundle } from '../scenarios/schema.ts';
import { createCallSession } from './call.ts';
import type { LogEntry, LogEntryOf } from './events.ts';
import { lineFor } from './mood.ts';

let bundles: Map<string, ScenarioBundle>;
beforeAll(async () => {
  const loaded = await loadBuiltinPacks();
  bundles = new Map(loaded.bundles.map((b) => [b.scenario.id, b]));
});

const FIEVRE = 'fievre-enfant-fin-de-journee';
const GREETING = 'Cabinet de pédiatrie du Canal, Julie à l’appareil, bonsoir.';

/** A call picked up and greeted, then the given lines; returns the caller's reaction to the last. */
function callWith(bundle: CallBundle, lines: string[]) {
  const session = createCallSession(bundle);
  session.advance(4000);
  session.send({ type: 'trainee.pickup' });
  for (const text of lines) {
    session.advance(3000);
    session.send({ type: 'trainee.say', text });
  }
  const log = session.view().log;
  const last = log.findLastIndex((e) => e.type === 'trainee.say');
  const reaction = log.slice(last).filter((e): e is LogEntryOf<'caller.say'> => e.type === 'caller.say');
  return { session, log, reaction };
}

const texts = (lines: readonly LogEntry[]) => lines.flatMap((e) => (e.type === 'caller.say' ? [e.text] : []));
const variants = (lines: unknown): string[] =>
  Array.isArray(lines)
    ? lines.flatMap(variants)
    : typeof lines === 'string'
      ? [lines]
      : Object.values(lines as object);

describe('the caller answers what is asked, never with symptoms', () => {
  const classes = {
    birthdate: [
      'Quelle est la date de naissance de Noé ?',
      'Il est né quand, votre fils ?',
      'Il me faudrait sa date de naissance, s’il vous plaît.',
      'Vous pouvez me donner sa date de naissance ?',
    ],
    phone: [
      'Quel est votre numéro de téléphone ?',
      'Un numéro où je peux vous joindre ?',
      'Vous pouvez me laisser un numéro pour vous rappeler ?',
    ],
    name: [
      'C’est à quel nom ?',
      'Votre nom, s’il vous plaît ?',
      'Vous pouvez me rappeler votre nom de famille ?',
    ],
    onset: [
      'Depuis quand a-t-il de la fièvre ?',
      'Ça a commencé quand ?',
      'Depuis combien de temps il est malade ?',
    ],
  } as const;

  for (const [topic, lines] of Object.entries(classes)) {
    it.each(lines)(`${topic}: « %s »`, (line) => {
      const bundle = bundles.get(FIEVRE)!;
      const { reaction, session } = callWith(bundle, [GREETING, line]);
      const expected = variants(
        bundle.scenario.answers?.[topic as keyof typeof classes] ??
          bundle.caller.answers?.[topic as keyof typeof classes],
      );
      expect(reaction.map((e) => e.cause)).toContain('answer');
      expect(expected.some((text) => texts(reaction).join(' ').includes(text))).toBe(true);
      expect(session.view().status).toBe('talking');
    });
  }

  it.each(['Qui est son médecin traitant ?', 'Vous avez un médecin traitant ?'])(
    'says « je ne sais pas » in character when the scenario does not know: « %s »',
    (line) => {
      const { reaction } = callWith(tinyBundle(), ['Cabinet médical du Test, bonjour.', line]);
      expect(reaction.map((e) => e.cause)).toEqual(['dont-know']);
    },
  );
});

describe('« je regarde » is not a goodbye: the caller waits', () => {
  it.each([
    'Je regarde ce qu’on a la semaine prochaine.',
    'Je vérifie l’agenda, un instant.',
    'Attendez, je regarde les disponibilités de demain.',
  ])('« %s »', (line) => {
    const { reaction, session } = callWith(bundles.get(FIEVRE)!, [GREETING, line]);
    expect(reaction.map((e) => e.cause)).toEqual(['wait']);
    session.advance(25_000);
    expect(session.view().status).toBe('talking');
  });
});

describe('a slot offered in words', () => {
  it.each([
    'Je peux vous proposer demain à 8 h 50 avec la docteure Ferrand.',
    'J’ai de la place demain à 8 h 50, ça vous irait ?',
    'Demain 8 h 50, est-ce que ça vous convient ?',
  ])('free: the caller takes it up in character, as a booking would move the call: « %s »', (line) => {
    const bundle = bundles.get(FIEVRE)!;
    const { reaction, session, log } = callWith(bundle, [GREETING, line]);
    const rdvPris = variants(bundle.scenario.nodes['rdv-pris']!.say);
    expect(rdvPris).toContain(reaction.at(-1)?.text);
    expect(log.some((e) => e.type === 'outcome')).toBe(false);
    // The tool books it: the outcome of the booking, and a plain thank-you.
    session.advance(3000);
    session.send({ type: 'trainee.action', action: { kind: 'book', slot: '2026-03-11T08:50' } });
    expect(session.view().outcome?.id).toBe('rdv-demain');
    expect(session.view().log.at(-1)).toMatchObject({ type: 'caller.say', cause: 'ack' });
  });

  it.each([
    ['taken', 'Je peux vous proposer demain à 8 h 30.', /libre/],
    ['kept for urgencies', 'Je vous propose demain à 11 h 30 avec la docteure Ferrand.', /urgences/],
  ])('%s: the caller questions it: « %s »', (_kind, line, why) => {
    const { reaction, session } = callWith(bundles.get(FIEVRE)!, [GREETING, line]);
    expect(reaction.map((e) => e.cause)).toEqual(['offer']);
    expect(reaction[0]!.text).toMatch(why);
    expect(session.view().node).toBe('motif');
  });

  describe('checked against the kind of appointment the call needs (an echocardiography)', () => {
    const ECHO = 'echographie-agenda-complet';
    const hello = 'Cabinet de cardiologie du Parc, Julie à l’appareil, bonjour.';
    it.each([
      'Je peux vous proposer le mardi 21 avril à 9 h avec le docteur Marcillac.',
      'J’ai une place mardi 21 avril à 9 h, ça vous irait ?',
    ])('a free echocardiography slot is taken up: « %s »', (line) => {
      const { reaction } = callWith(bundles.get(ECHO)!, [hello, line]);
      expect(reaction.map((e) => e.cause)).not.toContain('offer');
      expect(reaction.map((e) => e.cause)).not.toContain('confused');
    });
    it.each([
      [
        'of the wrong type',
        'Je peux vous proposer le mardi 14 avril à 15 h 15 avec le docteur Marcillac.',
        /ce que je demande|bon rendez-vous/,
      ],
      ['kept for urgencies', 'Je vous propose aujourd’hui 16 h 30.', /urgences/],
    ])('a slot %s is questioned: « %s »', (_kind, line, why) => {
      const { reaction } = callWith(bundles.get(ECHO)!, [hello, line]);
      expect(reaction.map((e) => e.cause)).toEqual(['offer']);
      expect(reaction[0]!.text).toMatch(why);
    });
  });

  it('booked in silence, the caller asks when, then takes the answer', () => {
    const bundle = bundles.get(FIEVRE)!;
    const { session } = callWith(bundle, [GREETING, 'Est-ce qu’il a des taches sur la peau ?']);
    session.advance(3000);
    session.send({ type: 'trainee.action', action: { kind: 'book', slot: '2026-03-11T08:50' } });
    expect(session.view().log.at(-1)).toMatchObject({ type: 'caller.say', cause: 'when-booked' });
    session.advance(3000);
    session.send({ type: 'trainee.say', text: 'Je vous ai mis demain à 8 h 50 avec la docteure Ferrand.' });
    const said = session.view().log.at(-1);
    const expected = bundle.scenario.nodes['rdv-pris']!.say;
    expect(said).toMatchObject({ type: 'caller.say' });
    expect(said?.type === 'caller.say' && said.text).toBe(
      lineFor(expected, said?.type === 'caller.say' ? said.mood : 'calm'),
    );
  });
});
