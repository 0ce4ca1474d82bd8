/**
 * The program's scorecards against human grades (eval/grading/SHEET.md): how far a score deserves
 * trust. Pure: graded calls in, agreement figures out. Used by `scripts/grading.ts` for the blind
 * grading measurement, and meant for calibration sessions in the trainers' space.
 */
import { cohenKappa, quadraticWeightedKappa } from './agreement.ts';
import { CRITERIA } from '../scenarios/vocabulary.ts';
import type { CriterionId, CriticalRule } from './types.ts';

/** A grade on the sheet's 0–4 scale, or NA when the criterion does not apply. */
export type Grade = 0 | 1 | 2 | 3 | 4 | 'NA';

/** One rater's judgement of one call: a grader's, or the program's put on the same scale. */
export interface Judgement {
  grades: Partial<Record<CriterionId, Grade>>;
  critical: CriticalRule[];
  passed: boolean;
}

/** 0–100 to the sheet's scale: 0–19 → 0, 20–39 → 1, 40–59 → 2, 60–79 → 3, 80–100 → 4. */
export function toGrade(score: number | null | undefined): Grade {
  if (score === null || score === undefined) return 'NA';
  return Math.min(4, Math.max(0, Math.floor(score / 20))) as Grade;
}

export interface PairAgreement {
  /** Quadratic-weighted κ per criterion, over the calls both raters graded (not NA). */
  criteria: Partial<Record<CriterionId, { kappa: number; n: number }>>;
  /** Quadratic-weighted κ over every (call, criterion) both graded. */
  pooled: { kappa: number; n: number };
  passFail: number;
  /** « Has at least one critical failure », yes or no. */
  critical: number;
}

/** Agreement between two raters over the same calls, in the same order. */
export function agreementOf(a: readonly Judgement[], b: readonly Judgement[]): PairAgreement {
  if (a.length !== b.length) throw new RangeError('both raters must judge the same calls');
  const criteria: PairAgreement['criteria'] = {};
  const pooledA: number[] = [];
  const pooledB: number[] = [];
  for (const id of CRITERIA) {
    const xs: number[] = [];
    const ys: number[] = [];
    a.forEach((ja, i) => {
      const x = ja.grades[id];
      const y = b[i]!.grades[id];
      if (x === undefined || y === undefined || x === 'NA' || y === 'NA') return;
      xs.push(x);
      ys.push(y);
    });
    if (xs.length === 0) continue;
    criteria[id] = { kappa: quadraticWeightedKappa(xs, ys, [0, 4]).kappa, n: xs.length };
    pooledA.push(...xs);
    pooledB.push(...ys);
  }
  const pooled =
    pooledA.length > 0
      ? { kappa: quadraticWeightedKappa(pooledA, pooledB, [0, 4]).kappa, n: pooledA.length }
      : { kappa: Number.NaN, n: 0 };
  return {
    criteria,
    pooled,
    passFail: cohenKappa(
      a.map((j) => j.passed),
      b.map((j) => j.passed),
    ).kappa,
    critical: cohenKappa(
      a.map((j) => j.critical.length > 0),
      b.map((j) => j.critical.length > 0),
    ).kappa,
  };
}

/** How far apart two judgements of one call are: grade steps summed, plus 4 for a verdict. */
export function distance(a: Judgement, b: Judgement): number {
  let d = 0;
  for (const id of CRITERIA) {
    const x = a.grades[id];
    const y = b.grades[id];
    if (typeof x === 'number' && typeof y === 'number') d += Math.abs(x - y);
  }
  if (a.passed !== b.passed) d += 4;
  if (a.critical.length > 0 !== b.critical.length > 0) d += 4;
  return d;
}
