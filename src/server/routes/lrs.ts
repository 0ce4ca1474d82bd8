/**
 * The manager's LRS settings and the forwarding's status: where the organisation's xAPI
 * statements go (endpoint, Basic-auth key and secret; the secret is never sent back, only
 * whether one is saved), what is pending, sent or failed (with the last error), a retry, and
 * the attempts stored before the LRS was set up, which the manager can send too. Manager only.
 */
import { z } from '../../zod.ts';
import { HttpError, IdParams, type RoutePlugin } from '../http.ts';
import { earlierCount, queueEarlier } from '../lrs/queue.ts';
import { lrsSettings, outboxStatus, retryRow, saveLrsSettings } from '../repositories/lrs.ts';

const LrsBody = z.object({
  endpoint: z.url({ protocol: /^https?$/, error: 'adresse du LRS invalide (http:// ou https://)' }).max(500),
  username: z.string().trim().min(1, { error: 'la clé est vide' }).max(200),
  /** Absent or empty: the saved secret is kept. */
  secret: z.string().max(500).optional(),
  enabled: z.boolean().default(true),
});

const lrs: RoutePlugin = async (app) => {
  const manager = app.requireRole('manager');

  async function view(orgId: string) {
    const settings = await lrsSettings(app.db, orgId);
    return {
      settings: settings
        ? {
            endpoint: settings.endpoint,
            username: settings.username,
            enabled: settings.enabled,
            secretSaved: settings.secret !== '',
          }
        : null,
      ...(await outboxStatus(app.db, orgId)),
      earlier: settings ? await earlierCount(app.db, orgId) : 0,
    };
  }

  app.get('/api/team/lrs', { preHandler: manager }, async (request) => view(request.user!.orgId));

  app.put(
    '/api/team/lrs',
    { schema: { body: LrsBody }, bodyLimit: 4096, preHandler: manager },
    async (request) => {
      const user = request.user!;
      const { endpoint, username, enabled } = request.body;
      const secret = request.body.secret || undefined;
      const saved = await saveLrsSettings(app.db, user.orgId, user.id, {
        endpoint,
        username,
        enabled,
        secret,
        activityBase: `${request.protocol}://${request.host}`,
      });
      if (!saved) throw new HttpError(422, 'Indiquez le secret de la clé du LRS.');
      app.lrs.kick();
      return view(user.orgId);
    },
  );

  // « Envoyer aussi les appels précédents »: every attempt never queued, through the outbox.
  app.post('/api/team/lrs/earlier', { preHandler: manager }, async (request) => {
    const orgId = request.user!.orgId;
    const queued = await queueEarlier(app.db, { orgId, titleOf: app.titleOf });
    if (queued === null) throw new HttpError(409, 'Activez d’abord la transmission au LRS.');
    if (queued > 0) app.lrs.kick();
    return { queued, ...(await view(orgId)) };
  });

  app.post(
    '/api/team/lrs/outbox/:id/retry',
    { schema: { params: IdParams }, preHandler: manager },
    async (request) => {
      const orgId = request.user!.orgId;
      if (!(await retryRow(app.db, orgId, request.params.id)))
        throw new HttpError(404, 'Envoi introuvable, ou déjà reçu par le LRS.');
      app.lrs.kick();
      return view(orgId);
    },
  );
};

export default lrs;
