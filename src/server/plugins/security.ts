/**
 * Security headers on every reply (the app's CSP, as index.html declares it), no caching of API
 * replies, and the CSRF defence of state-changing API routes: a request another site's page
 * could send is refused (its Origin or Sec-Fetch-Site says so), and bodies must be JSON, which
 * a cross-site form cannot send. The session cookie is SameSite=Strict besides.
 */
import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import { HttpError } from '../http.ts';

export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; media-src 'self' blob: data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameOrigin(origin: string, host: string | undefined): boolean {
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

async function security(app: FastifyInstance) {
  app.addHook('onRequest', async (request) => {
    if (SAFE_METHODS.has(request.method) || !request.url.startsWith('/api/')) return;
    const site = request.headers['sec-fetch-site'];
    const origin = request.headers.origin;
    if (
      (site && site !== 'same-origin' && site !== 'none') ||
      (origin && !sameOrigin(origin, request.headers.host))
    )
      throw new HttpError(403, 'Requête refusée : elle ne vient pas de l’application.');
  });
  app.addHook('onSend', async (request, reply) => {
    reply.header('Content-Security-Policy', CSP);
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Referrer-Policy', 'no-referrer');
    reply.header('X-Frame-Options', 'DENY');
    reply.header('Cross-Origin-Opener-Policy', 'same-origin');
    reply.header('Permissions-Policy', 'camera=(), geolocation=(), microphone=(self)');
    if (request.url.startsWith('/api/')) reply.header('Cache-Control', 'no-store');
  });
}

export default fp(security, { name: 'security' });
