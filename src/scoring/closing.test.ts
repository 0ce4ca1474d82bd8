/**
 * Prise de congé under rubric v6: a recap says what was agreed, a transfer is closed by its
 * announcement, an agreeing caller is not cut off, a last question met with « c'est fait » costs,
 * and in a vital emergency kept from the 15 nothing passes for a safety net.
 */
import { describe, expect, it } from 'vitest';
import { CLOSING } from './criteria/closing.ts';
import { CallLog, GREETING, testBundle, type BundleOptions } from './fixtures.ts';
import { score } from './score.ts';

const opened = (options: BundleOptions = {}) =>
  new CallLog(testBundle({ stress: 20, callerType: 'demanding', ...options }))
    .pickUp(1)
    .wait(2)
    .say(GREETING.text)
    .caller('Bonjour, c’est pour un rendez-vous pour mon fils Léo.')
    .wait(3)
    .book('2026-03-10T16:00', 'consultation')
    .outcome('rdv-donne')
    .caller('Merci.')
    .wait(2);

const closing = (call: CallLog) => score(call.bundle, call.log).criteria.closing!;

describe('the recap', () => {
  it.each(['C’est noté.', 'Voilà, c’est fait.', 'C’est réservé.'])(
    'is not « %s » alone: nothing agreed is said again',
    (bare) => {
      const c = closing(opened().say(bare).wait(2).say('Au revoir, madame, bonne journée.').hangUp());
      expect(c.evidence.some((e) => e.points > 0 && /confirmé/.test(e.why))).toBe(false);
      expect(c.score).toBe(CLOSING.withoutSafetyNet.leave);
    },
  );

  it.each([
    'C’est noté pour aujourd’hui 16 h avec le docteur Martin.',
    'Je vous confirme ce mardi à 16 h.',
    'Voilà, Léo est attendu à 16 h.',
  ])('restates the day, the time or the practitioner: « %s »', (recap) => {
    const c = closing(opened().say(recap).wait(2).say('Au revoir, madame, bonne journée.').hangUp());
    expect(c.score).toBe(CLOSING.withoutSafetyNet.confirm + CLOSING.withoutSafetyNet.leave);
  });
});

describe('the end of a call', () => {
  const transferred = (line: string) =>
    new CallLog(testBundle({ stress: 20, callerType: 'professional' }))
      .pickUp(1)
      .say(GREETING.text)
      .caller('Laboratoire, j’ai un résultat critique pour le docteur.')
      .wait(2)
      .say(line)
      .caller('Merci, je patiente.')
      .act({ kind: 'transfer', to: 'doctor' })
      .hangUp('caller');

  it.each([
    'Je vous passe le docteur Martin tout de suite, ne quittez pas.',
    'Ne quittez pas, madame, je vous le passe.',
  ])('closes a transfer by announcing it: « %s »', (line) => {
    expect(closing(transferred(line)).score).toBeGreaterThanOrEqual(80);
  });

  it.each(['Oui… je patiente.', 'D’accord, j’appelle tout de suite.', 'Entendu.'])(
    'does not count hanging up on a caller who agrees as cutting them off: « %s »',
    (line) => {
      const call = opened().say('Rendez-vous aujourd’hui à 16 h. Au revoir, madame.').caller(line).hangUp();
      expect(closing(call).evidence.some((e) => e.points === CLOSING.cutOff)).toBe(false);
    },
  );

  it.each(['Oui, mais attendez, pour ce soir ?', 'Attendez ! Et s’il a encore de la fièvre ?'])(
    'still counts a caller who goes on: « %s »',
    (line) => {
      const call = opened().say('Rendez-vous aujourd’hui à 16 h. Au revoir, madame.').caller(line).hangUp();
      expect(closing(call).evidence.some((e) => e.points === CLOSING.cutOff)).toBe(true);
    },
  );

  it.each(['Vous pourriez m’envoyer un SMS pour que je le note ?', 'Quelqu’un d’autre pourra en profiter ?'])(
    'costs when the caller’s last question gets only « c’est fait » and a goodbye: « %s »',
    (question) => {
      const ignored = opened()
        .caller(question)
        .wait(2)
        .say('Voilà, c’est fait.')
        .wait(1)
        .say('Au revoir, madame.')
        .caller('Bon… au revoir.')
        .hangUp();
      expect(closing(ignored).evidence.some((e) => e.points === CLOSING.unanswered)).toBe(true);
      const answered = opened()
        .caller(question)
        .wait(2)
        .say('Oui, bien sûr, je m’en occupe tout de suite : aujourd’hui 16 h avec le docteur Martin.')
        .wait(1)
        .say('Au revoir, madame.')
        .caller('Merci, au revoir.')
        .hangUp();
      expect(closing(answered).evidence.some((e) => e.points === CLOSING.unanswered)).toBe(false);
    },
  );

  it('takes no conditional 15 for a safety net when the red flag is there now', () => {
    const call = new CallLog(testBundle({ stress: 20, emergency: ['15'], callerType: 'urgent' }))
      .pickUp(1)
      .say(GREETING.text)
      .caller('J’ai une douleur dans la poitrine qui me serre.')
      .wait(2)
      .say('Si ça ne passe pas, appelez le 15. Au revoir, monsieur, bonne journée.')
      .hangUp();
    const c = closing(call);
    expect(c.evidence.some((e) => e.points > 0 && /Filet/.test(e.why))).toBe(false);
    expect(c.score).toBeLessThanOrEqual(CLOSING.emergency.leave / 2);
  });
});

