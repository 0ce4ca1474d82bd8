/** Sessions live in the database: a cookie holds a random token, the table its hash. */
import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import type { User } from '../db/tables.ts';
import { newToken, tokenHash } from './tokens.ts';

export const SESSION_DAYS = 14;

export async function createSession(db: Db, userId: string): Promise<{ token: string; expiresAt: Date }> {
  const token = newToken();
  const expiresAt = new Date(Date.now() + SESSION_DAYS * 24 * 3600 * 1000);
  await db
    .insertInto('sessions')
    .values({ token_hash: tokenHash(token), user_id: userId, expires_at: expiresAt })
    .execute();
  return { token, expiresAt };
}

/** The user of a live session, with their groups (one query: it runs on every API request). */
export async function userOfSession(
  db: Db,
  token: string,
): Promise<(User & { group_ids: string[] }) | undefined> {
  return db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .selectAll('users')
    .select(
      sql<string[]>`array(select group_id from memberships where memberships.user_id = users.id)`.as(
        'group_ids',
      ),
    )
    .where('sessions.token_hash', '=', tokenHash(token))
    .where('sessions.expires_at', '>', new Date())
    .executeTakeFirst();
}

export async function deleteSession(db: Db, token: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', tokenHash(token)).execute();
}

/** Logout everywhere (and after a password change). */
export async function deleteSessionsOf(db: Db, userId: string): Promise<number> {
  const result = await db.deleteFrom('sessions').where('user_id', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function purgeExpiredSessions(db: Db): Promise<void> {
  await db.deleteFrom('sessions').where('expires_at', '<=', new Date()).execute();
}
