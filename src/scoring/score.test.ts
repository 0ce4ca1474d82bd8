import { describe, expect, it } from 'vitest';
import type { LogEntry } from '../machines/events.ts';
import { CRITERIA } from '../scenarios/schema.ts';
import { CallLog, GREETING, goodCall, testBundle } from './fixtures.ts';
import { EMPATHY_FLOOR } from './criteria/empathy.ts';
import { OUTCOME_POINTS } from './criteria/orientation.ts';
import { TIMING } from './criteria/timing.ts';
import { criteriaSummary, score } from './score.ts';
import { DEFAULT_PASS_MARK, RUBRIC_VERSION, type Scorecard } from './types.ts';

/** What must hold of every scorecard, whatever the attempt. */
function expectWellFormed(card: Scorecard, log: readonly LogEntry[]) {
  const items = [
    ...CRITERIA.flatMap((id) => card.criteria[id]?.evidence ?? []),
    ...card.critical.flatMap((c) => c.evidence),
  ];
  for (const e of items) {
    expect(Number.isInteger(e.turn) && e.turn >= 0 && e.turn < log.length, `turn ${e.turn}`).toBe(true);
    expect(e.t).toBe(log[e.turn]!.t);
    expect(e.why.length).toBeGreaterThan(0);
    if (e.quote) {
      const entry = log[e.turn]!;
      expect(entry.type).toBe('trainee.say');
      if (entry.type === 'trainee.say') expect(entry.text.slice(...e.quote.span)).toBe(e.quote.text);
    }
  }
  for (const id of CRITERIA) {
    const c = card.criteria[id];
    if (!c) continue;
    const sum = c.evidence.reduce<number>((s, e) => s + e.points, c.base);
    expect(c.score, id).toBe(Math.min(100, Math.max(0, Math.round(sum))));
    expect(c.tip.length, id).toBeGreaterThan(0);
    expect(c.evidence.length, `${id} has evidence`).toBeGreaterThan(0);
  }
}

function scored(call: CallLog) {
  const card = score(call.bundle, call.log);
  expectWellFormed(card, call.log);
  return card;
}

