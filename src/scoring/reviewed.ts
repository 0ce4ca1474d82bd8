/**
 * An attempt's final figures after a trainer's review: the total recalculated from the criteria
 * with their overrides (the scorecard's own weights), the verdict recalculated the scorer's way
 * (no critical failure, the pass mark reached, no other failing rule), unless a trainer overrode
 * the verdict itself. The automatic figures are kept beside. Pure: a stored scorecard in.
 */
export interface ReviewedResult {
  total: number;
  passed: boolean;
  automatic: { total: number; passed: boolean };
  /** The criteria whose score a trainer overrode. */
  overridden: string[];
  /** Whether the verdict is a trainer's, not the recalculated one. */
  verdictOverridden: boolean;
}

export interface CardLike {
  total?: unknown;
  passed?: unknown;
  passMark?: unknown;
  critical?: readonly unknown[];
  criteria?: Partial<Record<string, { score?: unknown; weight?: unknown } | null>>;
}

const num = (v: unknown, fallback: number) => (typeof v === 'number' && Number.isFinite(v) ? v : fallback);

export function reviewedResult(
  card: CardLike,
  overrides: Readonly<Record<string, number>>,
  verdict?: boolean | null,
): ReviewedResult {
  const automatic = { total: num(card.total, 0), passed: card.passed === true };
  let weighted = 0;
  let weights = 0;
  const overridden: string[] = [];
  for (const [id, criterion] of Object.entries(card.criteria ?? {})) {
    if (!criterion || typeof criterion.score !== 'number') continue;
    const weight = num(criterion.weight, 1);
    const human = overrides[id];
    if (human !== undefined) overridden.push(id);
    weighted += (human ?? criterion.score) * weight;
    weights += weight;
  }
  const total =
    overridden.length === 0 || weights === 0
      ? automatic.total
      : Math.min(100, Math.max(0, Math.round(weighted / weights)));
  const passMark = num(card.passMark, 60);
  const critical = (card.critical ?? []).length > 0;
  // The scorer fails some calls for a reason the total does not show (an urgent slot given away):
  // failed with no critical failure and the pass mark reached. A criterion override keeps that.
  const otherFailure = !automatic.passed && !critical && automatic.total >= passMark;
  const recalculated =
    overridden.length === 0 ? automatic.passed : !critical && !otherFailure && total >= passMark;
  return {
    total,
    passed: verdict ?? recalculated,
    automatic,
    overridden,
    verdictOverridden: verdict !== undefined && verdict !== null,
  };
}
