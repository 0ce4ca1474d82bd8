/** The Équipe API: the competency matrix's figures, its filters, the readiness rule, the drill-down, by role. */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './db/database.ts';
import { insertAttempt } from './repositories/attempts.ts';
import { aggregates, readinessRows } from './repositories/team.ts';
import { backends, call, seedOrg, testApp, type Org } from './testing.ts';

const DAY = 24 * 3600 * 1000;

interface Synthetic {
  userId: string;
  orgId: string;
  /** A built-in scenario: urgence-douleur-thoracique is « urgent », fievre-enfant-fin-de-journee « anxious ». */
  scenarioId: string;
  daysAgo: number;
  total: number;
  empathy: number | null;
  critical?: boolean;
}

/** A stored attempt with a made-up scorecard (the matrix reads only the stored figures). */
export async function store(db: Database['db'], a: Synthetic): Promise<string> {
  const id = crypto.randomUUID();
  const started = new Date(Date.now() - a.daysAgo * DAY);
  const criteria = {
    greeting: { score: 100 },
    empathy: a.empathy === null ? null : { score: a.empathy },
  };
  await insertAttempt(db, {
    id,
    user_id: a.userId,
    org_id: a.orgId,
    scenario_id: a.scenarioId,
    scenario_version: 1,
    started_at: started,
    ended_at: new Date(started.getTime() + 60_000),
    log: '[]',
    scorecard: JSON.stringify({
      total: a.total,
      passed: a.total >= 70 && !a.critical,
      criteria,
      critical: a.critical ? [{ id: 'red-flag', rule: 'x', evidence: [] }] : [],
    }),
    total: a.total,
    passed: a.total >= 70 && !a.critical,
    outcome_id: 'x',
    verdict: 'correct',
    replay_matches: true,
    app_version: null,
  });
  return id;
}

interface MatrixRow {
  id: string;
  name: string;
  attempts: number;
  trend: number[];
  criteria: Record<string, { level: number; n: number }>;
  callerTypes: Record<string, { level: number; n: number }>;
  readiness: { ready: boolean; missing: { kind: string }[] };
}

