/**
 * One-time links: an invitation into a group (a new trainee sets their password) or a password
 * reset for an existing user. The link carries a random token; the table keeps its hash.
 */
import type { Db } from '../db/database.ts';
import type { Role } from '../db/tables.ts';
import { newToken, tokenHash } from './tokens.ts';

export const INVITATION_DAYS = 7;

export interface NewInvitation {
  orgId: string;
  role: Role;
  groupId?: string | null;
  userId?: string | null;
  createdBy?: string | null;
}

export async function createInvitation(
  db: Db,
  invitation: NewInvitation,
): Promise<{ token: string; expiresAt: Date }> {
  const token = newToken();
  const expiresAt = new Date(Date.now() + INVITATION_DAYS * 24 * 3600 * 1000);
  await db
    .insertInto('invitations')
    .values({
      token_hash: tokenHash(token),
      org_id: invitation.orgId,
      role: invitation.role,
      group_id: invitation.groupId ?? null,
      user_id: invitation.userId ?? null,
      created_by: invitation.createdBy ?? null,
      expires_at: expiresAt,
      used_at: null,
    })
    .execute();
  return { token, expiresAt };
}

export interface OpenInvitation {
  orgId: string;
  orgName: string;
  role: Role;
  groupId: string | null;
  groupName: string | null;
  userId: string | null;
}

export async function findOpenInvitation(db: Db, token: string): Promise<OpenInvitation | undefined> {
  const row = await db
    .selectFrom('invitations')
    .innerJoin('organisations', 'organisations.id', 'invitations.org_id')
    .leftJoin('groups', 'groups.id', 'invitations.group_id')
    .select([
      'invitations.org_id',
      'organisations.name as org_name',
      'invitations.role',
      'invitations.group_id',
      'groups.name as group_name',
      'invitations.user_id',
    ])
    .where('invitations.token_hash', '=', tokenHash(token))
    .where('invitations.used_at', 'is', null)
    .where('invitations.expires_at', '>', new Date())
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    orgId: row.org_id,
    orgName: row.org_name,
    role: row.role,
    groupId: row.group_id,
    groupName: row.group_name,
    userId: row.user_id,
  };
}

/** Marks the invitation used; false when it was used (or expired) in the meantime. */
export async function useInvitation(db: Db, token: string): Promise<boolean> {
  const result = await db
    .updateTable('invitations')
    .set({ used_at: new Date() })
    .where('token_hash', '=', tokenHash(token))
    .where('used_at', 'is', null)
    .where('expires_at', '>', new Date())
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
