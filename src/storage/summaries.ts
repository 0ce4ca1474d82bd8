/**
 * The light summary kept beside each attempt: what the dashboard, the library and the advice
 * need (scores, outcome, dates) without the event log and the evidence, which make an attempt
 * ~8 Ko and a summary ~0.5 Ko. 10,000 attempts are ~85 Mo to read; their summaries ~5 Mo.
 *
 * A summary is derived data: it is written with its attempt (same transaction when IndexedDB
 * backs the stores), and whenever one is missing, unreadable or in an older format it is simply
 * rebuilt from the attempt (`summaryOf`), so no summary is ever set aside or reported: the
 * attempt is the record that counts. Its key is the attempt's id, in its own store
 * (`SUMMARY_STORE`), outside `STORE_NAMES`: the generic migrations of records.ts never see it.
 *
 * `rubricVersion` says which rubric the numbers come from, so the UI can re-score the attempts
 * of an older rubric from their logs (src/ui/app/attempts.ts) and save fresher summaries.
 */
import * as s from './schema.ts';
import { v, type Output } from './schema.ts';
import {
  CRITERIA,
  CRITICAL_RULES,
  VERDICTS,
  type CriterionId,
  type CriticalRule,
  type Verdict,
} from '../scenarios/vocabulary.ts';
import type { NewAttempt } from './records.ts';

/** The localforage store (IndexedDB object store) the summaries live in. */
export const SUMMARY_STORE = 'summaries';
/** The format summaries are written in today. An older one is rebuilt from its attempt. */
export const SUMMARY_VERSION = 1;

const NonEmpty = v.pipe(s.string(), s.minLength(1));
const Key = v.pipe(s.string(), s.minLength(1), s.maxLength(200));
const IsoDateTime = s.isoDateTime();
/** A score out of 100; `null`: the criterion does not apply (or nothing could score it). */
const Score = v.nullable(v.pipe(s.number(), s.minimum(0), s.maximum(100)));

export const SummaryOutcome = s.object({
  id: NonEmpty,
  verdict: s.picklist(VERDICTS),
  critical: v.optional(s.picklist(CRITICAL_RULES)),
  /** The outcome as the scorecard named it, in French. */
  label: v.optional(s.string()),
});

export const AttemptSummaryRecord = s.object({
  schemaVersion: s.literal(SUMMARY_VERSION),
  id: Key,
  profileId: Key,
  scenarioId: NonEmpty,
  scenarioVersion: v.pipe(s.int(), s.minimum(1)),
  startedAt: IsoDateTime,
  endedAt: v.optional(IsoDateTime),
  /** From the scorecard, else what the attempt itself recorded, else `null`. */
  outcome: v.nullable(SummaryOutcome),
  /** 0–100; `null` when the attempt has no (readable) scorecard. */
  total: Score,
  passed: s.boolean(),
  critical: s.array(s.picklist(CRITICAL_RULES)),
  /** Every criterion, `null` where it does not apply. */
  criteria: s.strictObject(
    Object.fromEntries(CRITERIA.map((id) => [id, Score])) as Record<CriterionId, typeof Score>,
    'record',
  ),
  /** The rubric the numbers come from; `null` without a scorecard (or one that did not say). */
  rubricVersion: v.nullable(s.int()),
});

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

// The hand-written interface above and the schema must agree (both ways).
type Parsed = Output<typeof AttemptSummaryRecord>;
const _sameShape: [Parsed, AttemptSummary] extends [AttemptSummary, Parsed] ? true : never = true;
void _sameShape;

/** What a summary is built from: an attempt, stored or about to be. */
export type SummarySource = Pick<
  NewAttempt,
  'id' | 'profileId' | 'scenarioId' | 'scenarioVersion' | 'startedAt' | 'endedAt' | 'outcome' | 'scorecard'
>;

