/**
 * Agreement between raters, for calibration and for measuring the scorer against blind grading:
 * Cohen's κ (two raters, nominal categories), quadratic-weighted Cohen's κ (two raters, ordered
 * scores such as the 0–4 grading scale), Fleiss' κ (any fixed number of raters per item, nominal
 * categories) and the intraclass correlation (any number of raters, scores on a scale).
 * Pure functions over plain arrays; no dependency.
 */

/** A κ with what it was computed from, so a report can show why it is what it is. */
export interface Kappa {
  kappa: number;
  /** Observed agreement (weighted for the weighted κ: 1 − observed disagreement). */
  observed: number;
  /** Agreement expected by chance. */
  expected: number;
  /** Items rated. */
  n: number;
}

function checkPairs(a: readonly unknown[], b: readonly unknown[]): void {
  if (a.length !== b.length) throw new RangeError('both raters must rate the same items');
  if (a.length === 0) throw new RangeError('no item rated');
}

/**
 * κ from the observed and chance agreement. When chance agreement is total (both raters gave one
 * and the same category to every item) κ is undefined; we return 1 if they agree everywhere.
 */
function kappaOf(observed: number, expected: number): number {
  if (expected >= 1) return observed >= 1 ? 1 : 0;
  return (observed - expected) / (1 - expected);
}

/** Cohen's κ (1960): two raters, each item in one nominal category. */
export function cohenKappa<T>(a: readonly T[], b: readonly T[]): Kappa {
  checkPairs(a, b);
  const n = a.length;
  const countA = new Map<T, number>();
  const countB = new Map<T, number>();
  let agree = 0;
  for (let i = 0; i < n; i++) {
    if (a[i] === b[i]) agree++;
    countA.set(a[i]!, (countA.get(a[i]!) ?? 0) + 1);
    countB.set(b[i]!, (countB.get(b[i]!) ?? 0) + 1);
  }
  let expected = 0;
  for (const [category, ca] of countA) expected += (ca / n) * ((countB.get(category) ?? 0) / n);
  const observed = agree / n;
  return { kappa: kappaOf(observed, expected), observed, expected, n };
}

/**
 * Quadratic-weighted Cohen's κ (Cohen 1968): two raters on an ordered integer scale; a
 * disagreement of d steps weighs d² / (k − 1)². The scale is `range` ([min, max], both included),
 * by default the lowest and highest score either rater gave.
 */
export function quadraticWeightedKappa(
  a: readonly number[],
  b: readonly number[],
  range?: readonly [number, number],
): Kappa {
  checkPairs(a, b);
  const n = a.length;
  for (const x of [...a, ...b])
    if (!Number.isInteger(x)) throw new RangeError('weighted κ needs integer scores');
  const min = range?.[0] ?? Math.min(...a, ...b);
  const max = range?.[1] ?? Math.max(...a, ...b);
  const k = max - min + 1;
  if (k <= 1) return { kappa: 1, observed: 1, expected: 1, n };
  const histA = new Array<number>(k).fill(0);
  const histB = new Array<number>(k).fill(0);
  let observedDisagreement = 0;
  const weight = (i: number, j: number) => ((i - j) * (i - j)) / ((k - 1) * (k - 1));
  for (let i = 0; i < n; i++) {
    const x = a[i]! - min;
    const y = b[i]! - min;
    if (x < 0 || y < 0 || x >= k || y >= k) throw new RangeError('a score lies outside the scale');
    histA[x]!++;
    histB[y]!++;
    observedDisagreement += weight(x, y);
  }
  observedDisagreement /= n;
  let expectedDisagreement = 0;
  for (let i = 0; i < k; i++)
    for (let j = 0; j < k; j++) expectedDisagreement += weight(i, j) * (histA[i]! / n) * (histB[j]! / n);
  const observed = 1 - observedDisagreement;
  const expected = 1 - expectedDisagreement;
  const kappa = expectedDisagreement === 0 ? 1 : 1 - observedDisagreement / expectedDisagreement;
  return { kappa, observed, expected, n };
}

