/**
 * The competency matrix's aggregate queries: per trainee of a scope, the recent level of each
 * criterion and caller type (the mean of the last `RECENT` attempts that scored it), the trend of
 * totals, and the facts the readiness rule reads. One SQL round per question, computed in the
 * database through indexes (attempt_scores, kept on write by triggers, migration 0005;
 * attempt_results, migration 0007), never attempt by attempt in Node. Every figure is the
 * reviewed one: a trainer's override of a criterion, the total recalculated, the verdict.
 */
import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../db/database.ts';
import { CRITERIA } from '../../scenarios/vocabulary.ts';

/** The attempts a cell's level is the mean of. */
export const RECENT = 5;
/** Totals in a trainee's trend line. */
export const TREND = 12;

export interface TraineeScope {
  orgId: string;
  /** Only trainees in these groups (undefined: the whole organisation). */
  groupIds?: readonly string[];
}

export interface Period {
  from?: Date;
  to?: Date;
}

export interface Trainee {
  id: string;
  name: string;
  groups: string[];
}

function inList(values: readonly string[]): RawBuilder<unknown> {
  return values.length ? sql.join(values.map((v) => sql`${v}`)) : sql`null`;
}

/** The trainees of a scope (with no attempt too), by name. */
export async function traineesOf(db: Db, scope: TraineeScope): Promise<Trainee[]> {
  const rows = await sql<{ id: string; name: string; groups: string[] }>`
    select u.id, u.name,
      array(select g.name from memberships m join groups g on g.id = m.group_id
            where m.user_id = u.id order by g.name) as groups
    from users u
    where u.org_id = ${scope.orgId} and u.role = 'trainee'
      ${scope.groupIds ? sql`and exists (select 1 from memberships m where m.user_id = u.id and m.group_id in (${inList(scope.groupIds)}))` : sql``}
    order by u.name, u.id`.execute(db);
  return rows.rows;
}

/** The trainees of a scope (only those of `only` if given), as a row source (`u.id`). */
function scopedUsers(scope: TraineeScope, only?: readonly string[]) {
  return sql`
    select u.id from users u
    where u.org_id = ${scope.orgId} and u.role = 'trainee'
      ${only ? sql`and u.id = any(${sql.val(only)}::text[])` : sql``}
      ${scope.groupIds ? sql`and exists (select 1 from memberships m where m.user_id = u.id and m.group_id in (${inList(scope.groupIds)}))` : sql``}`;
}

/** The period's bounds on a table alias with a `started_at` column. */
function inPeriod(alias: string, period: Period) {
  const col = sql.ref(`${alias}.started_at`);
  return sql`${period.from ? sql`and ${col} >= ${period.from}` : sql``}
      ${period.to ? sql`and ${col} < ${period.to}` : sql``}`;
}

/** The scenarios of each caller type, as `(type, scenario ids[])` rows. */
function callerTypeRows(callerTypeOf: Readonly<Record<string, string>>) {
  const byType = new Map<string, string[]>();
  for (const [scenario, type] of Object.entries(callerTypeOf))
    byType.set(type, [...(byType.get(type) ?? []), scenario]);
  const entries = [...byType].map(([type, ids]) => ({ type, ids }));
  return sql`select e->>'type' as type, array(select jsonb_array_elements_text(e->'ids')) as ids
    from jsonb_array_elements(${JSON.stringify(entries)}::jsonb) e`;
}

export interface Level {
  level: number;
  /** Attempts the level is the mean of (at most RECENT). */
  n: number;
}

export interface TraineeAggregate {
  attempts: number;
  lastAt: string | null;
  /** The latest totals, oldest first. */
  trend: number[];
  criteria: Record<string, Level>;
  callerTypes: Record<string, Level>;
}

/**
 * The matrix's three aggregate queries, unexecuted (the benchmark explains them): per trainee the
 * count, latest date and trend of totals; the recent level of each criterion; of each caller type.
 */
