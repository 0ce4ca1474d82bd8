/**
 * How sure a reading is, from 0 (a guess) to 1 (certain), and where the caller should ask
 * rather than react (issue #14).
 *
 * Acts:
 * - a lexicon rule that matched a frame of several words: 0.9 (a fault: 0.85);
 * - a lone keyword (« ok », « rien », « tu »): 0.8 (a fault: 0.6);
 * - a blunt refusal, read from the absence of any alternative: 0.75;
 * - acts read from structure rather than words: set where they are read (analyze.ts), e.g. a
 *   question known only by its question mark 0.7, a restatement known by its two facts 0.65.
 * Intents and entities carry their own (intents.ts, entities.ts): a full frame with its entity
 * high, a frame without one lower (an offer with no date: 0.55), an ambiguous number 0.6.
 * The analysis: the lowest of its acts and intents; a line where nothing was read is sure when
 * it is short (« d'accord »: 0.9) and a guess when it is long (0.4).
 */
import { FAULT_ACTS, type ActLabel } from './labels.ts';

/** Under this, the caller asks what was meant instead of reacting to the reading. */
export const CLARIFY_BELOW = 0.5;

export function ruleConfidence(label: ActLabel, said: string, refusal: boolean): number {
  if (refusal) return 0.75;
  const fault = FAULT_ACTS.includes(label);
  const severalWords = /[a-z0-9][^a-z0-9]+[a-z0-9]/.test(said);
  if (severalWords) return fault ? 0.85 : 0.9;
  return fault ? 0.6 : 0.8;
}

export function lineConfidence(
  acts: readonly { confidence?: number }[],
  intents: readonly { confidence: number }[],
  folded: string,
): number {
  let lowest = 1;
  for (const r of acts) lowest = Math.min(lowest, r.confidence ?? 1);
  for (const r of intents) lowest = Math.min(lowest, r.confidence);
  if (acts.length + intents.length > 0) return lowest;
  return /^\W*(?:[a-z0-9']+\W+){0,2}[a-z0-9']*\W*$/.test(folded) ? 0.9 : 0.4;
}
