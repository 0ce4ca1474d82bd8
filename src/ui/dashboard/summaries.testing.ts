/** Test helper for the dashboard's pure modules (not used by the product): attempt summaries by hand. */
import { CRITERIA, type CriterionId } from '../../scenarios/schema.ts';
import type { AttemptSummary } from '../app/attempts.ts';

let serial = 0;

/** A summary; `criteria` defaults to every criterion at `total`. */
export function summary(
  patch: Partial<Omit<AttemptSummary, 'criteria'>> & {
    criteria?: Partial<Record<CriterionId, number | null>>;
  } = {},
): AttemptSummary {
  serial++;
  const total = patch.total === undefined ? 70 : patch.total;
  const time = patch.time ?? Date.UTC(2026, 2, 1, 9, 0) + serial * 60_000;
  const criteria = Object.fromEntries(CRITERIA.map((id) => [id, total])) as Record<
    CriterionId,
    number | null
  >;
  Object.assign(criteria, patch.criteria ?? {});
  return {
    id: patch.id ?? `a-${serial}`,
    scenarioId: patch.scenarioId ?? 'scenario-a',
    startedAt: new Date(time).toISOString(),
    time,
    total,
    passed: patch.passed ?? (total !== null && total >= 70),
    verdict: patch.verdict ?? 'correct',
    outcomeLabel: patch.outcomeLabel === undefined ? 'Rendez-vous donné' : patch.outcomeLabel,
    critical: patch.critical ?? [],
    criteria,
  };
}
