/** Stored attempts: append-only, one row per attempt id, scored by the server. */
import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import type { AttemptRow, NewAttemptRow } from '../db/tables.ts';

/** Who may see what: a trainee their own, a trainer their groups' trainees, a manager the organisation. */
export type AttemptScope =
  | { kind: 'user'; orgId: string; userId: string }
  | { kind: 'groups'; orgId: string; groupIds: string[]; userId: string }
  | { kind: 'org'; orgId: string };

export type InsertResult = { status: 'created' } | { status: 'exists' } | { status: 'taken' };

/** Inserts an attempt once: a second send of the same id by its owner stores nothing. */
export async function insertAttempt(db: Db, row: NewAttemptRow): Promise<InsertResult> {
  const inserted = await db
    .insertInto('attempts')
    .values(row)
    .onConflict((oc) => oc.column('id').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (inserted) return { status: 'created' };
  const existing = await db
    .selectFrom('attempts')
    .select('user_id')
    .where('id', '=', row.id)
    .executeTakeFirst();
  return existing?.user_id === row.user_id ? { status: 'exists' } : { status: 'taken' };
}

export interface AttemptSummary {
  id: string;
  userId: string;
  userName: string;
  scenarioId: string;
  scenarioVersion: number;
  startedAt: string;
  endedAt: string | null;
  total: number;
  passed: boolean;
  outcome: { id: string; verdict: string } | null;
  replayMatches: boolean;
  /** The published pack version it was played on; null: a built-in scenario. */
  pack: { id: string; version: number } | null;
  receivedAt: string;
  seq: number;
}

function scoped(db: Db, scope: AttemptScope) {
  let query = db
    .selectFrom('attempts')
    .innerJoin('users', 'users.id', 'attempts.user_id')
    .where('attempts.org_id', '=', scope.orgId);
  if (scope.kind === 'user') query = query.where('attempts.user_id', '=', scope.userId);
  else if (scope.kind === 'groups')
    query = query.where((eb) =>
      eb.or([
        eb('attempts.user_id', '=', scope.userId),
        eb(
          'attempts.user_id',
          'in',
          scope.groupIds.length
            ? eb.selectFrom('memberships').select('user_id').where('group_id', 'in', scope.groupIds)
            : eb.selectFrom('memberships').select('user_id').where('group_id', '=', '-none-'),
        ),
      ]),
    );
  return query;
}

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

export interface ListOptions {
  userId?: string;
  limit: number;
  /** Only attempts received before this sequence number (the next page). */
  before?: number;
}

export async function listAttempts(
  db: Db,
  scope: AttemptScope,
  options: ListOptions,
): Promise<AttemptSummary[]> {
  let query = scoped(db, scope)
    .select([
      'attempts.id',
      'attempts.user_id',
      'users.name as user_name',
      'attempts.scenario_id',
      'attempts.scenario_version',
      'attempts.started_at',
      'attempts.ended_at',
      'attempts.total',
      'attempts.passed',
      'attempts.outcome_id',
      'attempts.verdict',
      'attempts.replay_matches',
      'attempts.pack_id',
      'attempts.pack_version',
      'attempts.received_at',
      'attempts.seq',
    ])
    .orderBy('attempts.seq', 'desc')
    .limit(options.limit);
  if (options.userId) query = query.where('attempts.user_id', '=', options.userId);
  if (options.before !== undefined) query = query.where('attempts.seq', '<', options.before);
  const rows = await query.execute();
  return rows.map(summaryOf);
}

type SummaryRow = Pick<
  AttemptRow,
  | 'id'
  | 'user_id'
  | 'scenario_id'
  | 'scenario_version'
  | 'started_at'
  | 'ended_at'
  | 'total'
  | 'passed'
  | 'outcome_id'
  | 'verdict'
  | 'replay_matches'
  | 'pack_id'
  | 'pack_version'
  | 'received_at'
  | 'seq'
> & { user_name: string };

/** The summary columns of an attempt row, as the API gives them. */
function summaryOf(r: SummaryRow): AttemptSummary {
  return {
    id: r.id,
    userId: r.user_id,
    userName: r.user_name,
    scenarioId: r.scenario_id,
    scenarioVersion: r.scenario_version,
    startedAt: iso(r.started_at)!,
    endedAt: iso(r.ended_at),
    total: r.total,
    passed: r.passed,
    outcome: r.outcome_id && r.verdict ? { id: r.outcome_id, verdict: r.verdict } : null,
    replayMatches: r.replay_matches,
    pack: r.pack_id && r.pack_version ? { id: r.pack_id, version: r.pack_version } : null,
    receivedAt: iso(r.received_at)!,
    seq: Number(r.seq),
  };
}

export interface AttemptDetail extends AttemptSummary {
  log: unknown[];
  scorecard: unknown;
  appVersion: string | null;
}

export async function findAttempt(
  db: Db,
  scope: AttemptScope,
  id: string,
): Promise<AttemptDetail | undefined> {
  const r = await scoped(db, scope)
    .selectAll('attempts')
    .select('users.name as user_name')
    .where('attempts.id', '=', id)
    .executeTakeFirst();
  if (!r) return undefined;
  return {
    ...summaryOf(r),
    log: r.log,
    scorecard: r.scorecard,
    appVersion: r.app_version,
  };
}

/** Every attempt of one user, in full (the GDPR download). */
export async function attemptsOfUser(db: Db, orgId: string, userId: string): Promise<AttemptDetail[]> {
  const summaries = await listAttempts(db, { kind: 'user', orgId, userId }, { limit: 100_000 });
  const details: AttemptDetail[] = [];
  for (const s of summaries) {
    const d = await findAttempt(db, { kind: 'user', orgId, userId }, s.id);
    if (d) details.push(d);
  }
  return details;
}

export interface ExportRow {
  id: string;
  userName: string;
  userEmail: string;
  groups: string[];
  scenarioId: string;
  scenarioVersion: number;
  startedAt: Date;
  endedAt: Date | null;
  total: number;
  passed: boolean;
  outcomeId: string | null;
  verdict: string | null;
  scorecard: unknown;
  /** The current human override per criterion (a trainer's review), automatic score beside it. */
  overrides: { criterion: string; before: number; after: number }[];
  /** The current human override of the verdict, if any. */
  verdictOverride: { before: boolean; after: boolean; reason: string } | null;
}

/** What an export narrows its scope to. */
export interface ExportFilter {
  /** Only the given attempt or attempts (statements to forward). */
  attemptId?: string | readonly string[];
  /** Only attempts of the group's members (the matrix's group filter). */
  groupId?: string;
  /** Only attempts started at or after `from`, before `to`. */
  from?: Date;
  to?: Date;
}

/** The attempts of a scope with what the exports need (scorecards, names, groups), oldest first. */
export async function exportRows(
  db: Db,
  scope: AttemptScope,
  filter: ExportFilter = {},
): Promise<ExportRow[]> {
  const { attemptId, groupId, from, to } = filter;
  let query = scoped(db, scope);
  if (typeof attemptId === 'string') query = query.where('attempts.id', '=', attemptId);
  else if (attemptId !== undefined) {
    if (attemptId.length === 0) return [];
    query = query.where('attempts.id', 'in', attemptId);
  }
  if (groupId !== undefined)
    query = query.where('attempts.user_id', 'in', (eb) =>
      eb.selectFrom('memberships').select('user_id').where('group_id', '=', groupId),
    );
  if (from !== undefined) query = query.where('attempts.started_at', '>=', from);
  if (to !== undefined) query = query.where('attempts.started_at', '<', to);
  const rows = await query
    .select([
      'attempts.id',
      'users.name as user_name',
      'users.email as user_email',
      'attempts.scenario_id',
      'attempts.scenario_version',
      'attempts.started_at',
      'attempts.ended_at',
      'attempts.total',
      'attempts.passed',
      'attempts.outcome_id',
      'attempts.verdict',
      'attempts.scorecard',
      sql<
        string[]
      >`array(select g.name from memberships m join groups g on g.id = m.group_id where m.user_id = users.id order by g.name)`.as(
        'group_names',
      ),
      sql<{ criterion: string; before: number; after: number }[] | null>`(
        select jsonb_agg(jsonb_build_object('criterion', o.criterion, 'before', o.before, 'after', o.after) order by o.criterion)
        from (select distinct on (criterion) criterion, before, after from team_overrides
              where attempt_id = attempts.id order by criterion, seq desc) o)`.as('overrides'),
      sql<{ before: boolean; after: boolean; reason: string } | null>`(
        select jsonb_build_object('before', v.before, 'after', v.after, 'reason', v.reason)
        from team_verdicts v where v.attempt_id = attempts.id order by v.seq desc limit 1)`.as(
        'verdict_override',
      ),
    ])
    .orderBy('attempts.seq')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    userName: r.user_name,
    userEmail: r.user_email,
    groups: r.group_names,
    scenarioId: r.scenario_id,
    scenarioVersion: r.scenario_version,
    startedAt: new Date(r.started_at),
    endedAt: r.ended_at ? new Date(r.ended_at) : null,
    total: r.total,
    passed: r.passed,
    outcomeId: r.outcome_id,
    verdict: r.verdict,
    scorecard: r.scorecard,
    overrides: r.overrides ?? [],
    verdictOverride: r.verdict_override ?? null,
  }));
}
