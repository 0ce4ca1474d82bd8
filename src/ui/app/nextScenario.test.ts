import { describe, expect, it } from 'vitest';
import { CRITERIA, type CriterionId, type Scenario } from '../../scenarios/schema.ts';
import type { AttemptSummary } from './attempts.ts';
import { nextScenarioId } from './nextScenario.ts';

const scenario = (id: string, difficulty: number, skills: CriterionId[]) =>
  ({ id, difficulty, skills }) as unknown as Scenario;

function played(
  scenarioId: string,
  total: number,
  levels: Partial<Record<CriterionId, number>>,
  n: number,
): AttemptSummary {
  const criteria = Object.fromEntries(
    CRITERIA.map((c) => [c, levels[c] ?? null]),
  ) as AttemptSummary['criteria'];
  return {
    schemaVersion: 1,
    id: `${scenarioId}-${n}`,
    profileId: 'p',
    scenarioId,
    scenarioVersion: 1,
    startedAt: new Date(Date.UTC(2026, 0, 1, 9, n)).toISOString(),
    outcome: { id: 'rdv', verdict: 'correct' },
    total,
    passed: total >= 70,
    critical: [],
    criteria,
    rubricVersion: 1,
  };
}

const catalogue = [
  scenario('a', 1, ['greeting', 'closing']),
  scenario('b', 2, ['empathy']),
  scenario('c', 3, ['orientation']),
];

describe('the next scenario after a debrief', () => {
  it('is the one that trains the weakest skill, other than the one just played', () => {
    const summaries = [played('a', 60, { greeting: 90, closing: 80, orientation: 20 }, 1)];
    expect(nextScenarioId(catalogue, summaries, 'a')).toBe('c');
  });

  it('is the easiest other one when nothing is known yet', () => {
    expect(nextScenarioId(catalogue, [], 'a')).toBe('b');
  });

  it('follows catalogue order when every other scenario is mastered', () => {
    const summaries = [played('b', 95, { empathy: 95 }, 1), played('c', 90, { orientation: 90 }, 2)];
    // Only « a » is not mastered, and it was just played: go on to the next in order.
    expect(nextScenarioId(catalogue, summaries, 'a')).toBe('b');
    expect(nextScenarioId(catalogue, [...summaries, played('a', 90, {}, 3)], 'c')).toBeUndefined();
  });
});
