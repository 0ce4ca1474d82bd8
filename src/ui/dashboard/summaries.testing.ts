/** Test helper for the dashboard's pure modules (not used by the product): attempt summaries by hand. */
import { CRITERIA, type CriterionId } from '../../scenarios/schema.ts';
import { RUBRIC_VERSION } from '../../scoring/types.ts';
import type { AttemptSummary } from '../app/summaryStats.ts';

let serial = 0;

/**
 * A summary, as the storage keeps it; `criteria` defaults to every criterion at `total`, `time`
 * (ms) sets `startedAt`, `outcomeLabel` the outcome's label (`null`: no outcome).
 */
export function summary(
  patch: Partial<Omit<AttemptSummary, 'criteria'>> & {
    criteria?: Partial<Record<CriterionId, number | null>>;
    time?: number;
    outcomeLabel?: string | null;
  } = {},
): AttemptSummary {
  serial++;
  const { time: at, outcomeLabel, criteria: criteriaPatch, ...rest } = patch;
  const total = patch.total === undefined ? 70 : patch.total;
  const time = at ?? Date.UTC(2026, 2, 1, 9, 0) + serial * 60_000;
  const criteria = Object.fromEntries(CRITERIA.map((id) => [id, total])) as Record<
    CriterionId,
    number | null
  >;
  Object.assign(criteria, criteriaPatch ?? {});
  const label = outcomeLabel === undefined ? 'Rendez-vous donné' : outcomeLabel;
  return {
    schemaVersion: 1,
    id: `a-${serial}`,
    profileId: 'profil-test',
    scenarioId: 'scenario-a',
    scenarioVersion: 1,
    startedAt: new Date(time).toISOString(),
    outcome: label === null ? null : { id: 'rdv', verdict: 'correct', label },
    passed: total !== null && total >= 70,
    critical: [],
    rubricVersion: RUBRIC_VERSION,
    ...rest,
    total,
    criteria,
  };
}
