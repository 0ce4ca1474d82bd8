/**
 * The team server: one Fastify app serving the built app and the JSON API under /api.
 * Plugins by concern (plugins/), routes by resource (routes/), repositories for the tables
 * (repositories/); `openDatabase` gives it PGlite or PostgreSQL.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import type { Database } from './db/database.ts';
import { HttpError, zodSerializerCompiler, zodValidatorCompiler, type ZodProvider } from './http.ts';
import auth from './plugins/auth.ts';
import catalog from './plugins/catalog.ts';
import database from './plugins/database.ts';
import errors from './plugins/errors.ts';
import lrsForwarder from './plugins/lrs.ts';
import type { ForwarderOptions } from './lrs/forwarder.ts';
import security from './plugins/security.ts';
import attempts from './routes/attempts.ts';
import health from './routes/health.ts';
import invitations from './routes/invitations.ts';
import lrs from './routes/lrs.ts';
import me from './routes/me.ts';
import packs from './routes/packs.ts';
import exportsRoutes from './routes/exports.ts';
import session from './routes/session.ts';
import setup from './routes/setup.ts';
import assignments from './routes/assignments.ts';
import calibrations from './routes/calibrations.ts';
import reviews from './routes/reviews.ts';
import team from './routes/team.ts';
import users from './routes/users.ts';

/** The meta element the served page carries (src/ui/account/account.svelte.ts reads it). */
export const SERVER_MARKER = 'decroche-server';

export const DIST_DIR = resolve(import.meta.dirname, '../../dist');

export interface AppOptions {
  database: Database;
  /** Close the database with the app (the CLI's server; tests share one across apps). */
  closeDatabase?: boolean;
  /** The built app to serve; none in API-only tests. */
  distDir?: string | null;
  logger?: boolean;
  /** Behind a reverse proxy that sets X-Forwarded-For / -Proto. */
  trustProxy?: boolean;
  /** The LRS forwarder's delays and tries (tests shorten them). */
  lrs?: Partial<ForwarderOptions>;
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ? { level: 'warn' } : false,
    bodyLimit: 64 * 1024,
    trustProxy: options.trustProxy ?? false,
    // The router's own errors (a path parameter too long, a malformed URL): French, no details.
    frameworkErrors: (error, _request, reply) => {
      const status = typeof error.statusCode === 'number' && error.statusCode < 500 ? error.statusCode : 400;
      void reply
        .code(status as never)
        .header('X-Content-Type-Options', 'nosniff')
        .type('application/json; charset=utf-8')
        .send(
          JSON.stringify({ error: status === 414 ? 'Adresse trop longue.' : 'Adresse invalide.' }) as never,
        );
    },
  }).withTypeProvider<ZodProvider>();
  app.setValidatorCompiler(zodValidatorCompiler);
  app.setSerializerCompiler(zodSerializerCompiler);
  // JSON only: a cross-site form (urlencoded, multipart, text/plain) is refused with a 415.
  app.removeContentTypeParser('text/plain');

  await app.register(database, { database: options.database, closeWithApp: options.closeDatabase ?? false });
  await app.register(catalog);
  await app.register(lrsForwarder, { forwarder: options.lrs ?? {} });
  await app.register(security);
  await app.register(auth);
  await app.register(errors);
  await app.register(rateLimit, {
    global: false,
    // After the body is parsed: the login limit counts per address and e-mail.
    hook: 'preHandler',
    errorResponseBuilder: (_request, context) =>
      new HttpError(
        429,
        `Trop de tentatives. Réessayez dans ${Math.max(1, Math.ceil(context.ttl / 1000))} s.`,
      ),
  });

  await app.register(health);
  await app.register(session);
  await app.register(setup);
  await app.register(users);
  await app.register(invitations);
  await app.register(attempts);
  await app.register(me);
  await app.register(packs);
  await app.register(exportsRoutes);
  await app.register(team);
  await app.register(reviews);
  await app.register(assignments);
  await app.register(calibrations);
  await app.register(lrs);

  const dist = options.distDir === undefined ? DIST_DIR : options.distDir;
  if (dist && existsSync(join(dist, 'index.html'))) {
    // The page tells the app it is served by a team server (a static host's does not): the app
    // then offers its account page; otherwise it makes no request at all and stays local.
    const page = (await readFile(join(dist, 'index.html'), 'utf8')).replace(
      '<head>',
      `<head>\n    <meta name="${SERVER_MARKER}" content="1" />`,
    );
    const sendPage = async (_request: unknown, reply: FastifyReply) =>
      reply.type('text/html; charset=utf-8').send(page);
    app.get('/', sendPage);
    app.get('/index.html', sendPage);
    await app.register(fastifyStatic, { root: dist, index: false, wildcard: true });
  }
  return app;
}
