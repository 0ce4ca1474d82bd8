import { describe, expect, it } from 'vitest';
import { agreementOf, distance, toGrade, type Judgement } from './calibration.ts';

const judgement = (grades: Judgement['grades'], passed = true, critical: Judgement['critical'] = []) => ({
  grades,
  passed,
  critical,
});

describe('toGrade', () => {
  it('puts 0–100 scores on the sheet’s five bands, and a criterion not evaluated at NA', () => {
    expect([0, 19, 20, 39, 40, 59, 60, 79, 80, 100].map(toGrade)).toEqual([0, 0, 1, 1, 2, 2, 3, 3, 4, 4]);
    expect(toGrade(null)).toBe('NA');
  });
});

describe('agreementOf', () => {
  it('is 1 everywhere when two raters agree on every grade and verdict', () => {
    const calls = [
      judgement({ greeting: 4, timing: 2 }),
      judgement({ greeting: 1, timing: 0 }, false, ['red-flag']),
      judgement({ greeting: 3, timing: 4 }),
    ];
    const report = agreementOf(calls, calls);
    expect(report.pooled.kappa).toBe(1);
    expect(report.criteria.greeting).toEqual({ kappa: 1, n: 3 });
    expect(report.passFail).toBe(1);
    expect(report.critical).toBe(1);
  });

  it('leaves out a call where either side says NA, and falls when raters disagree', () => {
    const a = [judgement({ accuracy: 4 }), judgement({ accuracy: 0 }), judgement({ accuracy: 'NA' })];
    const b = [judgement({ accuracy: 0 }), judgement({ accuracy: 4 }), judgement({ accuracy: 2 })];
    const report = agreementOf(a, b);
    expect(report.criteria.accuracy?.n).toBe(2);
    expect(report.criteria.accuracy!.kappa).toBeLessThan(0);
  });

  it('counts a critical failure seen by one rater only against the critical κ', () => {
    const a = [
      judgement({}, false, ['secrecy']),
      judgement({}),
      judgement({}, false, ['red-flag']),
      judgement({}),
    ];
    const b = [judgement({}, false, ['secrecy']), judgement({}), judgement({}), judgement({})];
    expect(agreementOf(a, b).critical).toBeCloseTo(0.5, 5);
  });
});

describe('distance', () => {
  it('sums the grade steps and adds 4 for each verdict that differs', () => {
    expect(
      distance(judgement({ greeting: 4, closing: 1 }), judgement({ greeting: 2, closing: 1 }, false)),
    ).toBe(6);
  });
});
