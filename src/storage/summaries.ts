/**
 * The light summary kept beside each attempt: what the dashboard, the library and the advice
 * need (scores, outcome, dates) without the event log and the evidence, which make an attempt
 * ~8 Ko and a summary ~0.5 Ko. 10,000 attempts are ~85 Mo to read; their summaries ~5 Mo.
 *
 * A summary is derived data: it is written with its attempt (same transaction when IndexedDB
 * backs the stores), and whenever one is missing, unreadable or in an older format it is simply
 * rebuilt from the attempt (`summaryOf`), so no summary is ever set aside or reported: the
 * attempt is the record that counts. Its key is the attempt's id, in its own store
 * (`SUMMARY_STORE`, summaryFormat.ts), outside `STORE_NAMES`: the generic migrations of
 * records.ts never see it.
 *
 * `rubricVersion` says which rubric the numbers come from, so the UI can re-score the attempts
 * of an older rubric from their logs (src/ui/app/attempts.ts) and save fresher summaries.
 *
 * A stored summary's schema and its check when read back are in storedSummary.ts.
 */
import {
  CRITERIA,
  CRITICAL_RULES,
  VERDICTS,
  type CriterionId,
  type CriticalRule,
  type Verdict,
} from '../scenarios/vocabulary.ts';
import type { NewAttempt } from './records.ts';
import { SUMMARY_VERSION } from './summaryFormat.ts';

export interface SummaryOutcome {
  id: string;
  verdict: Verdict;
  critical?: CriticalRule;
  label?: string;
}

/** One attempt in brief: the shape the storage keeps and the screens read. */
export interface AttemptSummary {
  schemaVersion: typeof SUMMARY_VERSION;
  id: string;
  profileId: string;
  scenarioId: string;
  scenarioVersion: number;
  startedAt: string;
  endedAt?: string;
  outcome: SummaryOutcome | null;
  total: number | null;
  passed: boolean;
  critical: CriticalRule[];
  criteria: Record<CriterionId, number | null>;
  rubricVersion: number | null;
}

/** What a summary is built from: an attempt, stored or about to be. */
export type SummarySource = Pick<
  NewAttempt,
  'id' | 'profileId' | 'scenarioId' | 'scenarioVersion' | 'startedAt' | 'endedAt' | 'outcome' | 'scorecard'
>;

const NO_CRITERIA = Object.freeze(
  Object.fromEntries(CRITERIA.map((id) => [id, null])) as Record<CriterionId, null>,
);
export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
export const isVerdict = (v: unknown): v is Verdict => (VERDICTS as readonly unknown[]).includes(v);
export const isCritical = (v: unknown): v is CriticalRule =>
  (CRITICAL_RULES as readonly unknown[]).includes(v);
const score100 = (v: unknown): number | null =>
  typeof v === 'number' && Number.isFinite(v) ? Math.min(100, Math.max(0, v)) : null;

function outcomeOf(value: unknown, label?: unknown): SummaryOutcome | null {
  if (!isObject(value) || typeof value.id !== 'string' || !value.id || !isVerdict(value.verdict)) return null;
  return {
    id: value.id,
    verdict: value.verdict,
    ...(isCritical(value.critical) && { critical: value.critical }),
    ...(typeof label === 'string' && { label }),
  };
}

/**
 * The numbers of a stored scorecard (src/scoring/types.ts `Scorecard`), read defensively: an
 * attempt saved by an older app, or by a bug, must still give a valid summary. `null` when it
 * does not look like a scorecard at all.
 */
function scoredPart(card: unknown) {
  if (!isObject(card)) return null;
  const total = score100(card.total);
  if (
    total === null ||
    typeof card.passed !== 'boolean' ||
    !isObject(card.criteria) ||
    !Array.isArray(card.critical) ||
    !isObject(card.outcome)
  )
    return null;
  const criteria = {} as Record<CriterionId, number | null>;
  for (const id of CRITERIA) {
    const entry = card.criteria[id];
    criteria[id] = isObject(entry) ? score100(entry.score) : null;
  }
  const critical: CriticalRule[] = [];
  for (const c of card.critical) if (isObject(c) && isCritical(c.id)) critical.push(c.id);
  return {
    total,
    passed: card.passed,
    criteria,
    critical,
    outcome: outcomeOf(card.outcome, card.outcome.label),
    rubricVersion: Number.isInteger(card.rubricVersion) ? (card.rubricVersion as number) : null,
  };
}

/**
 * The summary of an attempt, from `card` (by default the scorecard stored with it; the UI passes
 * a fresh one after re-scoring). Pure; always valid for a valid attempt.
 */
export function summaryOf(attempt: SummarySource, card: unknown = attempt.scorecard): AttemptSummary {
  const scored = scoredPart(card);
  const outcome = scored?.outcome ?? outcomeOf(attempt.outcome);
  return {
    schemaVersion: SUMMARY_VERSION,
    id: attempt.id,
    profileId: attempt.profileId,
    scenarioId: attempt.scenarioId,
    scenarioVersion: attempt.scenarioVersion,
    startedAt: attempt.startedAt,
    ...(attempt.endedAt !== undefined && { endedAt: attempt.endedAt }),
    outcome,
    total: scored ? scored.total : null,
    passed: scored ? scored.passed : false,
    critical: scored ? scored.critical : outcome?.critical ? [outcome.critical] : [],
    criteria: scored ? scored.criteria : { ...NO_CRITERIA },
    rubricVersion: scored ? scored.rubricVersion : null,
  };
}

/** Oldest first (ties keep their order): sorts summaries or attempts in place and returns them. */
export function sortByStart<T extends { startedAt: string }>(items: T[]): T[] {
  const time = new Map(items.map((s) => [s, Date.parse(s.startedAt)]));
  return items.sort((a, b) => time.get(a)! - time.get(b)!);
}
