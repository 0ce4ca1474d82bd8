/** How fast scoring runs (DESIGN §12: ≤ 1 ms per attempt, 10,000 re-scored in ≤ 2 s). */
import type { LogEntry } from '../machines/events.ts';
import type { ScenarioBundle } from '../scenarios/schema.ts';
import { score } from './score.ts';

export interface ScoringBench {
  /** Mean time to score the attempt once. */
  msPerAttempt: number;
  /** Time to score it 10,000 times in a row, as re-scoring stored attempts does. */
  rescore10kMs: number;
  logEntries: number;
}

export function benchScoring(bundle: ScenarioBundle, log: readonly LogEntry[], n = 10_000): ScoringBench {
  for (let i = 0; i < 50; i++) score(bundle, log); // warm-up
  const start = performance.now();
  for (let i = 0; i < n; i++) score(bundle, log);
  const elapsed = performance.now() - start;
  const msPerAttempt = elapsed / n;
  return {
    msPerAttempt,
    rescore10kMs: n === 10_000 ? elapsed : msPerAttempt * 10_000,
    logEntries: log.length,
  };
}
