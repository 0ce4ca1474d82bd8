import type { Chart } from 'chart.js';
import { describe, expect, it, vi } from 'vitest';
import { CRITERIA } from '../../scenarios/schema.ts';
import { CRITERION_LABELS } from '../../scoring/messages.ts';
import type { SkillLevels } from '../app/recommend.ts';
import { aggregate } from './aggregate.ts';
import {
  CRITERION_COLOURS,
  chartOn,
  loadChart,
  radarConfig,
  trendConfig,
  type ChartStatus,
} from './charts.ts';
import { summary } from './summaries.testing.ts';
import { typo } from '../i18n/typography.ts';

describe('trendConfig', () => {
  it('draws one line per criterion through the trend’s points', () => {
    const { trend } = aggregate([
      summary({ total: 20 }),
      summary({ total: 80, criteria: { accuracy: null } }),
    ]);
    const config = trendConfig(trend);
    expect(config.type).toBe('line');
    expect(config.data.labels).toEqual([typo('n° 1'), typo('n° 2')]);
    expect(config.data.datasets.map((d) => d.label)).toEqual(CRITERIA.map((id) => CRITERION_LABELS[id]));
    const accuracy = config.data.datasets[CRITERIA.indexOf('accuracy')]!;
    expect(accuracy.data).toEqual([20, null]);
    expect(accuracy.borderColor).toBe(CRITERION_COLOURS.accuracy);
    expect(config.options?.scales?.y).toMatchObject({ min: 0, max: 100 });
  });

  it('labels grouped points with their range of attempts', () => {
    const { trend } = aggregate(
      Array.from({ length: 5 }, () => summary()),
      2,
    );
    expect(trendConfig(trend).data.labels).toEqual([typo('n° 1 à 3'), typo('n° 4 à 5')]);
  });

  it('gives every criterion its own colour', () => {
    expect(new Set(Object.values(CRITERION_COLOURS)).size).toBe(CRITERIA.length);
  });
});

describe('radarConfig', () => {
  it('puts the current level of each skill on a 0–100 radar', () => {
    const levels = Object.fromEntries(CRITERIA.map((id, i) => [id, i * 10])) as SkillLevels;
    levels.closing = null;
    const config = radarConfig(levels);
    expect(config.type).toBe('radar');
    expect(config.data.labels).toEqual(CRITERIA.map((id) => CRITERION_LABELS[id]));
    expect(config.data.datasets[0]!.data).toEqual([0, 10, 20, 30, 40, 50, 60, 70, 80, null]);
    expect(config.options?.scales?.r).toMatchObject({ min: 0, max: 100 });
  });
});

describe('loadChart', () => {
  it('loads chart.js with the two controllers registered', async () => {
    const ChartClass = await loadChart();
    expect(ChartClass.registry.getController('line')).toBeDefined();
    expect(ChartClass.registry.getController('radar')).toBeDefined();
    expect(ChartClass.registry.getScale('radialLinear')).toBeDefined();
    expect(await loadChart()).toBe(ChartClass);
  });
});

/** A canvas stand-in: chartOn only asks it for a 2D context. */
function canvas(context: unknown): HTMLCanvasElement {
  return { getContext: () => context } as unknown as HTMLCanvasElement;
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('chartOn', () => {
  const config = radarConfig(Object.fromEntries(CRITERIA.map((id) => [id, 50])) as SkillLevels);

  it('draws the chart once chart.js is there, and destroys it with the canvas', async () => {
    const destroy = vi.fn();
    const made: unknown[] = [];
    class FakeChart {
      constructor(item: unknown, cfg: unknown) {
        made.push([item, cfg]);
      }
      destroy = destroy;
    }
    const statuses: ChartStatus[] = [];
    const node = canvas({});
    const cleanup = chartOn(
      config,
      (s) => statuses.push(s),
      async () => FakeChart as unknown as typeof Chart,
    )(node);
    await flush();
    expect(made).toEqual([[node, config]]);
    expect(statuses).toEqual(['ready']);
    (cleanup as () => void)();
    expect(destroy).toHaveBeenCalledOnce();
  });

  it('reports a failure when the canvas has no 2D context', async () => {
    const statuses: ChartStatus[] = [];
    const Fake = vi.fn();
    chartOn(
      config,
      (s) => statuses.push(s),
      async () => Fake as unknown as typeof Chart,
    )(canvas(null));
    await flush();
    expect(statuses).toEqual(['failed']);
    expect(Fake).not.toHaveBeenCalled();
  });

  it('draws nothing when the canvas is gone before chart.js arrives', async () => {
    const Fake = vi.fn();
    const statuses: ChartStatus[] = [];
    const cleanup = chartOn(
      config,
      (s) => statuses.push(s),
      async () => Fake as unknown as typeof Chart,
    )(canvas({}));
    (cleanup as () => void)();
    await flush();
    expect(Fake).not.toHaveBeenCalled();
    expect(statuses).toEqual([]);
  });
});
