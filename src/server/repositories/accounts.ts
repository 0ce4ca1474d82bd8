/** Organisations, groups, users and their groups. */
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import type { Role, User } from '../db/tables.ts';

export interface PublicUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  orgId: string;
  groups: string[];
  /** False until the user has set a password (an invitation not used yet). */
  active: boolean;
}

export async function organisationCount(db: Db): Promise<number> {
  const row = await db
    .selectFrom('organisations')
    .select(sql<number>`count(*)::int`.as('n'))
    .executeTakeFirstOrThrow();
  return row.n;
}

export async function createOrganisation(db: Db, name: string): Promise<string> {
  const id = randomUUID();
  await db.insertInto('organisations').values({ id, name }).execute();
  return id;
}

export async function firstOrganisation(db: Db): Promise<{ id: string; name: string } | undefined> {
  return db
    .selectFrom('organisations')
    .select(['id', 'name'])
    .orderBy('created_at')
    .limit(1)
    .executeTakeFirst();
}

export async function organisationName(db: Db, orgId: string): Promise<string | undefined> {
  const row = await db.selectFrom('organisations').select('name').where('id', '=', orgId).executeTakeFirst();
  return row?.name;
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export interface NewUser {
  orgId: string;
  email: string;
  name: string;
  role: Role;
  passwordHash: string | null;
  groupIds?: string[];
}

export class EmailTakenError extends Error {}

/** A unique constraint said no (PostgreSQL's SQLSTATE 23505, from pg and PGlite alike). */
export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === '23505';
}

/** Creates a user (inside the caller's transaction when given one). */
export async function createUser(db: Db, user: NewUser): Promise<string> {
  const id = randomUUID();
  const email = normaliseEmail(user.email);
  try {
    await db
      .insertInto('users')
      .values({
        id,
        org_id: user.orgId,
        email,
        name: user.name,
        role: user.role,
        password_hash: user.passwordHash,
      })
      .execute();
  } catch (error) {
    if (isUniqueViolation(error)) throw new EmailTakenError(email);
    throw error;
  }
  if (user.groupIds?.length)
    await db
      .insertInto('memberships')
      .values(user.groupIds.map((group_id) => ({ user_id: id, group_id })))
      .execute();
  return id;
}

export async function findUserByEmail(db: Db, email: string): Promise<User | undefined> {
  return db.selectFrom('users').selectAll().where('email', '=', normaliseEmail(email)).executeTakeFirst();
}

export async function findUser(db: Db, orgId: string, id: string): Promise<User | undefined> {
  return db
    .selectFrom('users')
    .selectAll()
    .where('id', '=', id)
    .where('org_id', '=', orgId)
    .executeTakeFirst();
}

export async function groupIdsOf(db: Db, userId: string): Promise<string[]> {
  const rows = await db.selectFrom('memberships').select('group_id').where('user_id', '=', userId).execute();
  return rows.map((r) => r.group_id);
}

export async function toPublic(db: Db, user: User): Promise<PublicUser> {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    orgId: user.org_id,
    groups: await groupIdsOf(db, user.id),
    active: user.password_hash !== null,
  };
}

/** The users of an organisation, or of some of its groups only. */
export async function listUsers(db: Db, orgId: string, groupIds?: string[]): Promise<PublicUser[]> {
  let query = db
    .selectFrom('users')
    .select(['id', 'email', 'name', 'role', 'org_id', 'password_hash'])
    .where('org_id', '=', orgId)
    .orderBy('name');
  if (groupIds) {
    if (groupIds.length === 0) return [];
    query = query.where('id', 'in', (q) =>
      q.selectFrom('memberships').select('user_id').where('group_id', 'in', groupIds),
    );
  }
  const users = await query.execute();
  const memberships = users.length
    ? await db
        .selectFrom('memberships')
        .select(['user_id', 'group_id'])
        .where(
          'user_id',
          'in',
          users.map((u) => u.id),
        )
        .execute()
    : [];
  return users.map((u) => ({
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role,
    orgId: u.org_id,
    groups: memberships.filter((m) => m.user_id === u.id).map((m) => m.group_id),
    active: u.password_hash !== null,
  }));
}

export async function setPassword(db: Db, userId: string, passwordHash: string): Promise<void> {
  await db.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', userId).execute();
}

/** Deletes a user with everything that is theirs (attempts, sessions, memberships: cascades). */
export async function deleteUser(db: Db, orgId: string, userId: string): Promise<boolean> {
  const result = await db.transaction().execute(async (tx) => {
    await tx.deleteFrom('attempts').where('user_id', '=', userId).where('org_id', '=', orgId).execute();
    return tx.deleteFrom('users').where('id', '=', userId).where('org_id', '=', orgId).executeTakeFirst();
  });
  return result.numDeletedRows > 0n;
}

export interface Group {
  id: string;
  name: string;
}

export async function createGroup(db: Db, orgId: string, name: string): Promise<string> {
  const id = randomUUID();
  await db.insertInto('groups').values({ id, org_id: orgId, name }).execute();
  return id;
}

export async function listGroups(db: Db, orgId: string, ids?: string[]): Promise<Group[]> {
  let query = db.selectFrom('groups').select(['id', 'name']).where('org_id', '=', orgId).orderBy('name');
  if (ids) {
    if (ids.length === 0) return [];
    query = query.where('id', 'in', ids);
  }
  return query.execute();
}

export async function findGroupByName(db: Db, orgId: string, name: string): Promise<Group | undefined> {
  return db
    .selectFrom('groups')
    .select(['id', 'name'])
    .where('org_id', '=', orgId)
    .where('name', '=', name)
    .executeTakeFirst();
}

export async function addMembership(db: Db, userId: string, groupId: string): Promise<void> {
  await db
    .insertInto('memberships')
    .values({ user_id: userId, group_id: groupId })
    .onConflict((oc) => oc.doNothing())
    .execute();
}
