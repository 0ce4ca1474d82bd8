/**
 * A summary as stored (summaries.ts says what a summary is): its schema, and the check of one
 * read back, which the library, the dashboard and the start-up migration make (summaryStore.ts).
 * Kept apart from `summaryOf`, which the app's first download holds (the storage's interface
 * exports it), so that this loads only with those pages.
 */
import * as s from './schema.ts';
import { v, type Output } from './schema.ts';
import { CRITERIA, CRITICAL_RULES, VERDICTS, type CriterionId } from '../scenarios/vocabulary.ts';
import { isCritical, isObject, isVerdict, type AttemptSummary } from './summaries.ts';
import { SUMMARY_VERSION } from './summaryFormat.ts';

const NonEmpty = v.pipe(s.string(), s.minLength(1));
const Key = v.pipe(s.string(), s.minLength(1), s.maxLength(200));
const IsoDateTime = s.isoDateTime();
/** A score out of 100; `null`: the criterion does not apply (or nothing could score it). */
const Score = v.nullable(v.pipe(s.number(), s.minimum(0), s.maximum(100)));

const OutcomeRecord = s.object({
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
  outcome: v.nullable(OutcomeRecord),
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

// The hand-written interface above and the schema must agree (both ways).
type Parsed = Output<typeof AttemptSummaryRecord>;
const _sameShape: [Parsed, AttemptSummary] extends [AttemptSummary, Parsed] ? true : never = true;
void _sameShape;

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
