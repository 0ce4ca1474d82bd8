/**
 * « Scénario suivant » after a debrief: the recommended scenario (weakest skill, not yet
 * mastered, DESIGN §8) other than the one just played; failing that, the next one in catalogue
 * order; `undefined` when there is none. Pure.
 */
import type { AttemptSummary } from './summaryStats.ts';
import { scenarioStats } from './summaryStats.ts';
import { recommendNext, skillLevels, type Recommendable } from './recommend.ts';

export function nextScenarioId(
  scenarios: readonly Recommendable[],
  summaries: readonly AttemptSummary[],
  playedId: string,
): string | undefined {
  const recommended = recommendNext(scenarios, skillLevels(summaries), scenarioStats(summaries), {
    exclude: playedId,
  });
  if (recommended && recommended.scenario.id !== playedId) return recommended.scenario.id;
  const index = scenarios.findIndex((s) => s.id === playedId);
  return index >= 0 ? scenarios[index + 1]?.id : scenarios.find((s) => s.id !== playedId)?.id;
}
