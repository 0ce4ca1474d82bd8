/**
 * One-time links. A trainer (for one of their groups) or a manager invites trainees into a
 * group: whoever opens the link gives a name, an e-mail and a password, and is logged in. The
 * same links serve for a password set by a manager (a user added without one, or a reset).
 */
import { z } from '../../zod.ts';
import { Email, HttpError, Name, Uuid, type RoutePlugin } from '../http.ts';
import { hashPassword } from '../passwords.ts';
import { createUser, EmailTakenError, listGroups, setPassword } from '../repositories/accounts.ts';
import { createInvitation, findOpenInvitation, useInvitation } from '../repositories/invitations.ts';
import { createSession, deleteSessionsOf } from '../repositories/sessions.ts';
import { Password } from './setup.ts';

export function invitationPath(token: string): string {
  return `/#/invitation/${token}`;
}

const TokenParams = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, { error: 'lien invalide' }) });
const NewInvitation = z.object({ groupId: Uuid });
const Accept = z.object({ name: Name.optional(), email: Email.optional(), password: Password });

const GONE = 'Ce lien n’est plus valable (déjà utilisé ou expiré). Demandez-en un nouveau.';

const invitations: RoutePlugin = async (app) => {
  app.post(
    '/api/invitations',
    { schema: { body: NewInvitation }, preHandler: app.requireRole('trainer', 'manager') },
    async (request, reply) => {
      const user = request.user!;
      const [group] = await listGroups(app.db, user.orgId, [request.body.groupId]);
      if (!group) throw new HttpError(404, 'Groupe introuvable.');
      if (user.role === 'trainer' && !user.groupIds.includes(group.id))
        throw new HttpError(403, 'Accès refusé : ce groupe n’est pas le vôtre.');
      const { token, expiresAt } = await createInvitation(app.db, {
        orgId: user.orgId,
        role: 'trainee',
        groupId: group.id,
        createdBy: user.id,
      });
      return reply.code(201).send({ path: invitationPath(token), token, expiresAt, group });
    },
  );

  app.get('/api/invitations/:token', { schema: { params: TokenParams } }, async (request) => {
    const invitation = await findOpenInvitation(app.db, request.params.token);
    if (!invitation) throw new HttpError(410, GONE);
    return {
      kind: invitation.userId ? 'password' : 'join',
      organisation: invitation.orgName,
      group: invitation.groupName,
      role: invitation.role,
    };
  });

  app.post(
    '/api/invitations/:token',
    {
      schema: { params: TokenParams, body: Accept },
      bodyLimit: 4096,
      config: { rateLimit: { max: 10, timeWindow: 60_000 } },
    },
    async (request, reply) => {
      const { token } = request.params;
      const invitation = await findOpenInvitation(app.db, token);
      if (!invitation) throw new HttpError(410, GONE);
      const body = request.body;
      if (!invitation.userId && (!body.name || !body.email))
        throw new HttpError(400, 'Requête invalide : le nom et l’adresse e-mail sont demandés.');
      const passwordHash = await hashPassword(body.password);
      let userId: string;
      try {
        userId = await app.db.transaction().execute(async (tx) => {
          if (!(await useInvitation(tx, token))) throw new HttpError(410, GONE);
          if (invitation.userId) {
            await setPassword(tx, invitation.userId, passwordHash);
            await deleteSessionsOf(tx, invitation.userId);
            return invitation.userId;
          }
          return createUser(tx, {
            orgId: invitation.orgId,
            email: body.email!,
            name: body.name!,
            role: invitation.role,
            passwordHash,
            groupIds: invitation.groupId ? [invitation.groupId] : [],
          });
        });
      } catch (error) {
        if (error instanceof EmailTakenError)
          throw new HttpError(409, 'Un compte existe déjà avec cette adresse e-mail : connectez-vous.');
        throw error;
      }
      const session = await createSession(app.db, userId);
      app.setSessionCookie(request, reply, session.token);
      return reply.code(201).send({ user: { id: userId } });
    },
  );
};

export default invitations;
