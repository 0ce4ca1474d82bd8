/**
 * The competency matrix's aggregate queries: per trainee of a scope, the recent level of each
 * criterion and caller type (the mean of the last `RECENT` attempts that scored it), the trend of
 * totals, and the facts the readiness rule reads. One SQL round per question, computed in the
 * database (window functions over the attempts' scorecards), never attempt by attempt in Node.
 */
import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../db/database.ts';

/** The attempts a cell's level is the mean of. */
export const RECENT = 5;
/** Criteria are read from each trainee's latest attempts only (the matrix stays fast at 200,000). */
export const CRITERIA_DEPTH = 50;
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

/** A criterion's score as reviewed: a trainer's latest override, else the automatic score. */
function reviewed(
  attemptId: RawBuilder<unknown>,
  criterion: RawBuilder<unknown>,
  automatic: RawBuilder<unknown>,
) {
  return sql`coalesce((select o.after::float8 from team_overrides o
    where o.attempt_id = ${attemptId} and o.criterion = ${criterion} order by o.seq desc limit 1), ${automatic})`;
}

/** The attempts of the scope's trainees in the period, numbered newest first per trainee. */
function scopedAttempts(scope: TraineeScope, period: Period) {
  return sql`
    select a.id, a.user_id, a.scenario_id, a.started_at, a.total, a.passed, a.scorecard, a.seq,
      row_number() over (partition by a.user_id order by a.started_at desc, a.seq desc) as rn
    from attempts a join users u on u.id = a.user_id
    where a.org_id = ${scope.orgId} and u.role = 'trainee'
      ${scope.groupIds ? sql`and exists (select 1 from memberships m where m.user_id = a.user_id and m.group_id in (${inList(scope.groupIds)}))` : sql``}
      ${period.from ? sql`and a.started_at >= ${period.from}` : sql``}
      ${period.to ? sql`and a.started_at < ${period.to}` : sql``}`;
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
 * Every trainee's aggregates in the period. `callerTypeOf` maps a scenario id to its caller type
 * (the catalogue's knowledge, handed to the database as one JSON parameter).
 */
export async function aggregates(
  db: Db,
  scope: TraineeScope,
  period: Period,
  callerTypeOf: Readonly<Record<string, string>>,
): Promise<Map<string, TraineeAggregate>> {
  const scoped = scopedAttempts(scope, period);
  const types = JSON.stringify(callerTypeOf);
  const [summary, criteria, callers] = await Promise.all([
    sql<{ user_id: string; attempts: number; last_at: Date; trend: number[] }>`
      with a as (${scoped})
      select user_id, count(*)::int as attempts, max(started_at) as last_at,
        array_agg(total order by started_at, seq) filter (where rn <= ${TREND}) as trend
      from a group by user_id`.execute(db),
    sql<{ user_id: string; key: string; level: number; n: number }>`
      with a as (${scoped}),
      c as (
        select a.user_id, e.key, ${reviewed(sql`a.id`, sql`e.key`, sql`(e.value->>'score')::float8`)} as score,
          row_number() over (partition by a.user_id, e.key order by a.rn) as k
        from a cross join lateral jsonb_each(a.scorecard->'criteria') e
        where a.rn <= ${CRITERIA_DEPTH} and jsonb_typeof(e.value) = 'object'
      )
      select user_id, key, avg(score)::float8 as level, count(*)::int as n
      from c where k <= ${RECENT} group by user_id, key`.execute(db),
    sql<{ user_id: string; key: string; level: number; n: number }>`
      with a as (${scoped}),
      c as (
        select a.user_id, (${types}::jsonb ->> a.scenario_id) as key, a.total,
          row_number() over (partition by a.user_id, (${types}::jsonb ->> a.scenario_id) order by a.rn) as k
        from a
      )
      select user_id, key, avg(total)::float8 as level, count(*)::int as n
      from c where k <= ${RECENT} and key is not null group by user_id, key`.execute(db),
  ]);
  const result = new Map<string, TraineeAggregate>();
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
  const scoped = scopedAttempts(scope, {});
  const types = JSON.stringify(callerTypeOf);
  const [passes, critical] = await Promise.all([
    sql<{ user_id: string; key: string; n: number }>`
      with a as (${scoped})
      select user_id, (${types}::jsonb ->> scenario_id) as key, count(*)::int as n
      from a where passed and started_at >= ${since}
      group by user_id, key`.execute(db),
    sql<{ user_id: string; n: number }>`
      with a as (${scoped})
      select user_id, count(*)::int as n from a
      where rn <= ${last} and jsonb_array_length(coalesce(scorecard->'critical', '[]'::jsonb)) > 0
      group by user_id`.execute(db),
  ]);
  const byUser = new Map<string, Record<string, number>>();
  for (const r of passes.rows) {
    if (r.key === null) continue;
    const m = byUser.get(r.user_id) ?? {};
    m[r.key] = r.n;
    byUser.set(r.user_id, m);
  }
  return { passes: byUser, critical: new Map(critical.rows.map((r) => [r.user_id, r.n])) };
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

/** The attempts behind one cell: the trainee's latest RECENT that scored the criterion or caller type. */
export async function cellAttempts(
  db: Db,
  scope: TraineeScope,
  period: Period,
  userId: string,
  cell: { criterion: string } | { callerType: string; callerTypeOf: Readonly<Record<string, string>> },
): Promise<CellAttempt[]> {
  const scoped = sql`select * from (${scopedAttempts(scope, period)}) s where s.user_id = ${userId}`;
  const rows =
    'criterion' in cell
      ? await sql<{
          id: string;
          scenario_id: string;
          started_at: Date;
          total: number;
          passed: boolean;
          score: number;
        }>`
          with a as (${scoped})
          select id, scenario_id, started_at, total, passed,
            ${reviewed(sql`a.id`, sql`${cell.criterion}`, sql`(scorecard->'criteria'->${cell.criterion}->>'score')::float8`)} as score
          from a where rn <= ${CRITERIA_DEPTH} and jsonb_typeof(scorecard->'criteria'->${cell.criterion}) = 'object'
          order by rn limit ${RECENT}`.execute(db)
      : await sql<{
          id: string;
          scenario_id: string;
          started_at: Date;
          total: number;
          passed: boolean;
          score: number;
        }>`
          with a as (${scoped})
          select id, scenario_id, started_at, total, passed, total::float8 as score
          from a where (${JSON.stringify(cell.callerTypeOf)}::jsonb ->> scenario_id) = ${cell.callerType}
          order by rn limit ${RECENT}`.execute(db);
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
