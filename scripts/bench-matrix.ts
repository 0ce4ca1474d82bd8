/**
 * The competency matrix at scale (issue 10): 500 trainees × 20 scenarios × 20 attempts (200,000
 * attempts, seeded in SQL with generate_series), then the aggregate query (median of 5) and the
 * whole GET /api/team/matrix route (median of 5), on PGlite and, when TEST_DATABASE_URL is set, on
 * PostgreSQL:
 *   npx tsx scripts/bench-matrix.ts                               (PGlite only)
 *   bash scripts/with-postgres.sh npx tsx scripts/bench-matrix.ts (PGlite and PostgreSQL)
 * BENCH_BACKEND=postgres (or pglite) keeps one; BENCH_TRAINEES=50 makes it smaller.
 * Targets: query ≤ 200 ms, route ≤ 1 s. Timings on a shared machine are inflated: the load
 * average is printed beside them.
 */
import { loadavg } from 'node:os';
import { sql } from 'kysely';
import { backends, call, seedOrg, testApp } from '../src/server/testing.ts';
import { CRITERIA } from '../src/scenarios/vocabulary.ts';

// BENCH_TEAM_MODULE: another version of the queries to compare (the route keeps the current one).
const { aggregates, readinessRows } = (await import(
  process.env.BENCH_TEAM_MODULE ?? '../src/server/repositories/team.ts'
)) as typeof import('../src/server/repositories/team.ts');
const TRAINEES = Number(process.env.BENCH_TRAINEES ?? 500);
const SCENARIOS = 20;
const PER_SCENARIO = 20;
const RUNS = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function timed(run: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return median(times);
}

const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');

const only = process.env.BENCH_BACKEND;
for (const backend of backends().filter((b) => !only || b.name === only)) {
  const database = await backend.open();
  const app = await testApp(database);
  const db = database.db;
  const org = await seedOrg(db, 'bench');
  const scenarioIds = [...app.scenarios.keys()];
  const callerTypeOf = Object.fromEntries(
    [...app.scenarios.values()].map((b) => [b.scenario.id, b.scenario.callerType]),
  );
  const seedStart = performance.now();
  await sql`insert into users (id, org_id, email, name, role)
    select 'bench-' || g, ${org.id}, 'bench-' || g || '@example.org', 'Apprenant ' || lpad(g::text, 3, '0'), 'trainee'
    from generate_series(1, ${TRAINEES}) g`.execute(db);
  await sql`insert into memberships (user_id, group_id)
    select 'bench-' || g, case when g % 2 = 0 then ${org.groupA} else ${org.groupB} end
    from generate_series(1, ${TRAINEES}) g`.execute(db);
  const criteria = sql.join(
    CRITERIA.map((c, k) => sql`${c}::text, jsonb_build_object('score', (n * ${7 + k} + u) % 101)`),
  );
  // Set-based: the per-row triggers are off while seeding, attempt_scores and attempt_results are
  // filled in one statement each (as the backfills of migrations 0005 and 0007 do).
  await sql`alter table attempts disable trigger attempt_scores_insert`.execute(db);
  await sql`alter table attempts disable trigger attempt_results_insert`.execute(db);
  // n: the attempt's number for its trainee (0..399), u: the trainee; one attempt a day or so.
  await sql`insert into attempts (id, user_id, org_id, scenario_id, scenario_version, started_at,
      ended_at, log, scorecard, total, passed, outcome_id, verdict, replay_matches)
    select 'a-' || u || '-' || n, 'bench-' || u, ${org.id},
      (${sql.val(scenarioIds)}::text[])[1 + (n % ${SCENARIOS}) % ${scenarioIds.length}], 1,
      now() - ((${SCENARIOS * PER_SCENARIO} - n) * interval '6 hours'),
      now() - ((${SCENARIOS * PER_SCENARIO} - n) * interval '6 hours') + interval '3 minutes',
      '[]'::jsonb,
      jsonb_build_object('total', (n * 13 + u) % 101, 'passed', (n * 13 + u) % 101 >= 70,
        'criteria', jsonb_build_object(${criteria}),
        'critical', case when (n + u) % 37 = 0 then '[{"id":"red-flag"}]'::jsonb else '[]'::jsonb end),
      (n * 13 + u) % 101, (n * 13 + u) % 101 >= 70 and (n + u) % 37 <> 0, 'x', 'correct', true
    from generate_series(1, ${TRAINEES}) u, generate_series(0, ${SCENARIOS * PER_SCENARIO - 1}) n`.execute(
    db,
  );
  await sql`insert into attempt_scores (attempt_id, user_id, org_id, key, score, started_at, seq)
    select a.id, a.user_id, a.org_id, e.key, (e.value->>'score')::float8, a.started_at, a.seq
    from attempts a cross join lateral jsonb_each(a.scorecard->'criteria') e`.execute(db);
  await sql`insert into attempt_results (attempt_id, user_id, scenario_id, started_at, seq, total, passed)
    select id, user_id, scenario_id, started_at, seq, total, passed from attempts`.execute(db);
  await sql`alter table attempts enable trigger attempt_scores_insert`.execute(db);
  await sql`alter table attempts enable trigger attempt_results_insert`.execute(db);
  await sql`vacuum analyze`.execute(db);
  const seeded = performance.now() - seedStart;
  const count = await sql<{ n: number }>`select count(*)::int as n from attempts`.execute(db);

  const scope = { orgId: org.id };
  const month = { from: new Date(Date.now() - 30 * 24 * 3600 * 1000) };
  const query = await timed(() => aggregates(db, scope, {}, callerTypeOf));
  const queryPeriod = await timed(() => aggregates(db, scope, month, callerTypeOf));
  const readiness = await timed(() =>
    readinessRows(db, scope, new Date(Date.now() - 30 * 24 * 3600 * 1000), 10, callerTypeOf),
  );
  let trainees = 0;
  const route = await timed(async () => {
    const response = await call(app, org.manager, { method: 'GET', url: '/api/team/matrix' });
    if (response.statusCode !== 200) throw new Error(response.body);
    trainees = (response.json() as { trainees: unknown[] }).trainees.length;
  });
  console.log(
    `${backend.name}: ${count.rows[0]!.n} attempts seeded in ${(seeded / 1000).toFixed(1)} s; ` +
      `aggregates ${query.toFixed(0)} ms (last 30 days ${queryPeriod.toFixed(0)} ms), ` +
      `readiness ${readiness.toFixed(0)} ms, GET /api/team/matrix ${route.toFixed(0)} ms ` +
      `(${trainees} trainees) — medians of ${RUNS}, load average ${load()}`,
  );
  if (process.env.BENCH_HOLD) await new Promise((r) => setTimeout(r, Number(process.env.BENCH_HOLD) * 1000));
  await app.close();
  await database.close();
}
