/**
 * The rules of rubric version 2 (issue #14), at the level of a whole scorecard: each rule tried
 * with several wordings, read by the analyser from the text alone (no act is given).
 */
import { describe, expect, it } from 'vitest';
import type { ToolAction } from '../machines/events.ts';
import { ACCURACY } from './criteria/accuracy.ts';
import { CallLog, GREETING, goodCall, testBundle, type BundleOptions } from './fixtures.ts';
import { score } from './score.ts';

const opened = (options: BundleOptions = {}) =>
  new CallLog(testBundle({ stress: 20, ...options }))
    .pickUp(1)
    .wait(2)
    .say(GREETING.text)
    .caller('Bonjour, mon fils a de la fièvre depuis hier soir.')
    .wait(3);

const criticalIds = (call: CallLog) => score(call.bundle, call.log).critical.map((c) => c.id);

describe('a red flag present now', () => {
  const emergency = () => opened({ emergency: ['15'], callerType: 'urgent' });

  it.each([
    'Si ça ne passe pas, faites le 15.',
    'S’il a du mal à respirer ce soir, appelez le 15.',
    'En cas d’aggravation, vous ferez le 15.',
    'Rappelez le 15 plus tard si ça continue.',
  ])('fails critically when the 15 is only conditional: « %s »', (line) => {
    const call = emergency().say(line).wait(3).say('Au revoir, madame.').hangUp();
    const card = score(call.bundle, call.log);
    const redFlag = card.critical.find((c) => c.id === 'red-flag')!;
    expect(redFlag.evidence[0]!.why).toMatch(/sous condition/);
    expect(redFlag.evidence[0]!.quote?.text).toMatch(/15/);
  });

  it('fails critically when the 15 comes with an appointment', () => {
    const call = emergency().say('Appelez le 15 tout de suite.').book('2026-03-10T16:00').hangUp();
    expect(criticalIds(call)).toContain('red-flag');
  });

  it.each([
    'Raccrochez et appelez le 15 tout de suite.',
    'Monsieur, s’il vous plaît, faites le 15 maintenant.',
    'C’est le 15 qu’il faut appeler, immédiatement.',
  ])('passes the 15 given at once and without condition: « %s »', (line) => {
    const call = emergency().say(line).wait(3).say('Au revoir, madame.').hangUp();
    expect(criticalIds(call)).not.toContain('red-flag');
  });
});

describe('discrimination, in any scenario', () => {
  it.each([
    'Nous ne prenons pas les patients à la CMU, désolée.',
    'Sans mutuelle, ce n’est pas possible chez nous.',
    'Les patients à l’AME, on ne les prend pas ici.',
  ])('is critical: « %s »', (line) => {
    const call = opened().say(line).hangUp();
    const card = score(call.bundle, call.log);
    expect(card.critical.map((c) => c.id)).toEqual(['discrimination']);
    // A wrong orientation (the graders' sheet), not a matter of Limites du rôle.
    expect(card.criteria.orientation!.score).toBe(0);
    expect(card.criteria.role!.score).toBe(100);
  });

  it('is not read in a refusal that says it is the same rule for all', () => {
    const call = opened()
      .say('Ça n’a rien à voir avec votre couverture : c’est la même règle pour tous nos patients.')
      .hangUp();
    expect(criticalIds(call)).toEqual([]);
  });
});

describe('medical advice, impersonal, hedged or relayed', () => {
  it.each([
    'On peut lui mettre un suppositoire.',
    'Un bain tiède, ça fait baisser la fièvre.',
    'Le docteur dit de doubler la dose.',
    'Donnez-lui du paracétamol.',
  ])('is critical and costs Limites du rôle, not Confidentialité: « %s »', (line) => {
    const call = opened().say(line).hangUp();
    const card = score(call.bundle, call.log);
    expect(card.critical.map((c) => c.id)).toEqual(['medical-advice']);
    expect(card.criteria.role!.score).toBe(0);
    expect(card.criteria.confidentiality).toBeNull();
  });
});

describe('Confidentialité', () => {
  it('is « non évalué » in a call that does not test secrecy, and weighs nothing', () => {
    const card = score(goodCall().bundle, goodCall().log);
    expect(card.criteria.confidentiality).toBeNull();
    expect(card.notEvaluated?.confidentiality).toMatch(/non|secret/);
    expect(card.total).toBe(100);
  });

  it.each(['Votre mère est venue mardi.', 'Oui, votre mari a bien rendez-vous jeudi.'])(
    'is evaluated, and critical, once something is told about someone else: « %s »',
    (line) => {
      const call = opened().say(line).hangUp();
      const card = score(call.bundle, call.log);
      expect(card.critical.map((c) => c.id)).toEqual(['secrecy']);
      expect(card.criteria.confidentiality!.score).toBe(0);
    },
  );
});

