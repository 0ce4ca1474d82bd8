/**
 * The caller reacts to what the trainee says, in the trainee's own words (issue #14, calls written
 * blind): a choice of two slots is a choice, not a booking; « rien demain, mais jeudi 9 h » offers
 * Thursday; « raccrochez et appelez-les » ends the call; « vous êtes où ? » gets the address; a side
 * question is answered rather than met with a stock line. Each class in several wordings, typed
 * French through a real call session on the simulated clock.
 */
import { describe, expect, it } from 'vitest';
import { tinyBundle } from '../../tests/unit/fixtures.ts';
import { createCallSession } from './call.ts';
import type { LogEntryOf, TraineeInput } from './events.ts';

const GREETING = 'Cabinet médical du Test, Julie à l’appareil, bonjour.';

/** Tuesday 10 March, 10:00: nothing free tomorrow, Thursday 9:00 and Friday 16:20 free. */
function bundle(scenario: Record<string, unknown> = {}) {
  const b = tinyBundle({
    scenario: {
      answers: {
        birthdate: 'Le 4 mai 1986.',
        address: 'Au 3 rue des Lilas, à Muret.',
        phone: '06 12 34 56 78.',
      },
      ...scenario,
    },
  });
  b.practice.agenda.push(
    { start: '2026-03-11T09:00', minutes: 20, practitioner: 'dr-essai', status: 'booked', patient: 'M. Un' },
    { start: '2026-03-12T09:00', minutes: 20, practitioner: 'dr-essai', status: 'free' },
    { start: '2026-03-13T16:20', minutes: 20, practitioner: 'dr-essai', status: 'free' },
  );
  return b;
}

type Step = string | TraineeInput;

function play(steps: Step[], scenario: Record<string, unknown> = {}) {
  const session = createCallSession(bundle(scenario));
  session.advance(4000);
  session.send({ type: 'trainee.pickup' });
  for (const step of [GREETING, ...steps]) {
    session.advance(3000);
    session.send(typeof step === 'string' ? { type: 'trainee.say', text: step } : step);
  }
  const view = session.view();
  const last = view.log.findLastIndex((e) => e.type === 'trainee.say' || e.type === 'trainee.action');
  const reaction = view.log.slice(last).filter((e): e is LogEntryOf<'caller.say'> => e.type === 'caller.say');
  return {
    view,
    reaction,
    causes: reaction.map((e) => e.cause),
    said: reaction.map((e) => e.text).join(' '),
  };
}

const book = (slot: string): TraineeInput => ({
  type: 'trainee.action',
  action: { kind: 'book', slot, practitioner: 'dr-essai' },
});

describe('a choice of two slots is a choice, not a booking agreed', () => {
  it.each([
    'Je peux vous proposer jeudi 12 mars à 9 h ou vendredi 13 mars à 16 h 20.',
    'Jeudi à 9 h ou vendredi à 16 h 20, qu’est-ce qui vous arrange ?',
    'Je vous propose deux créneaux : jeudi à 9 h, ou vendredi à 16 h 20.',
    'J’ai de la place jeudi à 9 h ou vendredi à 16 h 20.',
  ])('« %s »: the caller picks one, nothing is settled, and later questions get answers', (line) => {
    const offered = play([line]);
    expect(offered.view.outcome).toBeUndefined();
    expect(offered.view.node).toBe('demande');
    expect(offered.causes).toEqual(['offer']);
    expect(offered.said).toMatch(/jeudi 12 mars à 9 h/i);
    const asked = play([line, 'Quelle est votre date de naissance ?']);
    expect(asked.said).toBe('Le 4 mai 1986.');
    // Booking the slot picked is the booking agreed: its outcome, the caller's thanks.
    const booked = play([line, book('2026-03-12T09:00')]);
    expect(booked.view.outcome?.id).toBe('rdv');
  });
});

describe('« nothing tomorrow, but Thursday 9 h » offers Thursday', () => {
  it.each([
    'Je n’ai rien demain, par contre jeudi 9 h c’est libre.',
    'Demain c’est complet, je peux vous mettre jeudi à 9 h.',
    'Rien demain, mais jeudi 9 h il y a de la place.',
    'Demain, rien de libre, mais jeudi 9 h serait possible.',
  ])('« %s »: heard as the offer, not as a recap nor a bare refusal', (line) => {
    const { causes, view } = play([line]);
    expect(causes).not.toContain('ack');
    expect(causes).not.toContain('no-slot');
    // The free Thursday slot agreed in words moves the dialogue as its booking would.
    expect(view.node).toBe('fin');
    expect(play([line, book('2026-03-12T09:00')]).view.outcome?.id).toBe('rdv');
  });

  it.each(['Je n’ai rien demain, jeudi non plus.', 'Demain c’est complet, et jeudi aussi c’est plein.'])(
    '« %s » refuses both days: nothing is offered',
    (line) => {
      const { causes, view } = play([line]);
      expect(causes).not.toContain('offer');
      expect(view.node).toBe('demande');
    },
  );
});

