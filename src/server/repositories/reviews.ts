/**
 * Human review of stored attempts: overrides of a criterion's score (append-only: the latest
 * counts, every one is in the audit trail), comments on a turn or the whole call, the trainee's
 * disputes and their resolution, the « relu » mark, and the trainer's queue.
 */
import { randomUUID } from 'node:crypto';
import { sql, type Insertable } from 'kysely';
import { reviewedResult, type CardLike, type ReviewedResult } from '../../scoring/reviewed.ts';
import type { CommentView, DisputeView, OverrideView, VerdictView } from '../../scoring/reviewViews.ts';
import type { Db } from '../db/database.ts';
import type { Tables } from '../db/tables.ts';
import type { TraineeScope } from './team.ts';

export interface ReviewView {
  /** The latest override per criterion: what the debrief and the matrix show. */
  current: Record<string, OverrideView>;
  /** Every override, oldest first: who, when, before, after, why. */
  history: OverrideView[];
  /** The latest override of the verdict, if any. */
  verdict: VerdictView | null;
  /** Every override of the verdict, oldest first (the audit trail's other half). */
  verdicts: VerdictView[];
  /** The total recalculated from the overridden criteria, the verdict; the automatic ones beside. */
  final: ReviewedResult;
  comments: CommentView[];
  disputes: DisputeView[];
  reviewed: { by: string | null; at: string; comment: string } | null;
}

const iso = (d: Date | string) => new Date(d).toISOString();

export async function reviewOf(db: Db, attemptId: string): Promise<ReviewView> {
  const [overrides, comments, disputes, reviewed, verdictRows, card] = await Promise.all([
    db
      .selectFrom('team_overrides as o')
      .leftJoin('users as u', 'u.id', 'o.author_id')
      .select(['o.id', 'o.criterion', 'o.before', 'o.after', 'o.reason', 'o.created_at', 'u.name as author'])
      .where('o.attempt_id', '=', attemptId)
      .orderBy('o.seq')
      .execute(),
    db
      .selectFrom('team_comments as c')
      .leftJoin('users as u', 'u.id', 'c.author_id')
      .select(['c.id', 'c.turn', 'c.body', 'c.created_at', 'u.name as author'])
      .where('c.attempt_id', '=', attemptId)
      .orderBy('c.seq')
      .execute(),
    db
      .selectFrom('team_disputes as d')
      .leftJoin('users as u', 'u.id', 'd.author_id')
      .leftJoin('users as r', 'r.id', 'd.resolved_by')
      .select([
        'd.id',
        'd.criterion',
        'd.message',
        'd.created_at',
        'd.resolved_at',
        'd.answer',
        'u.name as author',
        'r.name as resolver',
      ])
      .where('d.attempt_id', '=', attemptId)
      .orderBy('d.seq')
      .execute(),
    db
      .selectFrom('team_reviews as v')
      .leftJoin('users as u', 'u.id', 'v.reviewer_id')
      .select(['v.comment', 'v.reviewed_at', 'u.name as reviewer'])
      .where('v.attempt_id', '=', attemptId)
      .executeTakeFirst(),
    db
      .selectFrom('team_verdicts as o')
      .leftJoin('users as u', 'u.id', 'o.author_id')
      .select(['o.id', 'o.before', 'o.after', 'o.reason', 'o.created_at', 'u.name as author'])
      .where('o.attempt_id', '=', attemptId)
      .orderBy('o.seq')
      .execute(),
    db.selectFrom('attempts').select('scorecard').where('id', '=', attemptId).executeTakeFirst(),
  ]);
  const verdicts = verdictRows.map((v) => ({
    id: v.id,
    before: v.before,
    after: v.after,
    reason: v.reason,
    author: v.author,
    createdAt: iso(v.created_at),
  }));
  const history = overrides.map((o) => ({
    id: o.id,
    criterion: o.criterion,
    before: o.before,
    after: o.after,
    reason: o.reason,
    author: o.author,
    createdAt: iso(o.created_at),
  }));
  const current = Object.fromEntries(history.map((o) => [o.criterion, o]));
  const verdict = verdicts.at(-1) ?? null;
  return {
    current,
    history,
    verdict,
    verdicts,
    final: reviewedResult(
      (card?.scorecard ?? {}) as CardLike,
      Object.fromEntries(Object.values(current).map((o) => [o.criterion, o.after])),
      verdict?.after,
    ),
    comments: comments.map((c) => ({
      id: c.id,
      turn: c.turn,
      body: c.body,
      author: c.author,
      createdAt: iso(c.created_at),
    })),
    disputes: disputes.map((d) => ({
      id: d.id,
      criterion: d.criterion,
      message: d.message,
      author: d.author,
      createdAt: iso(d.created_at),
      resolvedAt: d.resolved_at ? iso(d.resolved_at) : null,
      resolvedBy: d.resolver,
      answer: d.answer,
    })),
    reviewed: reviewed
      ? { by: reviewed.reviewer, at: iso(reviewed.reviewed_at), comment: reviewed.comment }
      : null,
  };
}

