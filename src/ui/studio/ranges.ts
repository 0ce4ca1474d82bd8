/**
 * The outcomes' best and worst totals (src/scoring/outcomeRange.ts) played a few calls at a time,
 * between frames, so that the graph shows at once and the figures fill in: a scenario's calls
 * take seconds in all, never one long task. `start` returns the function that stops it.
 */
import type { ScenarioBundle } from '../../scenarios/schema.ts';
import {
  addRun,
  planRanges,
  rangesOf,
  type OutcomeRanges,
  type OutcomeTotals,
  type RangeOptions,
} from '../../scoring/outcomeRange.ts';

/** Calls played per slice at most, and the time a slice may take. */
const SLICE_MS = 25;

export interface RangeProgress {
  ranges: OutcomeRanges;
  /** Calls played so far, of `total`. */
  done: number;
  total: number;
}

export function startRanges(
  bundle: ScenarioBundle,
  onprogress: (progress: RangeProgress) => void,
  options: RangeOptions & { schedule?: (run: () => void) => unknown; now?: () => number } = {},
): () => void {
  const { schedule = (run) => setTimeout(run, 0), now = () => performance.now(), ...limits } = options;
  const plan = planRanges(bundle, limits);
  const byOutcome: Record<string, OutcomeTotals> = {};
  let done = 0;
  let stopped = false;
  const report = () =>
    onprogress({ ranges: rangesOf(plan, { ...byOutcome }, done), done, total: plan.scripts.length });
  const slice = () => {
    if (stopped) return;
    const until = now() + SLICE_MS;
    while (done < plan.scripts.length && now() < until) addRun(byOutcome, bundle, plan.scripts[done++]!);
    report();
    if (done < plan.scripts.length) schedule(slice);
  };
  report();
  schedule(slice);
  return () => {
    stopped = true;
  };
}