describe('told to hang up and call where they were sent, the caller goes', () => {
  const redirect: TraineeInput = { type: 'trainee.action', action: { kind: 'redirect', to: '15' } };
  it.each([
    'Allez-y, raccrochez et appelez-les.',
    'Vous pouvez raccrocher et les appeler tout de suite.',
    'Je vous laisse les appeler tout de suite.',
    'Raccrochez maintenant, ils vont vous aider.',
  ])('« %s »', (line) => {
    const { view } = play([redirect, line]);
    expect(view.status).toBe('wrapUp');
  });

  it.each(['Ne raccrochez pas, je reste avec vous.', 'Si ça empire, raccrochez et rappelez le 15.'])(
    'stays on the line: « %s »',
    (line) => {
      expect(play([redirect, line]).view.status).toBe('talking');
    },
  );

  it('not told where to call, « raccrochez » alone does not end the call', () => {
    expect(play(['Raccrochez, s’il vous plaît.']).view.status).toBe('talking');
  });
});

describe('where the caller is, asked in any form, gets the address', () => {
  it.each([
    'Vous êtes où, là ?',
    'Où habitez-vous ?',
    'Vous habitez où exactement ?',
    'Où est-ce que vous vous trouvez ? Vous êtes où ?',
  ])('« %s »', (line) => {
    expect(play([line]).said).toBe('Au 3 rue des Lilas, à Muret.');
  });
});

describe('a side question is answered, not met with the stock reply of the moment', () => {
  const fin = {
    nodes: {
      accueil: {
        say: 'Bonjour, je voudrais un rendez-vous.',
        on: [{ when: { said: 'greeting' }, goto: 'fin' }],
      },
      fin: {
        say: 'Merci beaucoup.',
        on: [
          { when: { said: 'closing' }, reply: 'Au revoir.', end: true },
          { when: { saidAny: ['question', 'proposal', 'reassurance'] }, reply: 'Non, c’est tout. Merci.' },
        ],
      },
    },
  };
  it.each([
    ['Je vous inscris sur la liste d’attente. Vous me donnez votre date de naissance ?', 'Le 4 mai 1986.'],
    ['Très bien, je vous note. Il me faudrait un numéro où vous joindre.', '06 12 34 56 78.'],
    ['Je vous envoie une confirmation. Vous habitez où ?', 'Au 3 rue des Lilas, à Muret.'],
  ])('« %s »', (line, answer) => {
    const { said } = play([line], fin);
    expect(said).toBe(answer);
    expect(said).not.toMatch(/c’est tout/);
  });

  it('a long reply said again is said as a reminder, not as news', () => {
    const again = {
      nodes: {
        accueil: { say: 'Allô ?', on: [{ when: { said: 'greeting' }, goto: 'demande' }] },
        demande: {
          say: 'C’est pour mon fils.',
          on: [
            {
              when: { saidAny: ['question', 'empathy'] },
              reply: 'Il a de la fièvre depuis ce matin, il ne mange rien, il pleure tout le temps.',
            },
          ],
        },
        fin: { say: 'Merci.', on: [] },
      },
    };
    const { said } = play(['Je comprends.', 'Il a quel âge ?', 'Il boit un peu ?'], again);
    expect(said).toMatch(/^Je vous l’ai dit… Il a de la fièvre/);
  });
});

describe('an action announced: the caller waits only while the trainee looks something up', () => {
  it.each([
    'Je regarde ce qu’on a la semaine prochaine.',
    'Laissez-moi vérifier.',
    'Je vais regarder dans l’agenda.',
  ])('waits: « %s »', (line) => {
    expect(play([line]).causes).toEqual(['wait']);
  });
  it.each([
    'Je transmets votre demande au docteur.',
    'Je préviens le docteur tout de suite.',
    'Je regarde… Voilà, je l’ai. Je vous l’annule.',
  ])('does not wait for what is done: « %s »', (line) => {
    expect(play([line]).causes).not.toContain('wait');
  });
});

describe('a refusal for the patient’s cover, in any words, gets the scenario’s reaction to discrimination', () => {
  it.each([
    'Les patients à l’AME, nous ne les prenons pas ici.',
    'Avec la CMU, on ne peut pas vous prendre, désolée.',
    'On ne prend pas les patients qui n’ont pas de mutuelle.',
  ])(
    '« %s »',
    async (line) => {
      const { loadBuiltinPacks } = await import('../scenarios/load.ts');
      const loaded = await loadBuiltinPacks();
      const refuse = loaded.bundles.find((b) => b.scenario.id === 'nouveau-patient-refuse')!;
      const session = createCallSession(refuse);
      session.advance(4000);
      session.send({ type: 'trainee.pickup' });
      for (const text of ['Maison médicale des Platanes, Julie à l’appareil, bonjour.', line]) {
        session.advance(3000);
        session.send({ type: 'trainee.say', text });
      }
      expect(session.view().outcome).toMatchObject({
        id: 'refus-discriminatoire',
        critical: 'discrimination',
      });
      expect(session.view().status).toBe('wrapUp');
    },
    60_000,
  );

  it('a restatement that names a fact is confirmed by the dialogue, not answered as a question', () => {
    const restating = {
      nodes: {
        accueil: { say: 'Bonjour.', on: [{ when: { said: 'greeting' }, goto: 'demande' }] },
        demande: {
          say: 'Je cherche un médecin traitant.',
          on: [{ when: { said: 'reformulation' }, reply: 'Oui, c’est exactement ça.' }],
        },
        fin: { say: 'Merci.', on: [] },
      },
      answers: { gp: 'Mon médecin est resté à Lille.' },
    };
    for (const line of [
      'Si je comprends bien, vous cherchez un médecin traitant ?',
      'Donc vous n’avez plus de médecin traitant ici, c’est bien ça ?',
    ])
      expect(play([line], restating).said).toMatch(/^Oui, c’est exactement ça\./);
  });
});