describe.each(backends())('the team matrix on $name', (backend) => {
  let database: Database;
  let app: FastifyInstance;
  let org: Org;
  let other: Org;
  const ids: string[] = [];
  const paulIds: string[] = [];

  beforeAll(async () => {
    database = await backend.open();
    app = await testApp(database);
    org = await seedOrg(database.db, 'm');
    other = await seedOrg(database.db, 'o');
    const db = database.db;
    // Inès (group A): 7 urgent calls, the oldest two poor; the five latest with empathy 60..100.
    const empathy = [10, 10, 60, 70, 80, 90, 100];
    for (let i = 0; i < 7; i++)
      ids.push(
        await store(db, {
          userId: org.trainee.id,
          orgId: org.id,
          scenarioId: 'urgence-douleur-thoracique',
          daysAgo: 20 - i,
          total: 50 + i * 5,
          empathy: empathy[i]!,
        }),
      );
    // One anxious call without empathy scored, 40 days ago, with a critical failure.
    await store(db, {
      userId: org.trainee.id,
      orgId: org.id,
      scenarioId: 'fievre-enfant-fin-de-journee',
      daysAgo: 40,
      total: 30,
      empathy: null,
      critical: true,
    });
    // Paul (group B): two anxious calls.
    for (const daysAgo of [3, 2])
      paulIds.push(
        await store(db, {
          userId: org.otherTrainee.id,
          orgId: org.id,
          scenarioId: 'fievre-enfant-fin-de-journee',
          daysAgo,
          total: 90,
          empathy: 90,
        }),
      );
    await store(db, {
      userId: other.trainee.id,
      orgId: other.id,
      scenarioId: 'fievre-enfant-fin-de-journee',
      daysAgo: 1,
      total: 10,
      empathy: 10,
    });
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  const matrix = async (who = org.manager, query = '') => {
    const reply = await call(app, who, { method: 'GET', url: `/api/team/matrix${query}` });
    expect(reply.statusCode).toBe(200);
    return reply.json() as { trainees: MatrixRow[]; callerTypes: string[] };
  };

  it('gives the manager every trainee of the organisation with the mean of their last five', async () => {
    const { trainees, callerTypes } = await matrix();
    expect(trainees.map((t) => t.id).sort()).toEqual([org.trainee.id, org.otherTrainee.id].sort());
    const ines = trainees.find((t) => t.id === org.trainee.id)!;
    expect(ines.attempts).toBe(8);
    // The five latest that scored empathy: 60, 70, 80, 90, 100 (the two 10s are older).
    expect(ines.criteria.empathy).toEqual({ level: 80, n: 5 });
    expect(ines.criteria.greeting).toEqual({ level: 100, n: 5 });
    // Urgent: totals 60..80 of the five latest; anxious: the one old call.
    expect(ines.callerTypes.urgent).toEqual({ level: 70, n: 5 });
    expect(ines.callerTypes.anxious).toEqual({ level: 30, n: 1 });
    expect(ines.trend).toEqual([30, 50, 55, 60, 65, 70, 75, 80]);
    expect(callerTypes).toContain('urgent');
  });

  it('says who is ready by the organisation’s rule, and the manager can change the rule', async () => {
    const rule = {
      coreCallerTypes: ['urgent'],
      minPasses: 2,
      windowDays: 30,
      noCriticalInLast: 10,
      minCriterion: 70,
    };
    expect(
      (await call(app, org.trainer, { method: 'PUT', url: '/api/team/readiness', payload: rule })).statusCode,
    ).toBe(403);
    const bad = await call(app, org.manager, {
      method: 'PUT',
      url: '/api/team/readiness',
      payload: { ...rule, minCriterion: 300 },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatch(/^Requête invalide : minCriterion/);
    const put = await call(app, org.manager, { method: 'PUT', url: '/api/team/readiness', payload: rule });
    expect(put.statusCode).toBe(200);
    // Inès: urgent passed 2+ times in 30 days, her critical failure is among her last 10: not ready.
    let ines = (await matrix()).trainees.find((t) => t.id === org.trainee.id)!;
    expect(ines.readiness.ready).toBe(false);
    expect(ines.readiness.missing.map((m) => m.kind)).toEqual(['critical']);
    await call(app, org.manager, {
      method: 'PUT',
      url: '/api/team/readiness',
      payload: { ...rule, noCriticalInLast: 5 },
    });
    ines = (await matrix()).trainees.find((t) => t.id === org.trainee.id)!;
    expect(ines.readiness).toEqual({ ready: true, missing: [] });
    // Paul never had an urgent call.
    const paul = (await matrix()).trainees.find((t) => t.id === org.otherTrainee.id)!;
    expect(paul.readiness.missing).toEqual([
      { kind: 'callerType', callerType: 'urgent', passes: 0, need: 2 },
    ]);
    // Another organisation keeps the default rule.
    const theirs = await call(app, other.manager, { method: 'GET', url: '/api/team/readiness' });
    expect(theirs.json().rule.coreCallerTypes).toHaveLength(5);
  });

  it('filters by period and by group', async () => {
    const { trainees } = await matrix(
      org.manager,
      `?from=${new Date(Date.now() - 30 * DAY).toISOString().slice(0, 10)}`,
    );
    const ines = trainees.find((t) => t.id === org.trainee.id)!;
    expect(ines.attempts).toBe(7);
    expect(ines.callerTypes.anxious).toBeUndefined();
    const groupB = await matrix(org.manager, `?group=${org.groupB}`);
    expect(groupB.trainees.map((t) => t.id)).toEqual([org.otherTrainee.id]);
    const bad = await call(app, org.manager, { method: 'GET', url: '/api/team/matrix?from=hier' });
    expect(bad.statusCode).toBe(400);
  });

  it('shows a trainer their groups only, and refuses trainees', async () => {
    const { trainees } = await matrix(org.trainer);
    expect(trainees.map((t) => t.id)).toEqual([org.trainee.id]);
    for (const url of [`/api/team/matrix?group=${org.groupB}`, `/api/team/matrix?group=${other.groupA}`])
      expect((await call(app, org.trainer, { method: 'GET', url })).statusCode).toBe(403);
    // A manager naming another organisation's group sees nobody.
    expect((await matrix(org.manager, `?group=${other.groupA}`)).trainees).toEqual([]);
    for (const url of [
      '/api/team/matrix',
      '/api/team/readiness',
      `/api/team/cell?user=${org.trainee.id}&criterion=empathy`,
    ])
      expect((await call(app, org.trainee, { method: 'GET', url })).statusCode).toBe(403);
    expect((await call(app, null, { method: 'GET', url: '/api/team/matrix' })).statusCode).toBe(401);
  });

  it('drills from a cell to the attempts behind it, within the caller’s scope', async () => {
    const reply = await call(app, org.manager, {
      method: 'GET',
      url: `/api/team/cell?user=${org.trainee.id}&criterion=empathy`,
    });
    expect(reply.statusCode).toBe(200);
    const body = reply.json() as { attempts: { id: string; score: number }[] };
    expect(body.attempts.map((a) => a.score)).toEqual([100, 90, 80, 70, 60]);
    expect(body.attempts.map((a) => a.id)).toEqual(ids.slice(2).reverse());
    const urgent = await call(app, org.trainer, {
      method: 'GET',
      url: `/api/team/cell?user=${org.trainee.id}&callerType=anxious`,
    });
    expect(urgent.json().attempts).toHaveLength(1);
    for (const user of [org.otherTrainee.id, other.trainee.id])
      expect(
        (
          await call(app, org.trainer, {
            method: 'GET',
            url: `/api/team/cell?user=${user}&criterion=empathy`,
          })
        ).statusCode,
      ).toBe(404);
    const neither = await call(app, org.manager, {
      method: 'GET',
      url: `/api/team/cell?user=${org.trainee.id}`,
    });
    expect(neither.statusCode).toBe(400);
  });

  it('reads the reviewed figures: a criterion override, the total recalculated, a verdict override', async () => {
    const rule = {
      coreCallerTypes: ['anxious'],
      minPasses: 2,
      windowDays: 30,
      noCriticalInLast: 0,
      minCriterion: 0,
    };
    await call(app, org.manager, { method: 'PUT', url: '/api/team/readiness', payload: rule });
    const paul = async () => (await matrix()).trainees.find((t) => t.id === org.otherTrainee.id)!;
    const before = await paul();
    expect(before.readiness.ready).toBe(true);
    expect(before.callerTypes.anxious).toEqual({ level: 90, n: 2 });
    // His latest call: empathy 90 → 0 (the total recalculated over greeting 100 and empathy 0: 50).
    const latest = paulIds[1]!;
    const overridden = await call(app, org.manager, {
      method: 'POST',
      url: `/api/attempts/${latest}/overrides`,
      payload: { criterion: 'empathy', score: 0, reason: 'Aucune prise en compte de l’inquiétude.' },
    });
    expect(overridden.json().final).toMatchObject({ total: 50, passed: false });
    let after = await paul();
    expect(after.criteria.empathy).toEqual({ level: 45, n: 2 });
    expect(after.callerTypes.anxious).toEqual({ level: 70, n: 2 });
    expect(after.trend).toEqual([90, 50]);
    expect(after.readiness.missing).toEqual([
      { kind: 'callerType', callerType: 'anxious', passes: 1, need: 2 },
    ]);
    const cell = await call(app, org.manager, {
      method: 'GET',
      url: `/api/team/cell?user=${org.otherTrainee.id}&callerType=anxious`,
    });
    expect(cell.json().attempts[0]).toMatchObject({ id: latest, total: 50, passed: false, score: 50 });
    // A verdict override wins over the recalculated one, total unchanged.
    await call(app, org.manager, {
      method: 'POST',
      url: `/api/attempts/${latest}/verdict`,
      payload: { passed: true, reason: 'Appel acceptable à la réécoute.' },
    });
    after = await paul();
    expect(after.readiness).toEqual({ ready: true, missing: [] });
    expect(after.trend).toEqual([90, 50]);
  });

  it('reads the all-time matrix from trainee_matrix with the figures the live queries compute', async () => {
    const db = database.db;
    // An older call synced late (stored after newer ones), with a critical failure.
    await store(db, {
      userId: org.trainee.id,
      orgId: org.id,
      scenarioId: 'fievre-enfant-fin-de-journee',
      daysAgo: 60,
      total: 20,
      empathy: 5,
      critical: true,
    });
    const callerTypeOf = Object.fromEntries(
      [...app.scenarios.values()].map((b) => [b.scenario.id, b.scenario.callerType]),
    );
    const scope = { orgId: org.id };
    const stored = await aggregates(db, scope, {}, callerTypeOf);
    // A period from 1970 reads attempt_scores and attempt_results live.
    const live = await aggregates(db, scope, { from: new Date(0) }, callerTypeOf);
    expect(stored.size).toBe(2);
    expect(stored).toEqual(live);
    expect(stored.get(org.trainee.id)!.attempts).toBe(9);
    const since = new Date(Date.now() - 90 * DAY);
    for (const last of [0, 1, 8, 9, 100]) {
      const facts = await readinessRows(db, scope, since, last, callerTypeOf);
      // The live count: critical failures among the latest `last` calls (newest first: 40 and 60 days ago are the two oldest).
      expect(facts.critical.get(org.trainee.id) ?? 0).toBe(last >= 9 ? 2 : last >= 8 ? 1 : 0);
    }
  });
});
