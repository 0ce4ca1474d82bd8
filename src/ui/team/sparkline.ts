/**
 * A trainee's trend as a sparkline: the points of an SVG polyline on a 0–100 scale, pure. The
 * matrix draws it as inline SVG, painted with the table, rather than as one chart.js canvas per
 * row: with a canvas per row (and an IntersectionObserver each to draw it lazily), showing all
 * 500 trainees left Chromium seconds to minutes in layerization (the compositor testing every
 * row's paint against the drawn canvases' layers), worse on each visit back to « Équipe »
 * (issue 10). SVG needs no library, no observer and nothing to destroy when the row goes.
 */

export interface Sparkline {
  /** `x,y x,y …` for `<polyline points>`. */
  points: string;
  /** The last attempt's point, marked with a dot. */
  last: { x: number; y: number };
}

/** Totals (0–100, oldest first) spread over `width` × `height`, the top of the box being 100. */
export function sparkline(totals: readonly number[], width: number, height: number, pad = 2): Sparkline {
  const step = totals.length > 1 ? (width - 2 * pad) / (totals.length - 1) : 0;
  const at = (total: number, i: number) => ({
    x: round(pad + i * step),
    y: round(pad + (1 - Math.min(100, Math.max(0, total)) / 100) * (height - 2 * pad)),
  });
  const xy = totals.map(at);
  return {
    points: xy.map((p) => `${p.x},${p.y}`).join(' '),
    last: xy.at(-1) ?? { x: pad, y: height - pad },
  };
}

const round = (n: number) => Math.round(n * 10) / 10;
