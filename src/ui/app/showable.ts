/**
 * Whether a stored attempt can be shown in a debrief, and what to show (DESIGN §2.2): the log
 * rebuilt from its replay when its scenario is here in the same version, else the stored log
 * and scorecard once checked. A debrief never hangs on a bad record: it says what is wrong.
 * Pure: no storage, no DOM.
 */
import { LogEntrySchema } from '../../scoring/attempt.ts';
import { scorecardProblems } from '../../scoring/cardSchema.ts';
import { verifyAttempt } from '../../scoring/replay.ts';
import type { ScenarioBundle } from '../../scenarios/schema.ts';
import type { Attempt } from '../../storage/index.ts';

export type Showable =
  | {
      ok: true;
      attempt: Attempt;
      /** In French: the stored log differed from its replay, the debrief shows the replay. */
      notice?: string;
    }
  | { ok: false; problems: string[] };

function logProblems(log: unknown): string[] {
  if (!Array.isArray(log)) return ['le journal n’est pas une liste'];
  const problems: string[] = [];
  for (let i = 0; i < log.length && problems.length < 5; i++) {
    const result = LogEntrySchema.safeParse(log[i]);
    if (!result.success) {
      const type = (log[i] as { type?: unknown } | null)?.type;
      const issue = result.error.issues[0];
      problems.push(
        `journal, entrée ${i + 1}${typeof type === 'string' ? ` (« ${type.slice(0, 40)} »)` : ''} : ${issue?.path.join('.') || 'type'} manquant ou invalide`,
      );
    }
  }
  return problems;
}

export function showable(attempt: Attempt, bundle: ScenarioBundle | undefined): Showable {
  if (bundle && bundle.scenario.version === attempt.scenarioVersion) {
    const result = verifyAttempt(bundle, attempt);
    if (!result.ok) return { ok: false, problems: result.errors };
    const shown: Attempt = { ...attempt, log: result.log, scorecard: result.scorecard };
    return result.mismatches.length === 0
      ? { ok: true, attempt: shown }
      : {
          ok: true,
          attempt: shown,
          notice: `Le journal enregistré ne correspond pas à ce que l’appel rejoué donne (${result.mismatches[0]}) : le débriefing montre l’appel rejoué.`,
        };
  }
  const problems = [
    ...logProblems(attempt.log),
    ...(attempt.scorecard === undefined ? [] : scorecardProblems(attempt.scorecard)),
  ];
  return problems.length ? { ok: false, problems } : { ok: true, attempt };
}
