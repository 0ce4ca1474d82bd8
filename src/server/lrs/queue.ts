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
import { exportRows } from '../repositories/attempts.ts';
import { enqueue, latestStatementId, lrsSettings } from '../repositories/lrs.ts';
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
  const [row] = await exportRows(db, { kind: 'org', orgId: context.orgId }, context.attemptId);
  if (!row) return false;
  const statementId = randomUUID();
  const [built] = xapiStatements([row], settings.activityBase, context.titleOf);
  const previous = reviewer ? await latestStatementId(db, context.attemptId) : undefined;
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
    attemptId: context.attemptId,
    kind: reviewer ? 'review' : 'attempt',
    statementId,
    statements,
    ...(problems.length ? { invalid: invalidText(problems) } : {}),
  });
  return true;
}

export const invalidText = (problems: readonly string[]) =>
  `Déclaration xAPI refusée par le validateur : ${problems.slice(0, 3).join(' ; ')}${problems.length > 3 ? ' …' : ''}.`;