/**
 * Fleiss' κ (1971): `counts[i][j]` is how many raters put item i in category j; every item has
 * the same number of raters (at least two).
 */
export function fleissKappa(counts: readonly (readonly number[])[]): Kappa {
  const n = counts.length;
  if (n === 0) throw new RangeError('no item rated');
  const raters = counts[0]!.reduce((s, c) => s + c, 0);
  if (raters < 2) throw new RangeError('Fleiss’ κ needs at least two raters per item');
  const k = counts[0]!.length;
  const totals = new Array<number>(k).fill(0);
  let agreement = 0;
  for (const row of counts) {
    if (row.length !== k) throw new RangeError('every item needs the same categories');
    let sum = 0;
    let pairs = 0;
    row.forEach((c, j) => {
      if (!Number.isInteger(c) || c < 0) throw new RangeError('counts are whole numbers');
      sum += c;
      pairs += c * (c - 1);
      totals[j]! += c;
    });
    if (sum !== raters) throw new RangeError('every item needs the same number of raters');
    agreement += pairs / (raters * (raters - 1));
  }
  const observed = agreement / n;
  const expected = totals.reduce((s, t) => s + (t / (n * raters)) ** 2, 0);
  return { kappa: kappaOf(observed, expected), observed, expected, n };
}

/** The intraclass correlations of one table, in the forms of Shrout and Fleiss (1979). */
export interface Icc {
  /** ICC(1,1): one-way random effects (each item rated by its own raters). */
  oneWay: number;
  /**
   * ICC(2,1): two-way random effects, absolute agreement, one rater; what calibration reports:
   * the raters are a sample of the trainers, and a rater who is always one step more severe
   * lowers it.
   */
  agreement: number;
  /** ICC(3,1): two-way mixed effects, consistency (a constant severity gap does not count). */
  consistency: number;
  /** Items rated. */
  n: number;
}

/**
 * Intraclass correlations (Shrout & Fleiss, 1979) of `ratings[i][j]`, rater j's score of item i:
 * every item rated by the same raters (at least two), at least two items. From the two-way
 * analysis of variance: between-items, between-raters, residual and within-items mean squares.
 * When the items do not vary at all (every mean square zero) the ratings agree perfectly: 1.
 */
export function intraclassCorrelation(ratings: readonly (readonly number[])[]): Icc {
  const n = ratings.length;
  if (n < 2) throw new RangeError('the intraclass correlation needs at least two items');
  const k = ratings[0]!.length;
  if (k < 2) throw new RangeError('the intraclass correlation needs at least two raters');
  for (const row of ratings) {
    if (row.length !== k) throw new RangeError('every item needs the same raters');
    if (row.some((x) => !Number.isFinite(x))) throw new RangeError('scores are numbers');
  }
  const grand = ratings.flat().reduce((s, x) => s + x, 0) / (n * k);
  const rowMeans = ratings.map((row) => row.reduce((s, x) => s + x, 0) / k);
  const colMeans = Array.from({ length: k }, (_, j) => ratings.reduce((s, row) => s + row[j]!, 0) / n);
  let total = 0;
  for (const row of ratings) for (const x of row) total += (x - grand) ** 2;
  const betweenItems = k * rowMeans.reduce((s, m) => s + (m - grand) ** 2, 0);
  const betweenRaters = n * colMeans.reduce((s, m) => s + (m - grand) ** 2, 0);
  const residual = total - betweenItems - betweenRaters;
  const bms = betweenItems / (n - 1);
  const jms = betweenRaters / (k - 1);
  const ems = residual / ((n - 1) * (k - 1));
  const wms = (total - betweenItems) / (n * (k - 1));
  const ratio = (num: number, den: number) => (den === 0 ? (num === 0 ? 1 : 0) : num / den);
  return {
    oneWay: ratio(bms - wms, bms + (k - 1) * wms),
    agreement: ratio(bms - ems, bms + (k - 1) * ems + (k * (jms - ems)) / n),
    consistency: ratio(bms - ems, bms + (k - 1) * ems),
    n,
  };
}
