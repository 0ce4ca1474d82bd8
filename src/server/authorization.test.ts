/**
 * Who may call what: every role (and no session) × every route, and ids guessed across
 * trainees, groups and organisations. Plus the GDPR routes: one's own data, a trainee deleted.
 */
import { sql } from 'kysely';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './db/database.ts';
import { CRITERIA } from '../scenarios/vocabulary.ts';
import { createUser } from './repositories/accounts.ts';
import { xapiProblems } from './lrs/validate.ts';
import { DEFAULT_RULE } from './team/readiness.ts';
import { attempt, backends, call, replayOf, seedOrg, testApp, type Member, type Org } from './testing.ts';

type Who = 'anonymous' | 'trainee' | 'trainer' | 'manager';
const WHO: Who[] = ['anonymous', 'trainee', 'trainer', 'manager'];

describe.each(backends())('authorization on $name', (backend) => {
  let database: Database;
  let app: FastifyInstance;
  let org: Org;
  let other: Org;
  const attemptOf: Record<string, string> = {};

  const as = (who: Who): Member | null => (who === 'anonymous' ? null : org[who]);
  const throwaway = () =>
    createUser(database.db, {
      orgId: org.id,
      email: `${crypto.randomUUID()}@example.org`,
      name: 'X',
      role: 'trainee',
      passwordHash: null,
    });

  const json = async (member: Member, method: 'POST' | 'PUT', url: string, payload?: object) => {
    const reply = await call(app, member, { method, url, ...(payload ? { payload } : {}) });
    expect(reply.statusCode, `${method} ${url}: ${reply.body}`).toBeLessThan(300);
    return reply.body ? reply.json() : null;
  };
  const sheet = { grades: Object.fromEntries(CRITERIA.map((c) => [c, 2])), critical: [], passed: true };
  /** A calibration session of the trainee's call, rated by the trainer and the manager. */
  const calibration = async (stage: 'new' | 'graded' | 'submitted' = 'new') => {
    const { id } = await json(org.manager, 'POST', '/api/calibrations', {
      title: 'Séance',
      attemptIds: [attemptOf.trainee],
      raterIds: [org.trainer.id, org.manager.id],
    });
    if (stage === 'new') return id as string;
    for (const rater of [org.trainer, org.manager])
      await json(rater, 'PUT', `/api/calibrations/${id}/grades/${attemptOf.trainee}`, sheet);
    if (stage === 'submitted')
      for (const rater of [org.trainer, org.manager])
        await json(rater, 'POST', `/api/calibrations/${id}/submit`);
    return id as string;
  };

  beforeAll(async () => {
    database = await backend.open();
    app = await testApp(database);
    org = await seedOrg(database.db, 'org');
    other = await seedOrg(database.db, 'autre');
    for (const [key, member] of [
      ['trainee', org.trainee],
      ['otherTrainee', org.otherTrainee],
      ['foreign', other.trainee],
    ] as const) {
      const body = attempt(0);
      expect(
        (await call(app, member, { method: 'POST', url: '/api/attempts', payload: body })).statusCode,
      ).toBe(201);
      attemptOf[key] = body.id as string;
    }
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  // Expected status per caller: anonymous, trainee, trainer, manager.
  const ROUTES: [
    string,
    () => Promise<{ method: 'GET' | 'POST' | 'PUT' | 'DELETE'; url: string; payload?: object }>,
    number[],
  ][] = [
    ['GET /api/session', async () => ({ method: 'GET', url: '/api/session' }), [401, 200, 200, 200]],
    ['GET /api/attempts', async () => ({ method: 'GET', url: '/api/attempts' }), [401, 200, 200, 200]],
    [
      'POST /api/attempts',
      async () => ({ method: 'POST', url: '/api/attempts', payload: attempt(1) }),
      [401, 201, 201, 201],
    ],
    [
      'GET /api/attempts/:id',
      async () => ({ method: 'GET', url: `/api/attempts/${attemptOf.trainee}` }),
      [401, 200, 200, 200],
    ],
    ['GET /api/groups', async () => ({ method: 'GET', url: '/api/groups' }), [401, 403, 200, 200]],
    [
      'POST /api/groups',
      async () => ({ method: 'POST', url: '/api/groups', payload: { name: crypto.randomUUID() } }),
      [401, 403, 403, 201],
    ],
    ['GET /api/users', async () => ({ method: 'GET', url: '/api/users' }), [401, 403, 200, 200]],
    [
      'POST /api/users',
      async () => ({
        method: 'POST',
        url: '/api/users',
        payload: { email: `${crypto.randomUUID()}@example.org`, name: 'N', role: 'trainee' },
      }),
      [401, 403, 403, 201],
    ],
    [
      'DELETE /api/users/:id',
      async () => ({ method: 'DELETE', url: `/api/users/${await throwaway()}` }),
      [401, 403, 403, 204],
    ],
    [
      'POST /api/users/:id/password-reset',
      async () => ({ method: 'POST', url: `/api/users/${org.otherTrainee.id}/password-reset` }),
      [401, 403, 403, 201],
    ],
    [
      'POST /api/invitations',
      async () => ({ method: 'POST', url: '/api/invitations', payload: { groupId: org.groupA } }),
      [401, 403, 201, 201],
    ],
    ['GET /api/me/export', async () => ({ method: 'GET', url: '/api/me/export' }), [401, 200, 200, 200]],
    ['GET /api/scenarios', async () => ({ method: 'GET', url: '/api/scenarios' }), [401, 200, 200, 200]],
    ['GET /api/packs', async () => ({ method: 'GET', url: '/api/packs' }), [401, 403, 200, 200]],
    [
      'POST /api/packs',
      async () => ({ method: 'POST', url: '/api/packs', payload: { pack: {}, groupIds: [org.groupA] } }),
      [401, 403, 422, 422],
    ],
    [
      'POST /api/packs/:id/unpublish',
      async () => ({ method: 'POST', url: '/api/packs/inconnu/unpublish' }),
      [401, 403, 404, 404],
    ],
    [
      'GET /api/nothing-here',
      async () => ({ method: 'GET', url: '/api/nothing-here' }),
      [401, 404, 404, 404],
    ],
    [
      'GET /api/export/attempts.csv',
      async () => ({ method: 'GET', url: '/api/export/attempts.csv' }),
      [401, 403, 200, 200],
    ],
    ['GET /api/export/xapi', async () => ({ method: 'GET', url: '/api/export/xapi' }), [401, 403, 200, 200]],
    [
      'GET /api/packs/:packId/versions',
      async () => ({ method: 'GET', url: '/api/packs/inconnu/versions' }),
      [401, 403, 200, 200],
    ],
    [
      'GET /api/packs/:packId/versions/:version',
      async () => ({ method: 'GET', url: '/api/packs/inconnu/versions/1' }),
      [401, 404, 404, 404],
    ],
    [
      'GET /api/packs/:packId/versions/:version/clips/*',
      async () => ({ method: 'GET', url: '/api/packs/inconnu/versions/1/clips/audio/a.wav' }),
      [401, 404, 404, 404],
    ],
    // The team space: matrix, readiness, assignments.
    ['GET /api/team/matrix', async () => ({ method: 'GET', url: '/api/team/matrix' }), [401, 403, 200, 200]],
    [
      'GET /api/team/cell',
      async () => ({ method: 'GET', url: `/api/team/cell?user=${org.trainee.id}&criterion=empathy` }),
      [401, 403, 200, 200],
    ],
    [
      'GET /api/team/readiness',
      async () => ({ method: 'GET', url: '/api/team/readiness' }),
      [401, 403, 200, 200],
    ],
    [
      'PUT /api/team/readiness',
      async () => ({ method: 'PUT', url: '/api/team/readiness', payload: DEFAULT_RULE }),
      [401, 403, 403, 200],
    ],
    ['GET /api/assignments', async () => ({ method: 'GET', url: '/api/assignments' }), [401, 200, 200, 200]],
    [
      'POST /api/assignments',
      async () => ({
        method: 'POST',
        url: '/api/assignments',
        payload: { groupId: org.groupA, scenarioId: 'echographie-agenda-complet', due: '2099-01-31' },
      }),
      [401, 403, 201, 201],
    ],
    [
      'DELETE /api/assignments/:id',
      async () => {
        const { id } = await json(org.manager, 'POST', '/api/assignments', {
          groupId: org.groupA,
          scenarioId: 'echographie-agenda-complet',
          due: '2099-01-31',
        });
        return { method: 'DELETE', url: `/api/assignments/${id}` };
      },
      [401, 403, 204, 204],
    ],
    // The LRS the organisation forwards to: the manager only.
    ['GET /api/team/lrs', async () => ({ method: 'GET', url: '/api/team/lrs' }), [401, 403, 403, 200]],
    [
      'PUT /api/team/lrs',
      async () => ({
        method: 'PUT',
        url: '/api/team/lrs',
        // Forwarding off: the attempts of the other checks stay unqueued.
        payload: { endpoint: 'https://lrs.example.org/xapi', username: 'k', secret: 's', enabled: false },
      }),
      [401, 403, 403, 200],
    ],
    [
      'POST /api/team/lrs/outbox/:id/retry',
      async () => ({ method: 'POST', url: `/api/team/lrs/outbox/${crypto.randomUUID()}/retry` }),
      [401, 403, 403, 404],
    ],
    // Forwarding is off (the PUT above): the manager is told to turn it on first.
    [
      'POST /api/team/lrs/earlier',
      async () => ({ method: 'POST', url: '/api/team/lrs/earlier' }),
      [401, 403, 403, 409],
    ],
    // Review of the trainee's call (the trainer's group).
    [
      'GET /api/attempts/:id/review',
      async () => ({ method: 'GET', url: `/api/attempts/${attemptOf.trainee}/review` }),
      [401, 200, 200, 200],
    ],
    [
      'POST /api/attempts/:id/overrides',
      async () => ({
        method: 'POST',
        url: `/api/attempts/${attemptOf.trainee}/overrides`,
        payload: { criterion: 'greeting', score: 50, reason: 'Présentation incomplète.' },
      }),
      [401, 403, 201, 201],
    ],
    [
      'POST /api/attempts/:id/verdict',
      async () => ({
        method: 'POST',
        url: `/api/attempts/${attemptOf.trainee}/verdict`,
        payload: { passed: true, reason: 'Appel correct à la réécoute.' },
      }),
      [401, 403, 201, 201],
    ],
    [
      'POST /api/attempts/:id/comments',
      async () => ({
        method: 'POST',
        url: `/api/attempts/${attemptOf.trainee}/comments`,
        payload: { turn: null, body: 'Bien.' },
      }),
      [401, 403, 201, 201],
    ],
    [
      'POST /api/attempts/:id/reviewed',
      async () => ({ method: 'POST', url: `/api/attempts/${attemptOf.trainee}/reviewed`, payload: {} }),
      [401, 403, 200, 200],
    ],
    [
      'POST /api/attempts/:id/disputes',
      async () => ({
        method: 'POST',
        url: `/api/attempts/${attemptOf.trainee}/disputes`,
        payload: { criterion: 'empathy', message: 'J’ai rassuré la patiente.' },
      }),
      [401, 201, 403, 403],
    ],
    [
      'POST /api/disputes/:id/resolve',
      async () => {
        const review = await json(org.trainee, 'POST', `/api/attempts/${attemptOf.trainee}/disputes`, {
          criterion: 'empathy',
          message: 'Contestation.',
        });
        const id = (review.disputes as { id: string; resolvedAt: string | null }[]).find(
          (d) => !d.resolvedAt,
        )!.id;
        return { method: 'POST', url: `/api/disputes/${id}/resolve`, payload: { answer: 'Vu.' } };
      },
      [401, 403, 200, 200],
    ],
    [
      'GET /api/review/queue',
      async () => ({ method: 'GET', url: '/api/review/queue' }),
      [401, 403, 200, 200],
    ],
    [
      'PUT /api/review/sample',
      async () => ({ method: 'PUT', url: '/api/review/sample', payload: { percent: 10 } }),
      [401, 403, 200, 200],
    ],
    // Calibration: the trainer and the manager rate the trainee's call.
    [
      'GET /api/calibrations',
      async () => ({ method: 'GET', url: '/api/calibrations' }),
      [401, 403, 200, 200],
    ],
    [
      'GET /api/calibrations/raters',
      async () => ({ method: 'GET', url: '/api/calibrations/raters' }),
      [401, 403, 200, 200],
    ],
    [
      'POST /api/calibrations',
      async () => ({
        method: 'POST',
        url: '/api/calibrations',
        payload: { title: 'S', attemptIds: [attemptOf.trainee], raterIds: [org.trainer.id, org.manager.id] },
      }),
      [401, 403, 201, 201],
    ],
    [
      'GET /api/calibrations/:id',
      async () => ({ method: 'GET', url: `/api/calibrations/${await calibration()}` }),
      [401, 403, 200, 200],
    ],
    [
      'PUT /api/calibrations/:id/grades/:attemptId',
      async () => ({
        method: 'PUT',
        url: `/api/calibrations/${await calibration()}/grades/${attemptOf.trainee}`,
        payload: sheet,
      }),
      [401, 403, 200, 200],
    ],
    [
      'POST /api/calibrations/:id/submit',
      async () => ({ method: 'POST', url: `/api/calibrations/${await calibration('graded')}/submit` }),
      [401, 403, 200, 200],
    ],
    [
      'GET /api/calibrations/:id/results',
      async () => ({ method: 'GET', url: `/api/calibrations/${await calibration('submitted')}/results` }),
      [401, 403, 200, 200],
    ],
    [
      'GET /api/calibrations/:id/disagreements.jsonl',
      async () => ({
        method: 'GET',
        url: `/api/calibrations/${await calibration('submitted')}/disagreements.jsonl`,
      }),
      [401, 403, 200, 200],
    ],
    ['GET /api/health', async () => ({ method: 'GET', url: '/api/health' }), [200, 200, 200, 200]],
    ['GET /api/setup', async () => ({ method: 'GET', url: '/api/setup' }), [200, 200, 200, 200]],
  ];

  it.each(ROUTES)('%s: 401 without a session, 403 for the wrong role', async (_name, request, expected) => {
    const got: number[] = [];
    for (const who of WHO) got.push((await call(app, as(who), await request())).statusCode);
    expect(got).toEqual(expected);
  });

  it('shows each role the attempts it may see, and no other', async () => {
    const ids = async (member: Member, query = '') =>
      new Set(
        (
          (await call(app, member, { method: 'GET', url: `/api/attempts${query}` })).json().attempts as {
            id: string;
          }[]
        ).map((a) => a.id),
      );
    const trainee = await ids(org.trainee);
    expect(trainee.has(attemptOf.trainee!)).toBe(true);
    expect(trainee.has(attemptOf.otherTrainee!) || trainee.has(attemptOf.foreign!)).toBe(false);
    const trainer = await ids(org.trainer);
    expect([
      trainer.has(attemptOf.trainee!),
      trainer.has(attemptOf.otherTrainee!),
      trainer.has(attemptOf.foreign!),
    ]).toEqual([true, false, false]);
    const manager = await ids(org.manager);
    expect([
      manager.has(attemptOf.trainee!),
      manager.has(attemptOf.otherTrainee!),
      manager.has(attemptOf.foreign!),
    ]).toEqual([true, true, false]);
    // Filtering on someone else's id shows nothing more.
    expect((await ids(org.trainee, `?user=${org.otherTrainee.id}`)).size).toBe(0);
    expect((await ids(other.manager, `?user=${org.trainee.id}`)).size).toBe(0);
  });

  it('answers 404 to ids guessed across trainees, groups and organisations', async () => {
    const status = async (
      member: Member,
      method: 'GET' | 'POST' | 'PUT' | 'DELETE',
      url: string,
      payload?: object,
    ) => (await call(app, member, { method, url, ...(payload ? { payload } : {}) })).statusCode;
    expect(await status(org.trainee, 'GET', `/api/attempts/${attemptOf.otherTrainee}`)).toBe(404);
    expect(await status(org.trainer, 'GET', `/api/attempts/${attemptOf.otherTrainee}`)).toBe(404);
    expect(await status(org.manager, 'GET', `/api/attempts/${attemptOf.foreign}`)).toBe(404);
    expect(await status(other.manager, 'DELETE', `/api/users/${org.trainee.id}`)).toBe(404);
    expect(await status(other.manager, 'POST', `/api/users/${org.trainee.id}/password-reset`)).toBe(404);
    expect(await status(other.manager, 'POST', '/api/invitations', { groupId: org.groupA })).toBe(404);
    expect(await status(other.trainer, 'POST', '/api/invitations', { groupId: org.groupA })).toBe(404);
    expect(
      await status(other.manager, 'POST', '/api/users', {
        email: 'intrus@example.org',
        name: 'I',
        role: 'trainee',
        groupIds: [org.groupA],
      }),
    ).toBe(404);
    // Calibration: another group's call, another organisation's session, a rater's results before submitting.
    expect(
      await status(org.trainer, 'POST', '/api/calibrations', {
        title: 'S',
        attemptIds: [attemptOf.otherTrainee],
        raterIds: [org.trainer.id, org.manager.id],
      }),
    ).toBe(404);
    const session = await calibration('graded');
    expect(await status(other.manager, 'GET', `/api/calibrations/${session}`)).toBe(404);
    expect(
      await status(other.trainer, 'PUT', `/api/calibrations/${session}/grades/${attemptOf.trainee}`, sheet),
    ).toBe(404);
    expect(await status(org.trainer, 'GET', `/api/calibrations/${session}/results`)).toBe(403);
    expect(
      await status(org.trainer, 'POST', `/api/attempts/${attemptOf.otherTrainee}/verdict`, {
        passed: false,
        reason: 'x',
      }),
    ).toBe(404);
    const users = (await call(app, other.manager, { method: 'GET', url: '/api/users' })).json().users as {
      id: string;
    }[];
    expect(users.some((u) => u.id === org.trainee.id)).toBe(false);
  });

  it('exports for a spreadsheet and as xAPI statements, each role its own scope', async () => {
    const csv = await call(app, org.trainer, { method: 'GET', url: '/api/export/attempts.csv' });
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.body.startsWith('\uFEFFapprenant;e-mail;groupe;scénario;')).toBe(true);
    // The trainer's group (and their own calls) only, with the trainee's name and French yes/no.
    const lines = csv.body.trim().split('\r\n').slice(1);
    const names = new Set(lines.map((l) => l.split(';')[0]));
    expect(names).toEqual(new Set(['org-ines trainee', 'org-formateur trainer']));
    const ines = lines.find((l) => l.includes(attemptOf.trainee!))!;
    expect(ines).toMatch(/^org-ines trainee;org-ines-[0-9a-f]+@example\.org;Groupe A;/);
    const replay = await replayOf(0);
    // The route checks above overrode a criterion and the verdict: the final figures, then the
    // automatic ones beside them.
    const { final } = (
      await call(app, org.trainer, { method: 'GET', url: `/api/attempts/${attemptOf.trainee}/review` })
    ).json();
    expect(final.automatic).toEqual({ total: replay.total, passed: replay.passed });
    expect(ines).toContain(`;${final.total};${final.passed ? 'oui' : 'non'};;`);
    expect(ines).toContain(`;${replay.total};${replay.passed ? 'oui' : 'non'};${attemptOf.trainee}`);
    const xapi = (await call(app, org.manager, { method: 'GET', url: '/api/export/xapi' })).json();
    expect(xapi.length).toBeGreaterThanOrEqual(2);
    expect(xapi[0]).toMatchObject({
      actor: { objectType: 'Agent' },
      verb: { id: 'http://adlnet.gov/expapi/verbs/completed' },
      result: {
        score: { scaled: final.total / 100, raw: final.total },
        success: final.passed,
        completion: true,
      },
      context: { language: 'fr-FR' },
    });
    expect(JSON.stringify(xapi)).not.toContain(other.trainee.email);
    // Every statement passes Learning Locker's xAPI validator.
    expect((xapi as unknown[]).flatMap(xapiProblems)).toEqual([]);
  });

  it('gives a user all their data, and lets a manager delete a trainee with their attempts', async () => {
    const mine = await call(app, org.otherTrainee, { method: 'GET', url: '/api/me/export' });
    expect(mine.headers['content-disposition']).toMatch(/attachment/);
    const data = mine.json();
    expect(data.user.email).toBe(org.otherTrainee.email);
    expect(data.attempts.map((a: { id: string }) => a.id)).toEqual([attemptOf.otherTrainee]);
    expect(data.attempts[0].log.length).toBeGreaterThan(10);

    const deleted = await call(app, org.manager, {
      method: 'DELETE',
      url: `/api/users/${org.otherTrainee.id}`,
    });
    expect(deleted.statusCode).toBe(204);
    const left = await sql<{
      n: number;
    }>`select count(*)::int as n from attempts where user_id = ${org.otherTrainee.id}`.execute(database.db);
    expect(left.rows[0]!.n).toBe(0);
    expect((await call(app, org.otherTrainee, { method: 'GET', url: '/api/session' })).statusCode).toBe(401);
  });
});
