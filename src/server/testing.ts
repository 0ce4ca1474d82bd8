/**
 * Test helpers: the databases the server tests run on (PGlite in memory, and the PostgreSQL
 * cluster scripts/with-postgres.sh starts, when TEST_DATABASE_URL is set), a seeded pair of
 * organisations, and requests with a session.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { buildApp } from './app.ts';
import { openDatabase, type Database } from './db/database.ts';
import type { Role } from './db/tables.ts';
import { hashPassword } from './passwords.ts';
import { loadBuiltinPacks } from '../scenarios/load.ts';
import { verifyAttempt } from '../scoring/replay.ts';
import { createGroup, createOrganisation, createUser } from './repositories/accounts.ts';
import { createSession } from './repositories/sessions.ts';

export interface Backend {
  name: 'pglite' | 'postgres';
  open(): Promise<Database>;
}

/**
 * A fresh database on the PostgreSQL cluster at `url` (scripts/with-postgres.sh's), named
 * `<prefix>_<random>`: its URL, and `drop()` to remove it once its connections are closed.
 */
export async function throwAwayPostgres(
  url: string,
  prefix: string,
): Promise<{ url: string; drop(): Promise<void> }> {
  const { default: pg } = await import('pg');
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  const admin = async (query: string) => {
    const client = new pg.Client(url);
    await client.connect();
    try {
      await client.query(query);
    } finally {
      await client.end();
    }
  };
  await admin(`create database ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  return { url: target.toString(), drop: () => admin(`drop database if exists ${name} with (force)`) };
}

/** PGlite always; PostgreSQL too under scripts/test.sh (a fresh database per suite). */
export function backends(): Backend[] {
  const list: Backend[] = [{ name: 'pglite', open: () => openDatabase({ dataDir: 'memory://' }) }];
  const url = process.env.TEST_DATABASE_URL;
  if (url)
    list.push({
      name: 'postgres',
      async open() {
        const target = await throwAwayPostgres(url, 't');
        const database = await openDatabase({ url: target.url });
        return {
          ...database,
          async close() {
            await database.close();
            await target.drop();
          },
        };
      },
    });
  return list;
}

export const PASSWORD = 'Mot-de-passe-solide-2026';

export interface Member {
  id: string;
  email: string;
  role: Role;
  cookie: string;
}

export interface Org {
  id: string;
  groupA: string;
  groupB: string;
  manager: Member;
  trainer: Member;
  /** In group A, the trainer's. */
  trainee: Member;
  /** In group B. */
  otherTrainee: Member;
}

let hashed: Promise<string> | undefined;

async function member(
  db: Database['db'],
  orgId: string,
  role: Role,
  tag: string,
  groupIds: string[],
): Promise<Member> {
  const email = `${tag}-${randomBytes(4).toString('hex')}@example.org`;
  const id = await createUser(db, {
    orgId,
    email,
    name: `${tag} ${role}`,
    role,
    passwordHash: await (hashed ??= hashPassword(PASSWORD)),
    groupIds,
  });
  const { token } = await createSession(db, id);
  return { id, email, role, cookie: `decroche_session=${token}` };
}

/** An organisation with a manager, a trainer of group A, a trainee in A and one in B. */
export async function seedOrg(db: Database['db'], tag: string): Promise<Org> {
  const id = await createOrganisation(db, `Organisation ${tag}`);
  const groupA = await createGroup(db, id, 'Groupe A');
  const groupB = await createGroup(db, id, 'Groupe B');
  return {
    id,
    groupA,
    groupB,
    manager: await member(db, id, 'manager', `${tag}-chef`, []),
    trainer: await member(db, id, 'trainer', `${tag}-formateur`, [groupA]),
    trainee: await member(db, id, 'trainee', `${tag}-ines`, [groupA]),
    otherTrainee: await member(db, id, 'trainee', `${tag}-paul`, [groupB]),
  };
}

export function testApp(database: Database): Promise<FastifyInstance> {
  return buildApp({ database, distDir: null });
}

/** A request as a member (or anonymous), JSON in and out. */
export function call(app: FastifyInstance, as: Member | null, options: InjectOptions) {
  return app.inject({
    ...options,
    headers: { ...(as ? { cookie: as.cookie } : {}), ...options.headers },
  });
}

interface ExportFile {
  attempts: Record<string, unknown>[];
}

/** Real attempts exported by the app (five calls of the built-in packs). */
export const EXPORTED: ExportFile = JSON.parse(
  readFileSync(new URL('./fixtures/app-export.json', import.meta.url), 'utf8'),
) as ExportFile;

/** An exported attempt under a fresh id. */
/**
 * What the server must answer for an exported attempt: its replay under today's engine. The
 * fixture was exported by an older build, so its stored score and caller lines may differ.
 */
export async function replayOf(
  index: number,
): Promise<{ total: number; passed: boolean; matches: boolean; outcome: string }> {
  const exported = EXPORTED.attempts[index]! as { scenarioId: string; log: unknown[] };
  const { bundles } = await loadBuiltinPacks();
  const bundle = bundles.find((b) => b.scenario.id === exported.scenarioId)!;
  const verified = verifyAttempt(bundle, { log: exported.log });
  if (!verified.ok) throw new Error(verified.errors.join('\n'));
  return {
    total: verified.scorecard.total,
    passed: verified.scorecard.passed,
    matches: verified.mismatches.length === 0,
    outcome: verified.scorecard.outcome.id,
  };
}

export function attempt(index = 0, id: string = crypto.randomUUID()): Record<string, unknown> {
  return { ...structuredClone(EXPORTED.attempts[index]!), id };
}
