/**
 * Versioned migrations, run at start-up (and by the CLI, and in tests) through Kysely's
 * Migrator: each runs once, in order, in a transaction. Never edit one that has shipped: add the
 * next.
 */
import { sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';

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
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