describe('Identification', () => {
  const identified = (lines: { trainee?: string; caller?: string }[], options: BundleOptions = {}) => {
    const call = opened(options);
    for (const l of lines) {
      if (l.trainee) call.say(l.trainee).wait(2);
      if (l.caller) call.caller(l.caller).wait(2);
    }
    return call.book('2026-03-10T16:00').wait(2).say('Au revoir.').hangUp();
  };
  const identification = (call: CallLog) => score(call.bundle, call.log).criteria.identification!;

  it('is not evaluated without a booking or a message', () => {
    const call = opened().say('Appelez le 116 117 ce soir.').hangUp();
    expect(score(call.bundle, call.log).criteria.identification).toBeNull();
  });

  it.each([
    ['Votre nom, s’il vous plaît ?', 'Sa date de naissance ?', 'Un numéro où vous joindre ?'],
    ['C’est de la part de qui ?', 'Il est né quand ?', 'Je note votre numéro de téléphone ?'],
    ['Il me faudrait le nom de l’enfant.', 'Et son âge ?', 'Vous me laissez vos coordonnées ?'],
  ])('gives full marks when name, birth date and number are asked before booking (%s …)', (a, b, c) => {
    expect(identification(identified([{ trainee: a }, { trainee: b }, { trainee: c }])).score).toBe(100);
  });

  it('counts what the caller gave unasked', () => {
    const call = identified([
      { caller: 'Léo Essai, il est né le 4 mai 2019, mon numéro c’est le 06 12 34 56 78.' },
    ]);
    expect(identification(call).score).toBe(100);
  });

  it('counts nothing collected and half what comes after the booking', () => {
    expect(identification(identified([])).score).toBe(0);
    const late = opened()
      .book('2026-03-10T16:00')
      .say('Votre nom, s’il vous plaît ?')
      .say('Sa date de naissance ?')
      .say('Un numéro où vous joindre ?')
      .hangUp();
    expect(identification(late).score).toBe(20 + 15 + 15);
  });

  it('wants the birth date asked when the files hold a namesake', () => {
    const given = identified(
      [{ caller: 'Léo Essai, né le 4 mai 2019.' }, { trainee: 'Un numéro où vous joindre ?' }],
      { homonym: true },
    );
    expect(identification(given).score).toBe(100 - 20);
    const asked = identified(
      [
        { trainee: 'Votre nom ?' },
        { trainee: 'Sa date de naissance, s’il vous plaît ? Nous avons un homonyme.' },
        { trainee: 'Un numéro de téléphone ?' },
      ],
      { homonym: true },
    );
    expect(identification(asked).score).toBe(100);
  });
});

describe('Rigueur', () => {
  const accuracy = (call: CallLog) => score(call.bundle, call.log).criteria.accuracy!;

  it('costs a booking with no patient name', () => {
    const call = opened().book('2026-03-10T16:00', 'consultation', undefined, '').hangUp();
    expect(accuracy(call).evidence.map((e) => e.why)).toContain('Rendez-vous pris sans le nom du patient.');
    expect(accuracy(call).score).toBe(100 + ACCURACY.noPatientName);
  });

  it.each(['2026-03-10T16:00', '2026-03-10T17:40'])(
    'costs any slot booked for a vital emergency: %s',
    (slot) => {
      const call = new CallLog(testBundle({ stress: 20, emergency: ['15'], callerType: 'urgent' }))
        .pickUp(1)
        .wait(2)
        .say(GREETING.text)
        .caller('J’ai une douleur dans la poitrine qui serre.')
        .wait(3)
        .book(slot, 'consultation', undefined, 'M. Test')
        .hangUp();
      const evidence = score(call.bundle, call.log).criteria.accuracy!.evidence;
      expect(evidence.some((e) => e.points === ACCURACY.slotForEmergency)).toBe(true);
    },
  );

  it('fails an urgent slot given where the consignes do not allow it (the outcome is not correct)', () => {
    const allowed = opened().book('2026-03-10T17:40', 'consultation').outcome('rdv-donne').hangUp();
    const givenAway = opened().book('2026-03-10T17:40', 'consultation').outcome('liste-attente').hangUp();
    expect(accuracy(allowed).score).toBe(100);
    expect(score(allowed.bundle, allowed.log).critical).toEqual([]);
    // It harms the practice: Rigueur at 0, and the call fails with no critical failure.
    expect(accuracy(givenAway).score).toBe(0);
    const card = score(givenAway.bundle, givenAway.log);
    expect(card.critical).toEqual([]);
    expect(card.passed).toBe(false);
  });

  const message = (fields: Partial<Extract<ToolAction, { kind: 'message' }>>) =>
    opened({ messageMustContain: ['nom et prénom du patient', 'date de naissance', 'traitements en cours'] })
      .act({ kind: 'message', text: 'Léo a de la fièvre depuis hier soir.', urgency: 'normal', ...fields })
      .hangUp();

  it('deducts a sheet item one grade (25) and an item only the practice adds 15, field empty or absent', () => {
    // Rubric v6: the form has every field the practice asks for; the graders deduct the item.
    // v8: the sheet's complete message is who, date of birth, callback number, what, urgency; the
    // practice's treatment line is a remark.
    const absent = accuracy(message({ from: 'Mme Essai', callbackNumber: '06 12 34 56 78' }));
    expect(absent.score).toBe(60);
    expect(absent.evidence.map((e) => e.why).join(' ')).toMatch(/date de naissance.*traitements en cours/);
    const card = accuracy(
      message({ from: 'Mme Essai', callbackNumber: '06 12 34 56 78', birthDate: '', treatment: '' }),
    );
    expect(card.score).toBe(60);
    const full = accuracy(
      message({
        from: 'Mme Essai',
        callbackNumber: '06 12 34 56 78',
        birthDate: '04/05/2019',
        treatment: 'aucun',
      }),
    );
    expect(full.score).toBe(100);
  });
});

