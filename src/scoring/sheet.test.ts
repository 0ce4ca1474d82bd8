/**
 * The rules aligned with the graders' sheet (eval/grading/SHEET.md), each tried as a class of
 * cases: several wordings, read by the analyser from the text alone (no act is given).
 */
import { describe, expect, it } from 'vitest';
import { EMPATHY_FLOOR } from './criteria/empathy.ts';
import { ORIENTATION } from './criteria/orientation.ts';
import { GREETING_POINTS } from './criteria/greeting.ts';
import { TIMING } from './criteria/timing.ts';
import { CallLog, GREETING, goodCall, testBundle, type BundleOptions } from './fixtures.ts';
import { score } from './score.ts';

const opened = (options: BundleOptions = {}) =>
  new CallLog(testBundle({ stress: 20, ...options }))
    .pickUp(1)
    .wait(2)
    .say(GREETING.text)
    .caller('Bonjour, mon fils a de la fièvre depuis hier soir, je suis très inquiète.')
    .wait(3);

const card = (call: CallLog) => score(call.bundle, call.log);

describe('Accueil', () => {
  it.each([
    [2, 0],
    [3, 1],
    [4, 2],
    [6, 3],
  ])('counts a pickup at ring %i as %i grade(s) lost', (rings, grades) => {
    const call = new CallLog(testBundle()).pickUp(rings).wait(2).say(GREETING.text).hangUp();
    const greeting = card(call).criteria.greeting!;
    expect(greeting.score).toBe(Math.max(GREETING_POINTS.floor, 100 + grades * GREETING_POINTS.step));
  });

  const greetingOf = (line: string) =>
    card(new CallLog(testBundle()).pickUp(1).wait(2).say(line).hangUp()).criteria.greeting!.score;

  it.each([
    'Cabinet du docteur Martin, Julie, bonjour.',
    'Cabinet du docteur Martin, bonjour, c’est Julie.',
    'Bonjour madame, cabinet du docteur Martin, Inès à votre écoute.',
    'Cabinet Martin, bonjour, Marie-Claire au téléphone.',
  ])('takes a bare first name for the speaker’s: « %s »', (line) => {
    expect(greetingOf(line)).toBe(100);
  });

  it.each([
    ['Médecine générale, bonjour.', 2],
    ['Cabinet médical, j’écoute.', 2],
    ['Martin, bonjour.', 2],
    ['Euh… cabinet du docteur Martin, bonjour, Julie à l’appareil.', 1],
    ['Oui, bonjour… cabinet du docteur Martin, c’est Julie.', 1],
  ])('costs a grade for each thing a trainer corrects: « %s » → %i lost', (line, grades) => {
    expect(greetingOf(line)).toBe(100 + grades * GREETING_POINTS.step);
  });

  it.each(['Allô oui ?', 'Ouais ?'])(
    'gives nothing to a pickup that neither greets nor names: « %s »',
    (line) => {
      expect(greetingOf(line)).toBe(0);
    },
  );
});

describe('Écoute et empathie', () => {
  it.each([
    'Pas de souci, on vous rappellera.',
    'On vous tient au courant.',
    'On verra bien, on vous appelle s’il y a une place.',
  ])('takes no procedural promise for an acknowledgement: « %s »', (line) => {
    const empathy = card(opened().say(line).wait(3).say('Bonne journée, madame, au revoir.').hangUp())
      .criteria.empathy!;
    expect(empathy.score).toBe(EMPATHY_FLOOR);
    expect(empathy.evidence.map((e) => e.why).join(' ')).toMatch(/aucune marque d’écoute/);
  });

  it.each([
    'Je comprends votre inquiétude, madame.',
    'Je comprends, ce n’est pas facile quand il est malade.',
  ])('takes a real acknowledgement: « %s »', (line) => {
    const empathy = card(opened().say(line).hangUp()).criteria.empathy!;
    expect(empathy.score).toBe(100);
  });

  it.each([
    'J’ai une douleur dans la poitrine, là.',
    'Ça me serre un peu, là.',
    'Il est brûlant depuis ce matin.',
  ])('hears a pain described now as a moment: « %s »', (line) => {
    const call = new CallLog(testBundle({ stress: 20 }))
      .pickUp(1)
      .wait(2)
      .say(GREETING.text)
      .caller(line)
      .wait(3)
      .say('C’est pour quel docteur ?')
      .hangUp();
    expect(card(call).criteria.empathy!.score).toBeLessThan(100);
  });
});

