import { describe, expect, it } from 'vitest';
import { cohenKappa, fleissKappa, intraclassCorrelation, quadraticWeightedKappa } from './agreement.ts';

/** Expands a 2-rater contingency table (rows: rater A, columns: rater B) into paired ratings. */
function pairsOf(table: number[][], categories: string[]): [string[], string[]] {
  const a: string[] = [];
  const b: string[] = [];
  table.forEach((row, i) =>
    row.forEach((count, j) => {
      for (let c = 0; c < count; c++) {
        a.push(categories[i]!);
        b.push(categories[j]!);
      }
    }),
  );
  return [a, b];
}

describe('Cohen’s κ', () => {
  it('matches the worked example of Wikipedia, « Cohen’s kappa » (50 proposals, 2 readers): κ = 0.4', () => {
    // Both yes 20, A yes B no 5, A no B yes 10, both no 15: p_o = 0.7, p_e = 0.5.
    const [a, b] = pairsOf(
      [
        [20, 5],
        [10, 15],
      ],
      ['yes', 'no'],
    );
    const k = cohenKappa(a, b);
    expect(k.observed).toBeCloseTo(0.7, 10);
    expect(k.expected).toBeCloseTo(0.5, 10);
    expect(k.kappa).toBeCloseTo(0.4, 10);
  });

  it('is 1 for identical ratings, 0 for independent ones, and negative below chance', () => {
    expect(cohenKappa(['a', 'b', 'c'], ['a', 'b', 'c']).kappa).toBe(1);
    // A rates a,a,b,b; B rates a,b,a,b: agreement 0.5 = chance.
    expect(cohenKappa(['a', 'a', 'b', 'b'], ['a', 'b', 'a', 'b']).kappa).toBeCloseTo(0, 10);
    expect(cohenKappa(['a', 'b'], ['b', 'a']).kappa).toBeLessThan(0);
  });

  it('refuses ratings of different items', () => {
    expect(() => cohenKappa(['a'], ['a', 'b'])).toThrow(RangeError);
    expect(() => cohenKappa([], [])).toThrow(RangeError);
  });
});

describe('quadratic-weighted κ', () => {
  // Maplesoft documentation, EssayTools[QuadraticWeightedKappa], examples 1 and 2 (the scale
  // runs from the lowest to the highest score given, as Maple does by default).
  it('matches the Maple EssayTools example 1: 0.758620689655172', () => {
    const k = quadraticWeightedKappa([9, 7, 8, 7, 6, 8, 3, 5, 10], [8, 8, 6, 6, 7, 6, 1, 4, 8]);
    expect(k.kappa).toBeCloseTo(0.758620689655172, 12);
  });

  it('matches the Maple EssayTools example 2: 0.438095238095238', () => {
    const k = quadraticWeightedKappa([9, 7, 8, 7, 6, 8, 3, 5, 10], [3, 5, 6, 6, 7, 6, 1, 4, 8]);
    expect(k.kappa).toBeCloseTo(0.438095238095238, 12);
  });

  it('counts a near miss more than a far one, unlike the unweighted κ', () => {
    const truth = [0, 1, 2, 3, 4, 0, 1, 2, 3, 4];
    const near = [1, 1, 2, 3, 3, 0, 2, 2, 3, 4];
    const far = [4, 1, 2, 3, 0, 0, 4, 2, 3, 4];
    expect(cohenKappa(truth, near).kappa).toBeCloseTo(cohenKappa(truth, far).kappa, 10);
    expect(quadraticWeightedKappa(truth, near, [0, 4]).kappa).toBeGreaterThan(
      quadraticWeightedKappa(truth, far, [0, 4]).kappa,
    );
  });

  it('is 1 for identical scores and refuses scores off the scale', () => {
    expect(quadraticWeightedKappa([0, 2, 4], [0, 2, 4], [0, 4]).kappa).toBe(1);
    expect(() => quadraticWeightedKappa([0, 5], [0, 4], [0, 4])).toThrow(RangeError);
    expect(() => quadraticWeightedKappa([0.5], [1])).toThrow(RangeError);
  });
});

describe('Fleiss’ κ', () => {
  it('matches the worked example of Wikipedia, « Fleiss’ kappa » (10 items, 14 raters, 5 categories): κ ≈ 0.210', () => {
    const k = fleissKappa([
      [0, 0, 0, 0, 14],
      [0, 2, 6, 4, 2],
      [0, 0, 3, 5, 6],
      [0, 3, 9, 2, 0],
      [2, 2, 8, 1, 1],
      [7, 7, 0, 0, 0],
      [3, 2, 6, 3, 0],
      [2, 5, 3, 2, 2],
      [6, 5, 2, 1, 0],
      [0, 2, 2, 3, 7],
    ]);
    // P̄ = 0.378, P̄e = 0.213 in the article.
    expect(k.observed).toBeCloseTo(0.378, 3);
    expect(k.expected).toBeCloseTo(0.213, 3);
    expect(k.kappa).toBeCloseTo(0.21, 2);
  });

  it('is 1 when all raters agree on every item', () => {
    expect(
      fleissKappa([
        [3, 0],
        [0, 3],
        [3, 0],
      ]).kappa,
    ).toBe(1);
  });

  it('refuses items with different numbers of raters', () => {
    expect(() =>
      fleissKappa([
        [2, 1],
        [1, 1],
      ]),
    ).toThrow(RangeError);
    expect(() => fleissKappa([[1, 0]])).toThrow(RangeError);
  });
});

describe('intraclass correlation', () => {
  // Shrout P. E. & Fleiss J. L. (1979), « Intraclass correlations: uses in assessing rater
  // reliability », Psychological Bulletin 86(2), 420–428: Table 1 (6 targets, 4 judges) and the
  // values of Table 2 / the text: ICC(1,1) = .17, ICC(2,1) = .29, ICC(3,1) = .71; mean squares
  // BMS 11.24, JMS 32.49, EMS 1.02, WMS 6.26.
  const TABLE_1 = [
    [9, 2, 5, 8],
    [6, 1, 3, 2],
    [8, 4, 6, 8],
    [7, 1, 2, 6],
    [10, 5, 6, 9],
    [6, 2, 4, 7],
  ];

  it('matches Shrout and Fleiss (1979), Table 2: ICC(1,1) .17, ICC(2,1) .29, ICC(3,1) .71', () => {
    const icc = intraclassCorrelation(TABLE_1);
    expect(icc.oneWay).toBeCloseTo(0.17, 2);
    expect(icc.agreement).toBeCloseTo(0.29, 2);
    expect(icc.consistency).toBeCloseTo(0.71, 2);
    expect(icc.n).toBe(6);
  });

  it('counts a constant severity gap against absolute agreement, not against consistency', () => {
    const severe = [
      [4, 3],
      [2, 1],
      [3, 2],
      [1, 0],
    ];
    const icc = intraclassCorrelation(severe);
    expect(icc.consistency).toBeCloseTo(1, 12);
    expect(icc.agreement).toBeLessThan(0.9);
    expect(
      intraclassCorrelation([
        [4, 4, 4],
        [2, 2, 2],
        [0, 0, 0],
      ]).agreement,
    ).toBe(1);
  });

  it('refuses too small or ragged tables', () => {
    expect(() => intraclassCorrelation([[1, 2]])).toThrow(RangeError);
    expect(() => intraclassCorrelation([[1], [2]])).toThrow(RangeError);
    expect(() => intraclassCorrelation([[1, 2], [3]])).toThrow(RangeError);
  });
});