/** The attempt's reviewed figures, where the matrix and the readiness rule read them. */
export async function storeReviewedResult(db: Db, attemptId: string, final: ReviewedResult): Promise<void> {
  await db
    .updateTable('attempt_results')
    .set({ total: final.total, passed: final.passed })
    .where('attempt_id', '=', attemptId)
    .execute();
}

/** Who wrote a note on which attempt (an override, a comment, a dispute). */
export interface Note {
  attemptId: string;
  orgId: string;
  authorId: string;
}

type NoteTable = 'team_overrides' | 'team_verdicts' | 'team_comments' | 'team_disputes';
type NoteColumns = 'id' | 'attempt_id' | 'org_id' | 'author_id' | 'created_at' | 'seq';

/** A note's row: its id, attempt and author, and the table's own columns. */
async function insertNote<T extends NoteTable>(
  db: Db,
  table: T,
  note: Note,
  columns: Omit<Insertable<Tables[T]>, NoteColumns>,
): Promise<string> {
  const id = randomUUID();
  const row = { id, attempt_id: note.attemptId, org_id: note.orgId, author_id: note.authorId, ...columns };
  await db
    .insertInto(table)
    .values(row as never)
    .execute();
  return id;
}

export const addOverride = (
  db: Db,
  {
    criterion,
    before,
    after,
    reason,
    ...note
  }: Note & { criterion: string; before: number; after: number; reason: string },
) => insertNote(db, 'team_overrides', note, { criterion, before, after, reason });

export const addVerdict = (
  db: Db,
  { before, after, reason, ...note }: Note & { before: boolean; after: boolean; reason: string },
) => insertNote(db, 'team_verdicts', note, { before, after, reason });

export const addComment = (db: Db, { turn, body, ...note }: Note & { turn: number | null; body: string }) =>
  insertNote(db, 'team_comments', note, { turn, body });

export const addDispute = (
  db: Db,
  { criterion, message, ...note }: Note & { criterion: string; message: string },
) =>
  insertNote(db, 'team_disputes', note, {
    criterion,
    message,
    resolved_at: null,
    resolved_by: null,
    answer: null,
  });

export async function findDispute(
  db: Db,
  orgId: string,
  id: string,
): Promise<{ attemptId: string; resolved: boolean } | undefined> {
  const row = await db
    .selectFrom('team_disputes')
    .select(['attempt_id', 'resolved_at'])
    .where('id', '=', id)
    .where('org_id', '=', orgId)
    .executeTakeFirst();
  return row ? { attemptId: row.attempt_id, resolved: row.resolved_at !== null } : undefined;
}

export async function resolveDispute(db: Db, id: string, by: string, answer: string): Promise<void> {
  await db
    .updateTable('team_disputes')
    .set({ resolved_at: new Date(), resolved_by: by, answer })
    .where('id', '=', id)
    .execute();
}