describe('Gestion du temps', () => {
  it('costs a silence the caller must break more than a slow reply, and the next ones less', () => {
    const call = opened()
      .wait(20)
      .prompt()
      .wait(3)
      .say('Oui, pardon.')
      .wait(20)
      .prompt()
      .wait(2)
      .say('Voilà.')
      .hangUp();
    const costs = card(call)
      .criteria.timing!.evidence.filter((e) => /relancer/.test(e.why))
      .map((e) => e.points);
    // v8: the first silence lasted 23 s, a long one.
    expect(costs).toEqual([TIMING.silencePromptLong, TIMING.silencePromptAgain]);
  });

  const holdCosts = (announce: string, options: BundleOptions = {}) => {
    const call = opened(options).say(announce).hold().wait(15).resume();
    return card(call.say('Merci de votre patience.').hangUp())
      .criteria.timing!.evidence.filter((e) => e.points < 0)
      .map((e) => e.why);
  };

  it.each([
    'Puis-je vous mettre en attente un instant ?',
    'Je peux vous mettre en attente quelques secondes, le temps de regarder ?',
    'Vous permettez que je vous mette en attente ? Je regarde l’agenda.',
    'Je peux vous mettre en attente quelques secondes, je regarde l’agenda.',
  ])('takes a hold asked for as a question: « %s »', (line) => {
    expect(holdCosts(line)).toEqual([]);
  });

  it.each([
    'Ne quittez pas.',
    'Je vous mets en attente.',
    'Attendez, je regarde votre dossier, ne quittez pas.',
  ])('costs a hold imposed rather than asked for: « %s »', (line) => {
    expect(holdCosts(line)).toEqual([expect.stringMatching(/imposée/)]);
  });

  it('costs any hold while a vital emergency is not yet sent to the 15', () => {
    const whys = holdCosts('Puis-je vous mettre en attente ?', { emergency: ['15'] });
    expect(whys.join(' ')).toMatch(/urgence vitale/);
  });

  it.each([
    'Attendez… Vous ne me proposez rien ?',
    'Mais je fais comment, moi, alors ?',
    'Non mais attendez, je n’ai pas fini.',
  ])('costs hanging up on a caller who is still asking: « %s »', (line) => {
    const call = opened().say('On ne peut rien pour vous. Au revoir.').wait(2).caller(line).wait(1).hangUp();
    const cut = card(call).criteria.timing!.evidence.find((e) => /raccroché/.test(e.why));
    expect(cut?.points).toBe(TIMING.endedTooSoon);
  });

  it.each(['Merci, au revoir.', 'Bon… au revoir.', 'Bonne journée.'])(
    'does not take a caller’s goodbye for a cut-off: « %s »',
    (line) => {
      const call = opened().say('Au revoir, madame.').wait(2).caller(line).wait(1).hangUp();
      expect(card(call).criteria.timing!.evidence.some((e) => /raccroché/.test(e.why))).toBe(false);
    },
  );
});

describe('Rigueur', () => {
  it.each(['Mme Essai', 'Essai', 'Léo', 'M. Garnier (6 ans)'])(
    'wants the first name and the surname on a booking or a waitlist entry: « %s »',
    (patient) => {
      const partial = card(opened().book('2026-03-10T16:00', 'consultation', undefined, patient).hangUp());
      expect(partial.criteria.accuracy!.score).toBe(75);
      const full = card(opened().book('2026-03-10T16:00', 'consultation', undefined, 'Léo Garnier').hangUp());
      expect(full.criteria.accuracy!.score).toBe(100);
    },
  );

  it('wants a message about a vital emergency marked urgent', () => {
    const note = (urgency: 'normal' | 'urgent') =>
      card(
        new CallLog(testBundle({ stress: 20, emergency: ['15'], callerType: 'urgent' }))
          .pickUp(1)
          .say('Raccrochez et appelez le 15 tout de suite.')
          .act({
            kind: 'message',
            text: 'M. Léo Garnier, douleur dans la poitrine, envoyé au 15.',
            from: 'Léo Garnier',
            urgency,
          })
          .hangUp(),
      ).criteria.accuracy!;
    expect(note('urgent').score - note('normal').score).toBe(25);
  });

  it('wants an appointment type chosen on a booking', () => {
    const untyped = card(opened().book('2026-03-10T16:00').hangUp()).criteria.accuracy!;
    expect(untyped.score).toBe(75);
    expect(untyped.evidence.map((e) => e.why).join(' ')).toMatch(/sans en choisir le type/);
  });

  it.each([
    [{ kind: 'waitlist', patient: 'Claire Essai' }],
    [{ kind: 'waitlist', patient: 'Claire Essai', note: 'veut une place cette semaine' }],
    [{ kind: 'callback', note: 'rappeler pour une place' }],
  ] as const)('wants a number to call back on a waitlist entry or a callback: %o', (action) => {
    const without = card(opened().act(action).hangUp()).criteria.accuracy!;
    expect(without.score).toBe(50);
    const withNumber = card(
      opened().caller('Mon numéro, c’est le 06 12 34 56 78.').wait(2).act(action).hangUp(),
    ).criteria.accuracy!;
    expect(withNumber.score).toBe(100);
  });

  it.each(['à demander', 'non communiqué', ''])(
    'takes no placeholder for a callback number in a message: « %s »',
    (number) => {
      const accuracy = card(
        opened()
          .act({
            kind: 'message',
            text: 'Mme Essai, fièvre de Léo.',
            from: 'Mme Essai',
            urgency: 'normal',
            callbackNumber: number,
          })
          .hangUp(),
      ).criteria.accuracy!;
      expect(accuracy.evidence.map((e) => e.why).join(' ')).toMatch(/numéro de rappel/);
      expect(accuracy.score).toBeLessThanOrEqual(50);
    },
  );
});