export function aggregateQueries(
  scope: TraineeScope,
  period: Period,
  callerTypeOf: Readonly<Record<string, string>>,
  only?: readonly string[],
) {
  const users = scopedUsers(scope, only);
  return {
    summary: sql<{ user_id: string; attempts: number; last_at: Date; trend: number[] }>`
      select u.id as user_id, c.attempts, c.last_at, t.trend
      from (${users}) u
      cross join lateral (
        select count(*)::int as attempts, max(a.started_at) as last_at
        from attempt_results a where a.user_id = u.id ${inPeriod('a', period)}) c
      cross join lateral (
        select array_agg(r.total order by r.started_at, r.seq) as trend
        from (select a.total, a.started_at, a.seq from attempt_results a
              where a.user_id = u.id ${inPeriod('a', period)}
              order by a.started_at desc, a.seq desc limit ${TREND}) r) t
      where c.attempts > 0`,
    criteria: sql<{ user_id: string; key: string; level: number; n: number }>`
      select u.id as user_id, k.key, l.level, l.n
      from (${users}) u
      cross join (select unnest(${sql.val([...CRITERIA])}::text[]) as key) k
      cross join lateral (
        select avg(r.score)::float8 as level, count(*)::int as n
        from (select s.score from attempt_scores s
              where s.user_id = u.id and s.key = k.key ${inPeriod('s', period)}
              order by s.started_at desc, s.seq desc limit ${RECENT}) r) l
      where l.n > 0`,
    callerTypes: sql<{ user_id: string; key: string; level: number; n: number }>`
      select u.id as user_id, ct.type as key, l.level, l.n
      from (${users}) u
      cross join (${callerTypeRows(callerTypeOf)}) ct
      cross join lateral (
        select avg(r.total)::float8 as level, count(*)::int as n
        from (select x.total from unnest(ct.ids) as sc(id)
              cross join lateral (
                select a.total, a.started_at, a.seq from attempt_results a
                where a.user_id = u.id and a.scenario_id = sc.id ${inPeriod('a', period)}
                order by a.started_at desc, a.seq desc limit ${RECENT}) x
              order by x.started_at desc, x.seq desc limit ${RECENT}) r) l
      where l.n > 0`,
  };
}

/**
 * The caller types' levels from each scenario's latest totals (`[rank, total]`, rank 1 the
 * trainee's latest attempt): the mean of the type's latest RECENT.
 */
function callerTypeLevels(
  scenarios: Readonly<Record<string, readonly (readonly [number, number])[]>>,
  callerTypeOf: Readonly<Record<string, string>>,
): Record<string, Level> {
  const byType = new Map<string, (readonly [number, number])[]>();
  for (const [scenario, latest] of Object.entries(scenarios)) {
    const type = callerTypeOf[scenario];
    if (type === undefined) continue;
    byType.set(type, [...(byType.get(type) ?? []), ...latest]);
  }
  const levels: Record<string, Level> = {};
  for (const [type, totals] of byType) {
    const recent = totals.sort((a, b) => a[0] - b[0]).slice(0, RECENT);
    levels[type] = { level: recent.reduce((s, t) => s + t[1], 0) / recent.length, n: recent.length };
  }
  return levels;
}

/** The scope's rows of trainee_matrix, unexecuted (the benchmark explains it). */
export function preAggregatedQuery(scope: TraineeScope) {
  return sql<{
    user_id: string;
    attempts: number;
    last_at: Date;
    trend: number[];
    criteria: Record<string, [number, number]>;
    scenarios: Record<string, [number, number][]>;
  }>`select m.user_id, m.attempts, m.last_at, m.trend, m.criteria, m.scenarios
    from (${scopedUsers(scope)}) u join trainee_matrix m on m.user_id = u.id`;
}

/**
 * The all-time matrix from trainee_matrix (migration 0008): one row per trainee, kept by
 * triggers with the same figures the live queries compute.
 */
async function preAggregated(
  db: Db,
  scope: TraineeScope,
  callerTypeOf: Readonly<Record<string, string>>,
): Promise<Map<string, TraineeAggregate>> {
  const rows = await preAggregatedQuery(scope).execute(db);
  const result = new Map<string, TraineeAggregate>();
  for (const r of rows.rows) {
    const criteria: Record<string, Level> = {};
    for (const key of CRITERIA) {
      const cell = r.criteria[key];
      if (cell) criteria[key] = { level: cell[0], n: cell[1] };
    }
    result.set(r.user_id, {
      attempts: r.attempts,
      lastAt: new Date(r.last_at).toISOString(),
      trend: r.trend.map(Number),
      criteria,
      callerTypes: callerTypeLevels(r.scenarios, callerTypeOf),
    });
  }
  return result;
}

/**
 * The scope's rows of trainee_matrix with their dated entries and the attempts in the period,
 * unexecuted (the benchmark explains it); trainees with none in it are left out.
 */
