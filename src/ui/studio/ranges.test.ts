import { describe, expect, it } from 'vitest';
import { testBundle } from '../../scoring/fixtures.ts';
import { outcomeRanges } from '../../scoring/outcomeRange.ts';
import { startRanges, type RangeProgress } from './ranges.ts';

describe('the outcomes’ totals in the studio', () => {
  it('fill in slice by slice to the figures computed at once, and stop when asked', () => {
    const bundle = testBundle();
    const queue: (() => void)[] = [];
    const seen: RangeProgress[] = [];
    // A clock that moves 20 ms a read: a slice of 25 ms plays one call.
    let t = 0;
    startRanges(bundle, (p) => seen.push(p), { schedule: (run) => queue.push(run), now: () => (t += 20) });
    expect(seen[0]).toMatchObject({ done: 0, ranges: { byOutcome: {} } });
    while (queue.length) queue.shift()!();
    const last = seen.at(-1)!;
    expect(last.done).toBe(last.total);
    expect(seen.length).toBeGreaterThan(2);
    expect(last.ranges).toEqual(outcomeRanges(bundle));

    const stoppedAt: RangeProgress[] = [];
    const stop = startRanges(bundle, (p) => stoppedAt.push(p), { schedule: (run) => queue.push(run) });
    stop();
    while (queue.length) queue.shift()!();
    expect(stoppedAt.map((p) => p.done)).toEqual([0]);
  });
});
