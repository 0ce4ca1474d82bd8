/**
 * Confidentialité: nothing told about another person, no medical advice (GUIDE §5). Both are
 * also critical failures (critical.ts); here they weigh on the criterion.
 */
import { TIPS, WHY } from '../messages.ts';
import { findDisclosure } from '../text.ts';
import { at, evidence, finalOutcome, firstAct, textOf, type Trace } from '../trace.ts';
import { Draft, type CriterionDraft } from './draft.ts';

export const CONFIDENTIALITY = { medicalAdvice: -60, disclosure: -60 } as const;

export interface Finding {
  turn: number;
  span: [number, number];
}

export interface SecrecyFindings {
  advice: Finding[];
  disclosures: Finding[];
}

// The criterion and the critical failures both ask; the patterns run once per attempt.
const found = new WeakMap<Trace, SecrecyFindings>();

/** The utterances that gave medical advice (the analyser's act) or told about someone else. */
export function secrecyFindings(trace: Trace): SecrecyFindings {
  const known = found.get(trace);
  if (known) return known;
  const advice: Finding[] = [];
  const disclosures: Finding[] = [];
  for (const turn of trace.says) {
    const say = at(trace, turn, 'trainee.say');
    const act = firstAct(say, 'medical_advice');
    if (act) advice.push({ turn, span: act.span });
    const span = findDisclosure(textOf(say));
    if (span) disclosures.push({ turn, span });
  }
  const findings = { advice, disclosures };
  found.set(trace, findings);
  return findings;
}

export function scoreConfidentiality(trace: Trace): CriterionDraft | null {
  if (trace.pickup < 0) return null;
  const draft = new Draft(100, TIPS.confidentialityGood);
  const { advice, disclosures } = secrecyFindings(trace);
  for (const f of advice)
    draft.add(
      evidence(trace, f.turn, CONFIDENTIALITY.medicalAdvice, WHY.medicalAdvice, f.span),
      TIPS.medicalAdvice,
    );
  for (const f of disclosures)
    draft.add(evidence(trace, f.turn, CONFIDENTIALITY.disclosure, WHY.disclosure, f.span), TIPS.disclosure);

  // The scenario may know better than the patterns: its outcome says what happened.
  const outcome = finalOutcome(trace);
  if (outcome.critical === 'secrecy' && disclosures.length === 0)
    draft.add(
      evidence(trace, trace.outcome, CONFIDENTIALITY.disclosure, WHY.secrecyOutcome(outcome.label)),
      TIPS.disclosure,
    );
  if (outcome.critical === 'medical-advice' && advice.length === 0)
    draft.add(
      evidence(trace, trace.outcome, CONFIDENTIALITY.medicalAdvice, WHY.medicalAdvice),
      TIPS.medicalAdvice,
    );

  if (draft.evidence.length === 0)
    draft.add(evidence(trace, trace.says.at(-1) ?? trace.pickup, 0, WHY.secrecyKept));
  return draft.done();
}
