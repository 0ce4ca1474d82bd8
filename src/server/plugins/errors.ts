/**
 * Errors, in French, never with a stack trace or an SQL message: our own HttpErrors say what
 * is wrong; Fastify's 4xx get a French sentence per kind; anything else is a 500 that is logged
 * on the server only.
 */
import fp from 'fastify-plugin';
import type { FastifyError, FastifyInstance } from 'fastify';
import { HttpError } from '../http.ts';

const FASTIFY_MESSAGES: Record<string, string> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'Requête trop volumineuse.',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'Type de contenu non pris en charge : envoyez du JSON (application/json).',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'Le corps de la requête est vide : du JSON est attendu.',
  FST_ERR_CTP_INVALID_JSON_BODY: 'JSON invalide.',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'Longueur de contenu invalide.',
  FST_ERR_BAD_URL: 'Adresse invalide.',
};

const STATUS_MESSAGES: Record<number, string> = {
  400: 'Requête invalide.',
  401: 'Connectez-vous d’abord.',
  403: 'Accès refusé.',
  404: 'Introuvable.',
  405: 'Méthode non autorisée.',
  413: 'Requête trop volumineuse.',
  415: 'Type de contenu non pris en charge : envoyez du JSON (application/json).',
  429: 'Trop de requêtes : réessayez dans un instant.',
};

async function errors(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError | HttpError, request, reply) => {
    if (error instanceof HttpError)
      return reply
        .code(error.statusCode)
        .send({ error: error.message, ...(error.details ? { errors: error.details } : {}) });
    const status = typeof error.statusCode === 'number' ? error.statusCode : 500;
    if (status >= 400 && status < 500) {
      const message =
        (error.code && FASTIFY_MESSAGES[error.code]) ??
        (error instanceof SyntaxError ? 'JSON invalide.' : (STATUS_MESSAGES[status] ?? 'Requête invalide.'));
      return reply.code(status).send({ error: message });
    }
    request.log.error({ err: error }, 'request failed');
    return reply.code(500).send({ error: 'Erreur interne du serveur. Réessayez plus tard.' });
  });
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/') || request.url === '/api') {
      if (!request.user) return reply.code(401).send({ error: 'Connectez-vous d’abord.' });
      return reply.code(404).send({ error: 'Introuvable.' });
    }
    return reply.code(404).type('text/plain; charset=utf-8').send('Page introuvable.');
  });
}

export default fp(errors, { name: 'errors', dependencies: ['auth'] });
