/**
 * Gestion du temps: rings before pickup, the silence after picking up, how fast the trainee
 * answers, hold etiquette (announce, come back or check in within about a minute, thank) and the
 * call's length against the scenario's target. The after-call time (wrap-up) is neither silence
 * nor call length. Points are lost from 100.
 */
import { TIPS, WHY } from '../messages.ts';
import { memo } from '../readings.ts';
import { findThanksForWaiting, fold } from '../text.ts';
import type { Evidence } from '../types.ts';
import { emergencyRedirects } from './orientation.ts';
import { at, evidence, firstAct, intentOf, isDone, textOf, type Trace } from '../trace.ts';
import { Draft, type CriterionDraft } from './draft.ts';

export const TIMING = {
  /** Picking up at this ring or before is on time (GUIDE §1: before the 3rd ring)… */
  onTimeRings: 2,
  /** …the 3rd ring is a real gap on the graders' sheet, each further one costs `perLateRing`. */
  firstLateRing: -45,
  perLateRing: -20,
  /** After picking up, the first words (or the first keystroke) are due within this time… */
  openingGraceMs: 5_000,
  /** …and each further step of this length costs `openingSilence`, up to `openingSilenceMax`. */
  openingStepMs: 2_000,
  openingSilence: -5,
  openingSilenceMax: -30,
  /** A reply this long after the caller's line costs `slowReply`, and again each further step. */
  slowReplyMs: 15_000,
  slowReplyStepMs: 10_000,
  slowReply: -5,
  slowReplyMax: -15,
  /**
   * A silence long enough that the caller asks whether anyone is there (v8): a short one (the
   * caller's line to the trainee's answer within `shortSilenceMs`) is one thing to correct on the
   * graders' sheet, a longer one more; each further prompt costs `silencePromptAgain`, all of them
   * together at most `silencePromptMax` (« several gaps of about 10 s » is a 3, not a 1).
   */
  shortSilenceMs: 12_000,
  silencePrompt: -20,
  silencePromptLong: -30,
  silencePromptAgain: -10,
  silencePromptMax: -50,
  holdUnannounced: -30,
  /** Told to hold (« ne quittez pas ») rather than asked whether they can. */
  holdNotAsked: -15,
  holdNotThanked: -20,
  /** A hold costs from here (GUIDE: come back or check in within about a minute)… */
  holdLongMs: 30_000,
  holdLong: -15,
  /** …and more past here. */
  holdTooLongMs: 60_000,
  holdTooLong: -30,
  holdHungUp: -30,
  /** Any hold while a vital emergency is still not sent to the 15: every second counts. */
  holdInEmergency: -30,
  /** Call length within target ± this share is fine; beyond, the cost grows with the excess. */
  lengthTolerance: 0.5,
  /** Cost of an excess equal to the whole target; capped at the same value. */
  lengthPerTarget: -20,
  /**
   * A call ended too soon for its situation, one grade of the sheet: the trainee hangs up on a
   * caller who is still asking or objecting, or a vital emergency loses time (not sent to the 15
   * at once and unconditionally, or given a slot).
   */
  endedTooSoon: -25,
  /** Unless the call was missed or an emergency was kept waiting, a grade is kept. */
  floor: 20,
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
      evidence(
        trace,
        trace.pickup,
        TIMING.firstLateRing + (late - 1) * TIMING.perLateRing,
        WHY.pickupLate(trace.rings),
      ),
      TIPS.pickupLate,
    );
  else draft.add(evidence(trace, trace.pickup, 0, WHY.pickupOnTime(Math.max(1, trace.rings))));

  // The silence after picking up: until the first word or keystroke.
  const pickedUp = log[trace.pickup]!.t;
  const first = log.findIndex((e, i) => i > trace.pickup && TRAINEE_INPUTS.has(e.type));
  const until = first >= 0 ? log[first]!.t : trace.hangup >= 0 ? log[trace.hangup]!.t : pickedUp;
  const opening = until - pickedUp - TIMING.openingGraceMs;
  if (opening > 0) {
    const cost = Math.max(
      TIMING.openingSilenceMax,
      Math.ceil(opening / TIMING.openingStepMs) * TIMING.openingSilence,
    );
    draft.add(
      evidence(trace, first >= 0 ? first : trace.pickup, cost, WHY.openingSilence(until - pickedUp)),
      TIPS.openingSilence,
    );
  }

  // Response latency: from a caller line to the trainee's next input, unless the caller had to
  // prompt (that prompt is the cost, by how long the silence lasted) or the caller is on hold.
  // The after-call time is no call.
  let waitingSince = -1;
  let onHold = false;
  let prompted = 0;
  let promptCost = 0;
  /** The silence the caller broke with a prompt: since the last words, and its prompts. */
  let silenceFrom = log[trace.pickup]!.t;
  let pending: number[] = [];
  const settlePrompts = (end: number) => {
    for (const p of pending) {
      const first = prompted++ === 0;
      const length = end - silenceFrom;
      const cost = first
        ? length <= TIMING.shortSilenceMs
          ? TIMING.silencePrompt
          : TIMING.silencePromptLong
        : TIMING.silencePromptAgain;
      const points = Math.max(cost, TIMING.silencePromptMax - promptCost);
      promptCost += points;
      draft.add(evidence(trace, p, points, WHY.silencePromptTimed(length)), TIPS.slowReply);
    }
    pending = [];
  };
  const callEnd = trace.wrapupStart >= 0 ? trace.wrapupStart : log.length;
  for (let i = trace.pickup + 1; i < callEnd; i++) {
    const e = log[i]!;
    if (e.type === 'hold') onHold = true;
    if (e.type === 'resume') onHold = false;
    if (e.type === 'caller.say') {
      if (e.cause === 'prompt') {
        pending.push(i);
        waitingSince = -1;
      } else if (e.cause !== 'hangup' && !onHold) {
        if (pending.length === 0) silenceFrom = e.t;
        waitingSince = e.t;
      }
    } else if (TRAINEE_INPUTS.has(e.type) || (e.type === 'hangup' && e.by === 'trainee')) {
      settlePrompts(e.t);
      silenceFrom = e.t;
      const waited = waitingSince >= 0 ? e.t - waitingSince : 0;
      if (waited > TIMING.slowReplyMs) {
        const steps = 1 + Math.floor((waited - TIMING.slowReplyMs) / TIMING.slowReplyStepMs);
        const cost = Math.max(TIMING.slowReplyMax, steps * TIMING.slowReply);
        draft.add(evidence(trace, i, cost, WHY.slowReply(waited)), TIPS.slowReply);
      }
      waitingSince = -1;
    }
  }
  settlePrompts(log[Math.min(callEnd, log.length) - 1]?.t ?? silenceFrom);

  const emergencyKeptWaiting = scoreHolds(trace, draft);

  const ended = trace.hangup >= 0 ? trace.hangup : trace.wrapupStart;
  if (ended >= 0) {
    const length = log[ended]!.t - log[trace.pickup]!.t;
    const target = scenario.targetDuration * 1000;
    const over = length - target * (1 + TIMING.lengthTolerance);
    const cost = (excess: number) =>
      Math.max(TIMING.lengthPerTarget, Math.round((TIMING.lengthPerTarget * excess) / target));
    const cutOff = cutOffCaller(trace);
    if (over > 0 && cost(over) < 0)
      draft.add(
        evidence(trace, ended, cost(over), WHY.tooLong(length, scenario.targetDuration)),
        TIPS.tooLong(scenario.targetDuration),
      );
    else if (cutOff)
      draft.add(evidence(trace, cutOff.turn, TIMING.endedTooSoon, WHY.cutOff(cutOff.line)), TIPS.tooShort);
    else if (emergencyDelayed(trace))
      draft.add(evidence(trace, ended, TIMING.endedTooSoon, WHY.emergencyDelayed), TIPS.holdInEmergency);
    else draft.add(evidence(trace, ended, 0, WHY.lengthOk(length, scenario.targetDuration)));
  }
  if (!emergencyKeptWaiting) keepFloor(draft.evidence, TIMING.floor);
  return draft.done();
}

