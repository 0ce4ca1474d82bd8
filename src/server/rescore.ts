/**
 * The server's own score of an attempt, through the proof replay (src/scoring/replay.ts): the
 * trainee's inputs of the log are replayed through the pure engine, the rebuilt log is scored.
 * The client's scorecard, outcome, acts and caller lines are never read. The rebuilt log is the
 * one the server keeps.
 */
import type { ScenarioBundle } from '../scenarios/schema.ts';
import { verifyAttempt } from '../scoring/replay.ts';
import type { LogEntry } from '../machines/events.ts';
import type { Scorecard } from '../scoring/types.ts';

export interface Rescored {
  scorecard: Scorecard;
  /** The log the machines rebuilt from the trainee's inputs. */
  log: LogEntry[];
  /** Whether the replay reproduced the submitted log entry for entry. */
  matches: boolean;
  /** Where the submitted log differs from its replay, in French. */
  mismatches: string[];
}

export class ReplayError extends Error {}

export function rescoreAttempt(bundle: ScenarioBundle, log: unknown, scenarioVersion?: number): Rescored {
  const verification = verifyAttempt(bundle, {
    log,
    ...(scenarioVersion !== undefined ? { scenarioVersion } : {}),
  });
  if (!verification.ok) throw new ReplayError(verification.errors.join(' ; '));
  return {
    scorecard: verification.scorecard,
    log: verification.log,
    matches: verification.mismatches.length === 0,
    mismatches: verification.mismatches,
  };
}
