/**
 * The table of attempts on the dashboard: rows, sorting, filtering and how many rows are drawn.
 * Over 10,000 attempts only the first page is rendered (DESIGN §12: first render ≤ 500 ms), so
 * sorting works on light rows and dates are formatted for the visible ones only.
 */
import { startTime, type AttemptSummary } from '../app/summaryStats.ts';

export type SortKey = 'date' | 'scenario' | 'outcome' | 'total' | 'passed';
export type SortDirection = 'ascending' | 'descending';
export interface Sort {
  key: SortKey;
  direction: SortDirection;
}

export const SORT_KEYS: readonly SortKey[] = ['date', 'scenario', 'outcome', 'total', 'passed'];
export const DEFAULT_SORT: Sort = { key: 'date', direction: 'descending' };
/** Rows drawn at first, and added by each « Afficher plus ». */
export const PAGE_SIZE = 50;

export interface AttemptRow {
  id: string;
  scenarioId: string;
  /** Scenario title, or its id when the scenario is gone. */
  title: string;
  time: number;
  outcome: string;
  total: number | null;
  passed: boolean;
  critical: boolean;
}

export function attemptRows(
  summaries: readonly AttemptSummary[],
  titleOf: (scenarioId: string) => string,
): AttemptRow[] {
  const titles = new Map<string, string>();
  return summaries.map((s) => {
    let title = titles.get(s.scenarioId);
    if (title === undefined) titles.set(s.scenarioId, (title = titleOf(s.scenarioId)));
    return {
      id: s.id,
      scenarioId: s.scenarioId,
      title,
      time: startTime(s),
      outcome: s.outcome?.label ?? '',
      total: s.total,
      passed: s.passed,
      critical: s.critical.length > 0,
    };
  });
}

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

/** Numbers compared with missing values (`null`, NaN) always last, whatever the direction. */
function compareMaybe(a: number | null, b: number | null, sign: number): number {
  const okA = a !== null && Number.isFinite(a);
  const okB = b !== null && Number.isFinite(b);
  if (!okA || !okB) return okA === okB ? 0 : okA ? -1 : 1;
  return sign * (a - b);
}

/**
 * Rows sorted by one column; ties are broken by date, newest first, so the order is stable
 * and meaningful; attempts with no score or no outcome come last. Returns a new array.
 */
export function sortRows(rows: readonly AttemptRow[], sort: Sort): AttemptRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const byDate = (a: AttemptRow, b: AttemptRow) => compareMaybe(a.time, b.time, -1);
  let compare: (a: AttemptRow, b: AttemptRow) => number;
  switch (sort.key) {
    case 'date':
      compare = (a, b) => compareMaybe(a.time, b.time, sign);
      break;
    case 'scenario':
      compare = (a, b) => sign * collator.compare(a.title, b.title) || byDate(a, b);
      break;
    case 'outcome':
      compare = (a, b) =>
        (a.outcome ? 0 : 1) - (b.outcome ? 0 : 1) ||
        sign * collator.compare(a.outcome, b.outcome) ||
        byDate(a, b);
      break;
    case 'total':
      compare = (a, b) => compareMaybe(a.total, b.total, sign) || byDate(a, b);
      break;
    case 'passed':
      compare = (a, b) => sign * (Number(a.passed) - Number(b.passed)) || byDate(a, b);
      break;
  }
  return [...rows].sort(compare);
}

/** Rows of one scenario; `''` keeps them all. */
export function filterRows(rows: readonly AttemptRow[], scenarioId: string): readonly AttemptRow[] {
  return scenarioId ? rows.filter((r) => r.scenarioId === scenarioId) : rows;
}

/**
 * The sort after a click on a column header: the same column flips its direction; another one
 * starts where a trainee looks first (latest date, best score, passed first; titles A→Z).
 */
export function nextSort(current: Sort, key: SortKey): Sort {
  if (current.key === key)
    return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { key, direction: key === 'scenario' || key === 'outcome' ? 'ascending' : 'descending' };
}

/** The scenarios present in the attempts, for the filter, sorted by title. */
export function scenarioOptions(rows: readonly AttemptRow[]): { id: string; title: string }[] {
  const seen = new Map<string, string>();
  for (const r of rows) if (!seen.has(r.scenarioId)) seen.set(r.scenarioId, r.title);
  return [...seen]
    .map(([id, title]) => ({ id, title }))
    .sort((a, b) => collator.compare(a.title, b.title) || collator.compare(a.id, b.id));
}

/** `Marie-Hélène Dupont` → `marie-helene-dupont`: a profile name safe in a file name. */
export function fileSlug(name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'profil';
}

/** `decroche-<profil>-tentatives.<ext>`. */
export function exportFileName(profileName: string, extension: 'csv' | 'json' | 'jsonl'): string {
  return `decroche-${fileSlug(profileName)}-tentatives.${extension}`;
}
