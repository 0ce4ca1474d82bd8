/**
 * Orientation: the outcome reached (the scenario's verdict) and the way to it: a refusal comes
 * with an alternative, and a vital emergency is sent to one of the scenario's numbers.
 */
import type { ActLabel } from '../../language/labels.ts';
import { findings } from '../findings.ts';
import { TIPS, WHY } from '../messages.ts';
import { memo } from '../readings.ts';
import { digitsOf, findAnyNumber } from '../text.ts';
import {
  at,
  endIndex,
  evidence,
  finalOutcome,
  firstAct,
  isDone,
  nextSays,
  pathBefore,
  textOf,
  type Trace,
} from '../trace.ts';
import { Draft, type CriterionDraft } from './draft.ts';

/**
 * Points of the scenario's verdict, on the graders' sheet: an « acceptable » outcome that is not
 * the right one is a poor orientation (grade 1), as is a wrong one that harms no one. An outcome
 * that is critical for medical advice says nothing of the way the caller was sent: that fault is
 * Limites du rôle's and a critical failure, so orientation keeps `adviceOutcome`, or the points
 * of the outcome reached before it (v7; a disclosure's too: Confidentialité's fault).
 */
export const OUTCOME_POINTS = {
  correct: 100,
  acceptable: 35,
  wrong: 25,
  critical: 0,
  adviceOutcome: 60,
} as const;
/** An acceptable outcome's lesson weighs less than a precise fault on the way (a bare refusal). */
const LESSON_WEIGHT_ACCEPTABLE = 10;
export const ORIENTATION = {
  refusalWithoutAlternative: -15,
  notRedirected: -50,
  /** The 15 given only after the caller was put on hold: not « at once » (GUIDE §4). */
  redirectedLate: -50,
  discrimination: -100,
} as const;

/** The most orientation scores when a refusal was left with no alternative (v7). */
export const BARE_REFUSAL_CAP = 55;

const ALTERNATIVE_ACTS: readonly ActLabel[] = ['proposal', 'redirect'];
const ALTERNATIVE_ACTIONS = new Set([
  'book',
  'move',
  'waitlist',
  'callback',
  'message',
  'transfer',
  'redirect',
]);

export interface EmergencyRedirect {
  turn: number;
  number: string;
  span?: [number, number];
}

/**
 * Every time the trainee sent the caller to one of the scenario's emergency numbers: a redirect
 * action to it, or a redirect act that names it — `conditional` when the number was given only
 * on a condition or for later (« si ça ne passe pas, faites le 15 »).
 */
export function emergencyRedirects(trace: Trace): (EmergencyRedirect & { conditional: boolean })[] {
  const numbers = trace.bundle.scenario.emergency;
  if (numbers.length === 0) return [];
  const wanted = new Set(numbers.map(digitsOf));
  const out: (EmergencyRedirect & { conditional: boolean })[] = [];
  for (let i = 0; i < trace.log.length; i++) {
    const e = trace.log[i]!;
    if (
      e.type === 'trainee.action' &&
      e.action?.kind === 'redirect' &&
      isDone(e) &&
      wanted.has(digitsOf(e.action.to ?? ''))
    )
      out.push({ turn: i, number: e.action.to, conditional: false });
    if (e.type === 'trainee.say') {
      const act = firstAct(at(trace, i, 'trainee.say'), 'redirect');
      const text = textOf(e);
      const found = act && memo(trace.bundle, 'emergencyNumber', text, () => findAnyNumber(text, numbers));
      if (found)
        out.push({ turn: i, number: found.number, span: found.span, conditional: !!act.conditional });
    }
  }
  return out;
}

/**
 * The first time the trainee sent the caller to one of the scenario's emergency numbers now and
 * without condition. Undefined when there is none (or the scenario has no emergency numbers).
 */
export function emergencyRedirect(trace: Trace): EmergencyRedirect | undefined {
  const found = emergencyRedirects(trace).find((r) => !r.conditional);
  if (!found) return undefined;
  const { conditional: _, ...redirect } = found;
  return redirect;
}

/** The caller was sent somewhere with the tools: booked, moved, transferred, given a number… */
function sentAnywhere(trace: Trace): boolean {
  return trace.actions.some((i) => {
    const e = at(trace, i, 'trainee.action');
    return isDone(e) && ALTERNATIVE_ACTIONS.has(e.action?.kind);
  });
}

