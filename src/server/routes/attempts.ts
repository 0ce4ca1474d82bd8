/**
 * Attempts: a finished call sent from the app's outbox (the export format's attempt), checked,
 * re-scored by the server and stored once; listed by role.
 */
import type { FastifyRequest } from 'fastify';
import { LogEntrySchema } from '../../scoring/attempt.ts';
import { z } from '../../zod.ts';
import { HttpError, Uuid, type RoutePlugin } from '../http.ts';
import { findAttempt, insertAttempt, listAttempts, type AttemptScope } from '../repositories/attempts.ts';
import { queueStatements } from '../lrs/queue.ts';
import { ReplayError, rescoreAttempt } from '../rescore.ts';

/** A long call is ~15 Ko of JSON: 256 Ko is far above any real attempt. */
export const ATTEMPT_BODY_LIMIT = 256 * 1024;
const MAX_LOG_ENTRIES = 2000;

const IsoDateTime = z.iso.datetime({ offset: true });

/** One element of the export file's `attempts`; its scorecard and outcome are not read. */
export const AttemptUpload = z.object({
  id: z
    .string()
    .min(1)
    .max(100)
    .regex(/^[A-Za-z0-9_-]+$/, { error: 'identifiant invalide' }),
  scenarioId: z.string().min(1).max(200),
  scenarioVersion: z.number().int().min(1).max(1_000_000),
  startedAt: IsoDateTime,
  endedAt: IsoDateTime.optional(),
  log: z.array(LogEntrySchema).min(1, { error: 'le journal est vide' }).max(MAX_LOG_ENTRIES),
  appVersion: z.string().max(50).optional(),
  /** The published pack (and its version) the scenario was played from; none: a built-in. */
  pack: z
    .object({
      id: z
        .string()
        .max(80)
        .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'identifiant de pack invalide' }),
      version: z.number().int().min(1).max(1_000_000),
    })
    .optional(),
});

const ListQuery = z.object({
  user: Uuid.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  before: z.coerce.number().int().min(1).optional(),
});

/** What the session may see: a trainee their own, a trainer their groups, a manager the organisation. */
export function scopeOf(request: FastifyRequest): AttemptScope {
  const user = request.user!;
  if (user.role === 'manager') return { kind: 'org', orgId: user.orgId };
  if (user.role === 'trainer')
    return { kind: 'groups', orgId: user.orgId, groupIds: user.groupIds, userId: user.id };
  return { kind: 'user', orgId: user.orgId, userId: user.id };
}

const attempts: RoutePlugin = async (app) => {
  app.post(
    '/api/attempts',
    { schema: { body: AttemptUpload }, bodyLimit: ATTEMPT_BODY_LIMIT, preHandler: app.authenticate },
    async (request, reply) => {
      const user = request.user!;
      const attempt = request.body;
      const { pack } = attempt;
      const bundle = pack
        ? await app.packBundles.scenario(user.orgId, pack.id, pack.version, attempt.scenarioId)
        : app.scenarios.get(attempt.scenarioId);
      if (!bundle)
        throw new HttpError(
          422,
          pack
            ? `Scénario « ${attempt.scenarioId} » inconnu dans la version ${pack.version} du pack « ${pack.id} ».`
            : `Scénario inconnu : « ${attempt.scenarioId} ».`,
        );
      if (bundle.scenario.version !== attempt.scenarioVersion)
        throw new HttpError(
          422,
          `Version ${attempt.scenarioVersion} du scénario « ${attempt.scenarioId} » inconnue (le serveur a la version ${bundle.scenario.version}).`,
        );
      let rescored;
      try {
        rescored = rescoreAttempt(bundle, attempt.log, attempt.scenarioVersion);
      } catch (error) {
        if (error instanceof ReplayError) throw new HttpError(422, `Tentative invalide : ${error.message}.`);
        request.log.warn({ err: error }, 'replay failed');
        throw new HttpError(422, 'Tentative invalide : son journal ne se rejoue pas.');
      }
      const card = rescored.scorecard;
      const row = {
        id: attempt.id,
        user_id: user.id,
        org_id: user.orgId,
        scenario_id: attempt.scenarioId,
        scenario_version: attempt.scenarioVersion,
        started_at: new Date(attempt.startedAt),
        ended_at: attempt.endedAt ? new Date(attempt.endedAt) : null,
        log: JSON.stringify(rescored.log),
        scorecard: JSON.stringify(card),
        total: card.total,
        passed: card.passed,
        outcome_id: card.outcome.id,
        verdict: card.outcome.verdict,
        replay_matches: rescored.matches,
        app_version: attempt.appVersion ?? null,
        pack_id: pack?.id ?? null,
        pack_version: pack?.version ?? null,
      };
      // Stored and queued for the organisation's LRS together (nothing queued when it has none).
      const result = await app.db.transaction().execute(async (tx) => {
        const inserted = await insertAttempt(tx, row);
        if (inserted.status === 'created')
          await queueStatements(tx, { orgId: user.orgId, attemptId: attempt.id, titleOf: app.titleOf });
        return inserted;
      });
      if (result.status === 'created') app.lrs.kick();
      if (result.status === 'taken')
        throw new HttpError(409, 'Cet identifiant de tentative est déjà utilisé par un autre compte.');
      const body = {
        id: attempt.id,
        total: card.total,
        passed: card.passed,
        replayMatches: rescored.matches,
      };
      return reply.code(result.status === 'created' ? 201 : 200).send(body);
    },
  );

  app.get(
    '/api/attempts',
    { schema: { querystring: ListQuery }, preHandler: app.authenticate },
    async (request) => {
      const { user, limit, before } = request.query;
      const items = await listAttempts(app.db, scopeOf(request), {
        limit,
        ...(user ? { userId: user } : {}),
        ...(before ? { before } : {}),
      });
      return { attempts: items, next: items.length === limit ? items.at(-1)!.seq : null };
    },
  );

  app.get(
    '/api/attempts/:id',
    { schema: { params: z.object({ id: AttemptUpload.shape.id }) }, preHandler: app.authenticate },
    async (request) => {
      const attempt = await findAttempt(app.db, scopeOf(request), request.params.id);
      if (!attempt) throw new HttpError(404, 'Tentative introuvable.');
      return attempt;
    },
  );
};

export default attempts;
