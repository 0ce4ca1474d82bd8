/**
 * Reformulation: the request rephrased before acting (before the first tool action or settled
 * outcome), covering the scenario's facts; a fact rephrased only after acting counts half. A
 * restatement counts with or without a marker (« si je comprends bien »): a line that restates
 * two of the scenario's facts (or its only one) is a rephrasing, and a fact restated in any
 * statement counts — v8: when it echoes the caller. A fact counts only once the caller has said
 * it (naming what was not heard is no restatement), and only in a sentence that is not the
 * trainee's own answer (an offer, a refusal, a redirect, a goodbye, advice: readings.ts
 * `restated`).
 */
import { TIPS, WHY } from '../messages.ts';
import { coveredFacts } from '../../language/analyze.ts';
import { memo } from '../readings.ts';
import { fold } from '../text.ts';
import { at, endIndex, evidence, textOf, type Trace } from '../trace.ts';
import { Draft, shares, type CriterionDraft } from './draft.ts';

export const REFORMULATION_POINTS = { before: 40, after: 20, facts: 60 };

export function scoreReformulation(trace: Trace): CriterionDraft | null {
  if (trace.pickup < 0) return null;
  const P = REFORMULATION_POINTS;
  const draft = new Draft(0, TIPS.reformulationGood);
  const beforeActing = (i: number) => trace.acting < 0 || i < trace.acting;
  const where = trace.acting >= 0 ? trace.acting : endIndex(trace);

  const { facts } = trace.bundle.scenario;
  const enough = Math.min(2, facts.length);
  const heard = heardFacts(trace);
  /** The facts a trainee line echoes that the caller had already said. */
  const echoed = (i: number) => {
    const restated = at(trace, i, 'trainee.say').restated;
    return (Array.isArray(restated) ? restated : []).filter((id) => heard.get(id)! < i);
  };
  const rephrasing = (i: number) => {
    const say = at(trace, i, 'trainee.say');
    if (say.rephrase) return say.rephrase;
    const text = textOf(say);
    return enough > 0 && echoed(i).length >= enough ? ([0, text.length] as [number, number]) : undefined;
  };
  const first = trace.says.find((i) => rephrasing(i));
  if (first === undefined)
    draft.add(evidence(trace, where, 0, WHY.reformulationMissing), TIPS.reformulationMissing, 100);
  else {
    const span = rephrasing(first)!;
    if (beforeActing(first)) draft.add(evidence(trace, first, P.before, WHY.reformulatedBefore, span));
    else
      draft.add(
        evidence(trace, first, P.after, WHY.reformulatedAfter, span),
        TIPS.reformulationLate,
        P.before - P.after,
      );
  }

  const points = shares(P.facts, facts.length);
  const missing: string[] = [];
  let missed = 0;
  facts.forEach((fact, k) => {
    const i = trace.says.find((s) => echoed(s).includes(fact.id));
    if (i === undefined) {
      missing.push(fact.label);
      missed += points[k]!;
      return;
    }
    const span = rephrasing(i);
    if (beforeActing(i)) draft.add(evidence(trace, i, points[k]!, WHY.factCovered(fact.label), span));
    else {
      const half = Math.floor(points[k]! / 2);
      draft.add(
        evidence(trace, i, half, WHY.factCoveredLate(fact.label), span),
        TIPS.reformulationLate,
        points[k]! - half,
      );
    }
  });
  if (missing.length > 0)
    draft.add(
      evidence(trace, where, 0, WHY.factsMissing(missing)),
      TIPS.factsMissing(missing, missing.length < facts.length),
      missed,
    );
  return draft.done();
}

/**
 * Where the caller first said each of the scenario's facts (the log index of the line), or
 * Infinity when never: a trainee line restates only what was said before it.
 */
function heardFacts(trace: Trace): Map<string, number> {
  const { facts } = trace.bundle.scenario;
  const heard = new Map(facts.map((f) => [f.id, Infinity]));
  for (const i of trace.callerLines) {
    const text = at(trace, i, 'caller.say').text;
    if (typeof text !== 'string') continue;
    const said = memo(trace.bundle, 'caller-facts', text, () => coveredFacts(fold(text), facts));
    for (const id of said) if (heard.get(id) === Infinity) heard.set(id, i);
  }
  return heard;
}
