import { describe, expect, it } from 'vitest';
import { benchScoring } from './bench.ts';
import { goodCall } from './fixtures.ts';

describe('benchScoring', () => {
  it('reports the time per attempt and what re-scoring 10,000 would take', () => {
    const { bundle, log } = goodCall();
    const bench = benchScoring(bundle, log, 20);
    expect(bench.logEntries).toBe(log.length);
    expect(bench.msPerAttempt).toBeGreaterThan(0);
    expect(bench.rescore10kMs).toBeCloseTo(bench.msPerAttempt * 10_000, 6);
  });
});
