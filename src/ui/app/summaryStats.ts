/**
 * What the screens read from attempt summaries alone — start times, counts and best results per
 * scenario, whether a summary is due for re-scoring — with no scorer behind it. The dashboard
 * and the library import this; only re-scoring and the debrief need attempts.ts, which replays
 * logs (the call machine, the analyser and the scorer: most of a call's download).
 */
import { RUBRIC_VERSION } from '../../scoring/types.ts';
import type { AttemptSummary } from '../../storage/index.ts';

export type { AttemptSummary } from '../../storage/index.ts';

/** `startedAt` in ms (NaN for a date that does not parse). */
export const startTime = (summary: Pick<AttemptSummary, 'startedAt'>) => Date.parse(summary.startedAt);

/**
 * True when a summary's numbers come from an older rubric (or from no scorecard at all) and
 * `scorecardOf` (attempts.ts) would give fresher ones: the same rule, read from the summary and
 * the version of its scenario today (a bundle's scenario, or its catalogue summary;
 * `undefined`: gone).
 */
export function needsRescore(
  summary: AttemptSummary,
  scenario: { readonly version: number } | undefined,
): boolean {
  if (!scenario || summary.rubricVersion === RUBRIC_VERSION) return false;
  return summary.total === null || scenario.version === summary.scenarioVersion;
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
