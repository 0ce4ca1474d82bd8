/** Assignments: set by a trainer to their group, seen by its trainees with their status, completion for staff. */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './db/database.ts';
import { attempt, backends, call, seedOrg, testApp, type Org } from './testing.ts';

const SCENARIO = 'urgence-douleur-thoracique';

describe.each(backends())('assignments on $name', (backend) => {
  let database: Database;
  let app: FastifyInstance;
  let org: Org;
  let other: Org;

  beforeAll(async () => {
    database = await backend.open();
    app = await testApp(database);
    org = await seedOrg(database.db, 'd');
    other = await seedOrg(database.db, 'e');
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  const assign = (
    who = org.trainer,
    payload: object = { groupId: org.groupA, scenarioId: SCENARIO, due: '2099-01-31' },
  ) => call(app, who, { method: 'POST', url: '/api/assignments', payload });

  it('lets a trainer assign to their group only, with a known scenario and a real date', async () => {
    expect((await assign()).statusCode).toBe(201);
    expect(
      (await assign(org.trainer, { groupId: org.groupB, scenarioId: SCENARIO, due: '2099-01-31' }))
        .statusCode,
    ).toBe(403);
    expect(
      (await assign(org.trainer, { groupId: other.groupA, scenarioId: SCENARIO, due: '2099-01-31' }))
        .statusCode,
    ).toBe(404);
    expect((await assign(org.trainee)).statusCode).toBe(403);
    const unknown = await assign(org.trainer, { groupId: org.groupA, scenarioId: 'nope', due: '2099-01-31' });
    expect(unknown.statusCode).toBe(422);
    const badDate = await assign(org.trainer, {
      groupId: org.groupA,
      scenarioId: SCENARIO,
      due: '31/01/2099',
    });
    expect(badDate.statusCode).toBe(400);
    expect(badDate.json().error).toMatch(/due/);
    // The manager assigns to any group of the organisation; a past due date.
    expect(
      (await assign(org.manager, { groupId: org.groupB, scenarioId: SCENARIO, due: '2020-01-01' }))
        .statusCode,
    ).toBe(201);
  });

  it('shows trainees their groups’ assignments with status, and staff the completion', async () => {
    const list = async (who: typeof org.trainee) =>
      (await call(app, who, { method: 'GET', url: '/api/assignments' })).json().assignments as {
        scenarioId: string;
        status?: string;
        done: boolean | number;
        trainees?: number;
        groupId: string;
      }[];
    expect((await list(org.trainee)).map((a) => a.status)).toEqual(['todo']);
    expect((await list(org.otherTrainee)).map((a) => a.status)).toEqual(['late']);
    expect(await list(other.trainee)).toEqual([]);
    expect(
      (await call(app, org.trainee, { method: 'POST', url: '/api/attempts', payload: attempt(1) }))
        .statusCode,
    ).toBe(201);
    expect((await list(org.trainee))[0]).toMatchObject({
      status: 'done',
      done: true,
      title: expect.any(String),
    });
    const forTrainer = await list(org.trainer);
    expect(forTrainer.map((a) => [a.groupId, a.done, a.trainees])).toEqual([[org.groupA, 1, 1]]);
    expect((await list(org.manager)).length).toBe(2);
  });

  it('lets staff remove an assignment of their groups only', async () => {
    const [theirs] = (await call(app, org.manager, { method: 'GET', url: '/api/assignments' }))
      .json()
      .assignments.filter((a: { groupId: string }) => a.groupId === org.groupB);
    expect(
      (await call(app, org.trainer, { method: 'DELETE', url: `/api/assignments/${theirs.id}` })).statusCode,
    ).toBe(403);
    expect(
      (await call(app, other.manager, { method: 'DELETE', url: `/api/assignments/${theirs.id}` })).statusCode,
    ).toBe(404);
    expect(
      (await call(app, org.manager, { method: 'DELETE', url: `/api/assignments/${theirs.id}` })).statusCode,
    ).toBe(204);
  });
});
