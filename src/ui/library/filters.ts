/**
 * The library's filters: which scenarios a choice of caller type, skill and difficulty keeps,
 * and which choices to offer (only values some scenario has). Pure.
 */
import type { Scenario } from '../../scenarios/schema.ts';
import { CALLER_TYPES, CRITERIA, type CallerType, type CriterionId } from '../../scenarios/vocabulary.ts';

export interface LibraryFilters {
  /** `''`: any. */
  callerType: CallerType | '';
  skill: CriterionId | '';
  /** `''` or a difficulty 1–5 as text (a <select> value). */
  difficulty: string;
}

export const NO_FILTERS: LibraryFilters = { callerType: '', skill: '', difficulty: '' };

export function isFiltered(filters: LibraryFilters): boolean {
  return filters.callerType !== '' || filters.skill !== '' || filters.difficulty !== '';
}

export function filterScenarios<S extends Pick<Scenario, 'callerType' | 'skills' | 'difficulty'>>(
  scenarios: readonly S[],
  filters: LibraryFilters,
): S[] {
  return scenarios.filter(
    (s) =>
      (filters.callerType === '' || s.callerType === filters.callerType) &&
      (filters.skill === '' || s.skills.includes(filters.skill)) &&
      (filters.difficulty === '' || String(s.difficulty) === filters.difficulty),
  );
}

export interface FilterChoices {
  callerTypes: CallerType[];
  skills: CriterionId[];
  difficulties: number[];
}

/** The values present in the catalogue, in their canonical order. */
export function filterChoices(
  scenarios: readonly Pick<Scenario, 'callerType' | 'skills' | 'difficulty'>[],
): FilterChoices {
  const types = new Set(scenarios.map((s) => s.callerType));
  const skills = new Set(scenarios.flatMap((s) => s.skills));
  return {
    callerTypes: CALLER_TYPES.filter((t) => types.has(t)),
    skills: CRITERIA.filter((c) => skills.has(c)),
    difficulties: [...new Set(scenarios.map((s) => s.difficulty))].sort((a, b) => a - b),
  };
}
