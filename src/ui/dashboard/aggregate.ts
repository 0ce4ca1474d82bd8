/**
 * Everything the progress dashboard shows, computed in one pass over the attempt summaries
 * (oldest first): counts, the trend per criterion (attempts grouped so a chart keeps at most
 * `maxPoints` points), the best result per scenario. Levels and the recommendation come from
 * ../app/recommend.ts.
 */
import { CRITERIA, type CriterionId } from '../../scenarios/vocabulary.ts';
import { startTime, type AttemptSummary } from '../app/summaryStats.ts';

export interface TrendPoint {
  /** 1-based numbers of the first and last attempts of the group. */
  first: number;
  last: number;
  /** Mean score per criterion over the group's attempts where it applies. */
  values: Record<CriterionId, number | null>;
}

export interface Trend {
  /** Attempts per point (the last point may hold fewer). */
  perPoint: number;
  points: TrendPoint[];
}

export interface BestResult {
  scenarioId: string;
  attempts: number;
  best: number | null;
  passed: boolean;
  /** Time of the latest attempt. */
  lastTime: number;
}

export interface DashboardData {
  attempts: number;
  passed: number;
  /** Mean total over the attempts that could be scored, rounded; `null` with none. */
  mean: number | null;
  trend: Trend;
  best: BestResult[];
}

export const TREND_POINTS = 50;

export function aggregate(summaries: readonly AttemptSummary[], maxPoints = TREND_POINTS): DashboardData {
  const n = summaries.length;
  const perPoint = Math.max(1, Math.ceil(n / maxPoints));
  const points: TrendPoint[] = [];
  const sums = new Float64Array(CRITERIA.length);
  const counts = new Uint32Array(CRITERIA.length);
  const best = new Map<string, BestResult>();
  let passed = 0;
  let totalSum = 0;
  let scored = 0;
  let groupStart = 0;

  for (let i = 0; i < n; i++) {
    const s = summaries[i]!;
    if (s.passed) passed++;
    if (s.total !== null) {
      totalSum += s.total;
      scored++;
    }
    for (let c = 0; c < CRITERIA.length; c++) {
      const value = s.criteria[CRITERIA[c]!];
      if (value === null) continue;
      sums[c] = sums[c]! + value;
      counts[c] = counts[c]! + 1;
    }
    if (i - groupStart + 1 === perPoint || i === n - 1) {
      const values = {} as Record<CriterionId, number | null>;
      for (let c = 0; c < CRITERIA.length; c++) {
        values[CRITERIA[c]!] = counts[c] ? Math.round(sums[c]! / counts[c]!) : null;
      }
      points.push({ first: groupStart + 1, last: i + 1, values });
      sums.fill(0);
      counts.fill(0);
      groupStart = i + 1;
    }
    const time = startTime(s);
    let entry = best.get(s.scenarioId);
    if (!entry) {
      entry = { scenarioId: s.scenarioId, attempts: 0, best: null, passed: false, lastTime: time };
      best.set(s.scenarioId, entry);
    }
    entry.attempts++;
    if (s.total !== null && (entry.best === null || s.total > entry.best)) entry.best = s.total;
    if (s.passed) entry.passed = true;
    if (time > entry.lastTime || Number.isNaN(entry.lastTime)) entry.lastTime = time;
  }

  return {
    attempts: n,
    passed,
    mean: scored ? Math.round(totalSum / scored) : null,
    trend: { perPoint, points },
    best: [...best.values()],
  };
}
