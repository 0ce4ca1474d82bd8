import { describe, expect, it } from 'vitest';
import { summary } from './summaries.testing.ts';
import {
  DEFAULT_SORT,
  attemptRows,
  exportFileName,
  fileSlug,
  filterRows,
  nextSort,
  scenarioOptions,
  sortRows,
  type AttemptRow,
} from './table.ts';

const TITLES: Record<string, string> = { a: 'Échographie', b: 'appel anxieux', c: 'Urgence' };
const titleOf = (id: string) => TITLES[id] ?? id;

function rows(): AttemptRow[] {
  return attemptRows(
    [
      summary({ id: '1', scenarioId: 'a', time: 1000, total: 40, outcomeLabel: 'Refus sec' }),
      summary({ id: '2', scenarioId: 'b', time: 3000, total: 90, outcomeLabel: 'Rendez-vous donné' }),
      summary({ id: '3', scenarioId: 'c', time: 2000, total: null, outcomeLabel: null, passed: false }),
      summary({ id: '4', scenarioId: 'a', time: 4000, total: 75, critical: ['red-flag'], passed: false }),
    ],
    titleOf,
  );
}

const ids = (list: readonly AttemptRow[]) => list.map((r) => r.id);

describe('attemptRows', () => {
  it('gives each attempt its scenario title, outcome and result', () => {
    expect(rows()[0]).toEqual({
      id: '1',
      scenarioId: 'a',
      title: 'Échographie',
      time: 1000,
      outcome: 'Refus sec',
      total: 40,
      passed: false,
      critical: false,
    });
    expect(rows()[2]).toMatchObject({ outcome: '', total: null });
    expect(rows()[3]).toMatchObject({ critical: true, passed: false });
  });
});

describe('sortRows', () => {
  it('sorts by date, newest first by default', () => {
    expect(DEFAULT_SORT).toEqual({ key: 'date', direction: 'descending' });
    expect(ids(sortRows(rows(), DEFAULT_SORT))).toEqual(['4', '2', '3', '1']);
    expect(ids(sortRows(rows(), { key: 'date', direction: 'ascending' }))).toEqual(['1', '3', '2', '4']);
  });

  it('sorts by score with unscored attempts last in both directions', () => {
    expect(ids(sortRows(rows(), { key: 'total', direction: 'descending' }))).toEqual(['2', '4', '1', '3']);
    expect(ids(sortRows(rows(), { key: 'total', direction: 'ascending' }))).toEqual(['1', '4', '2', '3']);
  });

  it('sorts titles the French way (case and accents ignored), ties newest first', () => {
    expect(ids(sortRows(rows(), { key: 'scenario', direction: 'ascending' }))).toEqual(['2', '4', '1', '3']);
    expect(ids(sortRows(rows(), { key: 'scenario', direction: 'descending' }))).toEqual(['3', '4', '1', '2']);
  });

  it('sorts by outcome and by passed', () => {
    expect(ids(sortRows(rows(), { key: 'outcome', direction: 'ascending' }))).toEqual(['1', '4', '2', '3']);
    expect(ids(sortRows(rows(), { key: 'outcome', direction: 'descending' }))).toEqual(['4', '2', '1', '3']);
    expect(ids(sortRows(rows(), { key: 'passed', direction: 'descending' }))[0]).toBe('2');
  });

  it('leaves its input alone', () => {
    const input = rows();
    sortRows(input, { key: 'total', direction: 'descending' });
    expect(ids(input)).toEqual(['1', '2', '3', '4']);
  });
});

describe('nextSort', () => {
  it('flips the direction of the same column, starts a new one where a trainee looks first', () => {
    expect(nextSort(DEFAULT_SORT, 'date')).toEqual({ key: 'date', direction: 'ascending' });
    expect(nextSort(DEFAULT_SORT, 'total')).toEqual({ key: 'total', direction: 'descending' });
    expect(nextSort(DEFAULT_SORT, 'scenario')).toEqual({ key: 'scenario', direction: 'ascending' });
    expect(nextSort({ key: 'scenario', direction: 'ascending' }, 'scenario')).toEqual({
      key: 'scenario',
      direction: 'descending',
    });
  });
});

describe('filterRows and scenarioOptions', () => {
  it('keeps one scenario’s attempts, or all of them', () => {
    expect(ids(filterRows(rows(), 'a'))).toEqual(['1', '4']);
    expect(filterRows(rows(), '')).toHaveLength(4);
  });

  it('offers each scenario played once, by title', () => {
    expect(scenarioOptions(rows())).toEqual([
      { id: 'b', title: 'appel anxieux' },
      { id: 'a', title: 'Échographie' },
      { id: 'c', title: 'Urgence' },
    ]);
  });
});

describe('export file names', () => {
  it('name the profile safely', () => {
    expect(exportFileName('Marie-Hélène Dupont', 'csv')).toBe('decroche-marie-helene-dupont-tentatives.csv');
    expect(exportFileName('Zoé', 'json')).toBe('decroche-zoe-tentatives.json');
    expect(fileSlug('../../etc/passwd')).toBe('etc-passwd');
    expect(fileSlug('  ?? ')).toBe('profil');
    expect(fileSlug('a'.repeat(100))).toHaveLength(60);
  });
});
