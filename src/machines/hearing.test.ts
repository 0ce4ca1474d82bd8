/**
 * What the caller hears in lines that were misunderstood in blind-graded calls: an explicit date
 * (« mercredi 18 mars à 10 h »), a return from hold, a refusal that names a day, empathy, and a
 * 15 given only on a condition. Each behaviour is a class of wordings played through real call
 * sessions of the core scenarios on the simulated clock.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBuiltinPacks } from '../scenarios/load.ts';
import type { CallBundle, ScenarioBundle } from '../scenarios/schema.ts';
import { createCallSession } from './call.ts';
import type { CallerLineCause, LogEntryOf } from './events.ts';

let bundles: Map<string, ScenarioBundle>;
beforeAll(async () => {
  const loaded = await loadBuiltinPacks();
  bundles = new Map(loaded.bundles.map((b) => [b.scenario.id, b]));
}, 60_000);

const ECHO = 'echographie-agenda-complet';
const ECHO_HELLO = 'Cabinet de cardiologie du Parc, Julie à l’appareil, bonjour.';
const CHEST = 'urgence-douleur-thoracique';
const CHEST_HELLO =
  'Cabinet de cardiologie du Parc, Julie à l’appareil, bonjour. Que puis-je faire pour vous ?';

type Step = string | 'hold' | 'resume';

/** A call picked up, then lines and hold / resume; the caller's lines after the last line. */
function callWith(bundle: CallBundle, steps: Step[]) {
  const session = createCallSession(bundle);
  session.advance(4000);
  session.send({ type: 'trainee.pickup' });
  for (const step of steps) {
    session.advance(3000);
    if (step === 'hold') session.send({ type: 'trainee.hold' });
    else if (step === 'resume') {
      session.advance(20_000);
      session.send({ type: 'trainee.resume' });
    } else session.send({ type: 'trainee.say', text: step });
  }
  const log = session.view().log;
  const last = log.findLastIndex((e) => e.type === 'trainee.say');
  const reaction = log.slice(last).filter((e): e is LogEntryOf<'caller.say'> => e.type === 'caller.say');
  const heard = log[last] as LogEntryOf<'trainee.say'>;
  return { session, log, reaction, heard, causes: reaction.map((e) => e.cause) };
}

describe('an explicit date is the day said, relative to the call’s now (a Tuesday, 10 March)', () => {
  // 18 March 10:00 is booked, 16:30 each day is kept for urgencies, 21 April 9:00 is a free
  // echocardiography, 14 April 15:15 a free slot of another kind.
  it.each([
    ['Je peux vous proposer mercredi 18 mars à 10 h ?', 'Mercredi 18 mars à 10 h', /libre|place/],
    ['Je vous propose le 18 mars à 10 h.', 'Mercredi 18 mars à 10 h', /libre|place/],
    [
      'Ce que je peux vous trouver, c’est mercredi 18 mars à 16 h 30.',
      'Mercredi 18 mars à 16 h 30',
      /urgences/,
    ],
    ['Il me reste le mercredi 18 à 16 h 30, ça vous irait ?', 'Mercredi 18 mars à 16 h 30', /urgences/],
    ['Je peux vous proposer lundi prochain à 9 h 30 ?', 'Lundi 16 mars à 9 h 30', /libre|place/],
    ['Le 14 avril à 15 h 15, ça vous va ?', 'Mardi 14 avril à 15 h 15', /ce que je demande|bon rendez-vous/],
    [
      'Bon, je vais vous arranger : il me reste la place de 16 h 30 cet après-midi.',
      'Aujourd’hui à 16 h 30',
      /urgences/,
    ],
  ])('« %s » is questioned as « %s »', (line, said, why) => {
    const { reaction, causes } = callWith(bundles.get(ECHO)!, [ECHO_HELLO, line]);
    expect(causes).toEqual(['offer']);
    expect(reaction[0]!.text.startsWith(said)).toBe(true);
    expect(reaction[0]!.text).toMatch(why);
  });

  it.each([
    'La première échographie disponible, c’est mardi 21 avril à 9 h avec le docteur Marcillac.',
    'Le plus tôt, ce serait le mardi 21 avril à 9 h.',
    'Il ne reste que le mardi 21 avril à 9 h.',
    'Et je vous bloque le mardi 21 à 9 h, comme ça vous avez une date.',
    'Ce que je peux vous trouver, c’est le mardi 21 avril à 9 h.',
  ])('a free slot said without « je vous propose » is taken up: « %s »', (line) => {
    const bundle = bundles.get(ECHO)!;
    const { heard, causes, session } = callWith(bundle, [ECHO_HELLO, line]);
    expect(heard.intents?.map((i) => i.type)).toContain('offer_slot');
    expect(heard.entities?.filter((e) => e.kind === 'date').map((e) => e.value)).toEqual(['2026-04-21']);
    expect(causes).not.toContain('offer');
    expect(causes).not.toContain('confused');
    expect(causes).not.toContain('clarify');
    // Booking it with the tool next is the booking agreed in words.
    session.advance(3000);
    session.send({ type: 'trainee.action', action: { kind: 'book', slot: '2026-04-21T09:00' } });
    expect(session.view().log.at(-1)).toMatchObject({ type: 'caller.say', cause: 'ack' });
  });
});

