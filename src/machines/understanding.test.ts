/**
 * What the caller makes of typed French lines, played through real call sessions of the core
 * scenarios on the simulated clock. Each behaviour is a class of sentences: several wordings,
 * the same reaction.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { callWith, tinyBundle } from '../../tests/unit/fixtures.ts';
import { loadBuiltinPacks } from '../scenarios/load.ts';
import type { CallBundle, ScenarioBundle } from '../scenarios/schema.ts';
import { createCallSession } from './call.ts';
import type { LogEntry, ToolAction } from './events.ts';
import { lineFor } from './mood.ts';

let bundles: Map<string, ScenarioBundle>;
beforeAll(async () => {
  const loaded = await loadBuiltinPacks();
  bundles = new Map(loaded.bundles.map((b) => [b.scenario.id, b]));
}, 60_000);

const FIEVRE = 'fievre-enfant-fin-de-journee';
const GREETING = 'Cabinet de pédiatrie du Canal, Julie à l’appareil, bonsoir.';

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

/** A call picked up and greeted, then lines (strings) and tool actions (objects) in turn. */
function playSteps(bundle: CallBundle, steps: (string | ToolAction)[]) {
  const session = createCallSession(bundle);
  session.advance(4000);
  session.send({ type: 'trainee.pickup' });
  for (const step of steps) {
    session.advance(3000);
    if (typeof step === 'string') session.send({ type: 'trainee.say', text: step });
    else session.send({ type: 'trainee.action', action: step });
  }
  return session;
}

const callerAfterLast = (log: readonly LogEntry[]) =>
  log.slice(log.findLastIndex((e) => e.type === 'trainee.action')).filter((e) => e.type === 'caller.say');

describe('a slot offered in words together with more, then booked with the tool', () => {
  const RENOUVELLEMENT = 'renouvellement-exige-aujourdhui';
  const before = [
    'Maison médicale des Platanes, Julie à l’appareil, bonjour.',
    'Alors je résume : il vous faut votre ordonnance pour la tension, il ne vous reste que deux comprimés, et vous partez samedi.',
    'Aujourd’hui la docteure Fontanel est complète, les places qui restent sont gardées pour les malades qui ne peuvent pas attendre. Je peux vous proposer demain soir 18 h 20 avec le docteur Rouvière, ou jeudi 8 h 40 avec la docteure Fontanel.',
  ];
  const book: ToolAction = { kind: 'book', slot: '2026-03-12T08:40', patient: 'Gérard Vasseur' };
  it.each([
    'Je vous entends, monsieur Vasseur. Ces places-là sont pour quelqu’un qui a de la fièvre. Jeudi 8 h 40 avec votre médecin, vous aurez votre ordonnance avant de partir. Je vous le réserve ?',
    'Je sais que vous êtes un patient de longue date. Mais ces places sont pour les urgences. Jeudi 8 h 40 avec la docteure Fontanel, je vous le mets ?',
    'Je comprends, c’est contrariant avant un départ. Jeudi à 8 h 40 avec votre médecin, ça vous laisse deux jours. Je vous le garde ?',
  ])('is the booking agreed, not « another appointment »: « %s »', (offer) => {
    const session = playSteps(bundles.get(RENOUVELLEMENT)!, [...before, offer, 'Je vous le note.', book]);
    const said = texts(callerAfterLast(session.view().log)).join(' ');
    expect(said).not.toMatch(/Encore un rendez-vous/);
    expect(session.view().outcome?.id).toBe('rdv-premier-creneau');
  });
});

describe('the redirect tool clicked after the number was said aloud', () => {
  const hello = 'Cabinet de pédiatrie du Canal, Julie à l’appareil, bonsoir.';
  it.each([
    'Ce soir, appelez le médecin de garde au 116 117.',
    'Pour la nuit, vous pouvez joindre le 116 117, c’est le médecin de garde.',
    'Cette nuit, le plus simple est d’appeler le 116 117.',
  ])('records the orientation without the caller repeating their line: « %s »', (line) => {
    const session = playSteps(bundles.get(FIEVRE)!, [hello, line, { kind: 'redirect', to: '116117' }]);
    const before = texts(
      session.view().log.slice(
        0,
        session.view().log.findLastIndex((e) => e.type === 'trainee.action'),
      ),
    );
    const after = texts(callerAfterLast(session.view().log));
    expect(after.filter((text) => before.includes(text))).toEqual([]);
    expect(session.view().outcome?.verdict).toBe('correct');
  });
});

describe('date of birth and phone asked in one question: both are answered', () => {
  it.each([
    ['renouvellement-exige-aujourdhui', 'Votre date de naissance et votre téléphone, s’il vous plaît ?'],
    [
      'renouvellement-exige-aujourdhui',
      'Il me faudrait votre date de naissance, et aussi un numéro où vous rappeler.',
    ],
    [
      'nouveau-patient-refuse',
      'Vous pouvez me donner votre date de naissance et votre numéro de téléphone ?',
    ],
    ['fievre-enfant-fin-de-journee', 'Quelle est sa date de naissance, et un numéro où vous joindre ?'],
  ])('%s: « %s »', (id, line) => {
    const bundle = bundles.get(id)!;
    const { reaction } = callWith(bundle, ['Bonjour, Julie à l’appareil.', line]);
    const said = texts(reaction).join(' ');
    const phone = variants(bundle.caller.answers?.phone)[0]!.match(/0\d(?: \d\d){4}/)![0];
    expect(said).toContain(phone);
    expect(said).toMatch(/19\d\d|20\d\d/);
  });
});