const NO_CRITERIA = Object.freeze(
  Object.fromEntries(CRITERIA.map((id) => [id, null])) as Record<CriterionId, null>,
);
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isVerdict = (v: unknown): v is Verdict => (VERDICTS as readonly unknown[]).includes(v);
const isCritical = (v: unknown): v is CriticalRule => (CRITICAL_RULES as readonly unknown[]).includes(v);
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

export type SummaryRead =
  | { kind: 'ok'; value: AttemptSummary }
  /** Missing fields, wrong types, an older format, or not the summary of `key`: rebuild it. */
  | { kind: 'rebuild' }
  /** Written by a newer app: rebuild it for this session, leave the stored one alone. */
  | { kind: 'newer' };

const isKey = (v: unknown): v is string => typeof v === 'string' && v.length >= 1 && v.length <= 200;
/** An ISO date as `Date.prototype.toISOString` writes it (what the app writes): exact round trip. */
const isUtcIso = (v: unknown) => {
  if (typeof v !== 'string' || v.length !== 24 || v[23] !== 'Z') return false;
  const time = Date.parse(v);
  return !Number.isNaN(time) && new Date(time).toISOString() === v;
};
const isScore = (v: unknown) => v === null || (typeof v === 'number' && v >= 0 && v <= 100);

/**
 * The common case, checked by hand: a summary as `summaryOf` writes it. Never true for a record
 * the schema refuses (so it may skip the schema), but false for some it accepts (dates with an
 * offset, say): `readSummary` then asks the schema. Ten times faster than the schema alone,
 * which matters at 10,000 summaries per dashboard.
 */
function looksCurrent(v: Record<string, unknown>, key: string): boolean {
  if (
    v.schemaVersion !== SUMMARY_VERSION ||
    v.id !== key ||
    !isKey(key) ||
    !isKey(v.profileId) ||
    typeof v.scenarioId !== 'string' ||
    !v.scenarioId ||
    !Number.isInteger(v.scenarioVersion) ||
    (v.scenarioVersion as number) < 1 ||
    !isUtcIso(v.startedAt) ||
    (v.endedAt !== undefined && !isUtcIso(v.endedAt)) ||
    !isScore(v.total) ||
    typeof v.passed !== 'boolean' ||
    !Array.isArray(v.critical) ||
    !v.critical.every(isCritical) ||
    !(v.rubricVersion === null || Number.isInteger(v.rubricVersion)) ||
    !isObject(v.criteria)
  )
    return false;
  const outcome = v.outcome;
  if (outcome !== null) {
    if (!isObject(outcome) || typeof outcome.id !== 'string' || !outcome.id || !isVerdict(outcome.verdict))
      return false;
    if (outcome.critical !== undefined && !isCritical(outcome.critical)) return false;
    if (outcome.label !== undefined && typeof outcome.label !== 'string') return false;
  }
  const criteria = v.criteria;
  for (const id of CRITERIA) if (!isScore(criteria[id])) return false;
  return true;
}

/** Checks a stored summary (its key is its attempt's id). */
export function readSummary(raw: unknown, key: string): SummaryRead {
  if (!isObject(raw)) return { kind: 'rebuild' };
  const version = raw.schemaVersion;
  if (typeof version === 'number' && version > SUMMARY_VERSION) return { kind: 'newer' };
  if (looksCurrent(raw, key)) return { kind: 'ok', value: raw as unknown as AttemptSummary };
  const parsed = v.safeParse(AttemptSummaryRecord, raw);
  if (!parsed.success || parsed.output.id !== key) return { kind: 'rebuild' };
  return { kind: 'ok', value: parsed.output as AttemptSummary };
}

/** Oldest first (ties keep their order); sorts `summaries` in place and returns it. */
export function sortByStart<T extends { startedAt: string }>(items: T[]): T[] {
  const time = new Map(items.map((s) => [s, Date.parse(s.startedAt)]));
  return items.sort((a, b) => time.get(a)! - time.get(b)!);
}
