/**
 * Review of attempts: a trainer (or the manager) overrides a criterion with a reason (the automatic
 * score is read by the server from its own scorecard and kept beside it), comments on a turn or
 * the call, marks it reviewed, resolves disputes; the trainee reads it all on their own attempts
 * and disputes a criterion. Every route checks the attempt is in the caller's scope.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CRITERIA } from '../../scenarios/vocabulary.ts';
import { z } from '../../zod.ts';
import { HttpError, Uuid, type RoutePlugin } from '../http.ts';
import type { Db } from '../db/database.ts';
import { queueStatements } from '../lrs/queue.ts';
import { findAttempt } from '../repositories/attempts.ts';
import {
  addComment,
  addDispute,
  addOverride,
  addVerdict,
  findDispute,
  markReviewed,
  resolveDispute,
  reviewOf,
  reviewQueue,
  reviewSample,
  setReviewSample,
  storeReviewedResult,
  type Note,
} from '../repositories/reviews.ts';
import { AttemptUpload, scopeOf } from './attempts.ts';
import { traineeScope } from './team.ts';

const Text = (max: number) => z.string().trim().min(1, { error: 'le texte est vide' }).max(max);
const AttemptParams = z.object({ id: AttemptUpload.shape.id });
const OverrideBody = z.object({
  criterion: z.enum(CRITERIA),
  score: z.number().int().min(0).max(100),
  reason: Text(1000),
});
const VerdictBody = z.object({ passed: z.boolean(), reason: Text(1000) });
const CommentBody = z.object({
  turn: z.number().int().min(0).max(5000).nullable().default(null),
  body: Text(2000),
});
const ReviewedBody = z.object({ comment: z.string().trim().max(2000).default('') });
const DisputeBody = z.object({ criterion: z.enum(CRITERIA), message: Text(1000) });
const ResolveBody = z.object({ answer: Text(1000) });
const SampleBody = z.object({ percent: z.number().int().min(0).max(100) });
const QueueQuery = z.object({ group: Uuid.optional() });

const BODY_LIMIT = 8 * 1024;

const reviews: RoutePlugin = async (app) => {
  const staff = app.requireRole('trainer', 'manager');
  const trainee = app.requireRole('trainee');

  /** The attempt, if the caller may see it and it is a trainee's (a trainer's own is not reviewed). */
  async function attemptFor(request: FastifyRequest, id: string) {
    const attempt = await findAttempt(app.db, scopeOf(request), id);
    if (!attempt) throw new HttpError(404, 'Tentative introuvable.');
    return attempt;
  }

  async function staffAttempt(request: FastifyRequest, id: string) {
    const attempt = await attemptFor(request, id);
    if (attempt.userId === request.user!.id)
      throw new HttpError(403, 'Accès refusé : on ne relit pas ses propres appels.');
    return attempt;
  }

  /** A note on the attempt by the session's user. */
  const noteOf = (request: FastifyRequest, attemptId: string): Note => ({
    attemptId,
    orgId: request.user!.orgId,
    authorId: request.user!.id,
  });

  /**
   * An override (of a criterion or of the verdict) stored, the attempt's reviewed figures
   * rewritten (the matrix, the readiness rule) and the reviewed statement queued for the LRS, in
   * one transaction; the review as it now stands in the 201.
   */
  async function override(
    request: FastifyRequest,
    reply: FastifyReply,
    attemptId: string,
    write: (tx: Db, note: Note) => Promise<unknown>,
  ) {
    const user = request.user!;
    const queued = await app.db.transaction().execute(async (tx) => {
      await write(tx, noteOf(request, attemptId));
      await storeReviewedResult(tx, attemptId, (await reviewOf(tx, attemptId)).final);
      return queueStatements(tx, { orgId: user.orgId, attemptId, titleOf: app.titleOf }, user);
    });
    if (queued) app.lrs.kick();
    return reply.code(201).send(await reviewOf(app.db, attemptId));
  }

  app.get(
    '/api/attempts/:id/review',
    {
      schema: { params: AttemptParams, querystring: z.object({ ifExists: z.literal('1').optional() }) },
      preHandler: app.authenticate,
    },
    async (request) => {
      // `ifExists`: the trainee's debrief asks before its attempt may have reached the server;
      // « nothing (yet) » is then a plain null, not a 404 the browser reports as an error.
      if (request.query.ifExists) {
        const attempt = await findAttempt(app.db, scopeOf(request), request.params.id);
        return attempt ? reviewOf(app.db, attempt.id) : null;
      }
      const attempt = await attemptFor(request, request.params.id);
      return reviewOf(app.db, attempt.id);
    },
  );

  app.post(
    '/api/attempts/:id/overrides',
    { schema: { params: AttemptParams, body: OverrideBody }, bodyLimit: BODY_LIMIT, preHandler: staff },
    async (request, reply) => {
      const attempt = await staffAttempt(request, request.params.id);
      const { criterion, score, reason } = request.body;
      const card = attempt.scorecard as { criteria?: Record<string, { score?: unknown } | null> };
      const automatic = card.criteria?.[criterion]?.score;
      if (typeof automatic !== 'number')
        throw new HttpError(422, 'Ce critère n’a pas été évalué pour cet appel : il n’y a rien à corriger.');
      return override(request, reply, attempt.id, (tx, note) =>
        addOverride(tx, { ...note, criterion, before: Math.round(automatic), after: score, reason }),
      );
    },
  );

  app.post(
    '/api/attempts/:id/verdict',
    { schema: { params: AttemptParams, body: VerdictBody }, bodyLimit: BODY_LIMIT, preHandler: staff },
    async (request, reply) => {
      const attempt = await staffAttempt(request, request.params.id);
      const { passed, reason } = request.body;
      // « Before » is the verdict the trainee saw until now: recalculated, or an earlier override.
      const before = (await reviewOf(app.db, attempt.id)).final.passed;
      return override(request, reply, attempt.id, (tx, note) =>
        addVerdict(tx, { ...note, before, after: passed, reason }),
      );
    },
  );

  app.post(
    '/api/attempts/:id/comments',
    { schema: { params: AttemptParams, body: CommentBody }, bodyLimit: BODY_LIMIT, preHandler: staff },
    async (request, reply) => {
      const attempt = await staffAttempt(request, request.params.id);
      const { turn, body } = request.body;
      if (turn !== null && turn >= attempt.log.length)
        throw new HttpError(422, 'Ce tour de parole n’existe pas dans l’appel.');
      await addComment(app.db, { ...noteOf(request, attempt.id), turn, body });
      return reply.code(201).send(await reviewOf(app.db, attempt.id));
    },
  );

  app.post(
    '/api/attempts/:id/reviewed',
    { schema: { params: AttemptParams, body: ReviewedBody }, bodyLimit: BODY_LIMIT, preHandler: staff },
    async (request) => {
      const attempt = await staffAttempt(request, request.params.id);
      await markReviewed(app.db, attempt.id, request.user!.id, request.body.comment);
      return reviewOf(app.db, attempt.id);
    },
  );

  app.post(
    '/api/attempts/:id/disputes',
    { schema: { params: AttemptParams, body: DisputeBody }, bodyLimit: BODY_LIMIT, preHandler: trainee },
    async (request, reply) => {
      // A trainee's scope is their own attempts: another's is not found.
      const attempt = await attemptFor(request, request.params.id);
      const { criterion, message } = request.body;
      await addDispute(app.db, { ...noteOf(request, attempt.id), criterion, message });
      return reply.code(201).send(await reviewOf(app.db, attempt.id));
    },
  );

  app.post(
    '/api/disputes/:id/resolve',
    {
      schema: { params: z.object({ id: Uuid }), body: ResolveBody },
      bodyLimit: BODY_LIMIT,
      preHandler: staff,
    },
    async (request) => {
      const dispute = await findDispute(app.db, request.user!.orgId, request.params.id);
      if (!dispute) throw new HttpError(404, 'Contestation introuvable.');
      await staffAttempt(request, dispute.attemptId);
      if (dispute.resolved) throw new HttpError(409, 'Cette contestation est déjà traitée.');
      await resolveDispute(app.db, request.params.id, request.user!.id, request.body.answer);
      return reviewOf(app.db, dispute.attemptId);
    },
  );

  app.get(
    '/api/review/queue',
    { schema: { querystring: QueueQuery }, preHandler: staff },
    async (request) => {
      const scope = traineeScope(request, request.query.group);
      const sample = await reviewSample(app.db, scope.orgId);
      const items = await reviewQueue(app.db, scope, sample);
      return {
        sample,
        attempts: items.map((i) => ({
          ...i,
          title: app.scenarios.get(i.scenarioId)?.scenario.title ?? null,
        })),
      };
    },
  );

  app.put(
    '/api/review/sample',
    { schema: { body: SampleBody }, bodyLimit: 1024, preHandler: staff },
    async (request) => {
      await setReviewSample(app.db, request.user!.orgId, request.body.percent);
      return { sample: request.body.percent };
    },
  );
};

export default reviews;
