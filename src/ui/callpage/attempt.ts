/**
 * The attempt a finished call becomes: its log, its outcome and its scorecard (DESIGN §4).
 * Pure, so what is stored is tested without a browser.
 */
import { version } from '../../../package.json';
import type { LogEntry } from '../../machines/events.ts';
import type { ScenarioBundle } from '../../scenarios/schema.ts';
// score.ts, not the scoring index: the index also exports the attempt-file parser and its zod.
import { score } from '../../scoring/score.ts';
import type { Scorecard } from '../../scoring/types.ts';
import type { NewAttempt } from '../../storage/index.ts';
import { packOriginOf } from '../library/origin.ts';

export const APP_VERSION: string = version;

export interface FinishedCall {
  id: string;
  profileId: string;
  bundle: ScenarioBundle;
  /** When the phone started ringing (ISO). */
  startedAt: string;
  endedAt: Date;
  log: readonly LogEntry[];
}

/**
 * Scores the call and builds the record to store. A scorer that throws (a bug) does not lose
 * the call: the attempt is kept without a scorecard, and the outcome comes from the log.
 */
export function buildAttempt(call: FinishedCall, scoreCall: typeof score = score): NewAttempt {
  const log = [...call.log];
  let scorecard: Scorecard | undefined;
  try {
    scorecard = scoreCall(call.bundle, log);
  } catch {
    scorecard = undefined;
  }
  const logged = log.findLast((e) => e.type === 'outcome');
  const outcome = scorecard
    ? {
        id: scorecard.outcome.id,
        verdict: scorecard.outcome.verdict,
        ...(scorecard.outcome.critical ? { critical: scorecard.outcome.critical } : {}),
      }
    : logged
      ? { id: logged.id, verdict: logged.verdict, ...(logged.critical ? { critical: logged.critical } : {}) }
      : undefined;
  const pack = packOriginOf(call.bundle);
  return {
    id: call.id,
    profileId: call.profileId,
    scenarioId: call.bundle.scenario.id,
    scenarioVersion: call.bundle.scenario.version,
    startedAt: call.startedAt,
    endedAt: call.endedAt.toISOString(),
    log,
    ...(outcome ? { outcome } : {}),
    ...(scorecard ? { scorecard } : {}),
    appVersion: APP_VERSION,
    ...(pack ? { pack: { ...pack } } : {}),
  };
}
