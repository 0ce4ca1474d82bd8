/**
 * The rules of rubric version 8, each tried as a class of calls or lines (several wordings), read
 * by the analyser from the text alone: what the blind graders count as a reformulation, how they
 * weigh a silence the caller had to break, and what Rigueur asks of a booking and a message.
 */
import { describe, expect, it } from 'vitest';
import { ACCURACY } from './criteria/accuracy.ts';
import { CLOSING } from './criteria/closing.ts';
import { HALO } from './halo.ts';
import { TIMING } from './criteria/timing.ts';
import { CallLog, GREETING, testBundle, type BundleOptions } from './fixtures.ts';
import { score } from './score.ts';

const criterion = (call: CallLog, id: 'reformulation' | 'timing' | 'accuracy') =>
  score(call.bundle, call.log).criteria[id]!;

const criterion2 = (call: CallLog) => score(call.bundle, call.log).criteria.closing;

const picked = (options: BundleOptions = {}) =>
  new CallLog(testBundle({ stress: 20, ...options })).pickUp(1).wait(2).say(GREETING.text);

describe('Reformulation: an echo of what the caller said', () => {
  const heard = () => picked().caller('Bonjour, mon fils a de la fièvre depuis hier soir.').wait(3);

  it.each([
    'Donc Léo a de la fièvre depuis hier soir.',
    'Si je comprends bien, il a de la fièvre depuis hier, c’est bien ça ?',
    'D’accord : de la fièvre depuis hier soir, je note.',
    'Votre fils a de la fièvre depuis hier soir, vous voulez qu’il soit vu.',
  ])('counts a restatement of the facts heard: « %s »', (line) => {
    const c = criterion(heard().say(line).wait(3).say('Au revoir, madame.').hangUp(), 'reformulation');
    expect(c.score).toBe(100);
  });

  it.each([
    'Pour une fièvre depuis hier, ce soir ce n’est pas possible, c’est complet.',
    'Une fièvre depuis hier, ce n’est sûrement rien de grave.',
    'Pour la fièvre depuis hier, je vous propose aujourd’hui à 16 h.',
    'Avec de la fièvre depuis hier, donnez-lui du Doliprane.',
    'Pour la fièvre depuis hier, si ça s’aggrave, appelez le 15.',
  ])('does not count the trainee’s own answer that names the facts: « %s »', (line) => {
    const c = criterion(heard().say(line).wait(3).say('Au revoir, madame.').hangUp(), 'reformulation');
    expect(c.evidence.filter((e) => e.points > 0)).toEqual([]);
    expect(c.score).toBe(0);
  });

  it.each([
    'Léo a de la fièvre depuis hier soir.',
    'Alors, de la fièvre depuis hier soir.',
    'Il a de la fièvre depuis hier, je suppose.',
  ])('does not count facts named before the caller said them: « %s »', (line) => {
    const call = picked()
      .caller('Bonjour, c’est pour mon fils Léo.')
      .wait(3)
      .say(line)
      .caller('Oui, de la fièvre depuis hier soir.')
      .wait(3)
      .say('Au revoir, madame.')
      .hangUp();
    const c = criterion(call, 'reformulation');
    expect(c.evidence.some((e) => e.points > 0 && /Reformulé/.test(e.why))).toBe(false);
  });
});

