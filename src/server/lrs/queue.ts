/**
 * What the server forwards to the organisation's LRS, queued in the same transaction as the
 * change that causes it: a stored attempt's statement; after a trainer's review (a criterion's or
 * the verdict's override), the statement sent before voided and a new one with the reviewed
 * figures. xAPI statements are immutable: voiding (verb `voided`, object the StatementRef) is the
 * specification's one way to retract one, and the LRS then leaves it out of its queries, so a
 * report counts one result per attempt, the reviewed one.
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../db/database.ts';
import { xapiStatements } from '../exports.ts';
import { sql } from 'kysely';
import { exportRows, type ExportRow } from '../repositories/attempts.ts';
import { enqueue, latestStatementId, lrsSettings, type LrsSettings } from '../repositories/lrs.ts';
import { xapiProblems } from './validate.ts';

export const VOIDED = 'http://adlnet.gov/expapi/verbs/voided';

export interface QueueContext {
  orgId: string;
  attemptId: string;
  titleOf: (scenarioId: string) => string | undefined;
}

export type Reviewer = { name: string; email: string };

/**
 * Queues the attempt's statement (`reviewer` given: the review's voiding and new statements).
 * Nothing when the organisation forwards to no LRS. True when a row was queued.
 */
export async function queueStatements(db: Db, context: QueueContext, reviewer?: Reviewer): Promise<boolean> {
  const settings = await lrsSettings(db, context.orgId);
  if (!settings?.enabled) return false;
  const [row] = await exportRows(db, { kind: 'org', orgId: context.orgId }, { attemptId: context.attemptId });
  if (!row) return false;
  const previous = reviewer ? await latestStatementId(db, context.attemptId) : undefined;
  await queueRow(db, settings, context, row, reviewer, previous);
  return true;
}

/** Builds, validates and queues one attempt's statements (a review's: voiding `previous` first). */
async function queueRow(
  db: Db,
  settings: LrsSettings,
  context: Omit<QueueContext, 'attemptId'>,
  row: ExportRow,
  reviewer?: Reviewer,
  previous?: string,
): Promise<void> {
  const statementId = randomUUID();
  const [built] = xapiStatements([row], settings.activityBase, context.titleOf);
  const statement = {
    ...built!,
    id: statementId,
    ...(previous
      ? { context: { ...built!.context, statement: { objectType: 'StatementRef', id: previous } } }
      : {}),
  };
  const statements: unknown[] = [statement];
  if (previous)
    statements.unshift({
      id: randomUUID(),
      actor: { objectType: 'Agent', name: reviewer!.name, mbox: `mailto:${reviewer!.email}` },
      verb: { id: VOIDED, display: { 'fr-FR': 'a annulé' } },
      object: { objectType: 'StatementRef', id: previous },
      timestamp: new Date().toISOString(),
    });
  const problems = statements.flatMap(xapiProblems);
  await enqueue(db, {
    orgId: context.orgId,
    attemptId: row.id,
    kind: reviewer ? 'review' : 'attempt',
    statementId,
    statements,
    ...(problems.length ? { invalid: invalidText(problems) } : {}),
  });
}

/** Attempts of the organisation with nothing queued for its LRS (stored before it was set up). */
function unqueued(orgId: string) {
  return sql`from attempts a
    where a.org_id = ${orgId}
      and not exists (select 1 from lrs_outbox o where o.attempt_id = a.id)`;
}

/** How many of the organisation's attempts were never queued for its LRS. */
export async function earlierCount(db: Db, orgId: string): Promise<number> {
  const rows = await sql<{ n: number }>`select count(*)::int as n ${unqueued(orgId)}`.execute(db);
  return rows.rows[0]!.n;
}

const BATCH = 200;

/**
 * Queues the statements of every attempt stored before the LRS was set up (or while forwarding
 * was off), oldest first, with their reviewed figures: the manager's « send the earlier calls
 * too ». Idempotent: an attempt with a row in the outbox is never queued again, and the
 * settings' row is locked so two clicks at once queue each attempt once. Returns how many were
 * queued (null: the organisation forwards to no LRS).
 */
export async function queueEarlier(db: Db, context: Omit<QueueContext, 'attemptId'>): Promise<number | null> {
  return db.transaction().execute(async (tx) => {
    await sql`select 1 from lrs_settings where org_id = ${context.orgId} for update`.execute(tx);
    const settings = await lrsSettings(tx, context.orgId);
    if (!settings?.enabled) return null;
    let queued = 0;
    let after = -1;
    for (;;) {
      const ids = await sql<{ id: string; seq: number }>`select a.id, a.seq ${unqueued(context.orgId)}
        and a.seq > ${after} order by a.seq limit ${BATCH}`.execute(tx);
      if (ids.rows.length === 0) return queued;
      after = ids.rows.at(-1)!.seq;
      const rows = await exportRows(
        tx,
        { kind: 'org', orgId: context.orgId },
        { attemptId: ids.rows.map((r) => r.id) },
      );
      for (const row of rows) await queueRow(tx, settings, context, row);
      queued += rows.length;
    }
  });
}

export const invalidText = (problems: readonly string[]) =>
  `Déclaration xAPI refusée par le validateur : ${problems.slice(0, 3).join(' ; ')}${problems.length > 3 ? ' …' : ''}.`;
