/**
 * The competency matrix at scale (issue 10): 500 trainees × 20 scenarios × 20 attempts (200,000
 * attempts, seeded in SQL with generate_series), then the aggregate query (median of 5) and the
 * whole GET /api/team/matrix route (median of 5), on PGlite and, when TEST_DATABASE_URL is set, on
 * PostgreSQL:
 *   npx tsx scripts/bench-matrix.ts                               (PGlite only)
 *   bash scripts/with-postgres.sh npx tsx scripts/bench-matrix.ts (PGlite and PostgreSQL)
 * BENCH_BACKEND=postgres (or pglite) keeps one; BENCH_TRAINEES=50 makes it smaller.
 * Then, with a build in dist/, the render in Chromium (tests/e2e/lib/bench-matrix-render.js).
 * Targets (DESIGN §12): query ≤ 200 ms, render ≤ 1 s. Timings on a shared machine are inflated:
 * the load average is printed beside them, and the CPU time this process spent.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadavg } from 'node:os';
import { sql } from 'kysely';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/server/app.ts';
import { openDatabase, type Database } from '../src/server/db/database.ts';
import { createSession } from '../src/server/repositories/sessions.ts';
import { backends, seedOrg, testApp, type Backend } from '../src/server/testing.ts';
import { CRITERIA } from '../src/scenarios/vocabulary.ts';

// BENCH_TEAM_MODULE: another version of the queries to compare (the route keeps the current one).
const { aggregateQueries, aggregates, datedQuery, preAggregatedQuery, readinessRows } = (await import(
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

/**
 * Median wall-clock milliseconds of RUNS runs, and the median CPU time this process spent: on
 * PGlite (in this process) the whole query's work, less inflated by other processes than the wall
 * clock; on PostgreSQL only the client's side.
 */
const cpuTimes: number[] = [];
async function timed(run: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const used = process.cpuUsage();
    await run();
    const spent = process.cpuUsage(used);
    times.push(performance.now() - start);
    cpu.push((spent.user + spent.system) / 1000);
  }
  cpuTimes.push(median(cpu));
  return median(times);
}
const ms = (wall: number) => `${wall.toFixed(0)} ms (CPU ${cpuTimes.at(-1)!.toFixed(0)})`;

const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');

const only = process.env.BENCH_BACKEND;
// BENCH_PGLITE_DIR: a PGlite folder kept between runs (seeded once), to try a query again quickly.
const keep = process.env.BENCH_PGLITE_DIR;
const chosen: Backend[] = keep
  ? [{ name: 'pglite', open: () => openDatabase({ dataDir: keep }) }]
  : backends().filter((b) => !only || b.name === only);
for (const backend of chosen) {
  const database = await backend.open();
  const app = await testApp(database);
  const db = database.db;
  const seededOrg = await sql<{ id: string }>`select org_id as id from users where id = 'bench-1'`.execute(
    db,
  );
  if (seededOrg.rows[0]) {
    await run(backend, database, app, seededOrg.rows[0].id, 0);
    continue;
  }
  const org = await seedOrg(db, 'bench');
  const scenarioIds = [...app.scenarios.keys()];
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
  // filled in one statement each, trainee_matrix trainee by trainee (as the backfills of
  // migrations 0005, 0007 and 0008 do).
  await sql`alter table attempts disable trigger attempt_scores_insert`.execute(db);
  await sql`alter table attempts disable trigger attempt_results_insert`.execute(db);
  await sql`alter table attempts disable trigger attempts_matrix`.execute(db);
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
  await sql`alter table attempts enable trigger attempts_matrix`.execute(db);
  // trainee_matrix as migration 0008's backfill fills it: one refresh per trainee.
  await sql`select refresh_trainee_matrix(u.id) from users u
    where exists (select 1 from attempt_results a where a.user_id = u.id)`.execute(db);
  await sql`vacuum analyze`.execute(db);
  await run(backend, database, app, org.id, performance.now() - seedStart);
}