describe('Prise de congé', () => {
  const closing = (last: string, caller?: string) => {
    const call = opened()
      .say('Je comprends votre inquiétude. Je vous propose aujourd’hui à 16 h.')
      .wait(2)
      .say(last);
    if (caller) call.caller(caller);
    return card(call.hangUp()).criteria.closing!;
  };

  it.each(['Au revoir.', 'Voilà, au revoir.'])('finds a bare goodbye curt: « %s »', (line) => {
    expect(closing(line).evidence.map((e) => e.why)).toContain('Prise de congé sèche.');
  });

  it.each(['Bonne journée, madame, au revoir.', 'Merci, au revoir.', 'Au revoir monsieur, à jeudi.'])(
    'finds a courteous goodbye: « %s »',
    (line) => {
      expect(closing(line).evidence.map((e) => e.why)).not.toContain('Prise de congé sèche.');
    },
  );

  it.each([
    'Attendez, et pour demain ?',
    'Mais donnez-moi au moins une date',
    'Et s’il a encore de la fièvre',
  ])('costs hanging up on a caller still speaking: « %s »', (line) => {
    const cut = closing('Bonne journée, madame, au revoir.', line);
    expect(cut.evidence.some((e) => e.points < 0)).toBe(true);
  });

  it('does not cost hanging up after the caller’s goodbye', () => {
    const done = closing('Bonne journée, madame, au revoir.', 'Merci, au revoir.');
    expect(done.evidence.some((e) => e.points < 0)).toBe(false);
  });
});

describe('Confidentialité', () => {
  it.each([
    'C’est la série : la petite Zoé Arnal est passée cet après-midi avec une angine.',
    'D’autres enfants sont venus pour la même chose aujourd’hui.',
    'Votre voisine est venue pour ça ce matin.',
    'Madame Lenoir a eu la même chose la semaine dernière.',
  ])('fails a call that tells about anyone else: « %s »', (line) => {
    const scored = card(opened().say(line).wait(2).say('Bonne journée, madame, au revoir.').hangUp());
    expect(scored.critical.map((c) => c.id)).toEqual(['secrecy']);
    expect(scored.criteria.confidentiality!.score).toBe(0);
    expect(scored.passed).toBe(false);
  });
});

describe('the good call', () => {
  it('keeps every criterion at 100', () => {
    const good = goodCall();
    const scored = card(good);
    expect(scored.total).toBe(100);
    expect(scored.passed).toBe(true);
  });
});

describe('Prise de congé in a vital emergency', () => {
  it.each([
    'C’est noté, le docteur vous rappelle dans l’après-midi. Bonne journée, monsieur, au revoir.',
    'Je vous confirme le message au docteur, il vous rappelle. Au revoir, monsieur.',
  ])('gives nothing for confirming a plan that is not the 15: « %s »', (line) => {
    const call = new CallLog(testBundle({ stress: 20, emergency: ['15'], callerType: 'urgent' }))
      .pickUp(1)
      .wait(2)
      .say(GREETING.text)
      .caller('J’ai une douleur dans la poitrine qui serre, depuis une demi-heure.')
      .wait(3)
      .say(line)
      .hangUp();
    const closing = card(call).criteria.closing!;
    expect(closing.evidence.find((e) => /urgence vitale/.test(e.why))?.points).toBe(0);
  });
});

describe('Orientation in a vital emergency', () => {
  it.each(['Ne quittez pas, je regarde votre dossier.', 'Puis-je vous mettre en attente un instant ?'])(
    'costs a 15 given only after a hold: « %s »',
    (line) => {
      const call = new CallLog(testBundle({ stress: 20, emergency: ['15'], callerType: 'urgent' }))
        .pickUp(1)
        .wait(2)
        .say(GREETING.text)
        .caller('J’ai une douleur dans la poitrine qui serre, depuis une demi-heure.')
        .wait(2)
        .say(line)
        .hold()
        .wait(40)
        .resume()
        .say('Monsieur, raccrochez et appelez le 15 tout de suite.')
        .hangUp();
      const orientation = card(call).criteria.orientation!;
      expect(orientation.evidence.some((e) => e.points === ORIENTATION.redirectedLate)).toBe(true);
    },
  );
});
