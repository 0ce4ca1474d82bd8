/**
 * The competency matrix's presentation, pure: a level's band (a word and a class, so the colour
 * is never the only signal), the trainees' order, the average of a row.
 */
import type { CallerType, CriterionId } from '../../scenarios/vocabulary.ts';
import type { Level, MatrixTrainee } from './api.ts';

export type Band = 'mastered' | 'acquired' | 'progressing' | 'weak';

/** ≥ 80 mastered, ≥ 70 acquired (the pass mark), ≥ 50 progressing, below: to work on. */
export function bandOf(level: number): Band {
  if (level >= 80) return 'mastered';
  if (level >= 70) return 'acquired';
  if (level >= 50) return 'progressing';
  return 'weak';
}

export type View = 'criteria' | 'callerTypes';
export type Column = CriterionId | CallerType;

export function cellOf(trainee: MatrixTrainee, view: View, column: Column): Level | undefined {
  return view === 'criteria'
    ? trainee.criteria[column as CriterionId]
    : trainee.callerTypes[column as CallerType];
}

/** The mean of a row's levels (undefined: nothing scored). */
export function rowAverage(trainee: MatrixTrainee, view: View): number | undefined {
  const levels = Object.values(view === 'criteria' ? trainee.criteria : trainee.callerTypes)
    .filter((l): l is Level => l !== undefined)
    .map((l) => l.level);
  return levels.length ? levels.reduce((a, b) => a + b, 0) / levels.length : undefined;
}

export type SortKey = 'name' | 'ready' | 'average' | 'last' | Column;

export interface Sort {
  key: SortKey;
  descending: boolean;
}

const byName = (a: MatrixTrainee, b: MatrixTrainee) => a.name.localeCompare(b.name, 'fr');

/** The trainees in the order asked; a trainee without a value goes last either way, then by name. */
export function sortTrainees(trainees: readonly MatrixTrainee[], sort: Sort, view: View): MatrixTrainee[] {
  const valueOf = (t: MatrixTrainee): number | string | undefined => {
    switch (sort.key) {
      case 'name':
        return t.name;
      case 'ready':
        return t.readiness.ready ? 1 : 0;
      case 'average':
        return rowAverage(t, view);
      case 'last':
        return t.lastAt ?? undefined;
      default:
        return cellOf(t, view, sort.key)?.level;
    }
  };
  const sign = sort.descending ? -1 : 1;
  return [...trainees].sort((a, b) => {
    const x = valueOf(a);
    const y = valueOf(b);
    if (x === undefined || y === undefined) {
      if (x !== y) return x === undefined ? 1 : -1;
      return byName(a, b);
    }
    const c =
      typeof x === 'string' && typeof y === 'string' ? x.localeCompare(y, 'fr') : Number(x) - Number(y);
    return c !== 0 ? sign * c : byName(a, b);
  });
}
