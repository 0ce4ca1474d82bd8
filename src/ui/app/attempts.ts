/**
 * A stored attempt as the screens read it: its scorecard (the stored one while the rubric has
 * not changed, else re-scored from the log) and its summary, the shape the library, the debrief
 * and the dashboard share — the same one the storage keeps beside each attempt
 * (src/storage/summaries.ts), so the dashboard can draw from stored summaries without reading a
 * single log. Pure: no storage, no DOM. It replays logs (the call machine, the analyser, the
 * scorer): a screen that only reads summaries imports summaryStats.ts instead.
 */
import type { ScenarioBundle } from '../../scenarios/schema.ts';
import { verifyAttempt } from '../../scoring/replay.ts';
import { RUBRIC_VERSION, type Scorecard } from '../../scoring/types.ts';
import { summaryOf, type Attempt, type AttemptSummary } from '../../storage/index.ts';
import { startTime } from './summaryStats.ts';

export type { AttemptSummary } from '../../storage/index.ts';
// The summaries' light helpers, for the callers that also re-score (and the tests).
export { needsRescore, scenarioStats, startTime, type ScenarioStats } from './summaryStats.ts';

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
 * fresh one from the replay of its log when the scenario is still there in the same version;
 * else the stored one as it was; else `null`. Cached per attempt object.
 */
export function scorecardOf(attempt: Attempt, bundle: ScenarioBundle | undefined): Scorecard | null {
  const cached = cards.get(attempt);
  if (cached !== undefined) return cached;
  const stored = looksLikeScorecard(attempt.scorecard) ? attempt.scorecard : null;
  let card = stored;
  const current = stored?.rubricVersion === RUBRIC_VERSION;
  // A newer version of the scenario would not replay this log faithfully: keep what was stored.
  if (!current && bundle && (!stored || bundle.scenario.version === attempt.scenarioVersion)) {
    // Re-scored from the replay of the trainee's inputs, never from the acts in the log.
    try {
      const verified = verifyAttempt(bundle, attempt);
      card = verified.ok ? verified.scorecard : stored;
    } catch {
      card = stored;
    }
  }
  cards.set(attempt, card);
  return card;
}

/** The summary of an attempt under `card` (what `scorecardOf` gives). */
export function summarize(attempt: Attempt, card: Scorecard | null): AttemptSummary {
  return summaryOf(attempt, card);
}

/** Every attempt summarised under today's rubric, oldest first. */
export function summarizeAll(
  attempts: readonly Attempt[],
  bundleOf: (scenarioId: string) => ScenarioBundle | undefined,
): AttemptSummary[] {
  const out = attempts.map((a) => summarize(a, scorecardOf(a, bundleOf(a.scenarioId))));
  for (let i = 1; i < out.length; i++) {
    if (startTime(out[i]!) < startTime(out[i - 1]!)) {
      const time = new Map(out.map((s) => [s, startTime(s)]));
      return out.sort((a, b) => time.get(a)! - time.get(b)!);
    }
  }
  return out;
}
