/**
 * What to practise next: the trainee's weakest skill, then a scenario that trains it and is not
 * mastered yet. Pure, so the advice the dashboard and the debrief give is tested.
 */
import type { Scenario } from '../../scenarios/schema.ts';
import { CRITERIA, type CriterionId } from '../../scenarios/vocabulary.ts';
import type { AttemptSummary, ScenarioStats } from './summaryStats.ts';

/** A scenario counts as mastered from this best total up. */
export const MASTERED = 80;
/** The current level of a skill: the mean of its last scores that apply. */
export const LEVEL_WINDOW = 5;

export type SkillLevels = Record<CriterionId, number | null>;

/** Mean of the last `window` applicable scores per criterion (summaries oldest first), rounded. */
export function skillLevels(summaries: readonly AttemptSummary[], window = LEVEL_WINDOW): SkillLevels {
  const levels = {} as SkillLevels;
  for (const id of CRITERIA) {
    let sum = 0;
    let n = 0;
    for (let i = summaries.length - 1; i >= 0 && n < window; i--) {
      const value = summaries[i]!.criteria[id];
      if (value === null) continue;
      sum += value;
      n++;
    }
    levels[id] = n ? Math.round(sum / n) : null;
  }
  return levels;
}

/** What the advice reads of a scenario: a full one or its catalogue summary. */
export type Recommendable = Pick<Scenario, 'id' | 'difficulty' | 'skills'>;

export interface Recommendation<S extends Recommendable = Recommendable> {
  scenario: S;
  /** The skill it is chosen for; `null` when the trainee has no score yet (easiest first). */
  skill: CriterionId | null;
  /** The trainee's level in that skill, `null` when never evaluated. */
  level: number | null;
  /** The trainee's best total on it, `null` when never played. */
  best: number | null;
}

/**
 * Skills from weakest to strongest (ties: catalogue order); skills never evaluated come last,
 * since a known weakness is the better lead.
 */
export function skillsByWeakness(levels: SkillLevels): CriterionId[] {
  const known = CRITERIA.filter((id) => levels[id] !== null).sort((a, b) => levels[a]! - levels[b]!);
  return [...known, ...CRITERIA.filter((id) => levels[id] === null)];
}

/**
 * The next scenario: for the weakest skill that some unmastered scenario trains, the easiest of
 * those (then the lowest best, then catalogue order). `exclude` leaves out the one just played
 * when another is available. `null` when every scenario is mastered.
 */
export function recommendNext<S extends Recommendable>(
  scenarios: readonly S[],
  levels: SkillLevels,
  stats: ReadonlyMap<string, ScenarioStats>,
  options: { exclude?: string } = {},
): Recommendation<S> | null {
  const bestOf = (s: S) => stats.get(s.id)?.best ?? null;
  const open = scenarios.filter((s) => (bestOf(s) ?? -1) < MASTERED);
  const pool = open.some((s) => s.id !== options.exclude)
    ? open.filter((s) => s.id !== options.exclude)
    : open;
  if (pool.length === 0) return null;
  const order = new Map(scenarios.map((s, i) => [s.id, i]));
  const easiest = (candidates: S[]) =>
    candidates.sort(
      (a, b) =>
        a.difficulty - b.difficulty ||
        (bestOf(a) ?? -1) - (bestOf(b) ?? -1) ||
        order.get(a.id)! - order.get(b.id)!,
    )[0]!;
  const evaluated = CRITERIA.some((id) => levels[id] !== null);
  if (evaluated) {
    for (const skill of skillsByWeakness(levels)) {
      const candidates = pool.filter((s) => s.skills.includes(skill));
      if (candidates.length) {
        const scenario = easiest(candidates);
        return { scenario, skill, level: levels[skill], best: bestOf(scenario) };
      }
    }
  }
  const scenario = easiest([...pool]);
  return { scenario, skill: null, level: null, best: bestOf(scenario) };
}
