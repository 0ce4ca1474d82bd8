/**
 * Limites du rôle: no medical advice, diagnosis or instruction about care, no minimising of a
 * symptom (GUIDE §2, §5; the graders' sheet). Advice is also a critical failure (critical.ts) and
 * harms the caller: one such line takes the criterion to 0. A discriminatory refusal is a wrong
 * orientation and a critical failure, not a matter of this criterion (orientation.ts).
 */
import { findings } from '../findings.ts';
import { TIPS, WHY } from '../messages.ts';
import { evidence, type Trace } from '../trace.ts';
import { Draft, type CriterionDraft } from './draft.ts';

export const ROLE = { medicalAdvice: -100, minimizing: -25 } as const;

export function scoreRole(trace: Trace): CriterionDraft | null {
  if (trace.pickup < 0) return null;
  const draft = new Draft(100, TIPS.roleGood);
  const { advice, minimizing } = findings(trace);
  for (const f of advice)
    draft.add(evidence(trace, f.turn, ROLE.medicalAdvice, WHY.medicalAdvice, f.span), TIPS.medicalAdvice);
  for (const f of minimizing.filter((m) => !advice.some((a) => a.turn === m.turn)))
    draft.add(evidence(trace, f.turn, ROLE.minimizing, WHY.minimizingSymptom, f.span), TIPS.minimizing);

  // An outcome settled live on a reading of medical advice is not trusted here: the lines are
  // read again (findings.ts), as they are for the critical failure.
  if (draft.evidence.length === 0)
    draft.add(evidence(trace, trace.says.at(-1) ?? trace.pickup, 0, WHY.roleKept));
  return draft.done();
}