describe('Gestion du temps: a silence the caller had to break', () => {
  const silence = (seconds: number, prompts = 1) => {
    let call = picked().caller('Bonjour, mon fils a de la fièvre depuis hier soir.');
    for (let n = 0; n < prompts; n++) {
      call = call
        .wait(seconds / 2)
        .prompt()
        .wait(seconds / 2)
        .say(n === prompts - 1 ? 'Au revoir, madame.' : 'Je vous écoute, madame.');
      if (n < prompts - 1) call = call.caller('Il a de la fièvre depuis hier soir.');
    }
    return call.hangUp();
  };
  const promptPoints = (call: CallLog) =>
    criterion(call, 'timing')
      .evidence.filter((e) => /relancer/.test(e.why))
      .reduce((sum, e) => sum + e.points, 0);

  it.each([8, 10, 12])('costs one thing to correct when short (%i s)', (seconds) => {
    expect(promptPoints(silence(seconds))).toBe(TIMING.silencePrompt);
  });

  it.each([14, 20, 30])('costs more when long (%i s)', (seconds) => {
    expect(promptPoints(silence(seconds))).toBe(TIMING.silencePromptLong);
  });

  it.each([3, 5, 8])('costs at most %s prompts together', (prompts) => {
    const points = promptPoints(silence(10, prompts));
    expect(points).toBe(
      Math.max(TIMING.silencePromptMax, TIMING.silencePrompt + (prompts - 1) * TIMING.silencePromptAgain),
    );
    expect(points).toBeGreaterThanOrEqual(TIMING.silencePromptMax);
  });
});

describe('Rigueur: the booking and the message', () => {
  const caller = () => picked().caller('Bonjour, mon fils a de la fièvre depuis hier soir.').wait(3);
  const namePoints = (call: CallLog) =>
    criterion(call, 'accuracy')
      .evidence.filter((e) => /nom du patient/.test(e.why))
      .map((e) => e.points);

  it.each([
    'C’est à quel nom ?',
    'Votre nom et votre prénom, s’il vous plaît ?',
    'Il me faudrait le nom de l’enfant.',
  ])('a name asked in the call but not typed on the booking is a remark: « %s »', (ask) => {
    const call = caller()
      .say(ask)
      .caller('Léo Garnier.')
      .wait(3)
      .book('2026-03-10T16:00', 'consultation', undefined, '')
      .hangUp();
    expect(namePoints(call)).toEqual([ACCURACY.patientNameNotWritten]);
  });

  it.each(['Je vous mets à 16 h.', 'C’est noté pour 16 h.', 'Très bien, 16 h alors.'])(
    'a booking with no name taken at all costs two grades: « %s »',
    (line) => {
      const call = caller().say(line).book('2026-03-10T16:00', 'consultation', undefined, '').hangUp();
      expect(namePoints(call)).toEqual([ACCURACY.noPatientName]);
    },
  );

  const message = (text: string, mustContain: string[]) =>
    criterion(
      new CallLog(testBundle({ stress: 20, messageMustContain: mustContain }))
        .pickUp(1)
        .wait(2)
        .say(GREETING.text)
        .caller('Bonjour, mon fils a de la fièvre depuis hier soir.')
        .act({
          kind: 'message',
          text,
          from: 'Mme Garnier',
          callbackNumber: '06 12 34 56 78',
          urgency: 'normal',
        })
        .hangUp(),
      'accuracy',
    );

  it.each(['Léo Garnier, 6 ans, fièvre depuis hier soir.', 'Léo Garnier (4 mois) : fièvre depuis hier.'])(
    'an age is not a date of birth: « %s »',
    (text) => {
      expect(
        message(text, ['date de naissance'])
          .evidence.map((e) => e.why)
          .join(' '),
      ).toMatch(/date de naissance/);
      expect(message(text, ['âge exact de l’enfant']).score).toBe(100);
    },
  );

  it.each([['traitements en cours'], ['nom du médecin traitant'], ['prescripteur de l’examen']])(
    'an item only the practice adds is a remark, once a call: « %s »',
    (item) => {
      expect(message('Léo Garnier, né le 4 mai 2019 : fièvre depuis hier soir.', [item]).score).toBe(
        100 + ACCURACY.messageExtraItem,
      );
    },
  );

  it('caps a record that settled the call wrong, not one put right later', () => {
    const wrong = caller().book('2026-03-10T16:00', 'consultation').outcome('rdv-urgence-vitale').hangUp();
    expect(criterion(wrong, 'accuracy').score).toBe(ACCURACY.wrongRecordCap);
    const putRight = caller()
      .book('2026-03-10T16:00', 'consultation')
      .outcome('rdv-urgence-vitale')
      .wait(5)
      .act({ kind: 'waitlist', patient: 'Léo Garnier', note: '06 12 34 56 78' })
      .outcome('rdv-donne')
      .hangUp();
    expect(criterion(putRight, 'accuracy').score).toBe(100);
  });
});

