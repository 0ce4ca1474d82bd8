/**
 * Versioned migrations, run at start-up (and by the CLI, and in tests) through Kysely's
 * Migrator: each runs once, in order, in a transaction. Never edit one that has shipped: add the
 * next.
 */
import { sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import { reviewedResult, type CardLike } from '../../scoring/reviewed.ts';

const migrations: Record<string, Migration> = {
  '0001-accounts-and-attempts': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('organisations')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .execute();
      await db.schema
        .createTable('groups')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .addUniqueConstraint('groups_org_name', ['org_id', 'name'])
        .execute();
      await db.schema
        .createTable('users')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
        .addColumn('email', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('trainee', 'trainer', 'manager')`))
        .addColumn('password_hash', 'text')
        .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .execute();
      await db.schema
        .createTable('memberships')
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('group_id', 'text', (c) => c.notNull().references('groups.id').onDelete('cascade'))
        .addPrimaryKeyConstraint('memberships_pk', ['user_id', 'group_id'])
        .execute();
      await db.schema
        .createTable('sessions')
        .addColumn('token_hash', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();
      await db.schema
        .createTable('invitations')
        .addColumn('token_hash', 'text', (c) => c.primaryKey())
        .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
        .addColumn('group_id', 'text', (c) => c.references('groups.id').onDelete('cascade'))
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text', (c) => c.references('users.id').onDelete('cascade'))
        .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
        .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
        .addColumn('used_at', 'timestamptz')
        .execute();
      await db.schema
        .createTable('attempts')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
        .addColumn('scenario_id', 'text', (c) => c.notNull())
        .addColumn('scenario_version', 'integer', (c) => c.notNull())
        .addColumn('started_at', 'timestamptz', (c) => c.notNull())
        .addColumn('ended_at', 'timestamptz')
        .addColumn('log', 'jsonb', (c) => c.notNull())
        .addColumn('scorecard', 'jsonb', (c) => c.notNull())
        .addColumn('total', 'integer', (c) => c.notNull())
        .addColumn('passed', 'boolean', (c) => c.notNull())
        .addColumn('outcome_id', 'text')
        .addColumn('verdict', 'text')
        .addColumn('replay_matches', 'boolean', (c) => c.notNull())
        .addColumn('app_version', 'text')
        .addColumn('received_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .addColumn('seq', 'integer', (c) => c.generatedAlwaysAsIdentity())
        .execute();
      await db.schema.createIndex('attempts_user').on('attempts').columns(['user_id', 'seq']).execute();
      await db.schema.createIndex('attempts_org').on('attempts').columns(['org_id', 'seq']).execute();
      // Stored attempts are append-only: the database itself refuses an update.
      await sql`create function attempts_append_only() returns trigger language plpgsql as $$
        begin raise exception 'attempts are append-only'; end $$`.execute(db);
      await sql`create trigger attempts_no_update before update on attempts
        for each row execute function attempts_append_only()`.execute(db);
    },
  },
  // The manager and trainer space (issue 10): the organisation's settings (the readiness rule).
  '0002-team-1-settings': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('team_settings')
        .addColumn('org_id', 'text', (c) => c.primaryKey().references('organisations.id').onDelete('cascade'))
        .addColumn('readiness', 'jsonb', (c) => c.notNull())
        .addColumn('updated_by', 'text', (c) => c.references('users.id').onDelete('set null'))
        .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .execute();
      // The matrix reads each trainee's attempts newest first.
      await db.schema
        .createIndex('attempts_user_started')
        .on('attempts')
        .columns(['org_id', 'user_id', 'started_at'])
        .execute();
    },
  },
  // Reviews: a trainer's overrides of a criterion (the automatic score kept beside, append-only:
  // the audit trail), comments on a turn or the whole call, the trainee's disputes.
  '0002-team-2-reviews': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .alterTable('team_settings')
        .addColumn('review_sample', 'integer', (c) => c.notNull().defaultTo(10))
        .execute();
      const attemptRef = (table: string) =>
        db.schema
          .createTable(table)
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('attempt_id', 'text', (c) => c.notNull().references('attempts.id').onDelete('cascade'))
          .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
          .addColumn('author_id', 'text', (c) => c.references('users.id').onDelete('set null'))
          .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
          .addColumn('seq', 'integer', (c) => c.generatedAlwaysAsIdentity());
      await attemptRef('team_overrides')
        .addColumn('criterion', 'text', (c) => c.notNull())
        .addColumn('before', 'integer', (c) => c.notNull())
        .addColumn('after', 'integer', (c) => c.notNull().check(sql`after between 0 and 100`))
        .addColumn('reason', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('team_overrides_attempt')
        .on('team_overrides')
        .columns(['attempt_id', 'criterion', 'seq'])
        .execute();
      // The audit trail is never rewritten (a trainee's deletion still cascades).
      await sql`create trigger team_overrides_no_update before update on team_overrides
        for each row execute function attempts_append_only()`.execute(db);
      await attemptRef('team_comments')
        .addColumn('turn', 'integer')
        .addColumn('body', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('team_comments_attempt').on('team_comments').column('attempt_id').execute();
      await attemptRef('team_disputes')
        .addColumn('criterion', 'text', (c) => c.notNull())
        .addColumn('message', 'text', (c) => c.notNull())
        .addColumn('resolved_at', 'timestamptz')
        .addColumn('resolved_by', 'text', (c) => c.references('users.id').onDelete('set null'))
        .addColumn('answer', 'text')
        .execute();
      await db.schema.createIndex('team_disputes_attempt').on('team_disputes').column('attempt_id').execute();
      await db.schema
        .createTable('team_reviews')
        .addColumn('attempt_id', 'text', (c) => c.primaryKey().references('attempts.id').onDelete('cascade'))
        .addColumn('reviewer_id', 'text', (c) => c.references('users.id').onDelete('set null'))
        .addColumn('comment', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('reviewed_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .execute();
    },
  },
  // Assignments: scenarios a trainer sets a group, with a due date.
  '0002-team-3-assignments': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('team_assignments')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
        .addColumn('group_id', 'text', (c) => c.notNull().references('groups.id').onDelete('cascade'))
        .addColumn('scenario_id', 'text', (c) => c.notNull())
        .addColumn('due_date', 'date', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
        .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .execute();
      await db.schema
        .createIndex('team_assignments_group')
        .on('team_assignments')
        .column('group_id')
        .execute();
    },
  },
  /**
   * Trainers' packs published to groups: every version kept (files as sent, already validated),
   * the groups each version went to; a version withdrawn (unpublished) stays for the attempts
   * played on it. Attempts record the pack and version they were played on (null: built-in).
   */
  '0003-publish-packs': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('pack_versions')
        .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
        .addColumn('pack_id', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull().check(sql`version >= 1`))
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('main', 'text', (c) => c.notNull())
        .addColumn('files', 'jsonb', (c) => c.notNull())
        .addColumn('scenario_ids', 'jsonb', (c) => c.notNull())
        .addColumn('bytes', 'integer', (c) => c.notNull())
        .addColumn('published_by', 'text', (c) => c.references('users.id').onDelete('set null'))
        .addColumn('published_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .addColumn('withdrawn_at', 'timestamptz')
        .addColumn('withdrawn_by', 'text', (c) => c.references('users.id').onDelete('set null'))
        .addPrimaryKeyConstraint('pack_versions_pk', ['org_id', 'pack_id', 'version'])
        .execute();
      await db.schema
        .createTable('pack_version_groups')
        .addColumn('org_id', 'text', (c) => c.notNull())
        .addColumn('pack_id', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('group_id', 'text', (c) => c.notNull().references('groups.id').onDelete('cascade'))
        .addPrimaryKeyConstraint('pack_version_groups_pk', ['org_id', 'pack_id', 'version', 'group_id'])
        .addForeignKeyConstraint(
          'pack_version_groups_version',
          ['org_id', 'pack_id', 'version'],
          'pack_versions',
          ['org_id', 'pack_id', 'version'],
          (c) => c.onDelete('cascade'),
        )
        .execute();
      await db.schema
        .createIndex('pack_version_groups_group')
        .on('pack_version_groups')
        .column('group_id')
        .execute();
      await db.schema.alterTable('attempts').addColumn('pack_id', 'text').execute();
      await db.schema.alterTable('attempts').addColumn('pack_version', 'integer').execute();
    },
  },
  /**
   * Calibration (issue 10): sessions of chosen attempts graded blind by chosen raters, each
   * rater's grades (0–4 or NA per criterion, verdict, critical failures) kept once submitted; and
   * the trainers' overrides of an attempt's verdict, append-only like those of a criterion.
   */
  '0004-calibration': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('calibration_sessions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
        .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .addColumn('seq', 'integer', (c) => c.generatedAlwaysAsIdentity())
        .execute();
      await db.schema
        .createIndex('calibration_sessions_org')
        .on('calibration_sessions')
        .columns(['org_id', 'seq'])
        .execute();
      await db.schema
        .createTable('calibration_attempts')
        .addColumn('session_id', 'text', (c) =>
          c.notNull().references('calibration_sessions.id').onDelete('cascade'),
        )
        .addColumn('attempt_id', 'text', (c) => c.notNull().references('attempts.id').onDelete('cascade'))
        .addColumn('position', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('calibration_attempts_pk', ['session_id', 'attempt_id'])
        .execute();
      await db.schema
        .createTable('calibration_raters')
        .addColumn('session_id', 'text', (c) =>
          c.notNull().references('calibration_sessions.id').onDelete('cascade'),
        )
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('submitted_at', 'timestamptz')
        .addPrimaryKeyConstraint('calibration_raters_pk', ['session_id', 'user_id'])
        .execute();
      await db.schema
        .createIndex('calibration_raters_user')
        .on('calibration_raters')
        .column('user_id')
        .execute();
      await db.schema
        .createTable('calibration_grades')
        .addColumn('session_id', 'text', (c) => c.notNull())
        .addColumn('attempt_id', 'text', (c) => c.notNull())
        .addColumn('rater_id', 'text', (c) => c.notNull())
        .addColumn('grades', 'jsonb', (c) => c.notNull())
        .addColumn('critical', 'jsonb', (c) => c.notNull())
        .addColumn('passed', 'boolean', (c) => c.notNull())
        .addColumn('comment', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .addPrimaryKeyConstraint('calibration_grades_pk', ['session_id', 'attempt_id', 'rater_id'])
        .addForeignKeyConstraint(
          'calibration_grades_attempt',
          ['session_id', 'attempt_id'],
          'calibration_attempts',
          ['session_id', 'attempt_id'],
          (c) => c.onDelete('cascade'),
        )
        .addForeignKeyConstraint(
          'calibration_grades_rater',
          ['session_id', 'rater_id'],
          'calibration_raters',
          ['session_id', 'user_id'],
          (c) => c.onDelete('cascade'),
        )
        .execute();
      await db.schema
        .createTable('team_verdicts')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('attempt_id', 'text', (c) => c.notNull().references('attempts.id').onDelete('cascade'))
        .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
        .addColumn('author_id', 'text', (c) => c.references('users.id').onDelete('set null'))
        .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .addColumn('seq', 'integer', (c) => c.generatedAlwaysAsIdentity())
        .addColumn('before', 'boolean', (c) => c.notNull())
        .addColumn('after', 'boolean', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('team_verdicts_attempt')
        .on('team_verdicts')
        .columns(['attempt_id', 'seq'])
        .execute();
      await sql`create trigger team_verdicts_no_update before update on team_verdicts
        for each row execute function attempts_append_only()`.execute(db);
    },
  },
  /**
   * The competency matrix at scale (issue 10): one row per attempt and criterion with the reviewed
   * score (a trainer's latest override, else the automatic one), kept by triggers when an attempt
   * is stored (its server-rescored scorecard) and when a criterion is overridden; and the index the
   * matrix reads each trainee's latest attempts through.
   */
  '0005-attempt-scores': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('attempt_scores')
        .addColumn('attempt_id', 'text', (c) => c.notNull().references('attempts.id').onDelete('cascade'))
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addColumn('org_id', 'text', (c) => c.notNull())
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('score', 'float8', (c) => c.notNull())
        .addColumn('started_at', 'timestamptz', (c) => c.notNull())
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('attempt_scores_pk', ['attempt_id', 'key'])
        .execute();
      await sql`create index attempt_scores_recent
        on attempt_scores (user_id, key, started_at desc, seq desc) include (score)`.execute(db);
      await sql`create index attempts_user_recent
        on attempts (user_id, started_at desc, seq desc)`.execute(db);
      await sql`create index attempts_user_scenario_recent
        on attempts (user_id, scenario_id, started_at desc, seq desc) include (total)`.execute(db);
      await sql`create function attempt_scores_of_attempt() returns trigger language plpgsql as $$
        begin
          insert into attempt_scores (attempt_id, user_id, org_id, key, score, started_at, seq)
          select new.id, new.user_id, new.org_id, e.key, (e.value->>'score')::float8, new.started_at, new.seq
          from jsonb_each(case when jsonb_typeof(new.scorecard->'criteria') = 'object'
                               then new.scorecard->'criteria' else '{}'::jsonb end) e
          where jsonb_typeof(e.value) = 'object' and e.value->>'score' is not null;
          return null;
        end $$`.execute(db);
      await sql`create trigger attempt_scores_insert after insert on attempts
        for each row execute function attempt_scores_of_attempt()`.execute(db);
      await sql`create function attempt_scores_of_override() returns trigger language plpgsql as $$
        begin
          update attempt_scores set score = new.after
          where attempt_id = new.attempt_id and key = new.criterion;
          return null;
        end $$`.execute(db);
      await sql`create trigger attempt_scores_override after insert on team_overrides
        for each row execute function attempt_scores_of_override()`.execute(db);
      // Backfill: every stored attempt, with its latest override applied.
      await sql`insert into attempt_scores (attempt_id, user_id, org_id, key, score, started_at, seq)
        select a.id, a.user_id, a.org_id, e.key,
          coalesce((select o.after::float8 from team_overrides o
                    where o.attempt_id = a.id and o.criterion = e.key order by o.seq desc limit 1),
                   (e.value->>'score')::float8),
          a.started_at, a.seq
        from attempts a
        cross join lateral jsonb_each(case when jsonb_typeof(a.scorecard->'criteria') = 'object'
                                           then a.scorecard->'criteria' else '{}'::jsonb end) e
        where jsonb_typeof(e.value) = 'object' and e.value->>'score' is not null`.execute(db);
    },
  },
  /**
   * Forwarding to the organisation's LRS (issue 10): the manager's endpoint and Basic-auth key
   * (the secret is kept here, sent to no client), and the outbox of xAPI statements the server
   * forwards with retries. The queue is a table: a restart loses nothing.
   */
  '0006-lrs-outbox': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('lrs_settings')
        .addColumn('org_id', 'text', (c) => c.primaryKey().references('organisations.id').onDelete('cascade'))
        .addColumn('endpoint', 'text', (c) => c.notNull())
        .addColumn('username', 'text', (c) => c.notNull())
        .addColumn('secret', 'text', (c) => c.notNull())
        .addColumn('activity_base', 'text', (c) => c.notNull())
        .addColumn('enabled', 'boolean', (c) => c.notNull().defaultTo(true))
        .addColumn('updated_by', 'text', (c) => c.references('users.id').onDelete('set null'))
        .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .execute();
      await db.schema
        .createTable('lrs_outbox')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
        .addColumn('attempt_id', 'text', (c) => c.notNull().references('attempts.id').onDelete('cascade'))
        .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('attempt', 'review')`))
        .addColumn('statement_id', 'text', (c) => c.notNull())
        .addColumn('statements', 'jsonb', (c) => c.notNull())
        .addColumn('status', 'text', (c) =>
          c
            .notNull()
            .defaultTo('pending')
            .check(sql`status in ('pending', 'sent', 'failed')`),
        )
        .addColumn('tries', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('next_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .addColumn('last_error', 'text')
        .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .addColumn('sent_at', 'timestamptz')
        .addColumn('seq', 'integer', (c) => c.generatedAlwaysAsIdentity())
        .execute();
      await sql`create index lrs_outbox_due on lrs_outbox (next_at) where status = 'pending'`.execute(db);
      await db.schema.createIndex('lrs_outbox_org').on('lrs_outbox').columns(['org_id', 'seq']).execute();
      await db.schema
        .createIndex('lrs_outbox_attempt')
        .on('lrs_outbox')
        .columns(['attempt_id', 'seq'])
        .execute();
    },
  },
  /**
   * The reviewed figures of each attempt (issue 10): its total and verdict after a trainer's
   * overrides (the total recalculated from the overridden criteria, or the verdict overridden),
   * else the automatic ones. A trigger adds the row when an attempt is stored; the review routes
   * rewrite it in the transaction that stores an override. The matrix's caller types, trends,
   * drill-downs and the readiness rule read it (attempt_scores already carries the criteria's).
   */
  '0007-attempt-results': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('attempt_results')
        .addColumn('attempt_id', 'text', (c) => c.primaryKey().references('attempts.id').onDelete('cascade'))
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addColumn('scenario_id', 'text', (c) => c.notNull())
        .addColumn('started_at', 'timestamptz', (c) => c.notNull())
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('total', 'integer', (c) => c.notNull())
        .addColumn('passed', 'boolean', (c) => c.notNull())
        .execute();
      await sql`create index attempt_results_recent
        on attempt_results (user_id, started_at desc, seq desc) include (total, passed)`.execute(db);
      await sql`create index attempt_results_scenario_recent
        on attempt_results (user_id, scenario_id, started_at desc, seq desc) include (total, passed)`.execute(
        db,
      );
      await sql`create function attempt_results_of_attempt() returns trigger language plpgsql as $$
        begin
          insert into attempt_results (attempt_id, user_id, scenario_id, started_at, seq, total, passed)
          values (new.id, new.user_id, new.scenario_id, new.started_at, new.seq, new.total, new.passed);
          return null;
        end $$`.execute(db);
      await sql`create trigger attempt_results_insert after insert on attempts
        for each row execute function attempt_results_of_attempt()`.execute(db);
      await sql`insert into attempt_results (attempt_id, user_id, scenario_id, started_at, seq, total, passed)
        select id, user_id, scenario_id, started_at, seq, total, passed from attempts`.execute(db);
      // Attempts already reviewed: their figures recalculated the way the review routes do.
      const reviewed = await sql<{
        id: string;
        scorecard: CardLike;
        overrides: Record<string, number> | null;
        verdict: boolean | null;
      }>`
        select a.id, a.scorecard,
          (select jsonb_object_agg(o.criterion, o.after) from (
             select distinct on (criterion) criterion, after from team_overrides
             where attempt_id = a.id order by criterion, seq desc) o) as overrides,
          (select v.after from team_verdicts v where v.attempt_id = a.id order by v.seq desc limit 1) as verdict
        from attempts a
        where exists (select 1 from team_overrides o where o.attempt_id = a.id)
           or exists (select 1 from team_verdicts v where v.attempt_id = a.id)`.execute(db);
      for (const row of reviewed.rows) {
        const result = reviewedResult(row.scorecard, row.overrides ?? {}, row.verdict);
        await sql`update attempt_results set total = ${result.total}, passed = ${result.passed}
          where attempt_id = ${row.id}`.execute(db);
      }
    },
  },
  /**
   * The competency matrix pre-aggregated (issue 10, DESIGN §12: the matrix over 200,000 attempts
   * in ≤ 200 ms on PGlite too): one row per trainee with what the matrix shows for all time (count,
   * latest date, trend of reviewed totals, the recent level of each criterion, each scenario's
   * latest 5 reviewed totals with their rank among the trainee's attempts, 1 the latest, for the
   * caller-type cells) and the latest 100 attempts' critical flags
   * for the readiness rule. Rewritten for that trainee by triggers when an attempt is stored
   * (after its attempt_scores and attempt_results rows: triggers on one table fire in name order),
   * when a review rewrites attempt_results or an override attempt_scores. A period filter still
   * reads attempt_scores and attempt_results live. The 12 totals of a trend and the 5 attempts of
   * a level are repositories/team.ts's TREND and RECENT (a change there needs a new migration).
   */
  '0008-trainee-matrix': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('trainee_matrix')
        .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
        .addColumn('attempts', 'integer', (c) => c.notNull())
        .addColumn('last_at', 'timestamptz')
        .addColumn('trend', sql`integer[]`, (c) => c.notNull())
        .addColumn('criteria', 'jsonb', (c) => c.notNull())
        .addColumn('scenarios', 'jsonb', (c) => c.notNull())
        .addColumn('critical', sql`boolean[]`, (c) => c.notNull())
        .execute();
      // Every figure reads the same indexes as the live queries, for one trainee.
      await sql`create function refresh_trainee_matrix(uid text) returns void language plpgsql as $$
        begin
          delete from trainee_matrix where user_id = uid;
          insert into trainee_matrix (user_id, attempts, last_at, trend, criteria, scenarios, critical)
          select uid, c.attempts, c.last_at,
            coalesce((select array_agg(r.total order by r.started_at, r.seq)
                      from (select a.total, a.started_at, a.seq from attempt_results a
                            where a.user_id = uid order by a.started_at desc, a.seq desc limit 12) r),
                     '{}'),
            coalesce((select jsonb_object_agg(k.key, jsonb_build_array(l.level, l.n))
                      from (select distinct s.key from attempt_scores s where s.user_id = uid) k
                      cross join lateral (
                        select avg(r.score)::float8 as level, count(*)::int as n
                        from (select s.score from attempt_scores s
                              where s.user_id = uid and s.key = k.key
                              order by s.started_at desc, s.seq desc limit 5) r) l
                      where l.n > 0), '{}'),
            coalesce((select jsonb_object_agg(x.scenario_id, x.latest)
                      from (select r.scenario_id, jsonb_agg(jsonb_build_array(r.rank, r.total) order by r.rank) as latest
                            from (select a.scenario_id, a.total,
                                    row_number() over (order by a.started_at desc, a.seq desc) as rank,
                                    row_number() over (partition by a.scenario_id
                                                       order by a.started_at desc, a.seq desc) as k
                                  from attempt_results a where a.user_id = uid) r
                            where r.k <= 5 group by r.scenario_id) x), '{}'),
            coalesce((select array_agg(jsonb_array_length(coalesce(r.scorecard->'critical', '[]'::jsonb)) > 0
                                       order by r.started_at desc, r.seq desc)
                      from (select t.scorecard, t.started_at, t.seq from attempts t
                            where t.user_id = uid order by t.started_at desc, t.seq desc limit 100) r), '{}')
          from (select count(*)::int as attempts, max(a.started_at) as last_at
                from attempt_results a where a.user_id = uid) c
          where c.attempts > 0;
        end $$`.execute(db);
      await sql`create function trainee_matrix_of_row() returns trigger language plpgsql as $$
        begin
          perform refresh_trainee_matrix(new.user_id);
          return null;
        end $$`.execute(db);
      await sql`create trigger attempts_matrix after insert on attempts
        for each row execute function trainee_matrix_of_row()`.execute(db);
      await sql`create trigger attempt_results_matrix after update on attempt_results
        for each row execute function trainee_matrix_of_row()`.execute(db);
      await sql`create trigger attempt_scores_matrix after update on attempt_scores
        for each row execute function trainee_matrix_of_row()`.execute(db);
      await sql`select refresh_trainee_matrix(u.id) from users u
        where exists (select 1 from attempt_results a where a.user_id = u.id)`.execute(db);
    },
  },
  /**
   * The recorded caller lines of a published pack version (issue 12): each clip a file of the
   * version (its path in the pack, its type, its bytes), checked on publication like a pack file's
   * and served to the groups the version was published to. Gone with the version.
   */
  '0009-pack-clips': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('pack_version_clips')
        .addColumn('org_id', 'text', (c) => c.notNull())
        .addColumn('pack_id', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('path', 'text', (c) => c.notNull())
        .addColumn('mime', 'text', (c) => c.notNull())
        .addColumn('data', 'bytea', (c) => c.notNull())
        .addPrimaryKeyConstraint('pack_version_clips_pk', ['org_id', 'pack_id', 'version', 'path'])
        .addForeignKeyConstraint(
          'pack_version_clips_version',
          ['org_id', 'pack_id', 'version'],
          'pack_versions',
          ['org_id', 'pack_id', 'version'],
          (c) => c.onDelete('cascade'),
        )
        .execute();
    },
  },
  /**
   * A period that runs to today read from trainee_matrix too (issue 10, DESIGN §12: the period
   * filter over 200,000 attempts in ≤ 200 ms on PGlite): each figure's latest attempts keep their
   * date — the trend's (trend_at, in ms, same order), each criterion's latest 5 scores with their date
   * (criteria_recent, newest first), each scenario's latest totals as [rank, total, date in ms] —
   * so that a period from a date on, for a trainee with no attempt after its end, is those
   * entries from that date (the latest N in a period that reaches the latest attempt are the
   * latest N overall that are in it). Other trainees still read live.
   */
  '0010-trainee-matrix-dates': {
    async up(db: Kysely<unknown>) {
      await sql`alter table trainee_matrix
        add column trend_at float8[] not null default '{}',
        add column criteria_recent jsonb not null default '{}'`.execute(db);
      await sql`create or replace function refresh_trainee_matrix(uid text) returns void language plpgsql as $$
        begin
          delete from trainee_matrix where user_id = uid;
          insert into trainee_matrix (user_id, attempts, last_at, trend, trend_at, criteria, criteria_recent,
                                      scenarios, critical)
          select uid, c.attempts, c.last_at,
            coalesce(t.trend, '{}'), coalesce(t.trend_at, '{}'),
            coalesce((select jsonb_object_agg(k.key, jsonb_build_array(l.level, l.n))
                      from (select distinct s.key from attempt_scores s where s.user_id = uid) k
                      cross join lateral (
                        select avg(r.score)::float8 as level, count(*)::int as n
                        from (select s.score from attempt_scores s
                              where s.user_id = uid and s.key = k.key
                              order by s.started_at desc, s.seq desc limit 5) r) l
                      where l.n > 0), '{}'),
            coalesce((select jsonb_object_agg(k.key, l.latest)
                      from (select distinct s.key from attempt_scores s where s.user_id = uid) k
                      cross join lateral (
                        select jsonb_agg(jsonb_build_array(r.score, r.at) order by r.started_at desc, r.seq desc) as latest
                        from (select s.score, s.started_at, s.seq,
                                     (extract(epoch from s.started_at) * 1000)::float8 as at
                              from attempt_scores s
                              where s.user_id = uid and s.key = k.key
                              order by s.started_at desc, s.seq desc limit 5) r) l
                      where l.latest is not null), '{}'),
            coalesce((select jsonb_object_agg(x.scenario_id, x.latest)
                      from (select r.scenario_id,
                                   jsonb_agg(jsonb_build_array(r.rank, r.total, r.at) order by r.rank) as latest
                            from (select a.scenario_id, a.total,
                                    (extract(epoch from a.started_at) * 1000)::float8 as at,
                                    row_number() over (order by a.started_at desc, a.seq desc) as rank,
                                    row_number() over (partition by a.scenario_id
                                                       order by a.started_at desc, a.seq desc) as k
                                  from attempt_results a where a.user_id = uid) r
                            where r.k <= 5 group by r.scenario_id) x), '{}'),
            coalesce((select array_agg(jsonb_array_length(coalesce(r.scorecard->'critical', '[]'::jsonb)) > 0
                                       order by r.started_at desc, r.seq desc)
                      from (select t.scorecard, t.started_at, t.seq from attempts t
                            where t.user_id = uid order by t.started_at desc, t.seq desc limit 100) r), '{}')
          from (select count(*)::int as attempts, max(a.started_at) as last_at
                from attempt_results a where a.user_id = uid) c
          cross join (select array_agg(r.total order by r.started_at, r.seq) as trend,
                             array_agg((extract(epoch from r.started_at) * 1000)::float8 order by r.started_at, r.seq) as trend_at
                      from (select a.total, a.started_at, a.seq from attempt_results a
                            where a.user_id = uid order by a.started_at desc, a.seq desc limit 12) r) t
          where c.attempts > 0;
        end $$`.execute(db);
      await sql`select refresh_trainee_matrix(m.user_id) from trainee_matrix m`.execute(db);
    },
  },
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