/** Points lost stop at `floor`: the last ones are cut back so that the evidence still adds up. */
function keepFloor(items: Evidence[], floor: number): void {
  let excess = floor - (100 + items.reduce((sum, e) => sum + e.points, 0));
  for (let i = items.length - 1; i >= 0 && excess > 0; i--) {
    const item = items[i]!;
    if (item.points >= 0) continue;
    const back = Math.min(excess, -item.points);
    item.points += back;
    excess -= back;
  }
}

/**
 * Announce a hold, come back (or check in) within about a minute, thank after it. A check-in is
 * a resume: each stretch on hold is measured on its own, and a stretch that follows a check-in
 * needs no new announcement beyond the words said during the check-in.
 */
function scoreHolds(trace: Trace, draft: Draft): boolean {
  const { log } = trace;
  const emergency = trace.bundle.scenario.emergency.length > 0;
  const sentOn = emergency ? firstEmergencyRedirect(trace) : -1;
  let keptWaiting = false;
  for (const h of trace.holds) {
    if (emergency && (sentOn < 0 || h < sentOn)) {
      keptWaiting = true;
      draft.add(evidence(trace, h, TIMING.holdInEmergency, WHY.holdInEmergency), TIPS.holdInEmergency);
    }
    const previousResume = trace.resumes.filter((r) => r < h).at(-1) ?? trace.pickup;
    const before = trace.says.filter((s) => s > previousResume && s < h).slice(-2);
    const asked = before
      .map((s) => {
        const say = at(trace, s, 'trainee.say');
        return { s, span: (firstAct(say, 'hold_request') ?? intentOf(say, 'announce_hold'))?.span };
      })
      .find((x) => x.span);
    // After a check-in the caller already knows the wait goes on: no new permission is due.
    const checkedIn = previousResume !== trace.pickup;
    if (asked && (checkedIn || isQuestion(textOf(at(trace, asked.s, 'trainee.say')), asked.span!)))
      draft.add(evidence(trace, asked.s, 0, WHY.holdAsked, asked.span));
    else if (asked)
      draft.add(
        evidence(trace, asked.s, TIMING.holdNotAsked, WHY.holdNotAsked, asked.span),
        TIPS.holdUnannounced,
      );
    else draft.add(evidence(trace, h, TIMING.holdUnannounced, WHY.holdUnannounced), TIPS.holdUnannounced);

    const resume = trace.resumes.find((r) => r > h);
    if (resume === undefined) {
      if (trace.hangup >= 0 && at(trace, trace.hangup, 'hangup').reason === 'hold')
        draft.add(evidence(trace, trace.hangup, TIMING.holdHungUp, WHY.holdHungUp), TIPS.holdTooLong);
      continue;
    }
    const held = log[resume]!.t - log[h]!.t;
    if (held > TIMING.holdTooLongMs)
      draft.add(evidence(trace, resume, TIMING.holdTooLong, WHY.holdTooLong(held)), TIPS.holdTooLong);
    else if (held > TIMING.holdLongMs)
      draft.add(evidence(trace, resume, TIMING.holdLong, WHY.holdLong(held)), TIPS.holdTooLong);
    const after = trace.says.find((s) => s > resume);
    const text = after === undefined ? undefined : textOf(at(trace, after, 'trainee.say'));
    const span =
      text === undefined ? undefined : memo(trace.bundle, 'thanks', text, () => findThanksForWaiting(text));
    if (after !== undefined && span) draft.add(evidence(trace, after, 0, WHY.holdThanked, span));
    else
      draft.add(
        evidence(trace, after ?? resume, TIMING.holdNotThanked, WHY.holdNotThanked),
        TIPS.holdNotThanked,
      );
  }
  return keptWaiting;
}

