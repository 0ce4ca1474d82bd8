/**
 * A trainee's trend as a chart.js sparkline: a plain configuration (chart.js writes into it) with
 * no axis, legend, tooltip or animation. Drawn by the dashboard's lazy `chartOn`, so chart.js is
 * fetched only on the screens that draw charts, and only once its row scrolls near the screen:
 * a matrix of 500 trainees draws the twenty or so in view, not 500 charts (DESIGN §12: the
 * matrix renders in ≤ 1 s).
 */
import type { ChartConfiguration } from 'chart.js';
import type { Attachment } from 'svelte/attachments';
import { chartOn } from '../dashboard/charts.ts';

export type SparklineConfig = ChartConfiguration<'line', (number | null)[], string>;

export function sparklineConfig(totals: readonly number[]): SparklineConfig {
  return {
    type: 'line',
    data: {
      labels: totals.map((_, i) => String(i + 1)),
      datasets: [
        {
          data: [...totals],
          borderColor: '#1d4ed8',
          borderWidth: 2,
          pointRadius: totals.map((_, i) => (i === totals.length - 1 ? 2.5 : 0)),
          pointBackgroundColor: '#1d4ed8',
          tension: 0.25,
        },
      ],
    },
    options: {
      responsive: false,
      animation: false,
      events: [],
      plugins: { legend: { display: false }, tooltip: { enabled: false } },
      scales: { x: { display: false }, y: { display: false, min: 0, max: 100 } },
    },
  };
}

/**
 * Draws the sparkline on the canvas once it comes within a screen's height of the viewport
 * (at once where IntersectionObserver is missing); undrawn when the canvas goes.
 */
export function sparklineOn(totals: readonly number[]): Attachment<HTMLCanvasElement> {
  const draw = chartOn(sparklineConfig(totals));
  return (canvas) => {
    if (typeof IntersectionObserver === 'undefined') return draw(canvas);
    let undraw: void | (() => void);
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        observer.disconnect();
        undraw = draw(canvas);
      },
      { rootMargin: '100% 0px' },
    );
    observer.observe(canvas);
    return () => {
      observer.disconnect();
      if (typeof undraw === 'function') undraw();
    };
  };
}
