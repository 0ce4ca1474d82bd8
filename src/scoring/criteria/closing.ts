/**
 * Prise de congé: what was agreed confirmed after the last action (a recap, a confirmation),
 * the open question « autre chose ? », a safety net when symptoms were mentioned, a courteous
 * goodbye, and no hanging up on a caller's question (GUIDE §1.8). Work done in the after-call
 * time is not part of the call. Does not apply when the caller hung up before anything was done
 * or said to close.
 */
import type { ActLabel } from '../../language/labels.ts';
import type { CallerType } from '../../scenarios/schema.ts';
import { TIPS, WHY } from '../messages.ts';
import { findAnythingElse } from '../../language/readers.ts';
import { memo } from '../readings.ts';
import { findAnyNumber, findSafetyNet, fold } from '../text.ts';
import {
  at,
  endIndex,
  evidence,
  firstAct,
  intentOf,
  isDone,
  textOf,
  type Say,
  type Trace,
} from '../trace.ts';
import { Draft, type CriterionDraft } from './draft.ts';
import { emergencyDelayed } from './timing.ts';

export const CLOSING = {
  withSafetyNet: { confirm: 30, anythingElse: 25, safetyNet: 15, leave: 30 },
  withoutSafetyNet: { confirm: 35, anythingElse: 25, safetyNet: 0, leave: 40 },
  /** A vital emergency: the caller must hang up and dial the 15, not be asked « autre chose ? ». */
  emergency: { confirm: 40, anythingElse: 0, safetyNet: 20, leave: 40 },
  /**
   * A call handed to the doctor: the announcement (« je vous passe la docteure, ne quittez
   * pas ») confirms and takes leave; « autre chose ? » has no place.
   */
  transfer: { confirm: 40, anythingElse: 0, safetyNet: 20, leave: 40 },
  /** Hanging up on a caller still speaking harms the call (the graders' sheet: 0). */
  cutOff: -40,
  /** The caller's last question met only with « c'est fait » and a goodbye. */
  unanswered: -20,
  /**
   * The most a vital emergency's close keeps when the caller's last question or doubt (« Le 15 ?
   * Vraiment ? », « Vous allez rester là ? ») gets only a goodbye: the caller is left alone with
   * the danger (the graders' sheet: poor or harmful).
   */
  leftInDangerCap: 20,
} as const;

/** Callers whose call is about symptoms: they leave with what to do if it gets worse. */
const SYMPTOM_CALLERS: readonly CallerType[] = ['urgent', 'anxious'];
/** Numbers a safety net may give (GUIDE §3). */
const SAFETY_NUMBERS = ['15', '112', '116 117', '3624'];
/**
 * What restates the agreement (GUIDE §1.8: date, time, practitioner, what to bring). A bare
 * reassurance (« on vous rappellera », « pas de souci ») restates nothing.
 */
const CONFIRMATION: readonly ActLabel[] = ['reformulation', 'proposal'];
/** Courtesy in a goodbye: a bare « Au revoir. » is curt (the graders' sheet). */
const COURTEOUS =
  /\b(?:bonne (?:journee|soiree|fin de journee|apres-midi|semaine|nuit)|merci|madame|monsieur|je vous en prie|a bientot|a (?:demain|jeudi|lundi|mardi|mercredi|vendredi|samedi)|prenez soin)\b/;
