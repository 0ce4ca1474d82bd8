/**
 * Reformulation: the request rephrased before acting (before the first tool action or settled
 * outcome), covering the scenario's facts; a fact rephrased only after acting counts half. A
 * restatement counts with or without a marker (« si je comprends bien »): a line that restates
 * two of the scenario's facts (or its only one) is a rephrasing, and a fact restated in any
 * statement counts.
 */
import { TIPS, WHY } from '../messages.ts';
import { at, endIndex, evidence, firstAct, textOf, type Trace } from '../trace.ts';
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
  const rephrasing = (i: number) => {
    const say = at(trace, i, 'trainee.say');
    const act = firstAct(say, 'reformulation');
    if (act) return act.span;
    const text = textOf(say);
    return enough > 0 && say.facts.length >= enough ? ([0, text.length] as [number, number]) : undefined;
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
    const i = trace.says.find((s) => {
      const covered = at(trace, s, 'trainee.say').facts;
      return Array.isArray(covered) && covered.includes(fact.id);
    });
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
