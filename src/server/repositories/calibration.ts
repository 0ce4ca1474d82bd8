/**
 * Calibration sessions: the attempts chosen, the raters chosen, each rater's grades (saved call by
 * call, locked once the rater submits). Who may see what is the routes' job (routes/calibrations.ts).
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../db/database.ts';

export interface SessionRater {
  id: string;
  name: string;
  submittedAt: string | null;
}

export interface SessionSummary {
  id: string;
  title: string;
  createdBy: string | null;
  createdByName: string | null;
  createdAt: string;
  attempts: number;
  raters: SessionRater[];
}

export interface StoredGrade {
  attemptId: string;
  raterId: string;
  grades: Record<string, number | 'NA'>;
  critical: string[];
  passed: boolean;
  comment: string;
}

export interface SessionAttempt {
  id: string;
  position: number;
  scenarioId: string;
  scenarioVersion: number;
  startedAt: string;
  log: unknown[];
  scorecard: unknown;
}

const iso = (d: Date | string) => new Date(d).toISOString();

export async function createSession(
  db: Db,
  session: { orgId: string; title: string; createdBy: string; attemptIds: string[]; raterIds: string[] },
): Promise<string> {
  const id = randomUUID();
  await db.transaction().execute(async (tx) => {
    await tx
      .insertInto('calibration_sessions')
      .values({ id, org_id: session.orgId, title: session.title, created_by: session.createdBy })
      .execute();
    await tx
      .insertInto('calibration_attempts')
      .values(session.attemptIds.map((attempt_id, position) => ({ session_id: id, attempt_id, position })))
      .execute();
    await tx
      .insertInto('calibration_raters')
      .values(session.raterIds.map((user_id) => ({ session_id: id, user_id })))
      .execute();
  });
  return id;
}

async function ratersOf(db: Db, sessionIds: string[]): Promise<Map<string, SessionRater[]>> {
  const byId = new Map<string, SessionRater[]>();
  if (sessionIds.length === 0) return byId;
  const rows = await db
    .selectFrom('calibration_raters as r')
    .innerJoin('users as u', 'u.id', 'r.user_id')
    .select(['r.session_id', 'r.user_id', 'r.submitted_at', 'u.name'])
    .where('r.session_id', 'in', sessionIds)
    .orderBy('u.name')
    .orderBy('u.id')
    .execute();
  for (const r of rows) {
    const list = byId.get(r.session_id) ?? [];
    list.push({ id: r.user_id, name: r.name, submittedAt: r.submitted_at ? iso(r.submitted_at) : null });
    byId.set(r.session_id, list);
  }
  return byId;
}

function sessions(db: Db, orgId: string) {
  return db
    .selectFrom('calibration_sessions as s')
    .leftJoin('users as c', 'c.id', 's.created_by')
    .select((eb) => [
      's.id',
      's.title',
      's.created_by',
      's.created_at',
      's.seq',
      'c.name as creator',
      eb
        .selectFrom('calibration_attempts as a')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('a.session_id', '=', 's.id')
        .as('attempts'),
    ])
    .where('s.org_id', '=', orgId);
}

/** The sessions a user takes part in (created or rates), or all the organisation's for a manager. */
export async function listSessions(
  db: Db,
  user: { id: string; orgId: string; role: string },
  limit = 100,
): Promise<SessionSummary[]> {
  let query = sessions(db, user.orgId);
  if (user.role !== 'manager')
    query = query.where((eb) =>
      eb.or([
        eb('s.created_by', '=', user.id),
        eb.exists(
          eb
            .selectFrom('calibration_raters as r')
            .select('r.user_id')
            .whereRef('r.session_id', '=', 's.id')
            .where('r.user_id', '=', user.id),
        ),
      ]),
    );
  const rows = await query.orderBy('s.seq', 'desc').limit(limit).execute();
  const raters = await ratersOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    createdBy: r.created_by,
    createdByName: r.creator,
    createdAt: iso(r.created_at),
    attempts: Number(r.attempts ?? 0),
    raters: raters.get(r.id) ?? [],
  }));
}

export async function findSession(db: Db, orgId: string, id: string): Promise<SessionSummary | undefined> {
  const row = await sessions(db, orgId).where('s.id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const raters = await ratersOf(db, [id]);
  return {
    id: row.id,
    title: row.title,
    createdBy: row.created_by,
    createdByName: row.creator,
    createdAt: iso(row.created_at),
    attempts: Number(row.attempts ?? 0),
    raters: raters.get(id) ?? [],
  };
}

export async function sessionAttempts(db: Db, sessionId: string): Promise<SessionAttempt[]> {
  const rows = await db
    .selectFrom('calibration_attempts as c')
    .innerJoin('attempts as a', 'a.id', 'c.attempt_id')
    .select([
      'a.id',
      'c.position',
      'a.scenario_id',
      'a.scenario_version',
      'a.started_at',
      'a.log',
      'a.scorecard',
    ])
    .where('c.session_id', '=', sessionId)
    .orderBy('c.position')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    position: r.position,
    scenarioId: r.scenario_id,
    scenarioVersion: r.scenario_version,
    startedAt: iso(r.started_at),
    log: r.log,
    scorecard: r.scorecard,
  }));
}

