import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../scenarios/schema.ts';
import { filterChoices, filterScenarios, isFiltered, NO_FILTERS } from './filters.ts';

type Card = Pick<Scenario, 'id' | 'callerType' | 'skills' | 'difficulty'>;
const scenarios: Card[] = [
  { id: 'a', callerType: 'urgent', skills: ['orientation', 'timing'], difficulty: 3 },
  { id: 'b', callerType: 'anxious', skills: ['empathy', 'orientation'], difficulty: 2 },
  { id: 'c', callerType: 'anxious', skills: ['closing'], difficulty: 1 },
];

describe('library filters', () => {
  it('keep everything when nothing is chosen', () => {
    expect(filterScenarios(scenarios, NO_FILTERS).map((s) => s.id)).toEqual(['a', 'b', 'c']);
    expect(isFiltered(NO_FILTERS)).toBe(false);
  });

  it('combine caller type, skill and difficulty', () => {
    const ids = (f: Partial<typeof NO_FILTERS>) =>
      filterScenarios(scenarios, { ...NO_FILTERS, ...f }).map((s) => s.id);
    expect(ids({ callerType: 'anxious' })).toEqual(['b', 'c']);
    expect(ids({ skill: 'orientation' })).toEqual(['a', 'b']);
    expect(ids({ callerType: 'anxious', skill: 'orientation' })).toEqual(['b']);
    expect(ids({ difficulty: '1' })).toEqual(['c']);
    expect(ids({ callerType: 'urgent', difficulty: '1' })).toEqual([]);
    expect(isFiltered({ ...NO_FILTERS, difficulty: '1' })).toBe(true);
  });

  it('offer only the values some scenario has, in canonical order', () => {
    expect(filterChoices(scenarios)).toEqual({
      callerTypes: ['anxious', 'urgent'],
      skills: ['empathy', 'timing', 'orientation', 'closing'],
      difficulties: [1, 2, 3],
    });
  });
});
