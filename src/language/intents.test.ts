/**
 * Intents the caller hangs on, as classes of wordings: a slot offered in any form, a refusal that
 * names a day, a return from hold, a call back only on a condition.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.ts';

// Tuesday 10 March 2026, 9:10.
const now = '2026-03-10T09:10';
const intents = (text: string) => (analyze(text, { now }).intents ?? []).map((i) => i.type);
const dates = (text: string) =>
  (analyze(text, { now }).entities ?? []).filter((e) => e.kind === 'date').map((e) => e.value);

describe('a slot offered in words, with or without « je vous propose »', () => {
  it.each([
    ['Je vous propose le 18 mars à 10 h.', '2026-03-18'],
    ['Ce que je peux vous trouver, c’est mercredi 18 mars à 14 h 30.', '2026-03-18'],
    ['Il me reste un créneau lundi prochain à 9 h 30.', '2026-03-16'],
    ['Le plus tôt, ce serait le mardi 21 avril à 9 h.', '2026-04-21'],
    ['Il ne reste que le mardi 21 avril à 9 h.', '2026-04-21'],
    ['La première échographie disponible, c’est mardi 21 avril à 9 h.', '2026-04-21'],
    ['Et je vous bloque le mardi 21 à 9 h.', '2026-04-21'],
  ])('« %s » offers %s, one date only', (line, date) => {
    expect(intents(line)).toContain('offer_slot');
    expect(dates(line)).toEqual([date]);
  });
});

describe('a refusal that names a day offers nothing', () => {
  it.each([
    'Je n’ai rien demain.',
    'Je ne peux pas vous proposer jeudi.',
    'Il n’y a plus de place cette semaine.',
    'Je n’ai plus rien avant le 20 avril.',
    'Demain, je n’ai plus de créneau.',
    'Malheureusement jeudi c’est complet.',
    'On n’a pas de place demain matin.',
    'Je ne vais pas pouvoir vous donner de rendez-vous cette semaine.',
    'Pas de créneau libre avant lundi, désolée.',
  ])('« %s »', (line) => {
    const found = intents(line);
    expect(found).toContain('no_slot');
    expect(found).not.toContain('offer_slot');
    expect(found).not.toContain('confirm');
  });

  it.each([
    'Je comprends, ça doit être angoissant, ce n’est pas rien.',
    'Ne vous inquiétez pas, je peux vous trouver un créneau jeudi à 9 h.',
    'Un souffle, on en trouve chez plein de gens.',
  ])('is not read where no slot is refused: « %s »', (line) => {
    expect(intents(line)).not.toContain('no_slot');
  });

  it('an offer after « mais » is still an offer', () => {
    const line = 'Cette semaine c’est complet, mais je peux vous proposer mardi 21 avril à 9 h.';
    expect(intents(line)).toEqual(expect.arrayContaining(['no_slot', 'offer_slot']));
  });
});

describe('back from a hold', () => {
  it.each([
    'Merci d’avoir patienté.',
    'Je vous remercie de votre patience.',
    'Me revoilà.',
    'Merci de votre patience, madame.',
    'Excusez-moi pour l’attente.',
    'Désolée de vous avoir fait attendre.',
    'Je suis de retour, merci d’avoir attendu.',
  ])('« %s »', (line) => {
    expect(intents(line)).toContain('hold_return');
  });
  it.each(['Je vous remercie, au revoir.', 'Merci pour ces précisions.'])('not « %s »', (line) => {
    expect(intents(line)).not.toContain('hold_return');
  });
});

describe('a call back only on a condition is advice for later', () => {
  it.each([
    'Rappelez si ça empire.',
    'Si ça ne passe pas, rappelez-nous.',
    'En cas de fièvre, rappelez-moi.',
    'Si ça ne passe pas, faites le 15.',
  ])('« %s »', (line) => {
    expect(intents(line)).toContain('safety_net');
  });
  it('« d’ici une heure » is a delay, not a time of day', () => {
    const line = 'Si ça ne va pas mieux d’ici une heure, vous appelez le 15.';
    expect((analyze(line, { now }).entities ?? []).filter((e) => e.kind === 'time')).toEqual([]);
  });
});

describe('a question that names a time offers a slot only when it is about one', () => {
  it.each([
    'Vous pensez à vous faire du mal ce soir ?',
    'Il a eu de la fièvre cette nuit, ou ce matin ?',
    'Vous avez pris quelque chose ce matin ?',
  ])('asks, offers nothing: « %s »', (line) => {
    expect(intents(line)).not.toContain('offer_slot');
  });
  it.each([
    'Jeudi 9 h, ou vendredi à midi ?',
    'Demain 18 h 20, ça vous irait ?',
    'Vous pourriez venir jeudi à 9 h ?',
  ])('offers: « %s »', (line) => {
    expect(intents(line)).toContain('offer_slot');
  });
});

describe('told to hang up now and call elsewhere', () => {
  it.each([
    'Allez-y, raccrochez et appelez-les.',
    'Vous pouvez raccrocher et composer le 15.',
    'Je vous laisse les appeler tout de suite.',
    'Vous raccrochez et vous faites le 15 maintenant.',
  ])('« %s »', (line) => {
    expect(intents(line)).toContain('send_off');
  });
  it.each([
    'Ne raccrochez pas, je reste avec vous.',
    'Si ça empire, raccrochez et appelez le 15.',
    'Vous pouvez raccrocher ?',
    'Surtout, ne raccrochez pas.',
  ])('not « %s »', (line) => {
    expect(intents(line)).not.toContain('send_off');
  });
});

describe('where the caller is, asked without « adresse »', () => {
  it.each([
    'Vous êtes où, là ?',
    'Où êtes-vous en ce moment ?',
    'Il habite où, votre fils ?',
    'Elle se trouve où ?',
  ])('« %s »', (line) => {
    expect(intents(line)).toContain('ask_address');
  });
  it.each(['Où avez-vous mal ?', 'Où est-ce que ça fait mal ?'])('not « %s »', (line) => {
    expect(intents(line)).not.toContain('ask_address');
  });
});

describe('« j’ai / on a » before a day or a time offers it; a part of the day asked about does not', () => {
  it.each([
    'J’ai 8h40 demain avec la docteure.',
    'On a jeudi à 9 h avec le docteur.',
    'Il y a mardi 17 mars à 14 h.',
  ])('offers: « %s »', (line) => {
    expect(intents(line)).toContain('offer_slot');
  });
  it.each([
    'Vous préférez le matin ou l’après-midi ?',
    'Plutôt le matin, ou plutôt en fin de journée ?',
    'Vous êtes plutôt libre le matin ou l’après-midi ?',
  ])('asks what suits: « %s »', (line) => {
    expect(intents(line)).not.toContain('offer_slot');
  });
});

describe('dates given as alternatives offer a choice, even without an offer verb', () => {
  it.each([
    'Le 29 avril à 9 h ou le 4 mai à 9 h.',
    'Pour l’IRM : mardi 14 avril à 8 h, ou bien jeudi 16 à 17 h 30.',
    'Alors, le lundi 16 mars à 10 h ou le mercredi 18 à 14 h 30.',
    'Jeudi 9 h 40 ou vendredi 16 h 20, avec le docteur Cassagne.',
  ])('« %s »', (line) => {
    const found = intents(line);
    expect(found).toContain('offer_slot');
    expect(found).not.toContain('confirm');
  });

  it.each([
    'Elle passera dans la matinée ou en début d’après-midi.',
    'Si je comprends bien, le 29 avril ne vous va pas, ou le 4 mai non plus ?',
  ])('names no slot to choose: « %s »', (line) => {
    expect(intents(line)).not.toContain('offer_slot');
  });
});

describe('a time for the doctor to call back is no slot offered', () => {
  it.each([
    'Je mets un message au docteur pour qu’il vous rappelle aujourd’hui, entre midi et deux.',
    'La docteure vous rappellera demain matin.',
    'Je lui demande de vous recontacter cet après-midi vers 15 h.',
    'Il rappelle en général en fin de journée ou demain, entre deux consultations.',
    'Elle vous téléphone jeudi à 13 h, je lui transmets.',
  ])('« %s »', (line) => {
    expect(intents(line)).not.toContain('offer_slot');
  });

  it.each([
    'Je vous propose demain 9 h, le docteur vous rappellera pour confirmer.',
    'Le docteur vous rappellera, et je vous propose déjà un rendez-vous jeudi à 10 h.',
  ])('a slot said before the call back, or an appointment named, is still offered: « %s »', (line) => {
    expect(intents(line)).toContain('offer_slot');
  });
});

describe('a date said as a limit is not the slot offered', () => {
  it.each([
    ['Je vous le réserve, vous aurez votre ordonnance avant samedi.', []],
    ['Je vous le garde, comme ça c’est fait d’ici jeudi.', []],
    ['Je vous propose mercredi 11 h, vous l’aurez au plus tard vendredi.', ['2026-03-11']],
  ])('« %s »', (line, offered) => {
    const reading = analyze(line, { now });
    const offer = reading.intents?.find((i) => i.type === 'offer_slot');
    const inside = (reading.entities ?? []).filter(
      (e) => e.kind === 'date' && offer && e.span[0] >= offer.span[0] && e.span[1] <= offer.span[1],
    );
    expect(inside.map((e) => e.value)).toEqual(offered);
  });
});

describe('spoken French without « ne » still says there is no slot', () => {
  it.each([
    'Y a rien cette semaine.',
    'Y a plus rien avant avril.',
    'Oui ben j’ai rien avant le 13 avril.',
    'On a plus rien de libre demain.',
  ])('« %s »', (line) => {
    expect(intents(line)).toContain('no_slot');
  });
});

describe('a slot said after « j’ai » with a proposal is offered', () => {
  it.each([
    'J’ai mardi 17 à 15 h 15.',
    'Alors j’ai jeudi à 10 h, avec la docteure.',
    'Bon, j’ai demain 14 h 50.',
  ])('« %s »', (line) => {
    expect(intents(line)).toContain('offer_slot');
  });
});

describe('a message left for the doctor is an action announced', () => {
  it.each([
    'Je lui laisse un message pour qu’il vous rappelle.',
    'Les docteurs sont en consultation. Je leur laisse un mot.',
    'Je lui fais passer un message tout de suite.',
    'Je lui transmets, il vous rappelle.',
  ])('« %s »', (line) => {
    expect(intents(line)).toContain('announce_action');
  });
});
