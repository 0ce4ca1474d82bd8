/**
 * Critical failures (DESIGN §7, GUIDE §4–§5): faults that fail the attempt whatever its total.
 * Found in the log itself (a medical-advice act, a disclosure, a vital emergency not sent to the
 * scenario's numbers or given a slot) and in the scenario's verdict (a critical outcome).
 */
import { CRITICAL_RULES } from '../scenarios/vocabulary.ts';
import { emergencyRedirect } from './criteria/orientation.ts';
import { secrecyFindings } from './criteria/confidentiality.ts';
import { CRITICAL_RULE_TEXT, WHY_CRITICAL } from './messages.ts';
import { at, endIndex, evidence, finalOutcome, isDone, type Trace } from './trace.ts';
import type { CriticalFailure, CriticalRule, Evidence } from './types.ts';

export function criticalFailures(trace: Trace): CriticalFailure[] {
  const found = new Map<CriticalRule, Evidence[]>();
  const add = (id: CriticalRule, item: Evidence) => {
    const list = found.get(id) ?? [];
    if (!list.some((e) => e.turn === item.turn)) list.push(item);
    found.set(id, list);
  };

  if (trace.pickup >= 0) {
    const { advice, disclosures } = secrecyFindings(trace);
    for (const f of advice)
      add('medical-advice', evidence(trace, f.turn, 0, WHY_CRITICAL.medicalAdvice, f.span));
    for (const f of disclosures) add('secrecy', evidence(trace, f.turn, 0, WHY_CRITICAL.disclosure, f.span));

    const { emergency } = trace.bundle.scenario;
    if (emergency.length > 0) {
      for (const i of trace.actions) {
        const e = at(trace, i, 'trainee.action');
        if (isDone(e) && (e.action?.kind === 'book' || e.action?.kind === 'move'))
          add('red-flag', evidence(trace, i, 0, WHY_CRITICAL.slotForEmergency));
      }
      if (!emergencyRedirect(trace))
        add('red-flag', evidence(trace, endIndex(trace), 0, WHY_CRITICAL.notRedirected(emergency)));
    }
  }

  const outcome = finalOutcome(trace);
  if (outcome.critical && trace.outcome >= 0)
    add(
      outcome.critical,
      evidence(trace, trace.outcome, 0, WHY_CRITICAL.outcome(outcome.label, outcome.reason)),
    );

  return CRITICAL_RULES.filter((id) => found.has(id)).map((id) => ({
    id,
    rule: CRITICAL_RULE_TEXT[id],
    evidence: found.get(id)!.sort((a, b) => a.turn - b.turn),
  }));
}