describe('score', () => {
  it('gives a model attempt a high, passing score with full marks on each step', () => {
    const card = scored(goodCall());
    expect(card).toMatchObject({
      rubricVersion: RUBRIC_VERSION,
      scenario: 'fievre-essai',
      scenarioVersion: 3,
      outcome: { id: 'rdv-donne', verdict: 'correct', label: 'Rendez-vous donné' },
      passMark: DEFAULT_PASS_MARK,
      passed: true,
      critical: [],
    });
    expect(card.total).toBe(100);
    expect(criteriaSummary(card)).toEqual({
      greeting: 100,
      identification: 100,
      empathy: 100,
      reformulation: 100,
      timing: 100,
      orientation: 100,
      accuracy: 100,
      role: 100,
      confidentiality: null,
      closing: 100,
    });
    // Not tested by this call, and said so: it weighs nothing in the total.
    expect(card.notEvaluated?.confidentiality).toMatch(/secret médical/);
    expect(card.criteria.greeting!.label).toBe('Accueil');
    expect(card.criteria.closing!.label).toBe('Prise de congé');
  });

  it('takes empathy away from a curt attempt, pointing at the words that cost it', () => {
    const call = new CallLog(testBundle())
      .pickUp(2)
      .wait(2)
      .say(GREETING.text, GREETING.acts, GREETING.options)
      .caller('Bonjour… Mon fils a de la fièvre depuis hier soir, je suis très inquiète.')
      .wait(4)
      .say('Calmez-vous, madame. C’est pour quand ?', {
        minimizing: 'Calmez-vous',
        question: 'C’est pour quand ?',
      })
      .caller('Mais je suis calme ! Je veux qu’il soit vu aujourd’hui !')
      .wait(4)
      .say('Aujourd’hui à 16 h.', { proposal: 'Aujourd’hui à 16 h.' })
      .book('2026-03-10T16:00')
      .outcome('rdv-donne')
      .caller('Bon. Merci.')
      .wait(2)
      .say('Au revoir.', { closing: 'Au revoir.' })
      .hangUp();
    const card = scored(call);
    const empathy = card.criteria.empathy!;
    const cost = empathy.evidence.find((e) => e.points < 0)!;
    const utterance = call.log[cost.turn]!;
    expect(utterance).toMatchObject({ type: 'trainee.say', text: 'Calmez-vous, madame. C’est pour quand ?' });
    expect(cost.quote).toEqual({ text: 'Calmez-vous', span: [0, 11] });
    expect(empathy.tip).toMatch(/nommez-le/);
    // The unanswered emotional lines are shown too, on the caller's line itself: the worry and the
    // protest (« Mais je suis calme ! »), not « Bon. Merci. », which shows no emotion.
    const missed = empathy.evidence.filter((e) => /aucune marque d’écoute/.test(e.why));
    expect(missed.map((e) => (call.log[e.turn] as { text?: string }).text)).toEqual([
      'Bonjour… Mon fils a de la fièvre depuis hier soir, je suis très inquiète.',
      'Mais je suis calme ! Je veux qu’il soit vu aujourd’hui !',
    ]);
    expect(empathy.score).toBe(0);
    expect(card.total).toBeLessThan(score(goodCall().bundle, goodCall().log).total);
  });

  it('counts an emotion as heard when one of the next two utterances acknowledges it', () => {
    const call = (answerAt: number) => {
      const c = new CallLog(testBundle({ stress: 20 }))
        .pickUp(1)
        .wait(2)
        .say(GREETING.text, GREETING.acts, GREETING.options)
        .caller('Bonjour, je voudrais un rendez-vous.')
        .wait(3)
        .say('C’est complet.', { blunt: 'C’est complet.' })
        // Calm by the numbers, but the words show worry: this line calls for acknowledgement.
        .caller('Comment ça, complet ? Je suis inquiète, moi !');
      for (let k = 1; k <= 3; k++)
        c.wait(3)
          .say(
            k === answerAt ? 'Si je comprends bien, vous espériez venir cette semaine ?' : 'Un instant.',
            k === answerAt ? { reformulation: 'Si je comprends bien' } : {},
          )
          .caller('Oui.');
      return scored(c.hangUp()).criteria.empathy!;
    };
    const second = call(2);
    expect(second.evidence).toContainEqual(
      expect.objectContaining({
        points: 100,
        quote: expect.objectContaining({ span: [0, expect.any(Number)] }),
      }),
    );
    expect(second.score).toBe(100 - 15);
    const third = call(3);
    expect(third.evidence).toContainEqual(
      expect.objectContaining({ points: EMPATHY_FLOOR, why: expect.stringMatching(/Comment ça, complet/) }),
    );
    // Missed, with no « calmez-vous »: poor, not harmful — the floor less the blunt line.
    expect(third.score).toBe(EMPATHY_FLOOR - 15);
  });

  it('asks for empathy only where the caller shows emotion, not after every stress rise', () => {
    const call = new CallLog(testBundle({ stress: 20 }))
      .pickUp(1)
      .wait(2)
      .say(GREETING.text)
      .caller('Bonjour, je voudrais un rendez-vous pour un certificat de sport.')
      .moveStress(10, 'silence')
      .caller('Vous avez quelque chose jeudi ?')
      .wait(3)
      .say('Jeudi à 16 h, cela vous irait ?')
      .caller('Très bien.')
      .wait(2)
      .hangUp();
    const empathy = scored(call).criteria.empathy!;
    expect(empathy.base).toBe(100);
    expect(empathy.score).toBe(100);
  });

  it('charges every ring after the second to timing', () => {
    const onTime = scored(goodCall());
    const late = goodCall();
    // The same call, picked up at the 6th ring instead of the 2nd.
    const shifted = new CallLog(late.bundle).pickUp(6);
    const offset = shifted.t - 6000;
    const log: LogEntry[] = [
      ...shifted.log,
      ...late.log
        .slice(late.log.findIndex((e) => e.type === 'pickup') + 2)
        .map((e) => ({ ...e, t: e.t + offset })),
    ];
    const card = score(late.bundle, log);
    expectWellFormed(card, log);
    const pickup = log.findIndex((e) => e.type === 'pickup');
    expect(card.criteria.timing!.evidence).toContainEqual(
      expect.objectContaining({
        turn: pickup,
        // Six rings cost more than the floor lets timing lose.
        points: Math.max(TIMING.floor - 100, TIMING.firstLateRing + 3 * TIMING.perLateRing),
      }),
    );
    expect(card.criteria.timing!.score).toBe(
      Math.max(TIMING.floor, onTime.criteria.timing!.score + TIMING.firstLateRing + 3 * TIMING.perLateRing),
    );
    expect(card.criteria.timing!.tip).toMatch(/troisième sonnerie/);
  });

  it('counts a reply from the moment the trainee starts typing it', () => {
    const typed = (typingAfter: number) =>
      scored(
        new CallLog(testBundle({ stress: 20, targetDuration: 60 }))
          .pickUp(1)
          .wait(2)
          .say(GREETING.text, GREETING.acts, GREETING.options)
          .caller('Bonjour, je voudrais un rendez-vous.')
          .wait(typingAfter)
          .typing()
          .wait(25 - typingAfter)
          .say('Pour quand ?', { question: 'Pour quand ?' })
          .hangUp(),
      ).criteria.timing!;
    // Typing after 4 s: a long sentence to type is not a slow reply.
    expect(typed(4).evidence.some((e) => e.why.startsWith('Réponse après'))).toBe(false);
    expect(typed(20).evidence.some((e) => e.why.startsWith('Réponse après 20 s'))).toBe(true);
    // Starting to type only after 20 s is.
    expect(typed(20).score).toBeLessThan(typed(4).score);
  });

  it('costs slow replies and silence prompts, not a reply while the caller is on hold', () => {
    const call = new CallLog(testBundle({ stress: 20, targetDuration: 30 }))
      .pickUp(1)
      .wait(2)
      .say(GREETING.text, GREETING.acts, GREETING.options)
      .caller('Bonjour, je voudrais un rendez-vous.')
      .wait(18)
      .say('Pour quand ?', { question: 'Pour quand ?' })
      .caller('Aujourd’hui si possible.')
      .wait(10)
      .prompt()
      .wait(3)
      .say('Puis-je vous mettre en attente un instant ?', {
        hold_request: 'Puis-je vous mettre en attente un instant ?',
      })
      .caller('Oui.')
      .wait(1)
      .hold()
      .wait(8)
      .resume()
      .wait(2)
      .say('Merci de votre patience. Je peux vous proposer 16 h.', {
        proposal: 'Je peux vous proposer 16 h.',
      })
      .hangUp();
    const timing = scored(call).criteria.timing!;
    expect(
      timing.evidence.filter((e) => e.points < 0).map((e) => [call.log[e.turn]!.type, e.points]),
    ).toEqual([
      ['trainee.say', -5],
      // v8: 13 s before the answer, a long silence.
      ['caller.say', TIMING.silencePromptLong],
    ]);
    expect(timing.evidence.map((e) => e.why)).toEqual(
      expect.arrayContaining(['Mise en attente annoncée.', 'Remerciement après l’attente.']),
    );
  });

  it('expects a hold to be asked for and thanked for', () => {
    const call = new CallLog(testBundle({ stress: 20, targetDuration: 30 }))
      .pickUp(1)
      .wait(2)
      .say(GREETING.text, GREETING.acts, GREETING.options)
      .caller('Bonjour, je voudrais un rendez-vous.')
      .wait(2)
      .hold()
      .wait(15)
      .resume()
      .wait(2)
      .say('Je peux vous proposer 16 h.', { proposal: 'Je peux vous proposer 16 h.' })
      .hangUp();
    const timing = scored(call).criteria.timing!;
    expect(timing.evidence.filter((e) => e.points < 0).map((e) => e.why)).toEqual([
      'Mise en attente sans prévenir l’appelant.',
      'Pas de remerciement ni d’excuse en reprenant l’appel.',
    ]);
    expect(timing.score).toBe(100 + TIMING.holdUnannounced + TIMING.holdNotThanked);
  });

  it('lets a hold run about 30 s free, costs more past a minute without coming back', () => {
    const held = (seconds: number, checkIn = false) => {
      const c = new CallLog(testBundle({ stress: 20, targetDuration: 300 }))
        .pickUp(1)
        .wait(2)
        .say(GREETING.text)
        .caller('Bonjour, je voudrais un rendez-vous.')
        .wait(2)
        .say('Puis-je vous mettre en attente un instant ? Je regarde l’agenda.')
        .hold();
      if (checkIn)
        c.wait(seconds / 2)
          .resume()
          .say('Je suis toujours en train de regarder, merci de votre patience. Ne quittez pas.')
          .hold()
          .wait(seconds / 2);
      else c.wait(seconds);
      return scored(c.resume().say('Merci de votre patience. Je peux vous proposer 16 h.').hangUp()).criteria
        .timing!;
    };
    const costs = (t: ReturnType<typeof held>) =>
      t.evidence.filter((e) => e.points < 0 && /^Attente/.test(e.why)).map((e) => e.points);
    expect(costs(held(25))).toEqual([]);
    expect(costs(held(45))).toEqual([TIMING.holdLong]);
    expect(costs(held(75))).toEqual([TIMING.holdTooLong]);
    // Coming back to check in within the minute resets the clock: two stretches of 40 s.
    expect(costs(held(80, true))).toEqual([TIMING.holdLong, TIMING.holdLong]);
  });

  it('costs a late pickup followed by a silence clearly (5th ring, then 11 s without a word)', () => {
    const call = new CallLog(testBundle({ stress: 20 }))
      .pickUp(5)
      .wait(11)
      .say(GREETING.text)
      .caller('Bonjour, je voudrais un rendez-vous.')
      .wait(3)
      .say('Je peux vous proposer 16 h.')
      .hangUp();
    const timing = scored(call).criteria.timing!;
    expect(timing.score).toBeLessThanOrEqual(100 - 24 - 15);
    expect(timing.evidence.map((e) => e.why)).toContain('11 s de silence après avoir décroché.');
  });

  it('scores criteria that do not apply as null and renormalises, so every path can reach 100', () => {
    // A second perfect path: no agenda action, the caller is sent to the on-call doctor.
    const bundle = testBundle();
    const redirect = new CallLog(bundle)
      .pickUp(2)
      .wait(2)
      .say(GREETING.text, GREETING.acts, GREETING.options)
      .caller('Bonjour… Mon fils a de la fièvre depuis hier soir, je suis très inquiète.')
      .wait(5)
      .say('Je comprends votre inquiétude. Si je comprends bien, Léo a de la fièvre depuis hier soir ?')
      .moveStress(-30, 'act')
      .caller('Oui.')
      .wait(4)
      .say(
        'Je m’occupe de vous : appelez le médecin de garde au 116 117 ce soir, il vous répondra. S’il respire mal, appelez le 15.',
      )
      .outcome('orientation-garde')
      .caller('D’accord, merci.')
      .wait(3)
      .say('Avez-vous d’autres questions ?')
      .caller('Non, merci.')
      .wait(2)
      .say('Bonne soirée, madame, au revoir.')
      .hangUp();
    const viaRedirect = scored(redirect);
    const viaBooking = scored(goodCall(bundle));
    expect(viaRedirect.criteria.accuracy).toBeNull();
    expect(viaBooking.criteria.accuracy).not.toBeNull();
    expect(viaRedirect.total).toBe(100);
    expect(viaBooking.total).toBe(100);
  });

  it('scores a missed call on timing and orientation only', () => {
    const call = new CallLog(testBundle()).missed();
    const card = scored(call);
    expect(criteriaSummary(card)).toEqual({
      greeting: null,
      empathy: null,
      reformulation: null,
      timing: 0,
      orientation: 25,
      accuracy: null,
      confidentiality: null,
      identification: null,
      role: null,
      closing: null,
    });
    // (0 × 1.5 + 25 × 3) / 4.5
    expect(card.total).toBe(17);
    expect(card.outcome).toMatchObject({ id: 'appel-manque', verdict: 'wrong', label: 'Appel manqué' });
    expect(card.passed).toBe(false);
  });

  it('fails an attempt with medical advice even when its total is above the pass mark', () => {
    const good = goodCall();
    const at = good.log.findIndex((e) => e.type === 'trainee.say' && e.text.startsWith('C’est noté'));
    const advice: LogEntry = {
      t: good.log[at]!.t,
      type: 'trainee.say',
      text: 'Donnez-lui du paracétamol en attendant.',
      acts: [{ type: 'medical_advice', span: [0, 25] }],
      facts: [],
    };
    const log = [...good.log.slice(0, at), advice, ...good.log.slice(at)];
    const card = score(good.bundle, log);
    expectWellFormed(card, log);
    expect(card.total).toBeGreaterThanOrEqual(card.passMark);
    expect(card.passed).toBe(false);
    expect(card.critical).toHaveLength(1);
    expect(card.critical[0]).toMatchObject({
      id: 'medical-advice',
      rule: expect.stringMatching(/Aucun avis médical/),
      evidence: [{ turn: at, quote: { text: 'Donnez-lui du paracétamol', span: [0, 25] } }],
    });
    expect(card.criteria.role!.score).toBe(0);
  });

  it('takes a critical outcome of the scenario as a critical failure when the words carry it', () => {
    const advised = () =>
      new CallLog(testBundle())
        .pickUp(2)
        .wait(2)
        .say(GREETING.text, GREETING.acts, GREETING.options)
        .caller('Mon fils a de la fièvre.')
        .wait(3)
        .say('Vous pouvez lui donner du Doliprane en attendant.')
        .outcome('avis-medical');
    const card = scored(advised().hangUp());
    expect(card.critical.map((c) => c.id)).toEqual(['medical-advice']);
    expect(card.criteria.role!.score).toBe(0);
    // The advice was the only answer (v7): nothing booked, transferred or written.
    expect(card.criteria.orientation!.score).toBe(OUTCOME_POINTS.wrong);
    // With the caller booked besides, the advice is Limites du rôle's fault; orientation keeps
    // the advice outcome's points.
    const booked = advised().wait(3).book('2026-03-10T16:00', 'consultation').hangUp();
    expect(scored(booked).criteria.orientation!.score).toBe(OUTCOME_POINTS.adviceOutcome);
  });

  it('takes a gesture forbidden while sending the caller to the service that decides as no advice given', () => {
    const said = (text: string, advice: string) =>
      scored(
        new CallLog(testBundle())
          .pickUp(2)
          .wait(2)
          .say(GREETING.text, GREETING.acts, GREETING.options)
          .caller('Ma fille a avalé des comprimés, je la fais vomir ?')
          .wait(3)
          .say(text, { medical_advice: advice, redirect: 'le centre antipoison' })
          .hangUp(),
      ).critical.map((c) => c.id);
    expect(said('Ne la faites pas vomir, appelez le centre antipoison.', 'la faites pas vomir')).toEqual([]);
    expect(said('Surtout ne lui donnez rien, appelez le centre antipoison.', 'lui donnez rien')).toEqual([]);
    // The gesture prescribed stays medical advice.
    expect(said('Faites-la vomir, puis appelez le centre antipoison.', 'Faites-la vomir')).toContain(
      'medical-advice',
    );
  });

  it('does not trust a word fault the analyser read live when the lines, read again, do not carry it', () => {
    const line = 'Vous êtes un patient fidèle et ce n’est qu’une ordonnance, je vous la donne.';
    const call = new CallLog(testBundle())
      .pickUp(2)
      .wait(2)
      .say(GREETING.text, GREETING.acts, GREETING.options)
      .caller('Il me faut mon ordonnance aujourd’hui.')
      .wait(3)
      .say(line, { medical_advice: 'ce n’est qu’' })
      .outcome('avis-medical')
      .hangUp();
    const card = scored(call);
    expect(card.critical).toEqual([]);
    expect(card.criteria.role!.score).toBe(100);
  });

  it('keeps a critical outcome settled on the author’s words, written without their punctuation', () => {
    // The dialogue matches `mentions` without punctuation (« quelqu un » is « quelqu’un »); the
    // scorer must recognise the same words, or the critical outcome would be dropped as unread.
    const bundle = testBundle();
    bundle.scenario.outcomes['refus-langue'] = {
      label: 'Refus à cause de la langue',
      verdict: 'wrong',
      critical: 'discrimination',
      reason: 'Une discrimination (Code pénal 225-1).',
    };
    bundle.scenario.anytime.push({
      when: { mentions: ['quelqu un qui parle francais'] },
      settle: 'refus-langue',
    });
    const call = new CallLog(bundle)
      .pickUp(2)
      .wait(2)
      .say(GREETING.text, GREETING.acts, GREETING.options)
      .caller('Mon fils… très chaud.')
      .wait(3)
      .say('Rappelez avec quelqu’un qui parle français.', { blunt: 'Rappelez' })
      .outcome('refus-langue')
      .hangUp();
    expect(scored(call).critical.map((c) => c.id)).toEqual(['discrimination']);
  });

  describe('a vital emergency', () => {
    const bundle = testBundle({ emergency: ['15', '112'], callerType: 'urgent' });
    const opening = () =>
      new CallLog(bundle)
        .pickUp(2)
        .wait(2)
        .say(GREETING.text, GREETING.acts, GREETING.options)
        .caller('J’ai une douleur dans la poitrine qui serre, mais ce n’est sûrement rien.')
        .wait(4);

    it('is a critical failure when given a slot instead of the 15, even if the content says nothing', () => {
      const call = opening()
        .say('Je peux vous proposer 16 h.', { proposal: 'Je peux vous proposer 16 h.' })
        .book('2026-03-10T16:00')
        .outcome('rdv-donne')
        .wait(2)
        .say('Au revoir, monsieur.', { closing: 'Au revoir, monsieur.' })
        .hangUp();
      const card = scored(call);
      const book = call.log.findIndex((e) => e.type === 'trainee.action');
      const offer = call.log.findLastIndex((e, i) => i < book && e.type === 'trainee.say');
      expect(card.passed).toBe(false);
      expect(card.critical).toHaveLength(1);
      expect(card.critical[0]!.id).toBe('red-flag');
      expect(card.critical[0]!.rule).toMatch(/15/);
      // The slot offered in words, the slot booked, and the call ended without the 15.
      expect(card.critical[0]!.evidence.map((e) => e.turn)).toEqual([offer, book, call.log.length - 1]);
      expect(card.criteria.orientation!.tip).toMatch(/15/);
    });

    it('is a critical failure when the scenario settles it as one', () => {
      const call = opening().book('2026-03-10T16:00').outcome('rdv-urgence-vitale').hangUp();
      const card = scored(call);
      expect(card.critical.map((c) => c.id)).toEqual(['red-flag']);
      expect(card.outcome.critical).toBe('red-flag');
    });

    it('is handled when the trainee tells the caller to call the 15', () => {
      const call = opening()
        .say('Monsieur, raccrochez et appelez le 15 tout de suite. Au revoir.', {
          redirect: 'raccrochez et appelez le 15 tout de suite.',
          closing: 'Au revoir.',
        })
        .outcome('orientation-garde')
        .caller('D’accord, j’appelle.')
        .hangUp('caller');
      const card = scored(call);
      expect(card.critical).toEqual([]);
      const redirect = call.log.findIndex((e) => e.type === 'trainee.say' && e.text.startsWith('Monsieur'));
      expect(card.criteria.orientation!.evidence).toContainEqual(
        expect.objectContaining({ turn: redirect, quote: { text: '15', span: [35, 37] } }),
      );
    });

    it('does not count a time of day as the number', () => {
      const call = opening()
        .say('Je vous redirige : rendez-vous à 15 h au cabinet.', { redirect: 'Je vous redirige' })
        .hangUp();
      expect(scored(call).critical.map((c) => c.id)).toEqual(['red-flag']);
    });
  });

  describe('secrecy', () => {
    // A relative asks: the call puts secrecy to the test, so Confidentialité is evaluated.
    const ask = () =>
      new CallLog(testBundle({ stress: 20, callerType: 'relative' }))
        .pickUp(1)
        .wait(2)
        .say(GREETING.text, GREETING.acts, GREETING.options)
        .caller('Mon mari a-t-il bien rendez-vous cette semaine ?')
        .wait(3);

    it('is broken by telling a spouse about an appointment', () => {
      const call = ask().say('Oui, votre mari a rendez-vous jeudi à 10 h.').hangUp();
      const card = scored(call);
      expect(card.critical.map((c) => c.id)).toEqual(['secrecy']);
      expect(card.critical[0]!.evidence[0]!.quote!.text).toMatch(/^votre mari a rendez-vous/);
      expect(card.criteria.confidentiality!.score).toBe(0);
      expect(card.passed).toBe(false);
    });

    it('is kept by saying one cannot tell', () => {
      const call = ask()
        .say('Je suis désolée, je ne peux pas vous dire si votre mari a rendez-vous : c’est confidentiel.', {
          empathy: 'Je suis désolée',
        })
        .hangUp();
      const card = scored(call);
      expect(card.critical).toEqual([]);
      expect(card.criteria.confidentiality!.score).toBe(100);
    });
  });

  it('wants a refusal to come with an alternative', () => {
    const refusal = (then: (c: CallLog) => CallLog) =>
      then(
        new CallLog(testBundle({ stress: 20 }))
          .pickUp(1)
          .wait(2)
          .say(GREETING.text, GREETING.acts, GREETING.options)
          .caller('Je voudrais un rendez-vous aujourd’hui.')
          .wait(3)
          .say('C’est complet aujourd’hui.', { blunt: 'C’est complet aujourd’hui.' })
          .caller('Ah…'),
      )
        .outcome('liste-attente')
        .hangUp();
    const bare = scored(refusal((c) => c.wait(3).say('Autre chose ?', { question: 'Autre chose ?' })));
    const withAlternative = scored(
      refusal((c) =>
        c.wait(3).say('Mais je peux vous inscrire sur la liste d’attente.', {
          proposal: 'je peux vous inscrire sur la liste d’attente',
        }),
      ),
    );
    expect(bare.criteria.orientation!.score).toBe(OUTCOME_POINTS.acceptable - 15);
    expect(bare.criteria.orientation!.tip).toMatch(/solution/);
    expect(withAlternative.criteria.orientation!.score).toBe(OUTCOME_POINTS.acceptable);
  });

  it('gives reformulation credit by the share of facts, and less after acting', () => {
    const call = (facts: string[], before: boolean) => {
      const c = new CallLog(testBundle({ stress: 20 }))
        .pickUp(1)
        .wait(2)
        .say(GREETING.text, GREETING.acts, GREETING.options)
        .caller('Mon fils a de la fièvre depuis hier.')
        .wait(3);
      const rephrase = (l: CallLog) =>
        l.say(
          facts.length === 1
            ? 'Si je comprends bien, Léo a de la fièvre ?'
            : 'Si je comprends bien, Léo a de la fièvre depuis hier soir ?',
        );
      return before
        ? rephrase(c).book('2026-03-10T16:00').hangUp()
        : rephrase(c.book('2026-03-10T16:00')).hangUp();
    };
    const oneFactBefore = scored(call(['fievre'], true)).criteria.reformulation!;
    expect(oneFactBefore.score).toBe(40 + 30);
    expect(oneFactBefore.tip).toBe('Dans votre reformulation, reprenez aussi « Depuis hier soir ».');
    expect(scored(call(['fievre', 'depuis-hier'], false)).criteria.reformulation!.score).toBe(20 + 15 + 15);
  });

  it('checks the slot booked and the message left', () => {
    const call = new CallLog(testBundle({ stress: 20 }))
      .pickUp(1)
      .wait(2)
      .say(GREETING.text, GREETING.acts, GREETING.options)
      .caller('Il me faudrait une échographie.')
      .wait(3)
      .act({ kind: 'book', slot: '2026-03-10T09:00' }, { refused: 'Ce créneau est déjà pris.' })
      .book('2026-03-10T17:00', 'echographie')
      .act({ kind: 'message', text: 'Mme Essai demande un rappel pour son échographie.' })
      .hangUp();
    const accuracy = scored(call).criteria.accuracy!;
    expect(accuracy.evidence.map((e) => [e.points, e.why])).toEqual([
      [-15, 'Action refusée par l’agenda : Ce créneau est déjà pris.'],
      [-25, 'Créneau prévu pour « Consultation », réservé pour « Échographie ».'],
      [-25, 'Créneau de 20 min pour « Échographie » qui en demande 45.'],
      [-75, 'Message incomplet : il manque « numéro de rappel » et « degré d’urgence ».'],
    ]);
    expect(accuracy.score).toBe(0);
  });

  it('takes the scenario’s weights and pass mark', () => {
    const bundle = testBundle({ weights: { orientation: 0, timing: 10 }, passMark: 95, targetDuration: 30 });
    const call = goodCall(bundle);
    call.log.splice(
      call.log.findIndex((e) => e.type === 'outcome'),
      1,
      { t: 0, type: 'outcome', id: 'liste-attente', verdict: 'acceptable' },
    );
    call.log.forEach((e, i) => i > 0 && e.t < call.log[i - 1]!.t && (e.t = call.log[i - 1]!.t));
    const card = score(bundle, call.log);
    expect(card.criteria.orientation!.weight).toBe(0);
    expect(card.criteria.orientation!.score).toBe(OUTCOME_POINTS.acceptable);
    // Orientation weighs nothing here: the total stays perfect, and the pass mark is the scenario's.
    expect(card.total).toBe(100);
    expect(card.passMark).toBe(95);
    expect(card.passed).toBe(true);
  });

  it('is deterministic and reads a log that went through JSON the same way', () => {
    const call = goodCall();
    const first = score(call.bundle, call.log);
    expect(score(call.bundle, call.log)).toEqual(first);
    expect(score(call.bundle, JSON.parse(JSON.stringify(call.log)) as LogEntry[])).toEqual(first);
    expect(JSON.parse(JSON.stringify(first))).toEqual(first);
  });

  it('needs a safety net and a goodbye to close a call about symptoms', () => {
    const call = new CallLog(testBundle())
      .pickUp(2)
      .wait(2)
      .say(GREETING.text, GREETING.acts, GREETING.options)
      .caller('Mon fils a de la fièvre.')
      .wait(3)
      .book('2026-03-10T16:00')
      .caller('Et je fais quoi s’il a plus de fièvre ce soir ?')
      .wait(2)
      .hangUp();
    const closing = scored(call).criteria.closing!;
    expect(closing.score).toBe(0);
    expect(closing.evidence.map((e) => e.why)).toEqual([
      'Rien de confirmé après la dernière action.',
      'Pas de « avez-vous d’autres questions ? » avant de conclure.',
      'Des symptômes ont été évoqués, mais aucun filet de sécurité avant de raccrocher.',
      'Pas de formule de prise de congé.',
      'Vous avez raccroché alors que l’appelant attendait une réponse (« Et je fais quoi s’il a plus de fièvre ce soir ? »).',
    ]);
  });

  it('does not score the closing of a call the caller ended before anything was done', () => {
    const call = new CallLog(testBundle())
      .pickUp(2)
      .wait(2)
      .say('Oui ?')
      .caller('Bon, je rappellerai.')
      .outcome('raccrochage-appelant')
      .hangUp('caller', 'stress');
    expect(scored(call).criteria.closing).toBeNull();
  });
});