describe('back from a hold, the caller hears the trainee return', () => {
  it.each([
    'Merci d’avoir patienté.',
    'Je vous remercie de votre patience.',
    'Me revoilà.',
    'Merci de votre patience, madame.',
    'Désolée pour l’attente.',
    'Excusez-moi de vous avoir fait attendre.',
    'Je suis de retour, merci d’avoir attendu.',
  ])('« %s »', (line) => {
    const { causes, session } = callWith(bundles.get(ECHO)!, [
      ECHO_HELLO,
      'Puis-je vous mettre en attente un instant ?',
      'hold',
      'resume',
      line,
    ]);
    expect(causes).toEqual(['hold-return']);
    expect(session.view().stress).toBeLessThanOrEqual(bundles.get(ECHO)!.caller.stress);
  });

  it('a return that goes on to offer a slot is heard as the offer', () => {
    const { causes } = callWith(bundles.get(ECHO)!, [
      ECHO_HELLO,
      'Puis-je vous mettre en attente un instant ?',
      'hold',
      'resume',
      'Merci d’avoir patienté. Je peux vous proposer mercredi 18 mars à 16 h 30.',
    ]);
    expect(causes).toEqual(['offer']);
  });
});

describe('a refusal that names a day is not a slot offered', () => {
  it.each([
    'Je n’ai rien demain.',
    'Demain, je n’ai plus de créneau.',
    'Je ne vais pas pouvoir vous donner de rendez-vous jeudi.',
    'On n’a pas de place demain matin, je regarde la suite.',
  ])('« %s »', (line) => {
    const { heard, causes } = callWith(bundles.get(ECHO)!, [ECHO_HELLO, line]);
    const intents = heard.intents?.map((i) => i.type) ?? [];
    expect(intents).toContain('no_slot');
    expect(intents).not.toContain('offer_slot');
    expect(intents).not.toContain('confirm');
    const heardAsSlot: CallerLineCause[] = ['offer', 'ack', 'clarify', 'confused'];
    expect(causes.filter((c) => heardAsSlot.includes(c))).toEqual([]);
  });

  it.each([
    'Cette semaine c’est complet, mais je peux vous proposer mercredi 18 mars à 16 h 30.',
    'Je n’ai rien cette semaine, par contre je peux vous proposer mercredi 18 mars à 16 h 30.',
  ])('the slot offered after « mais » is still heard: « %s »', (line) => {
    const { reaction, causes } = callWith(bundles.get(ECHO)!, [ECHO_HELLO, line]);
    expect(causes).toContain('offer');
    expect(reaction.find((e) => e.cause === 'offer')!.text).toMatch(/^Mercredi 18 mars à 16 h 30/);
  });
});

