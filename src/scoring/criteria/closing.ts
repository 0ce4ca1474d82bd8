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
import { at, endIndex, evidence, firstAct, intentOf, isDone, textOf, type Trace } from '../trace.ts';
import { Draft, type CriterionDraft } from './draft.ts';
import { emergencyDelayed } from './timing.ts';

export const CLOSING = {
  withSafetyNet: { confirm: 30, anythingElse: 25, safetyNet: 15, leave: 30 },
  withoutSafetyNet: { confirm: 35, anythingElse: 25, safetyNet: 0, leave: 40 },
  /** A vital emergency: the caller must hang up and dial the 15, not be asked « autre chose ? ». */
  emergency: { confirm: 40, anythingElse: 0, safetyNet: 20, leave: 40 },
  /** Hanging up on a caller still speaking harms the call (the graders' sheet: 0). */
  cutOff: -40,
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
/** How far from the end a safety net or a goodbye is still « at the end ». */
const LAST_SAYS = { safetyNet: 3, leave: 2, anythingElse: 3 };

export function needsSafetyNet(trace: Trace): boolean {
  const { scenario } = trace.bundle;
  return scenario.emergency.length > 0 || SYMPTOM_CALLERS.includes(scenario.callerType);
}

export function scoreClosing(trace: Trace): CriterionDraft | null {
  if (trace.pickup < 0) return null;
  const end = endIndex(trace);
  const lastAction = trace.actions.filter((i) => i <= end && isDone(at(trace, i, 'trainee.action'))).at(-1);
  const said = (i: number, ...types: ActLabel[]) => firstAct(at(trace, i, 'trainee.say'), ...types);
  const hangup = trace.hangup >= 0 ? at(trace, trace.hangup, 'hangup') : undefined;
  const closed = trace.says.some((i) => said(i, 'closing'));
  if (hangup?.by !== 'trainee' && lastAction === undefined && !closed) return null;

  const P =
    trace.bundle.scenario.emergency.length > 0
      ? CLOSING.emergency
      : needsSafetyNet(trace)
        ? CLOSING.withSafetyNet
        : CLOSING.withoutSafetyNet;
  const draft = new Draft(0, TIPS.closingGood);
  const says = trace.says.filter((i) => i <= end);

  // What was agreed: after the last tool action; without one, from the utterance that settled
  // the outcome (it may confirm and settle at once).
  let from = lastAction !== undefined ? lastAction + 1 : 0;
  if (lastAction === undefined && trace.outcome >= 0 && trace.outcome < end)
    from = trace.says.filter((i) => i < trace.outcome).at(-1) ?? 0;
  // After sending the caller elsewhere, giving the number or the service again confirms it.
  // In a vital emergency, or when words alone settled the call, the number given is what was agreed.
  const redirected =
    lastAction === undefined ||
    (lastAction !== undefined && at(trace, lastAction, 'trainee.action').action?.kind === 'redirect') ||
    trace.bundle.scenario.emergency.length > 0;
  const confirmation = (i: number) =>
    intentOf(at(trace, i, 'trainee.say'), 'confirm')?.span ??
    said(i, ...CONFIRMATION)?.span ??
    (redirected ? said(i, 'redirect')?.span : undefined);
  const confirm = says.find((i) => i >= from && confirmation(i));
  // A vital emergency not sent to the 15 at once: confirming the plan confirms the wrong one.
  if (confirm !== undefined && emergencyDelayed(trace))
    draft.add(
      evidence(trace, confirm, 0, WHY.confirmedWrongPlan, confirmation(confirm)),
      TIPS.notConfirmed,
      P.confirm,
    );
  else if (confirm !== undefined)
    draft.add(evidence(trace, confirm, P.confirm, WHY.confirmed, confirmation(confirm)));
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
    if (net) draft.add(evidence(trace, net.i, P.safetyNet, WHY.safetyNet, net.span));
    else draft.add(evidence(trace, end, 0, WHY.noSafetyNet), TIPS.noSafetyNet, P.safetyNet);
  }

  const leave = says.slice(-LAST_SAYS.leave).find((i) => said(i, 'closing'));
  if (leave === undefined) draft.add(evidence(trace, end, 0, WHY.noLeave), TIPS.noLeave, P.leave);
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

  // Hanging up on a question: the last thing before the trainee's hang-up is the caller asking.
  if (hangup?.by === 'trainee') {
    let k = trace.hangup - 1;
    while (k >= 0 && trace.log[k]!.type === 'stress') k--;
    const last = trace.log[k];
    // The caller was still speaking: a question, or anything but a goodbye.
    if (
      last?.type === 'caller.say' &&
      (/\?\s*[»"]?\s*$/.test(last.text) || !CALLER_LEAVES.test(fold(last.text)))
    )
      draft.add(evidence(trace, trace.hangup, CLOSING.cutOff, WHY.cutOff(last.text)), TIPS.cutOff);
  }
  return draft.done();
}
