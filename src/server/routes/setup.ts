/**
 * First run: while no organisation exists, the web page offers to create one with its first
 * manager (who is then logged in). Afterwards this route is closed.
 */
import { sql } from 'kysely';
import { z } from '../../zod.ts';
import { Email, HttpError, Name, type RoutePlugin } from '../http.ts';
import { hashPassword, MIN_PASSWORD_LENGTH } from '../passwords.ts';
import { createOrganisation, createUser, organisationCount } from '../repositories/accounts.ts';
import { createSession } from '../repositories/sessions.ts';

export const Password = z
  .string()
  .min(MIN_PASSWORD_LENGTH, {
    error: `le mot de passe doit faire au moins ${MIN_PASSWORD_LENGTH} caractères`,
  })
  .max(200);

const Setup = z.object({
  organisation: z.string().trim().min(1).max(120),
  name: Name,
  email: Email,
  password: Password,
});

const setup: RoutePlugin = async (app) => {
  /** Public: whether the first run is still to do, and whether the cookie is a valid session. */
  app.get('/api/setup', async (request) => ({
    needed: (await organisationCount(app.db)) === 0,
    authenticated: request.user !== null,
  }));

  app.post(
    '/api/setup',
    { schema: { body: Setup }, bodyLimit: 4096, config: { rateLimit: { max: 10, timeWindow: 60_000 } } },
    async (request, reply) => {
      const passwordHash = await hashPassword(request.body.password);
      const userId = await app.db.transaction().execute(async (tx) => {
        // Serialises concurrent first runs: only one creates the organisation.
        await sql`lock table organisations in share row exclusive mode`.execute(tx);
        if ((await organisationCount(tx)) > 0)
          throw new HttpError(409, 'L’organisation existe déjà : connectez-vous.');
        const orgId = await createOrganisation(tx, request.body.organisation);
        return createUser(tx, {
          orgId,
          email: request.body.email,
          name: request.body.name,
          role: 'manager',
          passwordHash,
        });
      });
      const { token } = await createSession(app.db, userId);
      app.setSessionCookie(request, reply, token);
      return reply.code(201).send({ user: { id: userId, name: request.body.name, role: 'manager' } });
    },
  );
};

export default setup;
