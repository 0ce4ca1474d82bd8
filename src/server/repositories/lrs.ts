/**
 * The organisation's LRS settings and the outbox of statements forwarded to it. Rows of one
 * attempt leave in order: a row waits while an earlier one of the same attempt is not sent (a
 * review's voiding statement never reaches the LRS before the statement it voids).
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import type { OutboxStatus } from '../db/tables.ts';
import type { OutboxStatusView } from '../../scoring/lrsViews.ts';

export interface LrsSettings {
  endpoint: string;
  username: string;
  secret: string;
  activityBase: string;
  enabled: boolean;
}

export async function lrsSettings(db: Db, orgId: string): Promise<LrsSettings | undefined> {
  const row = await db
    .selectFrom('lrs_settings')
    .select(['endpoint', 'username', 'secret', 'activity_base', 'enabled'])
    .where('org_id', '=', orgId)
    .executeTakeFirst();
  return row
    ? {
        endpoint: row.endpoint,
        username: row.username,
        secret: row.secret,
        activityBase: row.activity_base,
        enabled: row.enabled,
      }
    : undefined;
}

/** Saves the settings; no `secret`: the stored one is kept (false when there is none). */
export async function saveLrsSettings(
  db: Db,
  orgId: string,
  by: string,
  settings: Omit<LrsSettings, 'secret'> & { secret?: string | undefined },
): Promise<boolean> {
  const values = {
    endpoint: settings.endpoint,
    username: settings.username,
    activity_base: settings.activityBase,
    enabled: settings.enabled,
    updated_by: by,
    updated_at: new Date(),
    ...(settings.secret !== undefined ? { secret: settings.secret } : {}),
  };
  if (settings.secret !== undefined) {
    await db
      .insertInto('lrs_settings')
      .values({ org_id: orgId, ...values, secret: settings.secret })
      .onConflict((oc) => oc.column('org_id').doUpdateSet(values))
      .execute();
    return true;
  }
  const updated = await db
    .updateTable('lrs_settings')
    .set(values)
    .where('org_id', '=', orgId)
    .executeTakeFirst();
  return Number(updated.numUpdatedRows) > 0;
}

export interface NewOutboxRow {
  orgId: string;
  attemptId: string;
  kind: 'attempt' | 'review';
  statementId: string;
  statements: unknown[];
  /** A statement refused by the validator is stored failed, with why, and never sent. */
  invalid?: string;
}

export async function enqueue(db: Db, row: NewOutboxRow): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto('lrs_outbox')
    .values({
      id,
      org_id: row.orgId,
      attempt_id: row.attemptId,
      kind: row.kind,
      statement_id: row.statementId,
      statements: JSON.stringify(row.statements),
      status: row.invalid ? 'failed' : 'pending',
      last_error: row.invalid ?? null,
    })
    .execute();
  return id;
}

/** The statement id of the attempt's latest queued row (the one a review voids). */
export async function latestStatementId(db: Db, attemptId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('lrs_outbox')
    .select('statement_id')
    .where('attempt_id', '=', attemptId)
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.statement_id;
}

export interface ClaimedRow {
  id: string;
  orgId: string;
  statements: unknown[];
  /** Tries including this one. */
  tries: number;
}

/**
 * Takes the next due row and leases it (its next try pushed `leaseMs` away, its tries counted):
 * a process killed while sending leaves it to be tried again after the lease.
 */
export async function claimDue(db: Db, now: Date, leaseMs: number): Promise<ClaimedRow | undefined> {
  const rows = await sql<{ id: string; org_id: string; statements: unknown[]; tries: number }>`
    update lrs_outbox set tries = tries + 1, next_at = ${new Date(now.getTime() + leaseMs)}
    where id = (
      select o.id from lrs_outbox o
      where o.status = 'pending' and o.next_at <= ${now}
        and not exists (select 1 from lrs_outbox p
                        where p.attempt_id = o.attempt_id and p.seq < o.seq and p.status <> 'sent')
      order by o.next_at, o.seq limit 1
      for update skip locked)
    returning id, org_id, statements, tries`.execute(db);
  const row = rows.rows[0];
  return row ? { id: row.id, orgId: row.org_id, statements: row.statements, tries: row.tries } : undefined;
}

export async function markSent(db: Db, id: string): Promise<void> {
  await db
    .updateTable('lrs_outbox')
    .set({ status: 'sent', sent_at: new Date(), last_error: null })
    .where('id', '=', id)
    .execute();
}

/** A failed try: tried again at `nextAt`, or given up (`nextAt` null). */
export async function markFailure(db: Db, id: string, error: string, nextAt: Date | null): Promise<void> {
  await db
    .updateTable('lrs_outbox')
    .set(nextAt ? { last_error: error, next_at: nextAt } : { last_error: error, status: 'failed' })
    .where('id', '=', id)
    .execute();
}

/** The earliest next try of a pending row, if any. */
export async function nextDue(db: Db): Promise<Date | undefined> {
  const row = await db
    .selectFrom('lrs_outbox')
    .select((eb) => eb.fn.min('next_at').as('next'))
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return row?.next ? new Date(row.next) : undefined;
}

/** A manager's retry: the row (pending or failed) is tried again now, its count of tries reset. */
export async function retryRow(db: Db, orgId: string, id: string): Promise<boolean> {
  const updated = await db
    .updateTable('lrs_outbox')
    .set({ status: 'pending', tries: 0, next_at: new Date() })
    .where('id', '=', id)
    .where('org_id', '=', orgId)
    .where('status', '<>', 'sent')
    .executeTakeFirst();
  return Number(updated.numUpdatedRows) > 0;
}

export async function outboxStatus(db: Db, orgId: string, limit = 50): Promise<OutboxStatusView> {
  const [counts, items] = await Promise.all([
    db
      .selectFrom('lrs_outbox')
      .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
      .where('org_id', '=', orgId)
      .groupBy('status')
      .execute(),
    db
      .selectFrom('lrs_outbox as o')
      .innerJoin('attempts as a', 'a.id', 'o.attempt_id')
      .innerJoin('users as u', 'u.id', 'a.user_id')
      .select([
        'o.id',
        'o.attempt_id',
        'u.name',
        'a.scenario_id',
        'o.kind',
        'o.status',
        'o.tries',
        'o.next_at',
        'o.last_error',
        'o.created_at',
        'o.sent_at',
      ])
      .where('o.org_id', '=', orgId)
      .orderBy('o.seq', 'desc')
      .limit(limit)
      .execute(),
  ]);
  const byStatus: Record<OutboxStatus, number> = { pending: 0, sent: 0, failed: 0 };
  for (const c of counts) byStatus[c.status] = Number(c.n);
  return {
    counts: byStatus,
    items: items.map((r) => ({
      id: r.id,
      attemptId: r.attempt_id,
      trainee: r.name,
      scenarioId: r.scenario_id,
      kind: r.kind,
      status: r.status,
      tries: r.tries,
      nextAt: r.status === 'pending' ? new Date(r.next_at).toISOString() : null,
      lastError: r.last_error,
      createdAt: new Date(r.created_at).toISOString(),
      sentAt: r.sent_at ? new Date(r.sent_at).toISOString() : null,
    })),
  };
}