export async function markReviewed(db: Db, attemptId: string, by: string, comment: string): Promise<void> {
  await db
    .insertInto('team_reviews')
    .values({ attempt_id: attemptId, reviewer_id: by, comment })
    .onConflict((oc) =>
      oc.column('attempt_id').doUpdateSet({ reviewer_id: by, comment, reviewed_at: new Date() }),
    )
    .execute();
}

export async function reviewSample(db: Db, orgId: string): Promise<number> {
  const row = await db
    .selectFrom('team_settings')
    .select('review_sample')
    .where('org_id', '=', orgId)
    .executeTakeFirst();
  return row?.review_sample ?? 10;
}

export async function setReviewSample(db: Db, orgId: string, percent: number): Promise<void> {
  const updated = await db
    .updateTable('team_settings')
    .set({ review_sample: percent })
    .where('org_id', '=', orgId)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) === 0)
    await db
      .insertInto('team_settings')
      .values({ org_id: orgId, readiness: 'null', review_sample: percent, updated_by: null })
      .onConflict((oc) => oc.column('org_id').doUpdateSet({ review_sample: percent }))
      .execute();
}

export type QueueReason = 'dispute' | 'critical' | 'failed' | 'flagged' | 'uncertain' | 'sample';

export interface QueueItem {
  id: string;
  userId: string;
  userName: string;
  scenarioId: string;
  startedAt: string;
  total: number;
  passed: boolean;
  reasons: QueueReason[];
}

/**
 * What a trainer should look at, newest first: attempts with an open dispute (even reviewed),
 * and, not yet reviewed, those with a critical failure, failed, with a line the trainee flagged,
 * with points lost on an uncertain reading, or drawn in the random sample (`sample` %, stable per
 * attempt).
 */
export async function reviewQueue(
  db: Db,
  scope: TraineeScope,
  sample: number,
  limit = 200,
): Promise<QueueItem[]> {
  const groups = scope.groupIds;
  const rows = await sql<{
    id: string;
    user_id: string;
    user_name: string;
    scenario_id: string;
    started_at: Date;
    total: number;
    passed: boolean;
    dispute: boolean;
    critical: boolean;
    flagged: boolean;
    uncertain: boolean;
    sampled: boolean;
    reviewed: boolean;
  }>`
    with a as (
      select a.id, a.user_id, u.name as user_name, a.scenario_id, a.started_at, a.total, a.passed, a.seq,
        exists (select 1 from team_disputes d where d.attempt_id = a.id and d.resolved_at is null) as dispute,
        jsonb_array_length(coalesce(a.scorecard->'critical', '[]'::jsonb)) > 0 as critical,
        jsonb_path_exists(a.log, '$[*] ? (@.type == "trainee.flag")') as flagged,
        jsonb_path_exists(a.scorecard, '$.criteria.*.evidence[*] ? (@.uncertain == true && @.points < 0)') as uncertain,
        (abs(hashtext(a.id)) % 100) < ${sample} as sampled,
        exists (select 1 from team_reviews v where v.attempt_id = a.id) as reviewed
      from attempts a join users u on u.id = a.user_id
      where a.org_id = ${scope.orgId} and u.role = 'trainee'
        ${
          groups
            ? sql`and exists (select 1 from memberships m where m.user_id = a.user_id and m.group_id in (${
                groups.length ? sql.join(groups.map((g) => sql`${g}`)) : sql`null`
              }))`
            : sql``
        }
    )
    select * from a
    where dispute or (not reviewed and (critical or not passed or flagged or uncertain or sampled))
    order by dispute desc, started_at desc, seq desc
    limit ${limit}`.execute(db);
  return rows.rows.map((r) => ({
    id: r.id,
    userId: r.user_id,
    userName: r.user_name,
    scenarioId: r.scenario_id,
    startedAt: iso(r.started_at),
    total: r.total,
    passed: r.passed,
    reasons: (
      [
        ['dispute', r.dispute],
        ['critical', r.critical],
        ['failed', !r.passed],
        ['flagged', r.flagged],
        ['uncertain', r.uncertain],
        ['sample', r.sampled],
      ] as const
    )
      .filter(([, on]) => on)
      .map(([reason]) => reason),
  }));
}
