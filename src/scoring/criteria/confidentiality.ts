/**
 * Confidentialité: nothing told about another person (GUIDE §5). Evaluated only when the call
 * puts secrecy to the test (a relative's call, an outcome that breaks it) or the trainee told
 * something about someone else; otherwise « non évalué », and it weighs nothing in the total.
 * A disclosure is also the critical failure `secrecy` (critical.ts).
 */
import { findings } from '../findings.ts';
import { NOT_EVALUATED, TIPS, WHY } from '../messages.ts';
import { memo } from '../readings.ts';
import { fold } from '../text.ts';
import { at, evidence, finalOutcome, textOf, type Trace } from '../trace.ts';
import { Draft, type CriterionDraft, type NotEvaluated } from './draft.ts';

export const CONFIDENTIALITY = { disclosure: -100 } as const;

/** « Je suis tenue au secret médical », « je ne peux pas vous renseigner sur un autre patient ». */
const KEPT =
  /\bsecret (?:medical|professionnel)\b|\bconfidenti\w*|\bje ne peux pas (?:vous )?(?:renseigner|donner d'information|communiquer)/;

/** Does the scenario put secrecy to the test? */
export function testsSecrecy(trace: Trace): boolean {
  const { scenario } = trace.bundle;
  return (
    scenario.callerType === 'relative' ||
    Object.values(scenario.outcomes).some((o) => o.critical === 'secrecy')
  );
}

export function scoreConfidentiality(trace: Trace): CriterionDraft | NotEvaluated | null {
  if (trace.pickup < 0) return null;
  const { disclosures } = findings(trace);
  const outcome = finalOutcome(trace);
  if (!testsSecrecy(trace) && disclosures.length === 0 && outcome.critical !== 'secrecy')
    return { notEvaluated: NOT_EVALUATED.confidentiality };
  const draft = new Draft(100, TIPS.confidentialityGood);
  for (const f of disclosures)
    draft.add(evidence(trace, f.turn, CONFIDENTIALITY.disclosure, WHY.disclosure, f.span), TIPS.disclosure);
  if (outcome.critical === 'secrecy' && disclosures.length === 0)
    draft.add(
      evidence(trace, trace.outcome, CONFIDENTIALITY.disclosure, WHY.secrecyOutcome(outcome.label)),
      TIPS.disclosure,
    );
  if (draft.evidence.length === 0) {
    const kept = trace.says.find((i) => {
      const text = textOf(at(trace, i, 'trainee.say'));
      return memo(trace.bundle, 'secrecyKept', text, () => KEPT.test(fold(text)));
    });
    draft.add(evidence(trace, kept ?? trace.says.at(-1) ?? trace.pickup, 0, WHY.secrecyKept));
  }
  return draft.done();
}
