/**
 * Which rows of a long table are in the page (issue 10: 500 trainees' rows took Chromium over a
 * second to lay out and paint). Pure: the rows near the screen, `overscan` more on each side so
 * that Tab always finds the next row in the page (the browser then scrolls it into view, and the
 * window follows), and the heights of the rows left out, for the spacers that keep the table's
 * height and the scroll bar true. A row measured once keeps its height; the others are estimated.
 */

export interface RowWindow {
  /** The first row in the page. */
  start: number;
  /** One past the last row in the page. */
  end: number;
  /** Pixels of the rows before `start`, and after `end`. */
  before: number;
  after: number;
}

/**
 * @param heights each row's measured height (undefined: not measured yet)
 * @param estimate the height of a row not measured
 * @param top the top of the screen, in pixels from the top of the first row (negative: above it)
 * @param bottom the bottom of the screen, likewise
 */
export function rowWindow(
  heights: readonly (number | undefined)[],
  estimate: number,
  top: number,
  bottom: number,
  overscan: number,
): RowWindow {
  const count = heights.length;
  let y = 0;
  let first = count;
  let last = count;
  for (let i = 0; i < count; i++) {
    const next = y + (heights[i] ?? estimate);
    if (first === count && next > top) first = i;
    if (y >= bottom) {
      last = i;
      break;
    }
    y = next;
  }
  // The screen past the last row (scrolled beyond the table): its last rows.
  if (first === count) first = Math.max(0, count - 1);
  const start = Math.max(0, first - overscan);
  const end = Math.min(count, Math.max(last, first + 1) + overscan);
  let before = 0;
  let after = 0;
  for (let i = 0; i < start; i++) before += heights[i] ?? estimate;
  for (let i = end; i < count; i++) after += heights[i] ?? estimate;
  return { start, end, before, after };
}