describe('empathy is never answered as if minimised', () => {
  const lines = [
    'Je comprends que ce soit inquiétant.',
    'Ça doit être difficile pour vous.',
    'C’est normal de s’inquiéter.',
    'Je vois que ça vous inquiète, c’est bien normal.',
    'Je comprends, c’est tout à fait normal d’être en colère.',
  ];
  const minimisedReplies = (bundle: CallBundle) =>
    [...Object.values(bundle.scenario.nodes).flatMap((n) => n.on), ...bundle.scenario.anytime]
      .filter((r) => r.when.said?.includes('minimizing') || r.when.saidAny?.includes('minimizing'))
      .map((r) => JSON.stringify(r.reply));
  for (const [id, hello] of [
    [CHEST, CHEST_HELLO],
    ['fievre-enfant-fin-de-journee', 'Cabinet de pédiatrie du Canal, Julie à l’appareil, bonsoir.'],
    ['appelant-agressif-menaces', 'Cabinet du docteur Cassagne, Julie à l’appareil, bonjour.'],
    ['resultats-analyses-c-est-bon', 'Maison médicale des Platanes, Julie à l’appareil, bonjour.'],
  ] as const) {
    it.each(lines)(`${id}: « %s »`, (line) => {
      const bundle = bundles.get(id)!;
      const { heard, reaction, log } = callWith(bundle, [hello, line]);
      expect(heard.acts.map((a) => a.type)).not.toContain('minimizing');
      const replies = minimisedReplies(bundle);
      expect(reaction.filter((e) => replies.some((r) => r.includes(e.text.slice(0, 25))))).toEqual([]);
      // « c'est normal » about a feeling gives no result away.
      expect(log.filter((e) => e.type === 'outcome' && e.critical)).toEqual([]);
    });
  }
});

describe('« c’est normal » said of a feeling is not a verdict on the results', () => {
  const AGGRESSIVE = 'appelant-agressif-menaces';
  const hello = 'Cabinet du docteur Cassagne, Julie à l’appareil, bonjour.';
  it.each([
    'Votre colère est normale, monsieur.',
    'C’est bien normal d’être en colère après huit jours.',
    'Je vois que ça vous énerve, c’est normal.',
  ])('« %s » gives nothing away', (line) => {
    const { log } = callWith(bundles.get(AGGRESSIVE)!, [hello, line]);
    expect(log.filter((e) => e.type === 'outcome')).toEqual([]);
  });
  it.each([
    'Ne vous inquiétez pas, vos résultats sont normaux.',
    'Votre IRM est normale, c’est normal que vous soyez inquiet.',
    'C’est normal, ce n’est qu’une petite hernie.',
  ])('« %s » still gives the results away', (line) => {
    const { log } = callWith(bundles.get(AGGRESSIVE)!, [hello, line]);
    expect(log.find((e) => e.type === 'outcome')).toMatchObject({ id: 'resultats-donnes' });
  });
});

describe('a 15 given only on a condition is not the 15 given now', () => {
  it.each([
    'Si ça ne passe pas, faites le 15.',
    'Si la douleur continue, appelez le 15.',
    'En cas d’aggravation, composez le 15.',
    'Rappelez si ça empire.',
    'Je peux vous proposer demain 9 h. Si ça ne va pas mieux d’ici là, vous appelez le 15.',
  ])('« %s »', (line) => {
    const bundle = bundles.get(CHEST)!;
    const { reaction, log, heard } = callWith(bundle, [CHEST_HELLO, line]);
    expect(heard.intents?.map((i) => i.type)).toContain('safety_net');
    // The caller does not answer as if sent to the SAMU now, and nothing settles the call as sent.
    expect(reaction.map((e) => e.text).join(' ')).not.toMatch(/SAMU|le 15 \?/);
    expect(log.some((e) => e.type === 'outcome' && e.verdict === 'correct')).toBe(false);
  });

  it('the 15 given at once is still heard as such', () => {
    const { log } = callWith(bundles.get(CHEST)!, [
      CHEST_HELLO,
      'Monsieur, raccrochez et appelez le 15 tout de suite.',
    ]);
    expect(log.some((e) => e.type === 'outcome' && e.verdict === 'correct')).toBe(true);
  });
});