/** A caller's line that takes leave: hanging up after it cuts no one off. */
const CALLER_LEAVES =
  /\b(?:au revoir|merci|bonne (?:journee|soiree)|a bientot|je raccroche|c'est tout|ce sera tout)\b/;
/** A caller who agrees (« Oui… je patiente. », « D'accord, j'appelle. ») is not cut off… */
const CALLER_AGREES = /^\W*(?:oui|d'accord|entendu|ok|tres bien|bien sur|ca marche)\b/;
/** …unless they go on: « Oui, mais attendez… ». */
const CALLER_GOES_ON = /\b(?:mais|attendez|attends|et (?:si|pour|alors)|je fais (?:quoi|comment))\b/;
/** The trainee hands the call on: « je vous passe le docteur », « ne quittez pas ». */
const HANDS_ON = /\b(?:je vous (?:la |le )?passe|ne quittez pas|je vous mets en relation|je transfere)\b/;
/**
 * What a recap restates: a day, a time, a practitioner, a number, or a fact of the call. A bare
 * « c'est noté » or « voilà, c'est fait » restates nothing (the graders: « pas de récapitulatif »).
 */
const PARTICULARS = new Set(['date', 'time', 'practitioner', 'phone', 'emergency_number']);
/** How far from the end a safety net or a goodbye is still « at the end ». */
const LAST_SAYS = { safetyNet: 3, leave: 2, anythingElse: 3 };

export function needsSafetyNet(trace: Trace): boolean {
  const { scenario } = trace.bundle;
  return scenario.emergency.length > 0 || SYMPTOM_CALLERS.includes(scenario.callerType);
}

/** Whether a line carries what was agreed: a day, a time, a practitioner, a number, facts. */
function particulars(say: Say): boolean {
  return (
    (Array.isArray(say.entities) && say.entities.some((e) => PARTICULARS.has(e.kind))) ||
    // One fact is the request itself (« c'est annulé »); two restate the call.
    (Array.isArray(say.facts) && say.facts.length >= 2)
  );
}

/** A reply that answers nothing: a few words, no particulars, no question, no proposal. */
function emptyReply(say: Say): boolean {
  const text = textOf(say);
  return (
    text.split(/\s+/).filter(Boolean).length <= 6 &&
    !text.includes('?') &&
    !particulars(say) &&
    !firstAct(say, 'proposal', 'redirect', 'reassurance', 'empathy')
  );
}

/**
 * The caller's last question, when everything the trainee said after it until the end was a bare
 * « c'est fait » or a goodbye: the question went unanswered (the graders: « question ignorée »).
 */
function unansweredQuestion(trace: Trace, end: number): number | undefined {
  const question = trace.callerLines
    .filter((i) => i < end && at(trace, i, 'caller.say').text.includes('?'))
    .at(-1);
  if (question === undefined) return undefined;
  const after = trace.says.filter((i) => i > question && i < end);
  if (after.length === 0) return undefined; // hung up on it: the cut-off rule
  return after.every((i) => emptyReply(at(trace, i, 'trainee.say'))) ? question : undefined;
}

/**
 * A vital emergency whose caller asked or doubted last (a line with « ? ») and got only a goodbye:
 * no word after it names an emergency number, asks anything or answers at length. The caller's
 * line, or undefined.
 */
function leftInDanger(trace: Trace, end: number): number | undefined {
  const numbers = trace.bundle.scenario.emergency;
  if (numbers.length === 0) return undefined;
  // The last question the trainee still spoke after (« Mais… tu t'en vas ? » after the goodbye
  // only says it again).
  const lastSay = trace.says.filter((i) => i < end).at(-1) ?? -1;
  const question = trace.callerLines
    .filter((i) => i < lastSay && at(trace, i, 'caller.say').text.includes('?'))
    .at(-1);
  if (question === undefined) return undefined;
  const after = trace.says.filter((i) => i > question && i < end);
  if (after.length === 0 || !after.some((i) => firstAct(at(trace, i, 'trainee.say'), 'closing')))
    return undefined;
  const answers = after.some((i) => {
    const text = textOf(at(trace, i, 'trainee.say'));
    return (
      text.includes('?') ||
      text.split(/\s+/).filter(Boolean).length > 12 ||
      findAnyNumber(text, numbers) !== undefined
    );
  });
  return answers ? undefined : question;
}

/**
 * The caller's line the trainee hung up on, when the caller was still speaking: a question, or
 * anything but a goodbye or a plain « oui, d'accord ».
 */
export function cutOffLine(trace: Trace): number | undefined {
  if (trace.hangup < 0 || at(trace, trace.hangup, 'hangup').by !== 'trainee') return undefined;
  let k = trace.hangup - 1;
  while (k >= 0 && trace.log[k]!.type === 'stress') k--;
  const last = trace.log[k];
  if (last?.type !== 'caller.say') return undefined;
  const folded = fold(last.text);
  const goesOn =
    /\?\s*[»"]?\s*$/.test(last.text) ||
    (!CALLER_LEAVES.test(folded) && !(CALLER_AGREES.test(folded) && !CALLER_GOES_ON.test(folded)));
  return goesOn ? k : undefined;
}

/** A caller's line that restates when: « Demain, jeudi à 9 h, c'est ça ? ». */
const CALLER_RECAP =
  /\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|aujourd'hui|ce soir|\d{1,2} ?h(?: ?\d{2})?)\b[^?]*\?\s*[»"]?\s*$/;
/** « Oui, c'est ça », « exactement », « tout à fait »: the trainee agrees. */
const AGREES =
  /^\W*(?:oui|c'est (?:bien )?(?:ca|cela)|exactement|tout a fait|c'est exact|voila|absolument)\b/;

/**
 * The caller restated what was agreed as a question and the trainee confirmed it (« Demain,
 * jeudi à 9 h, c'est ça ? » — « Oui, c'est ça. »): a recap made together. The agreeing words.
 */
function agreesWithRecap(trace: Trace, i: number): [number, number] | undefined {
  let k = i - 1;
  while (k >= 0 && trace.log[k]!.type !== 'caller.say' && trace.log[k]!.type !== 'trainee.say') k--;
  const before = trace.log[k];
  if (before?.type !== 'caller.say' || !CALLER_RECAP.test(fold(before.text))) return undefined;
  const m = AGREES.exec(fold(textOf(at(trace, i, 'trainee.say'))));
  return m ? [m.index, m.index + m[0].length] : undefined;
}

/**
 * The caller said goodbye and hung up at once, right after the trainee's last line: the call was
 * closed by the caller and the trainee had no turn left to take leave. The caller's line.
 */
function callerTookLeave(trace: Trace): number | undefined {
  if (trace.hangup < 0 || at(trace, trace.hangup, 'hangup').by !== 'caller') return undefined;
  let k = trace.hangup - 1;
  while (k >= 0 && trace.log[k]!.type !== 'caller.say' && trace.log[k]!.type !== 'trainee.say') k--;
  const last = trace.log[k];
  if (last?.type !== 'caller.say' || !/\bau revoir\b/.test(fold(last.text))) return undefined;
  const lastSay = trace.says.filter((i) => i < k).at(-1);
  if (lastSay === undefined || firstAct(at(trace, lastSay, 'trainee.say'), 'blunt')) return undefined;
  return k;
}

export function scoreClosing(trace: Trace): CriterionDraft | null {
  if (trace.pickup < 0) return null;
  const end = endIndex(trace);
  const lastAction = trace.actions.filter((i) => i <= end && isDone(at(trace, i, 'trainee.action'))).at(-1);
  const said = (i: number, ...types: ActLabel[]) => firstAct(at(trace, i, 'trainee.say'), ...types);
  const hangup = trace.hangup >= 0 ? at(trace, trace.hangup, 'hangup') : undefined;
  const closed = trace.says.some((i) => said(i, 'closing'));
  if (hangup?.by !== 'trainee' && lastAction === undefined && !closed) return null;

  const lastKind =
    lastAction !== undefined ? at(trace, lastAction, 'trainee.action').action?.kind : undefined;
  const transferred = lastKind === 'transfer';
  // A vital emergency not sent to the 15 at once: the caller leaves in danger.
  const delayed = emergencyDelayed(trace);
  const P =
    trace.bundle.scenario.emergency.length > 0
      ? CLOSING.emergency
      : transferred
        ? { ...CLOSING.transfer, safetyNet: needsSafetyNet(trace) ? CLOSING.transfer.safetyNet : 0 }
        : needsSafetyNet(trace)
          ? CLOSING.withSafetyNet
          : CLOSING.withoutSafetyNet;
  const draft = new Draft(0, TIPS.closingGood);
  const says = trace.says.filter((i) => i <= end);

  // What was agreed: after the last tool action; without one, from the utterance that settled
  // the outcome (it may confirm and settle at once).
  let from = lastAction !== undefined ? lastAction + 1 : 0;
  // A number given or a transfer announced, then logged with the tool: the line that said it is
  // the confirmation.
  if (lastKind === 'redirect' || transferred) from = trace.says.filter((i) => i < lastAction!).at(-1) ?? from;
  if (lastAction === undefined && trace.outcome >= 0 && trace.outcome < end)
    from = trace.says.filter((i) => i < trace.outcome).at(-1) ?? 0;
  // After sending the caller elsewhere, giving the number or the service again confirms it.
  // In a vital emergency, or when words alone settled the call, the number given is what was agreed.
  const redirected =
    lastAction === undefined ||
    (lastAction !== undefined && at(trace, lastAction, 'trainee.action').action?.kind === 'redirect') ||
    trace.bundle.scenario.emergency.length > 0;
  const statement = (i: number): [number, number] | undefined => {
    const text = textOf(at(trace, i, 'trainee.say'));
    return /\?\s*$/.test(text) ? undefined : [0, text.length];
  };
  const handsOn = (i: number): [number, number] | undefined => {
    const m = HANDS_ON.exec(fold(textOf(at(trace, i, 'trainee.say'))));
    return m ? [m.index, m.index + m[0].length] : undefined;
  };
  // A recap restates what was agreed (a day, a time, a practitioner, a number, a fact): a
  // confirmation, a rephrasing, a proposal, any statement with those particulars.
  const confirmation = (i: number) => {
    const say = at(trace, i, 'trainee.say');
    if (transferred && handsOn(i)) return handsOn(i);
    if (!particulars(say) && !(redirected && said(i, 'redirect'))) return undefined;
    return (
      intentOf(say, 'confirm')?.span ??
      said(i, ...CONFIRMATION)?.span ??
      (redirected ? said(i, 'redirect')?.span : undefined) ??
      statement(i)
    );
  };
  const confirm = says.find((i) => i >= from && (confirmation(i) || agreesWithRecap(trace, i)));
  const bare = says.find((i) => i >= from && intentOf(at(trace, i, 'trainee.say'), 'confirm'));
  // A vital emergency not sent to the 15 at once: confirming the plan confirms the wrong one.
  const planned = confirm ?? bare;
  if (planned !== undefined && delayed)
    draft.add(
      evidence(
        trace,
        planned,
        0,
        WHY.confirmedWrongPlan,
        confirmation(planned) ?? intentOf(at(trace, planned, 'trainee.say'), 'confirm')?.span,
      ),
      TIPS.notConfirmed,
      P.confirm,
    );
  else if (confirm !== undefined)
    draft.add(
      evidence(
        trace,
        confirm,
        P.confirm,
        WHY.confirmed,
        confirmation(confirm) ?? agreesWithRecap(trace, confirm),
      ),
    );
  else if (bare !== undefined)
    draft.add(
      evidence(
        trace,
        bare,
        0,
        WHY.bareConfirmation,
        intentOf(at(trace, bare, 'trainee.say'), 'confirm')!.span,
      ),
      TIPS.notConfirmed,
      P.confirm,
    );
  else draft.add(evidence(trace, end, 0, WHY.notConfirmed), TIPS.notConfirmed, P.confirm);

  const open =
    P.anythingElse === 0
      ? undefined
      : says
          .slice(-LAST_SAYS.anythingElse)
          .map((i) => {
            const text = textOf(at(trace, i, 'trainee.say'));
            return { i, span: memo(trace.bundle, 'anythingElse', text, () => findAnythingElse(text)) };
          })
          .find((x) => x.span);
  if (open) draft.add(evidence(trace, open.i, P.anythingElse, WHY.anythingElse, open.span));
  else if (P.anythingElse > 0)
    draft.add(evidence(trace, end, 0, WHY.noAnythingElse), TIPS.noAnythingElse, P.anythingElse);

  if (P.safetyNet > 0) {
    const net = says
      .slice(-LAST_SAYS.safetyNet)
      .map((i) => {
        const text = textOf(at(trace, i, 'trainee.say'));
        const number = said(i, 'redirect')
          ? memo(trace.bundle, 'safetyNumber', text, () => findAnyNumber(text, SAFETY_NUMBERS)?.span)
          : undefined;
        const intent = intentOf(at(trace, i, 'trainee.say'), 'safety_net')?.span;
        return {
          i,
          span: intent ?? memo(trace.bundle, 'safetyNet', text, () => findSafetyNet(text)) ?? number,
        };
      })
      .find((x) => x.span);
    // A vital emergency kept out of the 15: « si ça s'aggrave, le 15 » is the fault, not a net.
    if (net && delayed)
      draft.add(evidence(trace, net.i, 0, WHY.conditionalNotNet, net.span), TIPS.noSafetyNet, P.safetyNet);
    else if (net) draft.add(evidence(trace, net.i, P.safetyNet, WHY.safetyNet, net.span));
    else draft.add(evidence(trace, end, 0, WHY.noSafetyNet), TIPS.noSafetyNet, P.safetyNet);
  }

  const leave = says.slice(-LAST_SAYS.leave).find((i) => said(i, 'closing'));
  const handOff = transferred ? says.slice(-LAST_SAYS.leave).find((i) => handsOn(i)) : undefined;
  const callerClosed = leave === undefined && !delayed ? callerTookLeave(trace) : undefined;
  if (leave === undefined && handOff !== undefined)
    draft.add(evidence(trace, handOff, P.leave, WHY.handedOn, handsOn(handOff)));
  else if (callerClosed !== undefined) draft.add(evidence(trace, callerClosed, P.leave, WHY.callerTookLeave));
  else if (leave === undefined) draft.add(evidence(trace, end, 0, WHY.noLeave), TIPS.noLeave, P.leave);
  else if (delayed)
    // Courteous or not, this goodbye sends off a caller who needed the 15.
    draft.add(
      evidence(trace, leave, P.leave / 2, WHY.leaveInDanger, said(leave, 'closing')!.span),
      TIPS.redFlagLeave,
      P.leave / 2,
    );
  else if (
    said(leave, 'blunt') ||
    !memo(trace.bundle, 'courteous', textOf(at(trace, leave, 'trainee.say')), () =>
      COURTEOUS.test(fold(textOf(at(trace, leave, 'trainee.say')))),
    )
  )
    draft.add(
      evidence(
        trace,
        leave,
        P.leave / 2,
        WHY.bluntLeave,
        (said(leave, 'blunt') ?? said(leave, 'closing'))!.span,
      ),
      TIPS.noLeave,
      P.leave / 2,
    );
  else draft.add(evidence(trace, leave, P.leave, WHY.leave, said(leave, 'closing')!.span));

  const cutOff = cutOffLine(trace);
  if (cutOff !== undefined)
    draft.add(
      evidence(trace, trace.hangup, CLOSING.cutOff, WHY.cutOff(at(trace, cutOff, 'caller.say').text)),
      TIPS.cutOff,
    );
  const leftAlone = leftInDanger(trace, end);
  if (leftAlone !== undefined) {
    const score = draft.base + draft.evidence.reduce((sum, e) => sum + e.points, 0);
    draft.add(
      evidence(
        trace,
        leftAlone,
        Math.min(0, CLOSING.leftInDangerCap - score),
        WHY.leftInDanger(at(trace, leftAlone, 'caller.say').text),
      ),
      TIPS.leftInDanger,
    );
    return draft.done();
  }
  const ignored = unansweredQuestion(trace, end);
  if (ignored !== undefined)
    draft.add(
      evidence(
        trace,
        ignored,
        CLOSING.unanswered,
        WHY.unansweredQuestion(at(trace, ignored, 'caller.say').text),
      ),
      TIPS.cutOff,
    );
  return draft.done();
}