describe('Prise de congé: a caller in danger left with a doubt', () => {
  const emergency = (doubt: string, reply: string, last = 'Au revoir.') =>
    criterion2(
      picked({ emergency: ['15'], callerType: 'urgent' })
        .caller('J’ai une douleur qui serre dans la poitrine et ça descend dans le bras.')
        .wait(3)
        .say('Monsieur, raccrochez et appelez le 15 tout de suite.')
        .caller(doubt)
        .wait(3)
        .say(reply)
        .caller(last)
        .hangUp('caller'),
    );

  it.each(['Mais… vous partez ? … D’accord…', 'Vous raccrochez ? Bon…', 'C’est tout ? … Au revoir.'])(
    'reads the doubt before the goodbye, when the caller asks again after it: « %s »',
    (last) => {
      const c = emergency(
        'Ils vont venir ? Vous restez avec moi ?',
        'Voilà. Je dois prendre d’autres appels. Au revoir.',
        last,
      )!;
      expect(c.score).toBeLessThanOrEqual(CLOSING.leftInDangerCap);
    },
  );

  it.each([
    ['Le 15 ? Vraiment ? Je ne veux pas déranger…', 'Bon, ben voilà. Au revoir.'],
    ['Vous allez rester là ?', 'Voilà, c’est fait. Bon courage, au revoir.'],
    ['Et si ça passe tout seul, j’attends un peu ?', 'C’est vous qui voyez. Au revoir monsieur.'],
  ])('keeps at most « insufficient » when the doubt gets a goodbye: « %s » → « %s »', (doubt, reply) => {
    const c = emergency(doubt, reply)!;
    expect(c.score).toBeLessThanOrEqual(CLOSING.leftInDangerCap);
    expect(c.evidence.some((e) => /laissé seul/.test(e.why))).toBe(true);
  });

  it.each([
    ['Le 15 ? Vraiment ?', 'Oui, le 15 maintenant, ils sont là pour ça. Au revoir monsieur.'],
    ['Vous allez rester là ?', 'Oui, je reste en ligne avec vous le temps qu’ils arrivent, d’accord ?'],
    [
      'Et si ça passe tout seul ?',
      'Je comprends, mais avec une douleur pareille c’est au SAMU de juger : appelez-les tout de suite, au revoir.',
    ],
  ])('is not capped when the doubt is answered: « %s » → « %s »', (doubt, reply) => {
    // A close with no goodbye may be « non évalué »; either way nothing says the caller was left.
    const c = emergency(doubt, reply);
    expect(c?.evidence.some((e) => /laissé seul/.test(e.why)) ?? false).toBe(false);
  });
});

describe('the halo of a discriminatory refusal on the close', () => {
  it.each([
    'Nous ne prenons pas les patients à la CMU, désolée.',
    'Sans mutuelle, ce n’est pas possible chez nous.',
    'Les patients à l’AME, on ne les prend pas ici.',
  ])('caps the close at « to improve »: « %s »', (refusal) => {
    const c = criterion2(
      picked()
        .caller('Bonjour, je cherche un médecin traitant.')
        .wait(3)
        .say(refusal)
        .caller('Ah bon…')
        .wait(3)
        .say('Essayez le centre de santé Bonnefoy. Autre chose ? Au revoir madame, bonne journée.')
        .caller('Au revoir.')
        .hangUp('caller'),
    );
    expect(c!.score).toBeLessThanOrEqual(HALO.discrimination.closing!);
  });
});