export function datedQuery(scope: TraineeScope, period: Period) {
  return sql<{
    user_id: string;
    attempts: number;
    last_at: Date;
    trend: number[];
    trend_at: number[];
    criteria_recent: Record<string, [number, number][]>;
    scenarios: Record<string, [number, number, number][]>;
  }>`select m.user_id, c.attempts, m.last_at, m.trend, m.trend_at,
      -- Not for a trainee read live (an attempt after the period): no entries to parse.
      case when m.last_at < ${period.to ?? null}::timestamptz is false then '{}'::jsonb else m.criteria_recent end
        as criteria_recent,
      case when m.last_at < ${period.to ?? null}::timestamptz is false then '{}'::jsonb else m.scenarios end
        as scenarios
    from (${scopedUsers(scope)}) u join trainee_matrix m on m.user_id = u.id
    cross join lateral (
      select count(*)::int as attempts from attempt_results a
      where a.user_id = u.id ${inPeriod('a', period)}) c
    where c.attempts > 0`;
}

/**
 * A period's aggregates from trainee_matrix's dated entries, for the trainees with no attempt
 * after the period's end (their latest N attempts in the period are their latest N overall from
 * its start on); the others' ids, to read live.
 */
async function fromDatedEntries(
  db: Db,
  scope: TraineeScope,
  period: Period,
  callerTypeOf: Readonly<Record<string, string>>,
): Promise<{ result: Map<string, TraineeAggregate>; live: string[] }> {
  const rows = await datedQuery(scope, period).execute(db);
  const from = period.from?.getTime() ?? -Infinity;
  const result = new Map<string, TraineeAggregate>();
  const live: string[] = [];
  for (const r of rows.rows) {
    const lastAt = new Date(r.last_at);
    if (period.to !== undefined && lastAt >= period.to) {
      live.push(r.user_id);
      continue;
    }
    const criteria: Record<string, Level> = {};
    for (const key of CRITERIA) {
      const scores = (r.criteria_recent[key] ?? []).filter(([, at]) => at >= from);
      if (scores.length)
        criteria[key] = {
          level: scores.reduce((sum, [score]) => sum + score, 0) / scores.length,
          n: scores.length,
        };
    }
    const scenarios: Record<string, (readonly [number, number])[]> = {};
    for (const [id, latest] of Object.entries(r.scenarios)) {
      const kept = latest.filter(([, , at]) => at >= from);
      if (kept.length) scenarios[id] = kept.map(([rank, total]) => [rank, total] as const);
    }
    result.set(r.user_id, {
      attempts: r.attempts,
      lastAt: lastAt.toISOString(),
      trend: r.trend.map(Number).filter((_, i) => r.trend_at[i]! >= from),
      criteria,
      callerTypes: callerTypeLevels(scenarios, callerTypeOf),
    });
  }
  return { result, live };
}

/**
 * Every trainee's aggregates in the period. `callerTypeOf` maps a scenario id to its caller type
 * (the catalogue's knowledge). With no period, one row per trainee from trainee_matrix; with a
 * period, the same rows' dated entries for each trainee with no attempt after its end (all of
 * them when it runs to today), and for the others each cell reads the trainee's latest RECENT
 * rows in it through an index (attempt_scores for criteria, attempt_results for totals), never
 * the organisation's whole history.
 */
export async function aggregates(
  db: Db,
  scope: TraineeScope,
  period: Period,
  callerTypeOf: Readonly<Record<string, string>>,
): Promise<Map<string, TraineeAggregate>> {
  if (period.from === undefined && period.to === undefined) return preAggregated(db, scope, callerTypeOf);
  const { result, live } = await fromDatedEntries(db, scope, period, callerTypeOf);
  if (live.length) await liveAggregates(db, scope, period, callerTypeOf, live, result);
  return result;
}

/** The period's aggregates of the trainees `only`, read live, added to `result`. */
export async function liveAggregates(
  db: Db,
  scope: TraineeScope,
  period: Period,
  callerTypeOf: Readonly<Record<string, string>>,
  only?: readonly string[],
  result = new Map<string, TraineeAggregate>(),
): Promise<Map<string, TraineeAggregate>> {
  const queries = aggregateQueries(scope, period, callerTypeOf, only);
  const [summary, criteria, callers] = await Promise.all([
    queries.summary.execute(db),
    queries.criteria.execute(db),
    queries.callerTypes.execute(db),
  ]);
  for (const r of summary.rows)
    result.set(r.user_id, {
      attempts: r.attempts,
      lastAt: new Date(r.last_at).toISOString(),
      trend: (r.trend ?? []).map(Number),
      criteria: {},
      callerTypes: {},
    });
  for (const r of criteria.rows) {
    const a = result.get(r.user_id);
    if (a) a.criteria[r.key] = { level: r.level, n: r.n };
  }
  for (const r of callers.rows) {
    const a = result.get(r.user_id);
    if (a) a.callerTypes[r.key] = { level: r.level, n: r.n };
  }
  return result;
}