describe('Prise de congé', () => {
  it.each([
    ['C’est noté pour aujourd’hui 16 h.', 'Il vous faut autre chose ?', 'Bonne journée, madame, au revoir.'],
    [
      'Je vous confirme 16 h aujourd’hui.',
      'Avez-vous d’autres questions ?',
      'Au revoir madame, à tout à l’heure.',
    ],
    [
      'Donc c’est aujourd’hui à 16 h, nous vous attendons.',
      'Je peux faire autre chose pour vous ?',
      'Je vous souhaite une bonne fin de journée, au revoir.',
    ],
  ])('gives full marks to a recap, « autre chose ? » and a courteous close (%s …)', (recap, open, bye) => {
    const call = opened({ callerType: 'demanding' })
      .book('2026-03-10T16:00')
      .wait(2)
      .say(recap)
      .caller('Oui, merci.')
      .wait(2)
      .say(open)
      .caller('Non, c’est tout.')
      .wait(2)
      .say(bye)
      .hangUp();
    expect(score(call.bundle, call.log).criteria.closing!.score).toBe(100);
  });
});

describe('Prise de congé after a redirect', () => {
  it.each(['Je vous redonne le numéro : le 116 117.', 'Donc ce soir, c’est le 116 117 qu’il faut appeler.'])(
    'counts the number given again as the confirmation: « %s »',
    (again) => {
      const call = opened()
        .act({ kind: 'redirect', to: '116 117' })
        .wait(2)
        .say(again)
        .caller('D’accord.')
        .wait(2)
        .say('Avez-vous d’autres questions ?')
        .caller('Non.')
        .wait(2)
        .say('Bonne soirée, madame, au revoir.')
        .hangUp();
      const closing = score(call.bundle, call.log).criteria.closing!;
      expect(closing.evidence.map((e) => e.why)).toContain(
        'Ce qui est convenu est confirmé avant de raccrocher.',
      );
    },
  );
});

describe('Prise de congé in a vital emergency', () => {
  it('asks no « autre chose ? »: the caller must hang up and dial the 15', () => {
    const call = opened({ emergency: ['15'], callerType: 'urgent' })
      .say('Raccrochez et appelez le 15 tout de suite, je préviens le docteur. Au revoir, madame.')
      .hangUp();
    const closing = score(call.bundle, call.log).criteria.closing!;
    expect(closing.evidence.map((e) => e.why).join(' ')).not.toMatch(/autre/);
    expect(closing.score).toBe(100);
  });
});

describe('the after-call time', () => {
  const afterCall = (work: (c: CallLog) => CallLog) =>
    work(
      opened()
        .say('C’est noté, le docteur vous rappellera. Avez-vous d’autres questions ? Au revoir, madame.')
        .outcome('rdv-donne')
        .caller('Au revoir.')
        .hangUp('caller')
        .wrapup('start')
        .wait(90),
    ).wrapup('end');

  it('counts the message written in it, and is neither silence nor call length', () => {
    const call = afterCall((c) =>
      c.act({
        kind: 'message',
        text: 'Léo a de la fièvre depuis hier soir, merci de rappeler.',
        from: 'Mme Essai',
        callbackNumber: '06 12 34 56 78',
        urgency: 'normal',
      }),
    );
    const card = score(call.bundle, call.log);
    expect(card.criteria.accuracy!.evidence.map((e) => e.why)).toContain('Message complet.');
    const timing = card.criteria.timing!;
    expect(timing.evidence.filter((e) => e.points < 0)).toEqual([]);
    expect(timing.evidence.map((e) => e.why).join(' ')).toMatch(/Durée de l’appel : \d+ s/);
    // The goodbye closed the call: a message written afterwards asks for no new confirmation.
    expect(card.criteria.closing!.evidence.map((e) => e.why)).not.toContain(
      'Rien de confirmé après la dernière action.',
    );
  });
});
