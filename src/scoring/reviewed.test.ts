import { describe, expect, it } from 'vitest';
import { reviewedResult } from './reviewed.ts';

const card = {
  total: 70,
  passed: true,
  passMark: 60,
  critical: [],
  criteria: {
    greeting: { score: 100, weight: 1 },
    empathy: { score: 60, weight: 2 },
    accuracy: { score: 60, weight: 2 },
    confidentiality: null,
  },
};

describe('reviewedResult', () => {
  it('keeps the automatic figures when nothing is overridden', () => {
    expect(reviewedResult(card, {})).toEqual({
      total: 70,
      passed: true,
      automatic: { total: 70, passed: true },
      overridden: [],
      verdictOverridden: false,
    });
  });

  it('recalculates the total with the scorecard’s weights, and the verdict against the pass mark', () => {
    // (100 + 2 × 20 + 2 × 60) / 5 = 52: under the pass mark.
    const result = reviewedResult(card, { empathy: 20 });
    expect(result).toMatchObject({ total: 52, passed: false, overridden: ['empathy'] });
    expect(result.automatic).toEqual({ total: 70, passed: true });
  });

  it('never lets a criterion override pass a call with a critical failure or another failing rule', () => {
    expect(
      reviewedResult({ ...card, total: 50, passed: false, critical: [{ id: 'red-flag' }] }, { empathy: 100 })
        .passed,
    ).toBe(false);
    // Failed above the pass mark with no critical failure: the urgent-slot rule.
    expect(reviewedResult({ ...card, passed: false }, { empathy: 100 }).passed).toBe(false);
    expect(
      reviewedResult({ ...card, total: 50, passed: false }, { empathy: 100, accuracy: 100 }),
    ).toMatchObject({
      total: 100,
      passed: true,
    });
  });

  it('lets a trainer’s verdict win over the recalculated one', () => {
    expect(reviewedResult(card, { empathy: 20 }, true)).toMatchObject({
      total: 52,
      passed: true,
      verdictOverridden: true,
    });
    expect(reviewedResult(card, {}, false)).toMatchObject({
      total: 70,
      passed: false,
      verdictOverridden: true,
    });
  });
});
