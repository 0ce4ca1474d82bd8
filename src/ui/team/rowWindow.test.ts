import { describe, expect, it } from 'vitest';
import { rowWindow } from './rowWindow.ts';

const rows = (n: number, height?: number) => Array.from({ length: n }, () => height);

describe('the rows of a long table kept in the page', () => {
  it('keeps the rows on screen and a margin on each side, spacers for the rest', () => {
    // 500 rows of 50 px, the screen from 1,000 to 1,800 px: rows 20 to 35 on screen.
    expect(rowWindow(rows(500, 50), 60, 1000, 1800, 5)).toEqual({
      start: 15,
      end: 41,
      before: 15 * 50,
      after: (500 - 41) * 50,
    });
  });

  it('starts at the first row when the table begins below the screen', () => {
    expect(rowWindow(rows(500), 40, -900, -100, 10)).toEqual({
      start: 0,
      end: 11,
      before: 0,
      after: 489 * 40,
    });
  });

  it('keeps the last rows when the screen is past the table', () => {
    const w = rowWindow(rows(100, 30), 30, 5000, 5800, 4);
    expect(w).toMatchObject({ start: 95, end: 100, after: 0 });
    expect(w.before).toBe(95 * 30);
  });

  it('adds measured heights and estimates the rows not measured yet', () => {
    const heights = [100, 100, undefined, undefined, 20, 20, 20, 20];
    // Rows at 0, 100, 200, 250, 300, 320, 340, 360 (the unmeasured ones 50 px).
    expect(rowWindow(heights, 50, 255, 305, 1)).toEqual({ start: 2, end: 6, before: 200, after: 40 });
  });

  it('puts every row in the page when they all fit on screen', () => {
    expect(rowWindow(rows(3, 40), 40, -10, 900, 2)).toEqual({ start: 0, end: 3, before: 0, after: 0 });
    expect(rowWindow([], 40, 0, 900, 2)).toEqual({ start: 0, end: 0, before: 0, after: 0 });
  });
});
