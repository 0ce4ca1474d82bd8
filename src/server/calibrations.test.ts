/** Calibration sessions: created from one's groups' calls, graded blind, results after submitting. */
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { intraclassCorrelation } from '../scoring/agreement.ts';
import { CRITERIA } from '../scenarios/vocabulary.ts';
import type { Database } from './db/database.ts';
import { createUser } from './repositories/accounts.ts';
import { createSession } from './repositories/sessions.ts';
import { attempt, backends, call, seedOrg, testApp, type Member, type Org } from './testing.ts';

/** A full sheet: every criterion at `grade`, but those given. */
const sheet = (grade: number | 'NA', passed: boolean, some: Record<string, number | 'NA'> = {}) => ({
  grades: { ...Object.fromEntries(CRITERIA.map((c) => [c, grade])), ...some },
  critical: [],
  passed,
  comment: '',
});

describe.each(backends())('calibration on $name', (backend) => {
  let database: Database;
  let app: FastifyInstance;
  let org: Org;
  let other: Org;
  let second: Member;
  const calls: string[] = [];
  let foreignGroupCall: string;

  beforeAll(async () => {
    database = await backend.open();
    app = await testApp(database);
    org = await seedOrg(database.db, 'c');
    other = await seedOrg(database.db, 'o');
    const id = await createUser(database.db, {
      orgId: org.id,
      email: `second-${crypto.randomUUID()}@example.org`,
      name: 'Seconde formatrice',
      role: 'trainer',
      passwordHash: null,
      groupIds: [org.groupB],
    });
    const { token } = await createSession(database.db, id);
    second = { id, email: '', role: 'trainer', cookie: `decroche_session=${token}` };
    for (const index of [0, 1]) {
      const body = attempt(index);
      expect(
        (await call(app, org.trainee, { method: 'POST', url: '/api/attempts', payload: body })).statusCode,
      ).toBe(201);
      calls.push(body.id as string);
    }
    const b = attempt(2);
    await call(app, org.otherTrainee, { method: 'POST', url: '/api/attempts', payload: b });
    foreignGroupCall = b.id as string;
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  const create = (who: Member, payload: object) =>
    call(app, who, { method: 'POST', url: '/api/calibrations', payload });
  const grade = (who: Member, session: string, attemptId: string, payload: object) =>
    call(app, who, { method: 'PUT', url: `/api/calibrations/${session}/grades/${attemptId}`, payload });

  it('lets a trainer calibrate their groups’ calls only, with staff raters, and refuses bad input in French', async () => {
    const raterIds = [org.trainer.id, second.id];
    expect((await create(org.trainee, { title: 'T', attemptIds: calls, raterIds })).statusCode).toBe(403);
    const outside = await create(org.trainer, { title: 'T', attemptIds: [foreignGroupCall], raterIds });
    expect(outside.statusCode).toBe(404);
    expect(outside.json().error).toMatch(/hors de vos groupes/);
    const traineeRater = await create(org.trainer, {
      title: 'T',
      attemptIds: calls,
      raterIds: [org.trainer.id, org.trainee.id],
    });
    expect(traineeRater.statusCode).toBe(422);
    expect(traineeRater.json().error).toMatch(/formateurs ou responsables/);
    const foreignRater = await create(org.trainer, {
      title: 'T',
      attemptIds: calls,
      raterIds: [org.trainer.id, other.trainer.id],
    });
    expect(foreignRater.statusCode).toBe(422);
    const one = await create(org.trainer, { title: 'T', attemptIds: calls, raterIds: [org.trainer.id] });
    expect(one.statusCode).toBe(400);
    expect(one.json().error).toMatch(/au moins deux évaluateurs/);
    const twice = await create(org.trainer, { title: 'T', attemptIds: [calls[0], calls[0]], raterIds });
    expect(twice.json().error).toMatch(/choisi deux fois/);
    const tooMany = await create(org.trainer, {
      title: 'T',
      attemptIds: Array.from({ length: 31 }, () => crypto.randomUUID()),
      raterIds,
    });
    expect(tooMany.json().error).toMatch(/au plus 30 appels/);
    // The manager may pick any group's calls.
    expect(
      (await create(org.manager, { title: 'T', attemptIds: [foreignGroupCall], raterIds })).statusCode,
    ).toBe(201);
  });

  it('keeps each rater blind until they submit, then shows κ, each against the automatic score, and the JSONL', async () => {
    const created = await create(org.trainer, {
      title: 'Calibrage de décembre',
      attemptIds: calls,
      raterIds: [org.trainer.id, second.id],
    });
    expect(created.statusCode).toBe(201);
    const session = created.json().id as string;

    // A rater sees the transcripts, never the scorecard, the outcome or the trainee's name.
    const seen = await call(app, second, { method: 'GET', url: `/api/calibrations/${session}` });
    expect(seen.statusCode).toBe(200);
    const body = JSON.stringify(seen.json());
    expect(seen.json().calls).toHaveLength(2);
    expect(seen.json().calls[0].log.length).toBeGreaterThan(5);
    expect(body).not.toMatch(/scorecard|"total"|"passed"|"verdict"|"outcome"|"stress"|c-ines/);
    expect(body).toContain('"trainee.say"');
    // Another organisation, a trainee, a trainer not in the session: nothing.
    expect(
      (await call(app, other.manager, { method: 'GET', url: `/api/calibrations/${session}` })).statusCode,
    ).toBe(404);
    expect(
      (await call(app, org.trainee, { method: 'GET', url: `/api/calibrations/${session}` })).statusCode,
    ).toBe(403);

    // Grades are 0–4 or NA, for every criterion.
    const bad = await grade(second, session, calls[0]!, sheet(5, true));
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatch(/^Requête invalide : grades\./);
    expect((await grade(org.manager, session, calls[0]!, sheet(2, true))).statusCode).toBe(403);
    expect((await grade(second, session, foreignGroupCall, sheet(2, true))).statusCode).toBe(404);

    expect(
      (await grade(org.trainer, session, calls[0]!, sheet(3, true, { confidentiality: 'NA' }))).statusCode,
    ).toBe(200);
    const early = await call(app, org.trainer, {
      method: 'POST',
      url: `/api/calibrations/${session}/submit`,
    });
    expect(early.statusCode).toBe(422);
    expect(early.json().error).toBe('Il reste un appel à noter.');
    await grade(org.trainer, session, calls[1]!, sheet(1, false, { confidentiality: 'NA' }));
    const hidden = await call(app, org.trainer, {
      method: 'GET',
      url: `/api/calibrations/${session}/results`,
    });
    expect(hidden.statusCode).toBe(403);
    expect(hidden.json().error).toMatch(/^Résultats masqués/);
    expect(
      (await call(app, org.trainer, { method: 'POST', url: `/api/calibrations/${session}/submit` }))
        .statusCode,
    ).toBe(200);
    // Submitted grades are locked.
    expect((await grade(org.trainer, session, calls[1]!, sheet(2, true))).statusCode).toBe(409);

    // The second rater still sees neither the results nor the first rater's grades.
    expect(
      (await call(app, second, { method: 'GET', url: `/api/calibrations/${session}/results` })).statusCode,
    ).toBe(403);
    const mine = (await call(app, second, { method: 'GET', url: `/api/calibrations/${session}` })).json();
    expect(mine.grades).toEqual({});
    await grade(second, session, calls[0]!, sheet(3, true, { confidentiality: 'NA', empathy: 1 }));
    await grade(second, session, calls[1]!, {
      ...sheet(1, false, { confidentiality: 'NA' }),
      comment: 'Oubli du 15.',
    });
    await call(app, second, { method: 'POST', url: `/api/calibrations/${session}/submit` });

    const results = await call(app, second, { method: 'GET', url: `/api/calibrations/${session}/results` });
    expect(results.statusCode).toBe(200);
    const report = results.json();
    expect(report.method).toBe('cohen-quadratic');
    expect(report.raters.map((r: { id: string }) => r.id).sort()).toEqual([org.trainer.id, second.id].sort());
    // Greeting: 3 then 1 for both raters: full agreement; empathy: 3/1 against 1/1.
    expect(report.criteria.greeting).toEqual({ kappa: 1, n: 2 });
    expect(report.criteria.empathy.kappa).toBeLessThan(1);
    expect(report.criteria.confidentiality).toBeUndefined();
    expect(report.pooled.n).toBe(18);
    expect(report.passFail).toEqual({ kappa: 1, n: 2 });
    expect(Object.keys(report.automatic).sort()).toEqual([org.trainer.id, second.id].sort());
    expect(report.automatic[second.id].criteria.greeting.n).toBe(2);
    // The call they differ on comes first (empathy: two steps), with the automatic grades beside.
    expect(report.calls[0]).toMatchObject({ id: calls[0], between: 2 });
    expect(report.calls[0].criteria).toContain('empathy');
    expect(report.calls[0].automatic.grades).toBeTypeOf('object');

    // The creator and the manager see it too; the JSONL lists the calls at issue.
    expect(
      (await call(app, org.manager, { method: 'GET', url: `/api/calibrations/${session}/results` }))
        .statusCode,
    ).toBe(200);
    const jsonl = await call(app, org.trainer, {
      method: 'GET',
      url: `/api/calibrations/${session}/disagreements.jsonl`,
    });
    expect(jsonl.headers['content-type']).toMatch(/^application\/x-ndjson/);
    const lines = jsonl.body
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines[0]).toMatchObject({ call: calls[0], scenario: 'echographie-agenda-complet' });
    expect(lines[0].differences.find((d: { criterion: string }) => d.criterion === 'empathy').raters).toEqual(
      {
        [org.trainer.id]: 3,
        [second.id]: 1,
      },
    );

    // Listed for its raters and the manager, not for a trainer outside it.
    const list = async (who: Member) =>
      (
        (await call(app, who, { method: 'GET', url: '/api/calibrations' })).json().sessions as {
          id: string;
        }[]
      ).map((s) => s.id);
    expect(await list(second)).toContain(session);
    expect(await list(org.manager)).toContain(session);
    expect(await list(other.manager)).not.toContain(session);
  });

  it('puts the grades a rater gave in their own data export, and no one else’s', async () => {
    const created = await create(org.trainer, {
      title: 'Séance pour l’export',
      attemptIds: [calls[0]],
      raterIds: [org.trainer.id, second.id],
    });
    const session = created.json().id as string;
    await grade(org.trainer, session, calls[0]!, sheet(4, true, { empathy: 1 }));
    await grade(second, session, calls[0]!, sheet(0, false));
    const exported = await call(app, org.trainer, { method: 'GET', url: '/api/me/export' });
    expect(exported.statusCode).toBe(200);
    const mine = (exported.json().calibrationGrades as { sessionId: string; raterId: string }[]).filter(
      (g) => g.sessionId === session,
    );
    expect(mine).toEqual([
      expect.objectContaining({
        sessionTitle: 'Séance pour l’export',
        attemptId: calls[0],
        raterId: org.trainer.id,
        grades: expect.objectContaining({ empathy: 1, greeting: 4 }),
        passed: true,
        submittedAt: null,
      }),
    ]);
    const theirs = (await call(app, second, { method: 'GET', url: '/api/me/export' })).json()
      .calibrationGrades as { raterId: string; passed: boolean }[];
    expect(theirs.length).toBeGreaterThan(0);
    expect(theirs.every((g) => g.raterId === second.id)).toBe(true);
    // A trainee rates nothing: the list is there, empty.
    expect(
      (await call(app, org.trainee, { method: 'GET', url: '/api/me/export' })).json().calibrationGrades,
    ).toEqual([]);
  });

  it('erases a deleted trainee’s calls everywhere: grades, reviews, derived figures, the matrix', async () => {
    await call(app, org.trainer, {
      method: 'POST',
      url: `/api/attempts/${calls[0]}/overrides`,
      payload: { criterion: 'empathy', score: 10, reason: 'Relu.' },
    });
    const count = async (table: string) =>
      (
        await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}
          where attempt_id in (${sql.join(calls)})`.execute(database.db)
      ).rows[0]!.n;
    for (const table of ['calibration_grades', 'team_overrides', 'attempt_scores', 'attempt_results'])
      expect(await count(table), table).toBeGreaterThan(0);
    const deleted = await call(app, org.manager, { method: 'DELETE', url: `/api/users/${org.trainee.id}` });
    expect(deleted.statusCode).toBe(204);
    for (const table of [
      'calibration_grades',
      'calibration_attempts',
      'team_overrides',
      'attempt_scores',
      'attempt_results',
    ])
      expect(await count(table), table).toBe(0);
    expect(
      (
        await sql<{
          n: number;
        }>`select count(*)::int as n from attempts where user_id = ${org.trainee.id}`.execute(database.db)
      ).rows[0]!.n,
    ).toBe(0);
    const matrix = (await call(app, org.manager, { method: 'GET', url: '/api/team/matrix' })).json();
    expect(matrix.trainees.map((t: { id: string }) => t.id)).not.toContain(org.trainee.id);
    // The rater's own sessions stay; the trainer's export no longer holds grades of those calls.
    const grades = (await call(app, org.trainer, { method: 'GET', url: '/api/me/export' })).json()
      .calibrationGrades as { attemptId: string }[];
    expect(grades.filter((g) => calls.includes(g.attemptId))).toEqual([]);
  });

  it('with three raters, reports Fleiss’ κ and the intraclass correlation ICC(2,1) per criterion', async () => {
    const raters = [org.trainer, second, org.manager];
    // Two calls of the trainee still in the organisation (the test above deleted the other one).
    const fresh: string[] = [];
    for (const index of [0, 1]) {
      const body = attempt(index);
      await call(app, org.otherTrainee, { method: 'POST', url: '/api/attempts', payload: body });
      fresh.push(body.id as string);
    }
    const created = await create(org.manager, {
      title: 'Calibrage à trois',
      attemptIds: fresh,
      raterIds: raters.map((r) => r.id),
    });
    expect(created.statusCode).toBe(201);
    const session = created.json().id as string;
    // Empathy: the manager is one step more severe than the two trainers on both calls.
    const empathy: Record<string, [number, number]> = {
      [org.trainer.id]: [4, 2],
      [second.id]: [4, 2],
      [org.manager.id]: [3, 1],
    };
    for (const rater of raters) {
      await grade(rater, session, fresh[0]!, sheet(3, true, { empathy: empathy[rater.id]![0] }));
      await grade(rater, session, fresh[1]!, sheet(1, false, { empathy: empathy[rater.id]![1] }));
      const submitted = await call(app, rater, {
        method: 'POST',
        url: `/api/calibrations/${session}/submit`,
      });
      expect(submitted.statusCode).toBe(200);
    }
    const report = (
      await call(app, org.manager, { method: 'GET', url: `/api/calibrations/${session}/results` })
    ).json();
    expect(report.method).toBe('fleiss');
    expect(report.criteria.greeting).toEqual({ kappa: 1, n: 2, icc: 1 });
    // Fleiss' κ reads the one-step gaps as plain disagreements; the ICC reads them on the scale.
    expect(report.criteria.empathy.kappa).toBeLessThan(0.2);
    expect(report.criteria.empathy.icc).toBeCloseTo(
      intraclassCorrelation([
        [4, 4, 3],
        [2, 2, 1],
      ]).agreement,
      12,
    );
    expect(report.criteria.empathy.icc).toBeGreaterThan(0.7);
    expect(report.passFail).toEqual({ kappa: 1, n: 2 });
  });
});
