/**
 * Critical failures (DESIGN §7, GUIDE §4–§5): faults that fail the attempt whatever its total.
 * Found in the trainee's words and actions (medical advice, a disclosure, a discriminatory
 * refusal in any scenario; a vital emergency given a slot, sent to the 15 only on a condition or
 * never) and in the scenario's verdict (a critical outcome).
 */
import { foldText } from '../machines/conditions.ts';
import { CRITICAL_RULES } from '../scenarios/vocabulary.ts';
import { emergencyRedirects } from './criteria/orientation.ts';
import { findings } from './findings.ts';
import { memo } from './readings.ts';
import { CRITICAL_RULE_TEXT, WHY_CRITICAL } from './messages.ts';
import { at, endIndex, evidence, intentOf, isDone, outcomeAt, type Trace } from './trace.ts';
import type { CriticalFailure, CriticalRule, Evidence } from './types.ts';

export function criticalFailures(trace: Trace): CriticalFailure[] {
  const found = new Map<CriticalRule, Evidence[]>();
  const add = (id: CriticalRule, item: Evidence) => {
    const list = found.get(id) ?? [];
    if (!list.some((e) => e.turn === item.turn && e.why === item.why)) list.push(item);
    found.set(id, list);
  };

  if (trace.pickup >= 0) {
    const { advice, disclosures, discrimination } = findings(trace);
    for (const f of advice)
      add('medical-advice', evidence(trace, f.turn, 0, WHY_CRITICAL.medicalAdvice, f.span));
    for (const f of disclosures) add('secrecy', evidence(trace, f.turn, 0, WHY_CRITICAL.disclosure, f.span));
    for (const f of discrimination)
      add('discrimination', evidence(trace, f.turn, 0, WHY_CRITICAL.discrimination, f.span));

    const { emergency } = trace.bundle.scenario;
    if (emergency.length > 0) redFlag(trace, add);
  }

  // A fault of words settled live because the analyser read it in a line (`said: medical_advice`)
  // stands only if the scorer, reading the lines again, finds it too: a stored attempt scores as
  // the lines read now. A fault the scenario's author recognised in the words themselves
  // (`mentions`) always stands. Every critical outcome of the log counts, not only the last: a
  // second fault of another rule does not undo the first (machines/turn.ts `settle`).
  const readAgain = trace.pickup >= 0 ? findings(trace) : undefined;
  const foundAgain = readAgain && {
    'medical-advice': readAgain.advice.length > 0,
    secrecy: readAgain.disclosures.length > 0,
    discrimination: readAgain.discrimination.length > 0,
  };
  for (const index of criticalOutcomes(trace)) {
    const outcome = outcomeAt(trace, index);
    if (!outcome.critical) continue;
    const settledOn = settlingLine(trace, index);
    const readLive = !!settledOn && !authorsWords(trace, outcome.id, settledOn.text);
    const wordsAgree =
      !readLive ||
      !foundAgain ||
      !(outcome.critical in foundAgain) ||
      foundAgain[outcome.critical as keyof typeof foundAgain];
    if (wordsAgree)
      add(outcome.critical, evidence(trace, index, 0, WHY_CRITICAL.outcome(outcome.label, outcome.reason)));
  }

  return CRITICAL_RULES.filter((id) => found.has(id)).map((id) => ({
    id,
    rule: CRITICAL_RULE_TEXT[id],
    evidence: found.get(id)!.sort((a, b) => a.turn - b.turn),
  }));
}

/**
 * A red flag present now (GUIDE §4): the 15 must be given at once and without condition. A slot
 * booked or offered, or a 15 given only on a condition or for later, is the critical `red-flag`.
 */
function redFlag(trace: Trace, add: (id: CriticalRule, item: Evidence) => void): void {
  const { emergency } = trace.bundle.scenario;
  for (const i of trace.actions) {
    const e = at(trace, i, 'trainee.action');
    if (isDone(e) && (e.action?.kind === 'book' || e.action?.kind === 'move'))
      add('red-flag', evidence(trace, i, 0, WHY_CRITICAL.slotForEmergency));
  }
  for (const i of trace.says) {
    const offer = intentOf(at(trace, i, 'trainee.say'), 'offer_slot');
    if (offer) add('red-flag', evidence(trace, i, 0, WHY_CRITICAL.slotOffered, offer.span));
  }
  const redirects = emergencyRedirects(trace);
  if (redirects.some((r) => !r.conditional)) return;
  const conditional = redirects.find((r) => r.conditional);
  if (conditional)
    add(
      'red-flag',
      evidence(trace, conditional.turn, 0, WHY_CRITICAL.conditional(conditional.number), conditional.span),
    );
  else add('red-flag', evidence(trace, endIndex(trace), 0, WHY_CRITICAL.notRedirected(emergency)));
}

/** Indices of the log's outcomes that are critical (the final one included). */
function criticalOutcomes(trace: Trace): number[] {
  const out: number[] = [];
  for (let i = 0; i < trace.log.length; i++)
    if (trace.log[i]?.type === 'outcome' && outcomeAt(trace, i).critical) out.push(i);
  return out;
}

/** The trainee's line an outcome was settled on (the last one before it), if any. */
function settlingLine(trace: Trace, outcome: number) {
  for (let i = outcome; i >= 0; i--) {
    const e = trace.log[i];
    if (e?.type === 'trainee.say') return e;
    if (e?.type === 'trainee.action') return undefined;
  }
  return undefined;
}

/**
 * Whether the line holds words the scenario's author named for the critical outcome (`mentions`),
 * matched as the dialogue matches them (accents, case and punctuation ignored, whole words): a
 * mention written « quelqu un » is the line's « quelqu’un ».
 */
function authorsWords(trace: Trace, id: string, text: string): boolean {
  return memo(trace.bundle, `authors-words-${id}`, text, () => namesAuthorsWords(trace, id, text));
}

function namesAuthorsWords(trace: Trace, id: string, text: string): boolean {
  const { scenario } = trace.bundle;
  const line = foldText(text);
  return [...Object.values(scenario.nodes).flatMap((n) => n.on), ...scenario.anytime].some(
    (r) => r.settle === id && (r.when.mentions ?? []).some((m) => line.includes(foldText(m))),
  );
}
