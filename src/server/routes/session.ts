/**
 * The session: log in (rate-limited), who am I, log out, log out everywhere.
 */
import { z } from '../../zod.ts';
import { Email, HttpError, type RoutePlugin } from '../http.ts';
import { checkPassword } from '../passwords.ts';
import { findUserByEmail, organisationName } from '../repositories/accounts.ts';
import { createSession, deleteSession, deleteSessionsOf } from '../repositories/sessions.ts';

const Login = z.object({ email: Email, password: z.string().min(1).max(200) });

export const LOGIN_LIMIT = { max: 10, timeWindow: 60_000 };

const session: RoutePlugin = async (app) => {
  app.post(
    '/api/session',
    {
      schema: { body: Login },
      bodyLimit: 4096,
      config: {
        rateLimit: {
          ...LOGIN_LIMIT,
          keyGenerator: (request) => {
            const email = (request.body as { email?: unknown } | undefined)?.email;
            return `${request.ip}|${typeof email === 'string' ? email.toLowerCase() : ''}`;
          },
        },
      },
    },
    async (request, reply) => {
      const user = await findUserByEmail(app.db, request.body.email);
      if (!(await checkPassword(user?.password_hash, request.body.password)) || !user)
        throw new HttpError(401, 'Adresse e-mail ou mot de passe incorrect.');
      const { token } = await createSession(app.db, user.id);
      app.setSessionCookie(request, reply, token);
      return { user: { id: user.id, name: user.name, email: user.email, role: user.role } };
    },
  );

  app.get('/api/session', { preHandler: app.authenticate }, async (request) => {
    const user = request.user!;
    return {
      user: { id: user.id, name: user.name, email: user.email, role: user.role, groups: user.groupIds },
      organisation: { id: user.orgId, name: await organisationName(app.db, user.orgId) },
    };
  });

  app.delete('/api/session', { preHandler: app.authenticate }, async (request, reply) => {
    await deleteSession(app.db, request.user!.token);
    app.clearSessionCookie(request, reply);
    return reply.code(204).send();
  });

  /** Logout everywhere: every session of this user, on every device. */
  app.delete('/api/sessions', { preHandler: app.authenticate }, async (request, reply) => {
    const closed = await deleteSessionsOf(app.db, request.user!.id);
    app.clearSessionCookie(request, reply);
    return reply.code(200).send({ closed });
  });
};

export default session;
