/**
 * Users and groups of the organisation. A manager administers both; a trainer sees the groups
 * they belong to and their members; a trainee neither.
 */
import { z } from '../../zod.ts';
import { ROLES } from '../db/tables.ts';
import { Email, HttpError, IdParams, Name, type RoutePlugin } from '../http.ts';
import {
  createGroup,
  createUser,
  deleteUser,
  EmailTakenError,
  findUser,
  isUniqueViolation,
  listGroups,
  listUsers,
} from '../repositories/accounts.ts';
import { createInvitation } from '../repositories/invitations.ts';
import { invitationPath } from './invitations.ts';

const NewGroup = z.object({ name: z.string().trim().min(1).max(80) });
const NewUserBody = z.object({
  email: Email,
  name: Name,
  role: z.enum(ROLES),
  groupIds: z.array(z.uuid()).max(50).default([]),
});

const users: RoutePlugin = async (app) => {
  const staff = app.requireRole('trainer', 'manager');
  const manager = app.requireRole('manager');

  app.get('/api/groups', { preHandler: staff }, async (request) => {
    const user = request.user!;
    return {
      groups: await listGroups(app.db, user.orgId, user.role === 'manager' ? undefined : user.groupIds),
    };
  });

  app.post('/api/groups', { schema: { body: NewGroup }, preHandler: manager }, async (request, reply) => {
    try {
      const id = await createGroup(app.db, request.user!.orgId, request.body.name);
      return reply.code(201).send({ id, name: request.body.name });
    } catch (error) {
      if (isUniqueViolation(error))
        throw new HttpError(409, `Le groupe « ${request.body.name} » existe déjà.`);
      throw error;
    }
  });

  app.get('/api/users', { preHandler: staff }, async (request) => {
    const user = request.user!;
    return {
      users: await listUsers(app.db, user.orgId, user.role === 'manager' ? undefined : user.groupIds),
    };
  });

  /** A manager adds a user; they set their password from the one-time link returned. */
  app.post('/api/users', { schema: { body: NewUserBody }, preHandler: manager }, async (request, reply) => {
    const orgId = request.user!.orgId;
    const groups = await listGroups(app.db, orgId, request.body.groupIds);
    if (groups.length !== new Set(request.body.groupIds).size)
      throw new HttpError(404, 'Groupe introuvable.');
    try {
      const result = await app.db.transaction().execute(async (tx) => {
        const id = await createUser(tx, { ...request.body, orgId, passwordHash: null });
        const invitation = await createInvitation(tx, {
          orgId,
          role: request.body.role,
          userId: id,
          createdBy: request.user!.id,
        });
        return { id, invitation };
      });
      return reply.code(201).send({
        id: result.id,
        invitation: { path: invitationPath(result.invitation.token), expiresAt: result.invitation.expiresAt },
      });
    } catch (error) {
      if (error instanceof EmailTakenError)
        throw new HttpError(409, 'Un compte existe déjà avec cette adresse e-mail.');
      throw error;
    }
  });

  /** GDPR: a manager deletes a user of the organisation with all their attempts. */
  app.delete(
    '/api/users/:id',
    { schema: { params: IdParams }, preHandler: manager },
    async (request, reply) => {
      if (request.params.id === request.user!.id)
        throw new HttpError(409, 'Vous ne pouvez pas supprimer votre propre compte ici.');
      if (!(await deleteUser(app.db, request.user!.orgId, request.params.id)))
        throw new HttpError(404, 'Utilisateur introuvable.');
      return reply.code(204).send();
    },
  );

  /** A one-time link to set a new password (the user's sessions end when it is used). */
  app.post(
    '/api/users/:id/password-reset',
    { schema: { params: IdParams }, preHandler: manager },
    async (request, reply) => {
      const user = await findUser(app.db, request.user!.orgId, request.params.id);
      if (!user) throw new HttpError(404, 'Utilisateur introuvable.');
      const invitation = await createInvitation(app.db, {
        orgId: user.org_id,
        role: user.role,
        userId: user.id,
        createdBy: request.user!.id,
      });
      return reply
        .code(201)
        .send({ path: invitationPath(invitation.token), expiresAt: invitation.expiresAt });
    },
  );
};

export default users;
