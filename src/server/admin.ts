/** What the administrators' CLI does with accounts (`decroche users …`), over the repositories. */
import type { Db } from './db/database.ts';
import type { Role } from './db/tables.ts';
import { hashPassword, MIN_PASSWORD_LENGTH } from './passwords.ts';
import {
  createGroup,
  createOrganisation,
  createUser,
  findGroupByName,
  findUserByEmail,
  firstOrganisation,
  listUsers,
  setPassword,
  type PublicUser,
} from './repositories/accounts.ts';
import { createInvitation } from './repositories/invitations.ts';
import { deleteSessionsOf } from './repositories/sessions.ts';
import { invitationPath } from './routes/invitations.ts';

export class AdminError extends Error {}

export function checkPasswordRules(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH)
    throw new AdminError(`Le mot de passe doit faire au moins ${MIN_PASSWORD_LENGTH} caractères.`);
}

export interface AddUser {
  email: string;
  name: string;
  role: Role;
  group?: string;
  password?: string;
  /** The organisation's name when the database has none yet. */
  organisation?: string;
}

/** Adds a user; without a password, returns the one-time link where they set it. */
export async function addUser(db: Db, input: AddUser): Promise<{ id: string; invitationPath?: string }> {
  if (input.password !== undefined) checkPasswordRules(input.password);
  if (await findUserByEmail(db, input.email))
    throw new AdminError(`Un compte existe déjà pour ${input.email}.`);
  const passwordHash = input.password !== undefined ? await hashPassword(input.password) : null;
  return db.transaction().execute(async (tx) => {
    const org = await firstOrganisation(tx);
    const orgId = org?.id ?? (await createOrganisation(tx, input.organisation ?? 'Mon organisation'));
    let groupIds: string[] = [];
    if (input.group) {
      const group = await findGroupByName(tx, orgId, input.group);
      groupIds = [group?.id ?? (await createGroup(tx, orgId, input.group))];
    }
    const id = await createUser(tx, {
      orgId,
      email: input.email,
      name: input.name,
      role: input.role,
      passwordHash,
      groupIds,
    });
    if (passwordHash) return { id };
    const { token } = await createInvitation(tx, { orgId, role: input.role, userId: id });
    return { id, invitationPath: invitationPath(token) };
  });
}

export async function allUsers(db: Db): Promise<PublicUser[]> {
  const org = await firstOrganisation(db);
  return org ? listUsers(db, org.id) : [];
}

/** Sets a new password (and ends the user's sessions), or returns a one-time link to set it. */
export async function resetPassword(
  db: Db,
  email: string,
  password?: string,
): Promise<{ invitationPath?: string }> {
  const user = await findUserByEmail(db, email);
  if (!user) throw new AdminError(`Aucun compte pour ${email}.`);
  if (password !== undefined) {
    checkPasswordRules(password);
    await setPassword(db, user.id, await hashPassword(password));
    await deleteSessionsOf(db, user.id);
    return {};
  }
  const { token } = await createInvitation(db, { orgId: user.org_id, role: user.role, userId: user.id });
  return { invitationPath: invitationPath(token) };
}
