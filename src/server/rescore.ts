/**
 * The server's own score of an attempt: the trainee inputs of the log are replayed through the
 * pure call engine, and the replayed log is scored with the pure scorer. The client's scorecard
 * and outcome are never read. This is the one function to swap for the proof replay (issue #…,
 * branch `proof`) when it lands.
 */
import { createCallSession } from '../machines/call.ts';
import type { LogEntry } from '../machines/events.ts';
import type { ScenarioBundle } from '../scenarios/schema.ts';
import { score } from '../scoring/score.ts';
import type { Scorecard } from '../scoring/types.ts';

/** A call left to itself always ends well before this (rings, silence, patience). */
const RUN_OUT_MS = 60 * 60 * 1000;

export interface Rescored {
  scorecard: Scorecard;
  /** Whether the replay reproduced the submitted log entry for entry. */
  matches: boolean;
}

export class ReplayError extends Error {}

export function rescoreAttempt(bundle: ScenarioBundle, log: readonly LogEntry[]): Rescored {
  const session = createCallSession(bundle, { log });
  try {
    if (session.view().status !== 'ended') session.advance(RUN_OUT_MS);
    const replayed = session.view().log;
    if (session.view().status !== 'ended') throw new ReplayError('l’appel rejoué ne se termine pas');
    const matches = JSON.stringify(replayed) === JSON.stringify(log);
    return { scorecard: score(bundle, replayed), matches };
  } finally {
    session.stop();
  }
}
