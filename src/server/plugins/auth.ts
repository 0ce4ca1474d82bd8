/**
 * Who is asking: the session cookie (HttpOnly, SameSite=Strict, Secure over https) is read on
 * every API request; routes say who may call them with the preHandlers `app.authenticate` and
 * `app.requireRole(...)` (401 without a session, 403 with the wrong role).
 */
import fp from 'fastify-plugin';
import cookie from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import type { Role } from '../db/tables.ts';
import { HttpError } from '../http.ts';
import { SESSION_DAYS, userOfSession } from '../repositories/sessions.ts';

export const SESSION_COOKIE = 'decroche_session';

export interface SessionUser {
  id: string;
  orgId: string;
  role: Role;
  name: string;
  email: string;
  groupIds: string[];
  token: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    user: SessionUser | null;
  }
  interface FastifyInstance {
    authenticate: preHandlerAsyncHookHandler;
    requireRole(...roles: Role[]): preHandlerAsyncHookHandler;
    setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string): void;
    clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void;
  }
}

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

function secure(request: FastifyRequest): boolean {
  return request.protocol === 'https';
}

async function auth(app: FastifyInstance) {
  await app.register(cookie);
  app.decorateRequest('user', null);

  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api')) return;
    const token = request.cookies[SESSION_COOKIE];
    if (!token || !TOKEN.test(token)) return;
    const user = await userOfSession(app.db, token);
    if (!user) return;
    request.user = {
      id: user.id,
      orgId: user.org_id,
      role: user.role,
      name: user.name,
      email: user.email,
      groupIds: user.group_ids,
      token,
    };
  });

  app.decorate('authenticate', async (request: FastifyRequest) => {
    if (!request.user) throw new HttpError(401, 'Connectez-vous d’abord.');
  });

  app.decorate('requireRole', (...roles: Role[]) => async (request: FastifyRequest) => {
    if (!request.user) throw new HttpError(401, 'Connectez-vous d’abord.');
    if (!roles.includes(request.user.role))
      throw new HttpError(403, 'Accès refusé : votre rôle ne le permet pas.');
  });

  app.decorate('setSessionCookie', (request: FastifyRequest, reply: FastifyReply, token: string) => {
    reply.setCookie(SESSION_COOKIE, token, {
      path: '/',
      httpOnly: true,
      sameSite: 'strict',
      secure: secure(request),
      maxAge: SESSION_DAYS * 24 * 3600,
    });
  });

  app.decorate('clearSessionCookie', (request: FastifyRequest, reply: FastifyReply) => {
    reply.clearCookie(SESSION_COOKIE, {
      path: '/',
      httpOnly: true,
      sameSite: 'strict',
      secure: secure(request),
    });
  });
}

export default fp(auth, { name: 'auth', dependencies: ['database'] });
