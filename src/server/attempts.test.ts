/** Attempts sent to the server: checked, re-scored by replay, stored once, append-only. */
import { sql } from 'kysely';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './db/database.ts';
import { attempt, backends, call, replayOf, seedOrg, testApp, type Org } from './testing.ts';

describe.each(backends())('attempts on $name', (backend) => {
  let database: Database;
  let app: FastifyInstance;
  let org: Org;

  beforeAll(async () => {
    database = await backend.open();
    app = await testApp(database);
    org = await seedOrg(database.db, 'a');
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('stores an exported attempt once: 201, then 200 for the same id, nothing doubled', async () => {
    const body = attempt(0);
    const first = await call(app, org.trainee, { method: 'POST', url: '/api/attempts', payload: body });
    expect(first.statusCode).toBe(201);
    const replay = await replayOf(0);
    expect(first.json()).toMatchObject({
      id: body.id,
      total: replay.total,
      passed: replay.passed,
      replayMatches: replay.matches,
    });
    const again = await call(app, org.trainee, { method: 'POST', url: '/api/attempts', payload: body });
    expect(again.statusCode).toBe(200);
    const list = await call(app, org.trainee, { method: 'GET', url: '/api/attempts' });
    expect(list.json().attempts.filter((a: { id: string }) => a.id === body.id)).toHaveLength(1);
  });

  it('shows the server’s score in the team matrix, not the one the client claims', async () => {
    const body = attempt(1);
    const claimed = body.scorecard as { criteria: Record<string, { score: number } | null> };
    for (const c of Object.values(claimed.criteria)) if (c) c.score = 3;
    const reply = await call(app, org.otherTrainee, { method: 'POST', url: '/api/attempts', payload: body });
    expect(reply.statusCode).toBe(201);
    const stored = await call(app, org.otherTrainee, { method: 'GET', url: `/api/attempts/${body.id}` });
    const scored = stored.json().scorecard.criteria as Record<string, { score: number | null } | null>;
    const expected = Object.fromEntries(
      Object.entries(scored)
        .filter(([, c]) => c && typeof c.score === 'number')
        .map(([k, c]) => [k, { level: c!.score, n: 1 }]),
    );
    expect(Object.values(expected).some((l) => l.level !== 3)).toBe(true);
    const matrix = await call(app, org.manager, { method: 'GET', url: '/api/team/matrix' });
    const paul = matrix.json().trainees.find((t: { id: string }) => t.id === org.otherTrainee.id);
    expect(paul.criteria).toEqual(expected);
  });

  it('scores by replaying the log, whatever score the client claims', async () => {
    const body = attempt(1);
    (body.scorecard as { total: number }).total = 0;
    const reply = await call(app, org.trainee, { method: 'POST', url: '/api/attempts', payload: body });
    expect(reply.statusCode).toBe(201);
    const replay = await replayOf(1);
    expect(replay.total).toBeGreaterThan(0);
    expect(reply.json().total).toBe(replay.total);
    const stored = await call(app, org.trainee, { method: 'GET', url: `/api/attempts/${body.id}` });
    expect(stored.json().scorecard.total).toBe(replay.total);
  });

  it('replays what the trainee did, not what the log claims the caller answered', async () => {
    const body = attempt(2);
    const log = body.log as { type: string }[];
    // The trainee's inputs kept, the caller's side forged (no stress, a made-up outcome).
    const forged = log
      .filter((e) => e.type !== 'stress')
      .map((e) => (e.type === 'outcome' ? { ...e, id: 'autre-issue', verdict: 'wrong' } : e));
    const reply = await call(app, org.trainee, {
      method: 'POST',
      url: '/api/attempts',
      payload: { ...body, log: forged },
    });
    expect(reply.statusCode).toBe(201);
    const replay = await replayOf(2);
    expect(reply.json()).toMatchObject({ total: replay.total, replayMatches: false });
    const stored = await call(app, org.trainee, { method: 'GET', url: `/api/attempts/${body.id}` });
    expect(stored.json().outcome).toMatchObject({ id: replay.outcome });
    expect(replay.outcome).not.toBe('autre-issue');
  });

  it('refuses bad attempts with a clear French message', async () => {
    const post = (payload: unknown, headers = {}) =>
      call(app, org.trainee, { method: 'POST', url: '/api/attempts', payload: payload as object, headers });
    const unknown = await post({ ...attempt(0), scenarioId: 'pas-un-scenario' });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().error).toMatch(/Scénario inconnu/);
    const malformed = await post({ ...attempt(0), log: [{ t: -1, type: 'ring' }] });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error).toMatch(/^Requête invalide : log\.0/);
    const huge = await post({ ...attempt(0), appVersion: 'x'.repeat(300_000) });
    expect(huge.statusCode).toBe(413);
    const notJson = await call(app, org.trainee, {
      method: 'POST',
      url: '/api/attempts',
      payload: 'id=1',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(notJson.statusCode).toBe(415);
    const broken = await call(app, org.trainee, {
      method: 'POST',
      url: '/api/attempts',
      payload: '{"id": ',
      headers: { 'content-type': 'application/json' },
    });
    expect(broken.statusCode).toBe(400);
    expect(broken.json()).toEqual({ error: 'JSON invalide.' });
  });

  it('does not let another account claim an attempt id already stored', async () => {
    const body = attempt(3);
    expect(
      (await call(app, org.trainee, { method: 'POST', url: '/api/attempts', payload: body })).statusCode,
    ).toBe(201);
    const theft = await call(app, org.otherTrainee, { method: 'POST', url: '/api/attempts', payload: body });
    expect(theft.statusCode).toBe(409);
  });

  it('keeps stored attempts append-only, in the database itself', async () => {
    const body = attempt(4);
    await call(app, org.trainee, { method: 'POST', url: '/api/attempts', payload: body });
    await expect(
      sql`update attempts set total = 0 where id = ${body.id}`.execute(database.db),
    ).rejects.toThrow(/append-only/);
  });

  it('stores concurrent sends of one attempt once', async () => {
    const body = attempt(0);
    const replies = await Promise.all(
      Array.from({ length: 8 }, () =>
        call(app, org.trainee, { method: 'POST', url: '/api/attempts', payload: body }),
      ),
    );
    expect(replies.map((r) => r.statusCode).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 201]);
  });
});
