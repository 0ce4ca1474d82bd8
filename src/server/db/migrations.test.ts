/**
 * The migrations that derive tables from stored attempts fill them for attempts stored before
 * they ran: 0005 (attempt_scores, the criteria with a trainer's latest override), 0007
 * (attempt_results, the total recalculated and the verdict overridden) and 0008 (trainee_matrix,
 * the all-time matrix row of each trainee); the triggers keep them afterwards. On PGlite, and on
 * PostgreSQL under scripts/with-postgres.sh.
 */
import { Kysely, Migrator, PostgresDialect, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrationProvider } from './migrations.ts';
import { PGliteDialect } from './pgliteDialect.ts';
import type { Tables } from './tables.ts';
import { throwAwayPostgres } from '../testing.ts';

interface Raw {
  name: string;
  open(): Promise<{ db: Kysely<Tables>; close(): Promise<void> }>;
}

/** Empty databases, no migration run. */
function rawBackends(): Raw[] {
  const list: Raw[] = [
    {
      name: 'pglite',
      async open() {
        const { PGlite } = await import('@electric-sql/pglite');
        const db = new Kysely<Tables>({ dialect: new PGliteDialect(await PGlite.create('memory://')) });
        return { db, close: () => db.destroy() };
      },
    },
  ];
  const url = process.env.TEST_DATABASE_URL;
  if (url)
    list.push({
      name: 'postgres',
      async open() {
        const { default: pg } = await import('pg');
        const target = await throwAwayPostgres(url, 'm');
        const db = new Kysely<Tables>({
          dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: target.url, max: 2 }) }),
        });
        return {
          db,
          async close() {
            await db.destroy();
            await target.drop();
          },
        };
      },
    });
  return list;
}

describe.each(rawBackends())('migrations on $name', (backend) => {
  it('backfills attempt_scores (0005), attempt_results (0007) and trainee_matrix (0008) for attempts stored before them', async () => {
    const { db, close } = await backend.open();
    try {
      const migrator = new Migrator({ db, provider: migrationProvider });
      expect((await migrator.migrateTo('0004-calibration')).error).toBeUndefined();
      await sql`insert into organisations (id, name) values ('o1', 'Org')`.execute(db);
      await sql`insert into users (id, org_id, email, name, role) values ('u1', 'o1', 'i@example.org', 'Inès', 'trainee')`.execute(
        db,
      );
      const card = (empathy: number, total: number, passed: boolean) =>
        JSON.stringify({
          total,
          passed,
          passMark: 60,
          critical: [],
          criteria: {
            greeting: { score: 80, weight: 1 },
            empathy: { score: empathy, weight: 1 },
            closing: null,
          },
        });
      for (const [id, empathy, total, passed, day] of [
        ['a1', 70, 75, true, '2026-11-01'],
        ['a2', 90, 85, true, '2026-11-02'],
      ] as const)
        await sql`insert into attempts (id, user_id, org_id, scenario_id, scenario_version, started_at, log,
            scorecard, total, passed, replay_matches)
          values (${id}, 'u1', 'o1', 'urgence-douleur-thoracique', 1, ${day}::timestamptz, '[]'::jsonb,
            ${card(empathy, total, passed)}::jsonb, ${total}, ${passed}, true)`.execute(db);
      // a1: empathy overridden twice (the latest counts); a2: the verdict overridden.
      for (const [id, after] of [
        ['v1', 20],
        ['v2', 10],
      ] as const)
        await sql`insert into team_overrides (id, attempt_id, org_id, criterion, before, after, reason)
          values (${id}, 'a1', 'o1', 'empathy', 70, ${after}, 'Relu.')`.execute(db);
      await sql`insert into team_verdicts (id, attempt_id, org_id, before, after, reason)
        values ('w1', 'a2', 'o1', true, false, 'Relu.')`.execute(db);

      const { error, results } = await migrator.migrateToLatest();
      expect(error).toBeUndefined();
      expect(results!.map((r) => r.migrationName)).toEqual(
        expect.arrayContaining(['0005-attempt-scores', '0007-attempt-results', '0008-trainee-matrix']),
      );
      const scores = await sql<{ attempt_id: string; key: string; score: number }>`
        select attempt_id, key, score from attempt_scores order by attempt_id, key`.execute(db);
      expect(scores.rows).toEqual([
        { attempt_id: 'a1', key: 'empathy', score: 10 },
        { attempt_id: 'a1', key: 'greeting', score: 80 },
        { attempt_id: 'a2', key: 'empathy', score: 90 },
        { attempt_id: 'a2', key: 'greeting', score: 80 },
      ]);
      const results2 = await sql<{ attempt_id: string; total: number; passed: boolean }>`
        select attempt_id, total, passed from attempt_results order by attempt_id`.execute(db);
      // a1: (80 + 10) / 2 = 45, under the pass mark; a2: total kept, the verdict overridden.
      expect(results2.rows).toEqual([
        { attempt_id: 'a1', total: 45, passed: false },
        { attempt_id: 'a2', total: 85, passed: false },
      ]);
      // From then on, the triggers keep both for a new attempt.
      await sql`insert into attempts (id, user_id, org_id, scenario_id, scenario_version, started_at, log,
          scorecard, total, passed, replay_matches)
        values ('a3', 'u1', 'o1', 'urgence-douleur-thoracique', 1, now(), '[]'::jsonb,
          ${card(50, 65, true)}::jsonb, 65, true, true)`.execute(db);
      const a3 = await sql<{ n: number; total: number }>`
        select (select count(*)::int from attempt_scores where attempt_id = 'a3') as n,
               (select total from attempt_results where attempt_id = 'a3') as total`.execute(db);
      expect(a3.rows[0]).toEqual({ n: 2, total: 65 });
      // trainee_matrix: backfilled with the reviewed figures, then kept by the triggers.
      const matrix = async () =>
        (
          await sql<{ attempts: number; trend: number[]; criteria: unknown; critical: boolean[] }>`
            select attempts, trend, criteria, critical from trainee_matrix where user_id = 'u1'`.execute(db)
        ).rows[0];
      expect(await matrix()).toEqual({
        attempts: 3,
        trend: [45, 85, 65],
        // Empathy: 10 (overridden), 90, 50.
        criteria: { empathy: [50, 3], greeting: [80, 3] },
        critical: [false, false, false],
      });
      // A later override (attempt_scores rewritten) and the review's new total (attempt_results).
      await sql`update attempt_scores set score = 20 where attempt_id = 'a3' and key = 'empathy'`.execute(db);
      await sql`update attempt_results set total = 50 where attempt_id = 'a3'`.execute(db);
      expect(await matrix()).toMatchObject({ trend: [45, 85, 50], criteria: { empathy: [40, 3] } });
    } finally {
      await close();
    }
  }, 120_000);
});