export async function gradesOf(db: Db, sessionId: string, raterId?: string): Promise<StoredGrade[]> {
  let query = db
    .selectFrom('calibration_grades')
    .select(['attempt_id', 'rater_id', 'grades', 'critical', 'passed', 'comment'])
    .where('session_id', '=', sessionId);
  if (raterId) query = query.where('rater_id', '=', raterId);
  const rows = await query.execute();
  return rows.map((r) => ({
    attemptId: r.attempt_id,
    raterId: r.rater_id,
    grades: r.grades,
    critical: r.critical,
    passed: r.passed,
    comment: r.comment,
  }));
}

export async function saveGrade(db: Db, sessionId: string, grade: StoredGrade): Promise<void> {
  const values = {
    grades: JSON.stringify(grade.grades),
    critical: JSON.stringify(grade.critical),
    passed: grade.passed,
    comment: grade.comment,
  };
  await db
    .insertInto('calibration_grades')
    .values({ session_id: sessionId, attempt_id: grade.attemptId, rater_id: grade.raterId, ...values })
    .onConflict((oc) =>
      oc.columns(['session_id', 'attempt_id', 'rater_id']).doUpdateSet({ ...values, updated_at: new Date() }),
    )
    .execute();
}

export async function submitRater(db: Db, sessionId: string, raterId: string): Promise<void> {
  await db
    .updateTable('calibration_raters')
    .set({ submitted_at: new Date() })
    .where('session_id', '=', sessionId)
    .where('user_id', '=', raterId)
    .execute();
}

/** The organisation's staff among `ids` (trainers and managers): who may be a rater. */
export async function staffAmong(db: Db, orgId: string, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom('users')
    .select('id')
    .where('org_id', '=', orgId)
    .where('role', 'in', ['trainer', 'manager'])
    .where('id', 'in', ids)
    .execute();
  return new Set(rows.map((r) => r.id));
}

/** The organisation's trainers and managers, for choosing raters. */
export async function staffOf(db: Db, orgId: string): Promise<{ id: string; name: string; role: string }[]> {
  return db
    .selectFrom('users')
    .select(['id', 'name', 'role'])
    .where('org_id', '=', orgId)
    .where('role', 'in', ['trainer', 'manager'])
    .orderBy('name')
    .orderBy('id')
    .execute();
}

/** Which of these attempts are trainees' (only those are calibrated: staff calls are not graded). */
export async function traineeAttempts(db: Db, orgId: string, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom('attempts as a')
    .innerJoin('users as u', 'u.id', 'a.user_id')
    .select('a.id')
    .where('a.org_id', '=', orgId)
    .where('u.role', '=', 'trainee')
    .where('a.id', 'in', ids)
    .execute();
  return new Set(rows.map((r) => r.id));
}

export interface OwnGrade extends StoredGrade {
  sessionId: string;
  sessionTitle: string;
  updatedAt: string;
  submittedAt: string | null;
}

/** Every grade a rater gave, in any session of their organisation (their GDPR download). */
export async function gradesByRater(db: Db, orgId: string, raterId: string): Promise<OwnGrade[]> {
  const rows = await db
    .selectFrom('calibration_grades as g')
    .innerJoin('calibration_sessions as s', 's.id', 'g.session_id')
    .innerJoin('calibration_raters as r', (join) =>
      join.onRef('r.session_id', '=', 'g.session_id').onRef('r.user_id', '=', 'g.rater_id'),
    )
    .select([
      'g.session_id',
      's.title',
      'g.attempt_id',
      'g.rater_id',
      'g.grades',
      'g.critical',
      'g.passed',
      'g.comment',
      'g.updated_at',
      'r.submitted_at',
    ])
    .where('g.rater_id', '=', raterId)
    .where('s.org_id', '=', orgId)
    .orderBy('s.seq')
    .orderBy('g.attempt_id')
    .execute();
  return rows.map((r) => ({
    sessionId: r.session_id,
    sessionTitle: r.title,
    attemptId: r.attempt_id,
    raterId: r.rater_id,
    grades: r.grades,
    critical: r.critical,
    passed: r.passed,
    comment: r.comment,
    updatedAt: new Date(r.updated_at).toISOString(),
    submittedAt: r.submitted_at ? new Date(r.submitted_at).toISOString() : null,
  }));
}
