import { describe, expect, it } from 'vitest';
import type { CellAttempt } from './api.ts';
import { cellChartConfig } from './cellChart.ts';

const attempt = (day: number, score: number, total: number): CellAttempt => ({
  id: `a${day}`,
  scenarioId: 's',
  title: null,
  startedAt: `2026-11-${String(day).padStart(2, '0')}T10:00:00Z`,
  total,
  passed: total >= 70,
  score,
});

describe('the drill-down chart', () => {
  // As the server gives them: the latest first.
  const attempts = [attempt(20, 82.4, 75), attempt(12, 60, 58), attempt(3, 40, 66)];

  it('draws the cell’s score call by call, oldest first, with each call’s total for a criterion', () => {
    const config = cellChartConfig(attempts, 'Écoute et empathie', true);
    expect(config.type).toBe('line');
    expect(config.data.labels).toEqual(['3 nov. 2026', '12 nov. 2026', '20 nov. 2026']);
    const [score, total] = config.data.datasets;
    expect(score).toMatchObject({ label: 'Écoute et empathie', data: [40, 60, 82] });
    expect(total).toMatchObject({ label: 'Total de l’appel', data: [66, 58, 75], borderDash: [6, 4] });
    expect(config.options?.scales?.y).toMatchObject({ min: 0, max: 100 });
  });

  it('draws one line for a caller type, whose score is the call’s total', () => {
    const config = cellChartConfig(attempts, 'Urgence', false);
    expect(config.data.datasets).toHaveLength(1);
    expect(config.data.datasets[0]!.data).toEqual([40, 60, 82]);
  });
});
