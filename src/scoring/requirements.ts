/**
 * Why an attempt fails although no critical failure was found (the scorecard's `failures`):
 * a wrong outcome (the request was not handled: the graders' sheet passes a call only when it
 * would be acceptable from a trainee on the job), the urgent slot given away, or a step that the
 * final outcome `requires` (docs/scenario-format.md §8) not done — the namesake's date of birth
 * before moving an appointment, the SMS the consignes ask for… Each comes with its reason in
 * French for the debrief.
 */
import type { Requirement } from '../scenarios/schema.ts';
import { givesAwayUrgentSlot, urgentSlotGivenAway } from './criteria/accuracy.ts';
import { firstCapture, firstRecord } from './criteria/identification.ts';
import { WHY_FAILED } from './messages.ts';
import { at, endIndex, evidence, finalOutcome, firstAct, isDone, type Trace } from './trace.ts';
import type { Evidence, VerdictFailure } from './types.ts';

const CAPTURED = { name: 'name', birthdate: 'birthDate', phone: 'phone' } as const;

/** Whether a requirement was met, with where (a met step is not shown; a missed one is). */
function met(trace: Trace, r: Requirement): boolean {
  if (r.captured !== undefined) {
    const capture = firstCapture(trace, CAPTURED[r.captured]);
    if (!capture) return false;
    const record = firstRecord(trace);
    return record === undefined || capture.turn < record;
  }
  if (r.did !== undefined)
    return trace.actions.some((i) => {
      const e = at(trace, i, 'trainee.action');
      return isDone(e) && e.action?.kind === r.did;
    });
  if (r.said !== undefined) return trace.says.some((i) => firstAct(at(trace, i, 'trainee.say'), r.said!));
  if (r.covered !== undefined)
    return trace.says.some((i) => {
      const facts = at(trace, i, 'trainee.say').facts;
      return Array.isArray(facts) && facts.includes(r.covered!);
    });
  return true;
}

/** Where the debrief points a missed step: the first record for an identity, else the outcome. */
function whereMissed(trace: Trace, r: Requirement): number {
  if (r.captured !== undefined) return firstRecord(trace) ?? endIndex(trace);
  return trace.outcome >= 0 ? trace.outcome : endIndex(trace);
}

export function verdictFailures(trace: Trace): VerdictFailure[] {
  if (trace.pickup < 0) return [];
  const failures: VerdictFailure[] = [];
  const outcome = finalOutcome(trace);
  const defined = trace.bundle.scenario.outcomes[outcome.id];
  // A critical outcome is already a critical failure; a missed call fails on its total.
  if (outcome.verdict === 'wrong' && !outcome.critical) {
    const turn = trace.outcome >= 0 ? trace.outcome : endIndex(trace);
    failures.push({
      id: 'wrong-outcome',
      rule: WHY_FAILED.wrongOutcome(outcome.label, outcome.reason),
      evidence: [evidence(trace, turn, 0, outcome.label)],
    });
  }
  if (givesAwayUrgentSlot(trace)) {
    const given: Evidence[] = [];
    for (const i of trace.actions) {
      const e = at(trace, i, 'trainee.action');
      if (
        isDone(e) &&
        (e.action?.kind === 'book' || e.action?.kind === 'move') &&
        urgentSlotGivenAway(trace, e)
      )
        given.push(evidence(trace, i, 0, WHY_FAILED.urgentSlot(e.slot!.start)));
    }
    failures.push({ id: 'urgent-slot', rule: given[0]!.why, evidence: given });
  }
  for (const r of defined?.requires ?? [])
    if (!met(trace, r))
      failures.push({
        id: 'requirement',
        rule: r.reason,
        evidence: [evidence(trace, whereMissed(trace, r), 0, WHY_FAILED.requirementMissed)],
      });
  return failures;
}