/** The hold was asked for, not imposed: a question (« Puis-je vous mettre en attente ? »). */
function isQuestion(text: string, span: readonly [number, number]): boolean {
  const sentenceEnd = text.slice(span[0]).search(/[.!?…]/);
  const end = sentenceEnd < 0 ? text.length : span[0] + sentenceEnd;
  return text[end] === '?' || HOLD_PERMISSION.test(fold(text.slice(0, end)));
}

const HOLD_PERMISSION =
  /\b(?:puis-je|je peux|est-ce que je peux|pouvez-vous|pourriez-vous|vous pouvez|vous voulez bien|vous permettez|accepteriez-vous|ca ne vous derange pas|si vous le permettez|si vous voulez bien)\b/;

const FAREWELL = /\b(?:au revoir|bonne (?:journee|soiree|fin de journee)|merci|a bientot)\b/;

/** The trainee's hang-up on a caller whose last words were still a question or an objection. */
function cutOffCaller(trace: Trace): { turn: number; line: string } | undefined {
  if (trace.hangup < 0 || at(trace, trace.hangup, 'hangup').by !== 'trainee') return undefined;
  const lastWords = trace.log
    .slice(0, trace.hangup)
    .findLast((e) => e.type === 'caller.say' || e.type === 'trainee.say');
  if (lastWords?.type !== 'caller.say' || FAREWELL.test(fold(lastWords.text))) return undefined;
  return { turn: trace.hangup, line: lastWords.text };
}

/** A vital emergency never sent to the 15 unconditionally, or given a slot. */
export function emergencyDelayed(trace: Trace): boolean {
  if (trace.bundle.scenario.emergency.length === 0) return false;
  const booked = trace.actions.some((i) => {
    const e = at(trace, i, 'trainee.action');
    return isDone(e) && (e.action?.kind === 'book' || e.action?.kind === 'move');
  });
  return booked || firstEmergencyRedirect(trace) < 0;
}

/** Where the trainee first sends a vital emergency on (tool or words, unconditionally). */
function firstEmergencyRedirect(trace: Trace): number {
  const sent = emergencyRedirects(trace).filter((r) => !r.conditional);
  return sent.length ? Math.min(...sent.map((r) => r.turn)) : -1;
}
