import { describe, expect, it } from 'vitest';
import type { MatrixTrainee } from './api.ts';
import { bandOf, rowAverage, sortTrainees } from './matrix.ts';

function trainee(name: string, empathy?: number, ready = false): MatrixTrainee {
  return {
    id: name,
    name,
    groups: [],
    attempts: empathy === undefined ? 0 : 1,
    lastAt: null,
    trend: [],
    criteria:
      empathy === undefined ? {} : { empathy: { level: empathy, n: 1 }, greeting: { level: 100, n: 1 } },
    callerTypes: {},
    readiness: { ready, missing: [] },
  };
}

describe('the matrix presentation', () => {
  it('names a band for every level, the pass mark starting « acquired »', () => {
    expect([95, 80, 79, 70, 69, 50, 49, 0].map(bandOf)).toEqual([
      'mastered',
      'mastered',
      'acquired',
      'acquired',
      'progressing',
      'progressing',
      'weak',
      'weak',
    ]);
  });

  it('sorts by a criterion either way, trainees without a value last', () => {
    const list = [trainee('Zoé', 60), trainee('Adam'), trainee('Élise', 90), trainee('Bruno', 60)];
    const asc = sortTrainees(list, { key: 'empathy', descending: false }, 'criteria');
    expect(asc.map((t) => t.name)).toEqual(['Bruno', 'Zoé', 'Élise', 'Adam']);
    const desc = sortTrainees(list, { key: 'empathy', descending: true }, 'criteria');
    expect(desc.map((t) => t.name)).toEqual(['Élise', 'Bruno', 'Zoé', 'Adam']);
    expect(sortTrainees(list, { key: 'name', descending: false }, 'criteria').map((t) => t.name)).toEqual([
      'Adam',
      'Bruno',
      'Élise',
      'Zoé',
    ]);
  });

  it('puts the ready first when asked, and averages a row', () => {
    const list = [trainee('A', 50), trainee('B', 90, true)];
    expect(sortTrainees(list, { key: 'ready', descending: true }, 'criteria')[0]!.name).toBe('B');
    expect(rowAverage(list[0]!, 'criteria')).toBe(75);
    expect(rowAverage(trainee('C'), 'criteria')).toBeUndefined();
  });
});
