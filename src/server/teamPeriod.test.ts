/**
 * The matrix over a period (issue 10): whichever way the server reads it — trainee_matrix's dated
 * entries for a trainee with no attempt after the period, the live queries for the others — its
 * figures are those computed straightforwardly from every stored (reviewed) attempt in the period.
 */
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './db/database.ts';
import { aggregates, RECENT, TREND, type Period, type TraineeAggregate } from './repositories/team.ts';
import { backends, seedOrg, testApp, type Org } from './testing.ts';
import { CRITERIA } from '../scenarios/vocabulary.ts';
import { insertAttempt } from './repositories/attempts.ts';

const DAY = 24 * 3600 * 1000;

interface Result {
  user_id: string;
  scenario_id: string;
  started_at: Date;
  seq: number;
  total: number;
}
interface Score {
  user_id: string;
  key: string;
  score: number;
  started_at: Date;
  seq: number;
}

const newestFirst = (a: { started_at: Date; seq: number }, b: { started_at: Date; seq: number }) =>
  b.started_at.getTime() - a.started_at.getTime() || b.seq - a.seq;
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
const round = (n: number) => Math.round(n * 1e6) / 1e6;

/** The period's figures from every row, as the matrix defines them. */
function straightforward(
  results: Result[],
  scores: Score[],
  period: Period,
  callerTypeOf: Record<string, string>,
): Map<string, TraineeAggregate> {
  const inPeriod = (r: { started_at: Date }) =>
    (!period.from || r.started_at >= period.from) && (!period.to || r.started_at < period.to);
  const expected = new Map<string, TraineeAggregate>();
  for (const user of new Set(results.map((r) => r.user_id))) {
    const mine = results.filter((r) => r.user_id === user && inPeriod(r)).sort(newestFirst);
    if (!mine.length) continue;
    const criteria: TraineeAggregate['criteria'] = {};
    for (const key of CRITERIA) {
      const latest = scores
        .filter((s) => s.user_id === user && s.key === key && inPeriod(s))
        .sort(newestFirst)
        .slice(0, RECENT);
      if (latest.length) criteria[key] = { level: mean(latest.map((s) => s.score)), n: latest.length };
    }
    const callerTypes: TraineeAggregate['callerTypes'] = {};
    for (const type of new Set(Object.values(callerTypeOf))) {
      const latest = mine.filter((r) => callerTypeOf[r.scenario_id] === type).slice(0, RECENT);
      if (latest.length) callerTypes[type] = { level: mean(latest.map((r) => r.total)), n: latest.length };
    }
    expected.set(user, {
      attempts: mine.length,
      lastAt: mine[0]!.started_at.toISOString(),
      trend: mine
        .slice(0, TREND)
        .reverse()
        .map((r) => r.total),
      criteria,
      callerTypes,
    });
  }
  return expected;
}

function rounded(map: Map<string, TraineeAggregate>) {
  const levels = (cells: Record<string, { level: number; n: number }>) =>
    Object.fromEntries(Object.entries(cells).map(([k, c]) => [k, { level: round(c.level), n: c.n }]));
  return new Map(
    [...map].map(([id, a]) => [
      id,
      { ...a, criteria: levels(a.criteria), callerTypes: levels(a.callerTypes) },
    ]),
  );
}

describe.each(backends())('the matrix over a period on $name', (backend) => {
  let database: Database;
  let app: FastifyInstance;
  let org: Org;
  let callerTypeOf: Record<string, string>;

  beforeAll(async () => {
    database = await backend.open();
    app = await testApp(database);
    org = await seedOrg(database.db, 'p');
    callerTypeOf = Object.fromEntries(
      [...app.scenarios.values()].map((b) => [b.scenario.id, b.scenario.callerType]),
    );
    const scenarioIds = Object.keys(callerTypeOf).slice(0, 8);
    // Inès: 40 calls over 100 days; Paul: 30 between 100 and 50 days ago; in a made-up but fixed
    // order (some stored after newer ones), empathy and accuracy sometimes unscored.
    let seed = 7;
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (const [userId, count, oldest, newest] of [
      [org.trainee.id, 40, 100, 0],
      [org.otherTrainee.id, 30, 100, 50],
    ] as const)
      for (let i = 0; i < count; i++) {
        const started = new Date(Date.now() - (newest + next((oldest - newest) * 10) / 10) * DAY);
        const total = next(101);
        const criteria = {
          greeting: { score: next(101) },
          empathy: next(4) === 0 ? null : { score: next(101) },
          accuracy: next(3) === 0 ? null : { score: next(101) },
        };
        await insertAttempt(database.db, {
          id: crypto.randomUUID(),
          user_id: userId,
          org_id: org.id,
          scenario_id: scenarioIds[next(scenarioIds.length)]!,
          scenario_version: 1,
          started_at: started,
          ended_at: new Date(started.getTime() + 60_000),
          log: '[]',
          scorecard: JSON.stringify({ total, passed: total >= 70, criteria, critical: [] }),
          total,
          passed: total >= 70,
          outcome_id: 'x',
          verdict: 'correct',
          replay_matches: true,
          app_version: null,
        });
      }
  }, 120_000);

  afterAll(async () => {
    await app.close();
    await database.close();
  });

  it('gives every trainee’s figures of a period as computed from every attempt in it', async () => {
    const db = database.db;
    const results = (
      await sql<Result>`select user_id, scenario_id, started_at, seq, total from attempt_results`.execute(db)
    ).rows.map((r) => ({ ...r, started_at: new Date(r.started_at) }));
    const scores = (
      await sql<Score>`select user_id, key, score, started_at, seq from attempt_scores`.execute(db)
    ).rows.map((r) => ({ ...r, started_at: new Date(r.started_at) }));
    const ago = (days: number) => new Date(Date.now() - days * DAY);
    const periods: Period[] = [
      { from: ago(30) }, // to today: every trainee from trainee_matrix's entries
      { from: ago(60), to: ago(20) }, // Paul from the entries, Inès live
      { to: ago(10) },
      { from: ago(5), to: ago(4) },
      { from: ago(1000), to: ago(-1) },
      { from: ago(0.5) },
    ];
    for (const period of periods) {
      const expected = straightforward(results, scores, period, callerTypeOf);
      const actual = await aggregates(db, { orgId: org.id }, period, callerTypeOf);
      expect(rounded(actual), JSON.stringify(period)).toEqual(rounded(expected));
    }
    // The periods above do reach both ways of reading.
    expect(straightforward(results, scores, periods[0]!, callerTypeOf).size).toBe(1);
    expect(straightforward(results, scores, periods[1]!, callerTypeOf).size).toBe(2);
  });
});
