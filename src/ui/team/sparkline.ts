/**
 * A trainee's trend as a chart.js sparkline: a plain configuration (chart.js writes into it) with
 * no axis, legend, tooltip or animation. Drawn by the dashboard's lazy `chartOn`, so chart.js is
 * fetched only on the screens that draw charts.
 */
import type { ChartConfiguration } from 'chart.js';

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
