/**
 * A stored attempt as the screens read it: its scorecard (the stored one while the rubric has
 * not changed, else re-scored from the log) and a small summary that the library, the debrief
 * and the dashboard share. Pure: no storage, no DOM.
 */
import { CRITERIA, type CriticalRule, type CriterionId, type ScenarioBundle, type Verdict } from '../../scenarios/schema.ts';
import { score } from '../../scoring/score.ts';
import { RUBRIC_VERSION, type Scorecard } from '../../scoring/types.ts';
import type { Attempt } from '../../storage/index.ts';

export interface AttemptSummary {
  id: string;
  scenarioId: string;
  startedAt: string;
  /** `startedAt` in ms, for sorting. */
  time: number;
  /** 0–100; `null` when the attempt cannot be scored (its scenario is gone and no scorecard was kept). */
  total: number | null;
  passed: boolean;
  verdict: Verdict | null;
  outcomeLabel: string | null;
  critical: CriticalRule[];
  criteria: Record<CriterionId, number | null>;
}

function looksLikeScorecard(value: unknown): value is Scorecard {
  if (typeof value !== 'object' || value === null) return false;
  const card = value as Partial<Scorecard>;
  return (
    typeof card.total === 'number' &&
    typeof card.passed === 'boolean' &&
    typeof card.criteria === 'object' &&
    card.criteria !== null &&
    Array.isArray(card.critical) &&
    typeof card.outcome === 'object'
  );
}

const cards = new WeakMap<Attempt, Scorecard | null>();

/**
 * The scorecard to show for an attempt: the stored one if the rubric is still the same; else a
 * fresh one from the log when the scenario is still there in the same version; else the stored
 * one as it was; else `null`. Cached per attempt object.
 */
export function scorecardOf(attempt: Attempt, bundle: ScenarioBundle | undefined): Scorecard | null {
  const cached = cards.get(attempt);
  if (cached !== undefined) return cached;
  const stored = looksLikeScorecard(attempt.scorecard) ? attempt.scorecard : null;
  let card = stored;
  const current = stored?.rubricVersion === RUBRIC_VERSION;
  // A newer version of the scenario would not replay this log faithfully: keep what was stored.
  if (!current && bundle && (!stored || bundle.scenario.version === attempt.scenarioVersion)) {
    try {
      card = score(bundle, attempt.log);
    } catch {
      card = stored;
    }
  }
  cards.set(attempt, card);
  return card;
}

const NO_CRITERIA = Object.fromEntries(CRITERIA.map((id) => [id, null])) as Record<CriterionId, null>;

export function summarize(attempt: Attempt, card: Scorecard | null): AttemptSummary {
  const criteria = {} as Record<CriterionId, number | null>;
  if (card) for (const id of CRITERIA) criteria[id] = card.criteria[id]?.score ?? null;
  return {
    id: attempt.id,
    scenarioId: attempt.scenarioId,
    startedAt: attempt.startedAt,
    time: Date.parse(attempt.startedAt),
    total: card ? card.total : null,
    passed: card ? card.passed : false,
    verdict: card?.outcome.verdict ?? attempt.outcome?.verdict ?? null,
    outcomeLabel: card?.outcome.label ?? null,
    critical: card ? card.critical.map((c) => c.id) : attempt.outcome?.critical ? [attempt.outcome.critical] : [],
    criteria: card ? criteria : { ...NO_CRITERIA },
  };
}

/** Every attempt summarised, oldest first. */
export function summarizeAll(
  attempts: readonly Attempt[],
  bundleOf: (scenarioId: string) => ScenarioBundle | undefined,
): AttemptSummary[] {
  const out = attempts.map((a) => summarize(a, scorecardOf(a, bundleOf(a.scenarioId))));
  for (let i = 1; i < out.length; i++) {
    if (out[i]!.time < out[i - 1]!.time) return out.sort((a, b) => a.time - b.time);
  }
  return out;
}

export interface ScenarioStats {
  attempts: number;
  /** Best total, `null` when no attempt could be scored. */
  best: number | null;
  /** At least one attempt passed. */
  passed: boolean;
}

/** Attempts and best result per scenario id. */
export function scenarioStats(summaries: readonly AttemptSummary[]): Map<string, ScenarioStats> {
  const stats = new Map<string, ScenarioStats>();
  for (const s of summaries) {
    let entry = stats.get(s.scenarioId);
    if (!entry) stats.set(s.scenarioId, (entry = { attempts: 0, best: null, passed: false }));
    entry.attempts++;
    if (s.total !== null && (entry.best === null || s.total > entry.best)) entry.best = s.total;
    if (s.passed) entry.passed = true;
  }
  return stats;
}
