import { describe, expect, it } from 'vitest';
import { intraclassCorrelation, quadraticWeightedKappa } from './agreement.ts';
import type { Judgement } from './calibration.ts';
import { disagreementsJsonl, judgementOf, sessionReport, type SessionCall } from './calibrationSession.ts';

const j = (grades: Judgement['grades'], passed = true, critical: Judgement['critical'] = []): Judgement => ({
  grades,
  passed,
  critical,
});

describe('sessionReport with two raters', () => {
  const a = [4, 3, 2, 1, 0, 4];
  const b = [4, 2, 2, 0, 1, 3];
  const calls: SessionCall[] = a.map((x, i) => ({
    id: `c${i}`,
    automatic: j({ empathy: x as 0, timing: 2 }, i !== 3),
    ratings: {
      ana: j({ empathy: x as 0, timing: 2 }, i !== 3),
      bea: j({ empathy: b[i] as 0, timing: 'NA' }, i !== 3 && i !== 4),
    },
  }));
  const report = sessionReport(calls, ['ana', 'bea']);

  it('uses the quadratic-weighted κ on the 0–4 scale, per criterion, over calls both graded', () => {
    expect(report.method).toBe('cohen-quadratic');
    expect(report.criteria.empathy!.n).toBe(6);
    expect(report.criteria.empathy!.kappa).toBeCloseTo(quadraticWeightedKappa(a, b, [0, 4]).kappa, 12);
    expect(report.criteria.empathy!.kappa).toBeGreaterThan(0.6);
    expect(report.criteria.empathy!.kappa).toBeLessThan(1);
    // One rater said « not applicable » everywhere: no figure for timing.
    expect(report.criteria.timing).toBeUndefined();
    expect(report.pooled.n).toBe(6);
  });

  it('measures each rater against the automatic score', () => {
    expect(report.automatic.ana!.criteria.empathy!.kappa).toBe(1);
    expect(report.automatic.bea!.criteria.empathy!.kappa).toBeLessThan(1);
    expect(report.automatic.bea!.passFail).toBeLessThan(1);
  });

  it('puts the calls they differ most on first, with the criteria at issue', () => {
    // c4: one step on empathy and the verdict (1 + 4) between the two raters.
    expect(report.spread[0]).toMatchObject({ id: 'c4', between: 5, criteria: ['empathy'] });
    // Calls with no disagreement come last, in id order.
    expect(report.spread.at(-1)).toMatchObject({ id: 'c2', between: 0, toAutomatic: 0, criteria: [] });
  });

  it('exports the calls with a disagreement as JSON lines, the agreed ones left out', () => {
    const text = disagreementsJsonl(
      report,
      calls.map((c) => ({
        ...c,
        scenario: 'rdv',
        log: [{ type: 'pickup' }],
        comments: { bea: 'Trop sévère ?' },
      })),
    );
    const lines = text
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.call)).not.toContain('c0');
    expect(lines.map((l) => l.call)).not.toContain('c2');
    expect(lines[0]).toMatchObject({
      call: 'c4',
      scenario: 'rdv',
      differences: [{ criterion: 'empathy', automatic: 0, raters: { ana: 0, bea: 1 } }],
      log: [{ type: 'pickup' }],
    });
    expect(lines[0].raters[1]).toMatchObject({ rater: 'bea', passed: false, comment: 'Trop sévère ?' });
  });
});

describe('sessionReport with three raters or more', () => {
  it('gives Fleiss’ κ of the Wikipedia worked example (10 calls, 14 raters): P̄ 0.378, P̄e 0.213, κ 0.210', () => {
    // Wikipedia, « Fleiss' kappa », worked example: n_ij raters put subject i in category j.
    const table = [
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
    ];
    const raters = Array.from({ length: 14 }, (_, r) => `r${r}`);
    const calls: SessionCall[] = table.map((counts, i) => {
      const grades = counts.flatMap((n, category) => new Array<number>(n).fill(category));
      return {
        id: `c${i}`,
        automatic: j({ accuracy: 2 }),
        ratings: Object.fromEntries(raters.map((r, k) => [r, j({ accuracy: grades[k] as 0 })])),
      };
    });
    const report = sessionReport(calls, raters);
    expect(report.method).toBe('fleiss');
    expect(report.criteria.accuracy!.n).toBe(10);
    expect(report.criteria.accuracy!.kappa).toBeCloseTo(0.21, 2);
    expect(report.pooled.kappa).toBeCloseTo(0.21, 2);
    // Everyone passed every call: the verdicts agree.
    expect(report.passFail.kappa).toBe(1);
  });

  it('gives the intraclass correlation ICC(2,1) beside Fleiss’ κ: a near miss on the scale counts', () => {
    // Three trainers; the third is one step more severe on every call but the worst one.
    const a = [4, 3, 2, 1, 0, 3];
    const c = [3, 2, 1, 0, 0, 2];
    const calls: SessionCall[] = a.map((x, i) => ({
      id: `c${i}`,
      automatic: j({ empathy: x as 0 }),
      ratings: {
        ana: j({ empathy: x as 0 }),
        bea: j({ empathy: x as 0 }),
        cyr: j({ empathy: c[i] as 0 }),
      },
    }));
    const figure = sessionReport(calls, ['ana', 'bea', 'cyr']).criteria.empathy!;
    const rows = a.map((x, i) => [x, x, c[i]!]);
    expect(figure.icc).toBeCloseTo(intraclassCorrelation(rows).agreement, 12);
    // Fleiss' κ sees five disagreements out of six calls; the ICC sees grades one step apart.
    expect(figure.kappa!).toBeLessThan(0.4);
    expect(figure.icc!).toBeGreaterThan(0.8);
    // Two raters: the weighted κ, no ICC.
    expect(sessionReport(calls, ['ana', 'cyr']).criteria.empathy!.icc).toBeUndefined();
  });

  it('leaves a call out of the inter-rater figures until every rater has graded it', () => {
    const calls: SessionCall[] = [
      {
        id: 'x',
        automatic: j({ greeting: 4 }),
        ratings: { a: j({ greeting: 4 }), b: j({ greeting: 4 }), c: j({ greeting: 4 }) },
      },
      { id: 'y', automatic: j({ greeting: 0 }), ratings: { a: j({ greeting: 0 }), b: j({ greeting: 4 }) } },
    ];
    const report = sessionReport(calls, ['a', 'b', 'c']);
    expect(report.criteria.greeting!.n).toBe(1);
    expect(report.spread[0]!.id).toBe('y');
  });
});

describe('judgementOf', () => {
  it('puts a stored scorecard on the sheet’s scale, NA where a criterion does not apply', () => {
    const judgement = judgementOf({
      criteria: { greeting: { score: 85 }, empathy: { score: 39 }, confidentiality: null },
      critical: [{ id: 'red-flag' }, { id: 'unknown' }],
      passed: false,
    });
    expect(judgement.grades).toMatchObject({ greeting: 4, empathy: 1, confidentiality: 'NA' });
    expect(judgement.critical).toEqual(['red-flag']);
    expect(judgement.passed).toBe(false);
  });
});