export interface ReadinessRows {
  /** Passed attempts per trainee and caller type since `since`. */
  passes: Map<string, Record<string, number>>;
  /** Attempts with a critical failure among each trainee's latest `last`. */
  critical: Map<string, number>;
}

/** What the readiness rule reads beyond the levels: passes in its window, recent critical failures. */
export async function readinessRows(
  db: Db,
  scope: TraineeScope,
  since: Date,
  last: number,
  callerTypeOf: Readonly<Record<string, string>>,
): Promise<ReadinessRows> {
  const users = scopedUsers(scope);
  const types = JSON.stringify(callerTypeOf);
  const [passes, critical] = await Promise.all([
    sql<{ user_id: string; key: string; n: number }>`
      select a.user_id, (${types}::jsonb ->> a.scenario_id) as key, count(*)::int as n
      from (${users}) u join attempt_results a on a.user_id = u.id
      where a.passed and a.started_at >= ${since}
      group by a.user_id, key`.execute(db),
    // The latest 100 attempts' flags are kept in trainee_matrix (the rule asks at most 100).
    sql<{ user_id: string; n: number }>`
      select m.user_id, (select count(*)::int from unnest(m.critical[1:${last}::int]) f where f) as n
      from (${users}) u join trainee_matrix m on m.user_id = u.id`.execute(db),
  ]);
  const byUser = new Map<string, Record<string, number>>();
  for (const r of passes.rows) {
    if (r.key === null) continue;
    const m = byUser.get(r.user_id) ?? {};
    m[r.key] = r.n;
    byUser.set(r.user_id, m);
  }
  return {
    passes: byUser,
    critical: new Map(critical.rows.filter((r) => r.n > 0).map((r) => [r.user_id, r.n])),
  };
}

export interface CellAttempt {
  id: string;
  scenarioId: string;
  startedAt: string;
  total: number;
  passed: boolean;
  /** The cell's score in this attempt (the criterion's, or the total for a caller type). */
  score: number;
}

/** A `CellAttempt` as both of its queries select it. */
interface CellAttemptRow {
  id: string;
  scenario_id: string;
  started_at: Date;
  total: number;
  passed: boolean;
  score: number;
}

/** The attempts behind one cell: the trainee's latest RECENT that scored the criterion or caller type. */
export async function cellAttempts(
  db: Db,
  scope: TraineeScope,
  period: Period,
  userId: string,
  cell: { criterion: string } | { callerType: string; callerTypeOf: Readonly<Record<string, string>> },
): Promise<CellAttempt[]> {
  const inScope = sql`${userId} in (${scopedUsers(scope)})`;
  const scenarios =
    'criterion' in cell
      ? []
      : Object.entries(cell.callerTypeOf)
          .filter(([, type]) => type === cell.callerType)
          .map(([id]) => id);
  const rows =
    'criterion' in cell
      ? await sql<CellAttemptRow>`
          select a.attempt_id as id, a.scenario_id, a.started_at, a.total, a.passed, s.score
          from attempt_scores s join attempt_results a on a.attempt_id = s.attempt_id
          where s.user_id = ${userId} and s.key = ${cell.criterion} and ${inScope} ${inPeriod('s', period)}
          order by s.started_at desc, s.seq desc limit ${RECENT}`.execute(db)
      : await sql<CellAttemptRow>`
          select a.attempt_id as id, a.scenario_id, a.started_at, a.total, a.passed, a.total::float8 as score
          from attempt_results a
          where a.user_id = ${userId} and a.scenario_id = any(${sql.val(scenarios)}::text[])
            and ${inScope} ${inPeriod('a', period)}
          order by a.started_at desc, a.seq desc limit ${RECENT}`.execute(db);
  return rows.rows.map((r) => ({
    id: r.id,
    scenarioId: r.scenario_id,
    startedAt: new Date(r.started_at).toISOString(),
    total: r.total,
    passed: r.passed,
    score: r.score,
  }));
}

export async function readinessRule(db: Db, orgId: string): Promise<unknown> {
  const row = await db
    .selectFrom('team_settings')
    .select('readiness')
    .where('org_id', '=', orgId)
    .executeTakeFirst();
  return row?.readiness;
}

export async function setReadinessRule(db: Db, orgId: string, rule: unknown, by: string): Promise<void> {
  const readiness = JSON.stringify(rule);
  await db
    .insertInto('team_settings')
    .values({ org_id: orgId, readiness, updated_by: by })
    .onConflict((oc) =>
      oc.column('org_id').doUpdateSet({ readiness, updated_by: by, updated_at: new Date() }),
    )
    .execute();
}
