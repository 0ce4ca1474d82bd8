/**
 * The drill-down's chart (issue 10: « Charts with chart.js, loaded only on these screens »): the
 * cell's score call by call, oldest first, with each call's total beside it for a criterion. Pure
 * configuration, drawn by the dashboard's `chartOn` (chart.js loaded on first use by a dynamic
 * import, so it stays out of the call page's JS). The 500 rows' trend sparklines stay inline SVG
 * (sparkline.ts): one chart.js canvas per row cost Chromium seconds.
 */
import type { ChartConfiguration } from 'chart.js';
import type { CellAttempt } from './api.ts';
import { fr } from './strings.ts';

export type CellChartConfig = ChartConfiguration<'line', (number | null)[], string>;

/**
 * @param attempts the cell's attempts as the server gives them, latest first
 * @param label the criterion's or caller type's name
 * @param withTotal draw each call's total too (a criterion; a caller type's score is the total)
 */
export function cellChartConfig(
  attempts: readonly CellAttempt[],
  label: string,
  withTotal: boolean,
): CellChartConfig {
  const calls = [...attempts].reverse();
  const dataset = (name: string, data: number[], colour: string, dashed: boolean) => ({
    label: name,
    data,
    borderColor: colour,
    backgroundColor: colour,
    borderWidth: 2,
    // A dashed line and square points for the total: the two series differ by more than colour.
    ...(dashed ? { borderDash: [6, 4], pointStyle: 'rect' as const } : {}),
    pointRadius: 4,
    tension: 0,
  });
  return {
    type: 'line',
    data: {
      labels: calls.map((a) => fr.date(a.startedAt)),
      datasets: [
        dataset(
          label,
          calls.map((a) => Math.round(a.score)),
          '#1d4ed8',
          false,
        ),
        ...(withTotal
          ? [
              dataset(
                fr.drillChartTotal,
                calls.map((a) => a.total),
                '#4a5160',
                true,
              ),
            ]
          : []),
      ],
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      locale: 'fr-FR',
      scales: { y: { min: 0, max: 100, ticks: { stepSize: 20 } }, x: { offset: true } },
      plugins: { legend: { position: 'bottom', labels: { usePointStyle: true } } },
    },
  };
}
