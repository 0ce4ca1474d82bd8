import { describe, expect, it } from 'vitest';
import { sparkline } from './sparkline.ts';

describe('the matrix sparkline', () => {
  it('spreads the totals over the width, 100 at the top and 0 at the bottom, and marks the last', () => {
    const line = sparkline([0, 50, 100], 96, 28);
    expect(line.points).toBe('2,26 48,14 94,2');
    expect(line.last).toEqual({ x: 94, y: 2 });
  });

  it('keeps a total outside 0–100 inside the box', () => {
    expect(sparkline([-10, 130], 96, 28).points).toBe('2,26 94,2');
  });
});
