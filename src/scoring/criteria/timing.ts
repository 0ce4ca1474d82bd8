/**
 * Gestion du temps: rings before pickup, how fast the trainee answers, hold etiquette and the
 * call's length against the scenario's target. Points are lost from 100.
 */
import { TIPS, WHY } from '../messages.ts';
import { findThanksForWaiting } from '../text.ts';
import { at, evidence, finalOutcome, firstAct, textOf, type Trace } from '../trace.ts';
import { Draft, type CriterionDraft } from './draft.ts';

export const TIMING = {
  /** Picking up at this ring or before is on time (GUIDE §1.1). */
  onTimeRings: 3,
  perLateRing: -10,
  /** A reply this long after the caller's line costs. */
  slowReplyMs: 15_000,
  slowReply: -5,
  silencePrompt: -10,
  holdUnannounced: -15,
  holdNotThanked: -10,
  /** A hold longer than this share of the caller's patience is too long. */
  holdPatienceShare: 0.5,
  holdTooLong: -10,
  holdHungUp: -30,
  /** Call length within target ± this share is fine; beyond, the cost grows with the excess. */
  lengthTolerance: 0.5,
  /** Cost of an excess equal to the whole target; capped at the same value. */
  lengthPerTarget: -20,
} as const;

/** What ends a wait for the trainee: typing counts, as starting to speak would on the phone. */
const TRAINEE_INPUTS = new Set(['trainee.say', 'trainee.typing', 'trainee.action', 'hold', 'resume']);

export function scoreTiming(trace: Trace): CriterionDraft {
  const draft = new Draft(100, TIPS.timingGood);
  const { log } = trace;
  const { scenario } = trace.bundle;

  if (trace.pickup < 0) {
    const turn = trace.hangup >= 0 ? trace.hangup : Math.max(0, log.length - 1);
    draft.add(evidence(trace, turn, -100, WHY.missed(trace.rings)), TIPS.missed);
    return draft.done();
  }

  const late = trace.rings - TIMING.onTimeRings;
  if (late > 0)
    draft.add(
      evidence(trace, trace.pickup, late * TIMING.perLateRing, WHY.pickupLate(trace.rings)),
      TIPS.pickupLate,
    );
  else draft.add(evidence(trace, trace.pickup, 0, WHY.pickupOnTime(Math.max(1, trace.rings))));

  // Response latency: from a caller line to the trainee's next input, unless the caller had to
  // prompt (that prompt is the cost) or the caller is on hold.
  let waitingSince = -1;
  let onHold = false;
  for (let i = trace.pickup + 1; i < log.length; i++) {
    const e = log[i]!;
    if (e.type === 'hold') onHold = true;
    if (e.type === 'resume') onHold = false;
    if (e.type === 'caller.say') {
      if (e.cause === 'prompt') {
        draft.add(evidence(trace, i, TIMING.silencePrompt, WHY.silencePrompt), TIPS.slowReply);
        waitingSince = -1;
      } else if (e.cause !== 'hangup' && !onHold) waitingSince = e.t;
    } else if (TRAINEE_INPUTS.has(e.type) || (e.type === 'hangup' && e.by === 'trainee')) {
      if (waitingSince >= 0 && e.t - waitingSince > TIMING.slowReplyMs)
        draft.add(evidence(trace, i, TIMING.slowReply, WHY.slowReply(e.t - waitingSince)), TIPS.slowReply);
      waitingSince = -1;
    }
  }

  scoreHolds(trace, draft);

  if (trace.hangup >= 0) {
    const length = log[trace.hangup]!.t - log[trace.pickup]!.t;
    const target = scenario.targetDuration * 1000;
    const over = length - target * (1 + TIMING.lengthTolerance);
    // A short call is only a fault when it left the caller without a proper answer.
    const under =
      finalOutcome(trace).verdict === 'correct' ? 0 : target * (1 - TIMING.lengthTolerance) - length;
    const cost = (excess: number) =>
      Math.max(TIMING.lengthPerTarget, Math.round((TIMING.lengthPerTarget * excess) / target));
    if (over > 0 && cost(over) < 0)
      draft.add(
        evidence(trace, trace.hangup, cost(over), WHY.tooLong(length, scenario.targetDuration)),
        TIPS.tooLong(scenario.targetDuration),
      );
    else if (under > 0 && cost(under) < 0)
      draft.add(
        evidence(trace, trace.hangup, cost(under), WHY.tooShort(length, scenario.targetDuration)),
        TIPS.tooShort,
      );
    else draft.add(evidence(trace, trace.hangup, 0, WHY.lengthOk(length, scenario.targetDuration)));
  }
  return draft.done();
}

/** Ask before a hold, thank after it, and do not make it last beyond the caller's patience. */
function scoreHolds(trace: Trace, draft: Draft): void {
  const { log } = trace;
  const patienceMs = trace.bundle.caller.patience * 1000;
  for (const h of trace.holds) {
    const previousResume = trace.resumes.filter((r) => r < h).at(-1) ?? trace.pickup;
    const before = trace.says.filter((s) => s > previousResume && s < h).slice(-2);
    const asked = before
      .map((s) => ({ s, act: firstAct(at(trace, s, 'trainee.say'), 'hold_request') }))
      .find((x) => x.act);
    if (asked) draft.add(evidence(trace, asked.s, 0, WHY.holdAsked, asked.act!.span));
    else draft.add(evidence(trace, h, TIMING.holdUnannounced, WHY.holdUnannounced), TIPS.holdUnannounced);

    const resume = trace.resumes.find((r) => r > h);
    if (resume === undefined) {
      if (trace.hangup >= 0 && at(trace, trace.hangup, 'hangup').reason === 'hold')
        draft.add(evidence(trace, trace.hangup, TIMING.holdHungUp, WHY.holdHungUp), TIPS.holdTooLong);
      continue;
    }
    const held = log[resume]!.t - log[h]!.t;
    if (held > patienceMs * TIMING.holdPatienceShare)
      draft.add(
        evidence(trace, resume, TIMING.holdTooLong, WHY.holdTooLong(held, trace.bundle.caller.patience)),
        TIPS.holdTooLong,
      );
    const after = trace.says.find((s) => s > resume);
    const span =
      after === undefined ? undefined : findThanksForWaiting(textOf(at(trace, after, 'trainee.say')));
    if (after !== undefined && span) draft.add(evidence(trace, after, 0, WHY.holdThanked, span));
    else
      draft.add(
        evidence(trace, after ?? resume, TIMING.holdNotThanked, WHY.holdNotThanked),
        TIPS.holdNotThanked,
      );
  }
}
