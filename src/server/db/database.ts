/**
 * Opens the store: PGlite in a data folder by default, PostgreSQL when a `postgres://` URL is
 * given (DATABASE_URL). Same schema, same migrations, same queries (Kysely, PostgreSQL dialect).
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Kysely, Migrator, PostgresDialect } from 'kysely';
import { migrationProvider } from './migrations.ts';
import { PGliteDialect } from './pgliteDialect.ts';
import type { Tables } from './tables.ts';

export type DatabaseKind = 'pglite' | 'postgres';
export type Db = Kysely<Tables>;

export interface Database {
  db: Db;
  kind: DatabaseKind;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** `postgres://…`: a PostgreSQL server. */
  url?: string;
  /** The PGlite data folder; `memory://` keeps it in memory (tests). */
  dataDir?: string;
}

export class DatabaseError extends Error {}

const LOCK_FILE = 'decroche.pid';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** One process at a time in a PGlite folder: a second one would corrupt it. */
async function lockFolder(dir: string): Promise<() => Promise<void>> {
  const path = join(dir, LOCK_FILE);
  const held = Number.parseInt(await readFile(path, 'utf8').catch(() => ''), 10);
  if (held && held !== process.pid && alive(held))
    throw new DatabaseError(
      `Le dossier de données « ${dir} » est déjà ouvert par un autre processus (pid ${held}). Arrêtez-le d’abord.`,
    );
  await writeFile(path, String(process.pid));
  return () => rm(path, { force: true });
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  let db: Db;
  let kind: DatabaseKind;
  let unlock = async () => {};
  if (options.url) {
    if (!/^postgres(ql)?:\/\//.test(options.url))
      throw new DatabaseError('DATABASE_URL doit commencer par postgres:// ou postgresql://.');
    const { default: pg } = await import('pg');
    // Dates and booleans come back typed; counts are cast in SQL.
    const pool = new pg.Pool({ connectionString: options.url, max: 10 });
    // An idle connection cut by the server (a restart, a terminated backend) must not bring the
    // whole process down: the pool drops that client and the next query opens a new one; a query
    // that fails meanwhile answers the client with the French « erreur interne » as any other.
    pool.on('error', () => {});
    db = new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) });
    kind = 'postgres';
  } else {
    const dataDir = options.dataDir ?? 'data';
    const { PGlite } = await import('@electric-sql/pglite');
    let pglite;
    if (dataDir.startsWith('memory://')) pglite = await PGlite.create(dataDir);
    else {
      const dir = resolve(dataDir);
      await mkdir(dir, { recursive: true });
      unlock = await lockFolder(dir);
      pglite = await PGlite.create(join(dir, 'pglite'));
    }
    db = new Kysely<Tables>({ dialect: new PGliteDialect(pglite) });
    kind = 'pglite';
  }
  try {
    await migrate(db);
  } catch (error) {
    await db.destroy().catch(() => {});
    await unlock();
    throw error;
  }
  return {
    db,
    kind,
    async close() {
      await db.destroy();
      await unlock();
    },
  };
}

export async function migrate(db: Db): Promise<void> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error } = await migrator.migrateToLatest();
  if (error) throw error;
}