async function run(
  backend: Backend,
  database: Database,
  app: FastifyInstance,
  orgId: string,
  seeded: number,
) {
  const db = database.db;
  const callerTypeOf = Object.fromEntries(
    [...app.scenarios.values()].map((b) => [b.scenario.id, b.scenario.callerType]),
  );
  const manager = await sql<{
    id: string;
  }>`select id from users where org_id = ${orgId} and role = 'manager'`.execute(db);
  const { token } = await createSession(db, manager.rows[0]!.id);
  const cookie = `decroche_session=${token}`;
  const count = await sql<{ n: number }>`select count(*)::int as n from attempts`.execute(db);

  const scope = { orgId };
  const month = { from: new Date(Date.now() - 30 * 24 * 3600 * 1000) };
  const query = ms(await timed(() => aggregates(db, scope, {}, callerTypeOf)));
  const queryPeriod = ms(await timed(() => aggregates(db, scope, month, callerTypeOf)));
  // A past month: every trainee has attempts after it, all read live.
  const past = {
    from: new Date(Date.now() - 60 * 24 * 3600 * 1000),
    to: new Date(Date.now() - 30 * 24 * 3600 * 1000),
  };
  const queryPast = ms(await timed(() => aggregates(db, scope, past, callerTypeOf)));
  const readiness = ms(
    await timed(() =>
      readinessRows(db, scope, new Date(Date.now() - 30 * 24 * 3600 * 1000), 10, callerTypeOf),
    ),
  );
  let trainees = 0;
  const routeWall = await timed(async () => {
    const response = await app.inject({ method: 'GET', url: '/api/team/matrix', headers: { cookie } });
    if (response.statusCode !== 200) throw new Error(response.body);
    trainees = (response.json() as { trainees: unknown[] }).trainees.length;
  });
  const route = ms(routeWall);
  // All time: trainee_matrix's rows; a period to today: their dated entries; a past period: the
  // three live queries (here over the past month).
  const parts = {
    trainee_matrix: preAggregatedQuery(scope),
    dated: datedQuery(scope, month),
    ...aggregateQueries(scope, past, callerTypeOf),
  };
  const each: string[] = [];
  for (const [name, query] of Object.entries(parts)) {
    each.push(`${name} ${ms(await timed(() => query.execute(db)))}`);
    if (process.env.BENCH_EXPLAIN) {
      const plan = await sql<{ 'QUERY PLAN': string }>`explain (analyze, buffers) ${query}`.execute(db);
      console.log(`-- ${backend.name} ${name}\n${plan.rows.map((r) => r['QUERY PLAN']).join('\n')}`);
    }
  }
  console.log(
    `${backend.name}: ${count.rows[0]!.n} attempts${seeded ? ` seeded in ${(seeded / 1000).toFixed(1)} s` : ''}; ` +
      `aggregates ${query} (last 30 days ${queryPeriod}; the month before, live ${queryPast}), ` +
      `readiness ${readiness}, GET /api/team/matrix ${route} ` +
      `(${trainees} trainees) — medians of ${RUNS}, load average ${load()}\n` +
      `  one by one: ${each.join(', ')} (dated: the last 30 days' rows; the last three: the month before's live queries)`,
  );
  // The render in Chromium (the built app: `npm run build` first), the PGlite run only unless
  // BENCH_RENDER=all; BENCH_RENDER=0 skips it.
  let render = '';
  const wanted = process.env.BENCH_RENDER ?? 'pglite';
  if (wanted !== '0' && (wanted === 'all' || wanted === backend.name) && existsSync('dist/index.html')) {
    const served = await buildApp({ database, distDir: resolve('dist') });
    const address = await served.listen({ host: '127.0.0.1', port: 0 });
    const who = await sql<{ email: string; name: string }>`select email, name from users
      where org_id = ${orgId} and role = 'manager'`.execute(db);
    try {
      const { measureMatrixRender } = await import('../tests/e2e/lib/bench-matrix-render.js');
      const r = await measureMatrixRender(`${address}/`, { ...who.rows[0]!, trainees });
      render =
        `\n  render in Chromium, « Équipe » → the first 50 rows on screen (fetch included): ` +
        `first ${r.first} ms, then median of 3 ${r.median} ms; « Afficher les ${trainees} » → ` +
        `every row in the table (those near the screen in the page): first visit ` +
        `${Number.isFinite(r.all) ? `${r.all} ms` : 'over 120 s'}, ` +
        `after 3 more visits ${Number.isFinite(r.allAgain) ? `${r.allAgain} ms` : 'over 120 s'}; ` +
        `then scrolled to the end → the last row ${Number.isFinite(r.end) ? `${r.end} ms` : 'over 120 s'}`;
    } finally {
      await served.close();
    }
  }
  if (render) console.log(render.slice(1));
  else if (wanted === 'all' || wanted === backend.name)
    console.log('  render: not measured (no dist/: npm run build)');
  if (process.env.BENCH_HOLD) await new Promise((r) => setTimeout(r, Number(process.env.BENCH_HOLD) * 1000));
  await app.close();
  await database.close();
}
