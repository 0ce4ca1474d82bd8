/**
 * The dashboard's two charts, behind a small module (STYLE: wrap outside libraries): their
 * configuration is built by pure functions tested without a canvas, chart.js itself is loaded
 * on first use with a dynamic import (so it never weighs on the other screens, DESIGN §12), and
 * a chart lives on its canvas through a Svelte attachment that destroys it with the canvas.
 * Only the types are imported statically (erased at build time).
 */
import type { Attachment } from 'svelte/attachments';
import type { Chart, ChartConfiguration } from 'chart.js';
import { CRITERIA, type CriterionId } from '../../scenarios/vocabulary.ts';
import { CRITERION_LABELS } from '../../scoring/labels.ts';
import type { SkillLevels } from '../app/recommend.ts';
import type { Trend } from './aggregate.ts';
import { fr } from './strings.ts';

/** One colour per criterion, each at least 3:1 against white (WCAG 1.4.11). */
export const CRITERION_COLOURS: Readonly<Record<CriterionId, string>> = {
  greeting: '#1d4ed8',
  identification: '#854d0e',
  empathy: '#b42318',
  reformulation: '#146c2e',
  timing: '#9a3412',
  orientation: '#6d28d9',
  accuracy: '#0e7490',
  role: '#be123c',
  confidentiality: '#a21caf',
  closing: '#4a5160',
};

export type TrendConfig = ChartConfiguration<'line', (number | null)[], string>;
export type RadarConfig = ChartConfiguration<'radar', (number | null)[], string>;

/** Score trend per criterion: one line per criterion, one point per group of attempts. */
export function trendConfig(trend: Trend): TrendConfig {
  const dense = trend.points.length > 20;
  return {
    type: 'line',
    data: {
      labels: trend.points.map((p) => fr.trend.point(p.first, p.last)),
      datasets: CRITERIA.map((id) => ({
        label: CRITERION_LABELS[id],
        data: trend.points.map((p) => p.values[id]),
        borderColor: CRITERION_COLOURS[id],
        backgroundColor: CRITERION_COLOURS[id],
        borderWidth: 2,
        pointRadius: dense ? 1.5 : 3,
        pointHitRadius: 6,
        // Straight segments between real attempts, and a gap where a criterion did not apply: no
        // smoothed curve drawn across scenarios that did not measure it.
        spanGaps: false,
        tension: 0,
      })),
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      locale: 'fr-FR',
      interaction: { mode: 'index', intersect: false },
      scales: {
        y: { min: 0, max: 100, ticks: { stepSize: 20 } },
        x: {
          offset: true,
          title: { display: true, text: fr.trend.axis },
          ticks: { autoSkip: true, maxRotation: 0 },
        },
      },
      plugins: { legend: { position: 'bottom' } },
    },
  };
}

/** Current level per skill, on a 0–100 radar; a skill never evaluated is left as a gap. */
export function radarConfig(levels: SkillLevels): RadarConfig {
  return {
    type: 'radar',
    data: {
      labels: CRITERIA.map((id) => CRITERION_LABELS[id]),
      datasets: [
        {
          label: fr.radar.title,
          data: CRITERIA.map((id) => levels[id]),
          fill: true,
          backgroundColor: 'rgba(29, 78, 216, 0.18)',
          borderColor: '#1d4ed8',
          pointBackgroundColor: '#1d4ed8',
          borderWidth: 2,
          spanGaps: true,
        },
      ],
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      locale: 'fr-FR',
      scales: { r: { min: 0, max: 100, ticks: { stepSize: 20 }, pointLabels: { font: { size: 13 } } } },
      plugins: { legend: { display: false } },
    },
  };
}

let loaded: Promise<typeof Chart> | undefined;

/** chart.js with just what the two charts need registered; loaded once, on first use. */
export function loadChart(): Promise<typeof Chart> {
  loaded ??= import('chart.js').then(
    (chart) => {
      chart.Chart.register(
        chart.LineController,
        chart.RadarController,
        chart.LineElement,
        chart.PointElement,
        chart.LinearScale,
        chart.RadialLinearScale,
        chart.CategoryScale,
        chart.Filler,
        chart.Tooltip,
        chart.Legend,
      );
      return chart.Chart;
    },
    (error: unknown) => {
      loaded = undefined; // a later visit may succeed (a flaky network when offline-first fails)
      throw error;
    },
  );
  return loaded;
}

export type ChartStatus = 'loading' | 'ready' | 'failed';

/**
 * Draws a chart on the canvas it is attached to; the chart is destroyed when the canvas goes
 * or the configuration changes. `config` must be plain data (not a Svelte proxy): chart.js
 * writes into it. A canvas with no 2D context (an old browser, jsdom) reports `failed`: the
 * table next to it holds the same values.
 */
export function chartOn<C extends ChartConfiguration<'line' | 'radar', (number | null)[], string>>(
  config: C,
  onstatus: (status: ChartStatus) => void = () => {},
  load: () => Promise<typeof Chart> = loadChart,
): Attachment<HTMLCanvasElement> {
  return (canvas) => {
    let chart: Chart | undefined;
    let live = true;
    load()
      .then((ChartClass) => {
        if (!live) return;
        if (!canvas.getContext('2d')) throw new Error('no 2D context');
        chart = new ChartClass(canvas, config as unknown as ChartConfiguration);
        onstatus('ready');
      })
      .catch(() => {
        if (live) onstatus('failed');
      });
    return () => {
      live = false;
      chart?.destroy();
      chart = undefined;
    };
  };
}