describe('a call the caller closes (rubric v7)', () => {
  it.each([
    'Merci beaucoup. Au revoir.',
    'D’accord, merci madame, au revoir !',
    '(Tout bas) Merci. Vraiment. … Au revoir.',
  ])(
    'the caller’s goodbye and hang-up leave no turn to take leave: no goodbye is missing (« %s »)',
    (bye) => {
      const c = closing(
        opened()
          .say('C’est noté pour mardi 16 h avec le docteur Martin.')
          .wait(2)
          .caller(bye)
          .hangUp('caller'),
      );
      expect(c.score).toBe(CLOSING.withoutSafetyNet.confirm + CLOSING.withoutSafetyNet.leave);
      expect(c.evidence.map((e) => e.why).join(' ')).toMatch(/L’appelant a pris congé/);
    },
  );

  it('a caller who hangs up without a goodbye still leaves the trainee’s goodbye missing', () => {
    const c = closing(
      opened()
        .say('C’est noté pour mardi 16 h avec le docteur Martin.')
        .wait(2)
        .caller('Bon.')
        .hangUp('caller'),
    );
    expect(c.score).toBe(CLOSING.withoutSafetyNet.confirm);
  });
});

describe('a recap made together (rubric v7)', () => {
  it.each([
    ['Demain, jeudi à 9 h, c’est ça ?', 'Oui, c’est ça. Au revoir, madame.'],
    ['Donc mardi 16 h, avec le docteur ?', 'Exactement. Bonne journée, madame.'],
    ['C’est bien à 16 h 30 ?', 'Tout à fait, madame. Au revoir.'],
  ])('the caller restates, the trainee agrees: « %s » — « %s »', (restated, agreed) => {
    const c = closing(opened().say('C’est noté.').caller(restated).wait(2).say(agreed).hangUp());
    expect(c.evidence.find((e) => e.points > 0 && /confirmé/.test(e.why))).toBeDefined();
  });

  it('agreeing to a caller who restates nothing is no recap', () => {
    const c = closing(
      opened()
        .say('C’est noté.')
        .caller('C’est bon, alors ?')
        .wait(2)
        .say('Oui. Au revoir, madame.')
        .hangUp(),
    );
    expect(c.evidence.find((e) => e.points > 0 && /confirmé/.test(e.why))).toBeUndefined();
  });
});
