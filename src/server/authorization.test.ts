/**
 * Who may call what: every role (and no session) × every route, and ids guessed across
 * trainees, groups and organisations. Plus the GDPR routes: one's own data, a trainee deleted.
 */
import { sql } from 'kysely';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './db/database.ts';
import { createUser } from './repositories/accounts.ts';
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
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  // Expected status per caller: anonymous, trainee, trainer, manager.
  const ROUTES: [
    string,
    () => Promise<{ method: 'GET' | 'POST' | 'DELETE'; url: string; payload?: object }>,
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
    const status = async (member: Member, method: 'GET' | 'POST' | 'DELETE', url: string, payload?: object) =>
      (await call(app, member, { method, url, ...(payload ? { payload } : {}) })).statusCode;
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
    expect(ines).toContain(`;${replay.total};${replay.passed ? 'oui' : 'non'};;`);
    const xapi = (await call(app, org.manager, { method: 'GET', url: '/api/export/xapi' })).json();
    expect(xapi.length).toBeGreaterThanOrEqual(2);
    expect(xapi[0]).toMatchObject({
      actor: { objectType: 'Agent' },
      verb: { id: 'http://adlnet.gov/expapi/verbs/completed' },
      result: {
        score: { scaled: replay.total / 100, raw: replay.total },
        success: replay.passed,
        completion: true,
      },
      context: { language: 'fr-FR' },
    });
    expect(JSON.stringify(xapi)).not.toContain(other.trainee.email);
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