export function scoreOrientation(trace: Trace): CriterionDraft {
  const draft = new Draft(0, TIPS.orientationGood);
  const outcome = finalOutcome(trace);
  const { scenario } = trace.bundle;
  const lesson = scenario.debrief[0] ?? TIPS.orientationGood;

  // A disclosure or advice settled as the outcome is not a fault of orientation (Confidentialité
  // and Limites du rôle take it, and it is critical): orientation judges where the caller was
  // sent, the outcome reached before it (the graders' sheet).
  const path =
    outcome.critical === 'secrecy' || outcome.critical === 'medical-advice'
      ? pathBefore(trace, trace.outcome)
      : undefined;
  if (trace.outcome < 0) draft.add(evidence(trace, endIndex(trace), 0, WHY.noOutcome), lesson, 100);
  else if (path) {
    const points = OUTCOME_POINTS[path.outcome.verdict];
    draft.add(
      evidence(trace, path.index, points, WHY.outcome(path.outcome.label, path.outcome.reason)),
      points < 100 ? lesson : undefined,
      (100 - points) / 4,
    );
  } else if (outcome.critical === 'medical-advice' && !sentAnywhere(trace)) {
    // Advice and nothing else: no booking, transfer, number, message or callback. The advice was
    // the only answer the caller got (the graders: a wrong orientation).
    draft.add(
      evidence(trace, trace.outcome, OUTCOME_POINTS.wrong, WHY.adviceOnly(outcome.label)),
      lesson,
      (100 - OUTCOME_POINTS.wrong) / 4,
    );
  } else {
    const points =
      outcome.critical === 'medical-advice'
        ? OUTCOME_POINTS.adviceOutcome
        : outcome.critical
          ? OUTCOME_POINTS.critical
          : OUTCOME_POINTS[outcome.verdict];
    const tip = outcome.critical === 'red-flag' ? TIPS.redFlag : points < 100 ? lesson : undefined;
    // The scenario's lesson gives way to a precise fault on the way (a refusal left bare), unless
    // the outcome is wrong.
    draft.add(
      evidence(trace, trace.outcome, points, WHY.outcome(outcome.label, outcome.reason)),
      tip,
      outcome.verdict === 'acceptable' && !outcome.critical ? LESSON_WEIGHT_ACCEPTABLE : (100 - points) / 4,
    );
  }

  if (trace.pickup >= 0 && scenario.emergency.length > 0) {
    const all = emergencyRedirects(trace);
    const redirect = all.find((r) => !r.conditional);
    const heldFirst = redirect && trace.holds.some((h) => h < redirect.turn);
    if (redirect && heldFirst)
      draft.add(
        evidence(
          trace,
          redirect.turn,
          ORIENTATION.redirectedLate,
          WHY.redirectedLate(redirect.number),
          redirect.span,
        ),
        TIPS.holdInEmergency,
      );
    else if (redirect)
      draft.add(evidence(trace, redirect.turn, 0, WHY.redirected(redirect.number), redirect.span));
    else {
      const conditional = all.find((r) => r.conditional);
      if (conditional)
        draft.add(
          evidence(
            trace,
            conditional.turn,
            ORIENTATION.notRedirected,
            WHY.conditionalRedirect(conditional.number),
            conditional.span,
          ),
          TIPS.redFlag,
        );
      else
        draft.add(
          evidence(trace, endIndex(trace), ORIENTATION.notRedirected, WHY.notRedirected(scenario.emergency)),
          TIPS.redFlag,
        );
    }
  }

  // A refusal on a forbidden ground (cover, origin, handicap, age, pathology) is never the
  // right way to send a caller, whatever the scenario's verdict (GUIDE §5).
  for (const f of findings(trace).discrimination)
    draft.add(
      evidence(trace, f.turn, ORIENTATION.discrimination, WHY.discrimination, f.span),
      TIPS.discrimination,
    );

  let bare: { turn: number; span: [number, number] } | undefined;
  for (const i of trace.says) {
    const say = at(trace, i, 'trainee.say');
    const blunt = firstAct(say, 'blunt');
    // A curt goodbye is a matter of tone (empathy, closing), not a refusal.
    if (!blunt || firstAct(say, 'closing')) continue;
    const [next, afterNext] = nextSays(trace, i, 2);
    const until = afterNext ?? trace.log.length;
    const alternative =
      firstAct(say, ...ALTERNATIVE_ACTS) ||
      (next !== undefined && firstAct(at(trace, next, 'trainee.say'), ...ALTERNATIVE_ACTS)) ||
      trace.actions.some((a) => {
        const action = at(trace, a, 'trainee.action');
        return a > i && a < until && isDone(action) && ALTERNATIVE_ACTIONS.has(action.action?.kind);
      });
    if (!alternative) {
      draft.add(
        evidence(trace, i, ORIENTATION.refusalWithoutAlternative, WHY.refusalWithoutAlternative, blunt.span),
        TIPS.refusalWithoutAlternative,
      );
      bare ??= { turn: i, span: blunt.span };
    }
  }
  // A refusal left bare is a real gap even when the call ends on the right outcome: the caller
  // heard « non » with no way forward (the sheet's 2 at best).
  const score = draft.evidence.reduce<number>((sum, e) => sum + e.points, draft.base);
  if (bare && score > BARE_REFUSAL_CAP)
    draft.add(
      evidence(trace, bare.turn, BARE_REFUSAL_CAP - score, WHY.bareRefusalCap, bare.span),
      TIPS.refusalWithoutAlternative,
    );
  return draft.done();
}
