import { describe, expect, it } from 'vitest';
import { CRITERIA } from '../../scenarios/schema.ts';
import { aggregate } from './aggregate.ts';
import { summary } from './summaries.testing.ts';

describe('aggregate', () => {
  it('counts attempts, passes and the mean of scored totals', () => {
    const data = aggregate([
      summary({ total: 80 }),
      summary({ total: 50 }),
      summary({ total: null, passed: false }),
      summary({ total: 91 }),
    ]);
    expect(data.attempts).toBe(4);
    expect(data.passed).toBe(2);
    expect(data.mean).toBe(74); // (80 + 50 + 91) / 3 = 73.67
  });

  it('has no mean and no points without attempts', () => {
    expect(aggregate([])).toMatchObject({
      attempts: 0,
      passed: 0,
      mean: null,
      trend: { perPoint: 1, points: [] },
    });
  });

  it('gives one trend point per attempt while they fit', () => {
    const data = aggregate(
      [summary({ total: 20 }), summary({ total: 60, criteria: { accuracy: null } })],
      50,
    );
    expect(data.trend.perPoint).toBe(1);
    expect(data.trend.points.map((p) => [p.first, p.last])).toEqual([
      [1, 1],
      [2, 2],
    ]);
    expect(data.trend.points[1]!.values.accuracy).toBeNull();
    expect(data.trend.points[1]!.values.greeting).toBe(60);
  });

  it('groups attempts so the chart keeps at most maxPoints points, averaging what applies', () => {
    const list = Array.from({ length: 10 }, (_, i) =>
      summary({ total: i * 10, criteria: { closing: i % 2 ? null : i * 10 } }),
    );
    const { trend } = aggregate(list, 4);
    expect(trend.perPoint).toBe(3);
    expect(trend.points.map((p) => [p.first, p.last])).toEqual([
      [1, 3],
      [4, 6],
      [7, 9],
      [10, 10],
    ]);
    expect(trend.points[0]!.values.greeting).toBe(10); // 0, 10, 20
    expect(trend.points[0]!.values.closing).toBe(10); // 0, 20 (10 does not apply)
    expect(trend.points[3]!.values.closing).toBeNull(); // the 10th (90) does not apply
    for (const p of trend.points) expect(Object.keys(p.values)).toEqual([...CRITERIA]);
  });

  it('keeps the best result, passes and latest time per scenario', () => {
    const data = aggregate([
      summary({ scenarioId: 'a', total: 40, time: 1000 }),
      summary({ scenarioId: 'b', total: null, passed: false, time: 2000 }),
      summary({ scenarioId: 'a', total: 85, time: 3000 }),
      summary({ scenarioId: 'a', total: 60, time: 2500 }),
    ]);
    expect(data.best).toEqual([
      { scenarioId: 'a', attempts: 3, best: 85, passed: true, lastTime: 3000 },
      { scenarioId: 'b', attempts: 1, best: null, passed: false, lastTime: 2000 },
    ]);
  });

  // Its speed is a benchmark (the dashboard over 10,000 attempts in `npm run bench`), not a timed test.
  it('sums up 10,000 attempts into the last 50 points and one best score per scenario', () => {
    const list = Array.from({ length: 10_000 }, (_, i) =>
      summary({ total: i % 101, scenarioId: `s${i % 7}` }),
    );
    const data = aggregate(list);
    expect(data.trend.points).toHaveLength(50);
    expect(data.best).toHaveLength(7);
  });
});
