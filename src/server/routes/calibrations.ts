/**
 * Calibration sessions: a trainer (their groups' attempts) or the manager picks trainees'
 * attempts and raters (trainers, managers); each rater grades every call blind — no automatic
 * score, no other rater's grade, no trainee name — then submits; the results (agreement between
 * raters, each against the automatic score, the calls most disagreed on) and the disagreements as
 * JSON lines are shown to the session's creator, the organisation's manager, and each rater once
 * they have submitted.
 */
import type { FastifyRequest } from 'fastify';
import { CRITERIA, CRITICAL_RULES } from '../../scenarios/vocabulary.ts';
import type { Judgement } from '../../scoring/calibration.ts';
import {
  disagreementsJsonl,
  judgementOf,
  sessionReport,
  type SessionCall,
} from '../../scoring/calibrationSession.ts';
import { z } from '../../zod.ts';
import { HttpError, Uuid, type RoutePlugin } from '../http.ts';
import { findAttempt } from '../repositories/attempts.ts';
import {
  createSession,
  findSession,
  gradesOf,
  listSessions,
  saveGrade,
  sessionAttempts,
  staffAmong,
  staffOf,
  submitRater,
  traineeAttempts,
  type SessionSummary,
  type StoredGrade,
} from '../repositories/calibration.ts';
import { AttemptUpload, scopeOf } from './attempts.ts';

const MAX_ATTEMPTS = 30;
const MAX_RATERS = 10;

const unique = <T>(list: T[]) => new Set(list).size === list.length;

const CreateBody = z.object({
  title: z.string().trim().min(1, { error: 'le titre est vide' }).max(120),
  attemptIds: z
    .array(AttemptUpload.shape.id)
    .min(1, { error: 'choisissez au moins un appel' })
    .max(MAX_ATTEMPTS, { error: `au plus ${MAX_ATTEMPTS} appels par séance` })
    .refine(unique, { error: 'un appel est choisi deux fois' }),
  raterIds: z
    .array(Uuid)
    .min(2, { error: 'choisissez au moins deux évaluateurs' })
    .max(MAX_RATERS, { error: `au plus ${MAX_RATERS} évaluateurs par séance` })
    .refine(unique, { error: 'un évaluateur est choisi deux fois' }),
});

const GradeValue = z.union([z.number().int().min(0).max(4), z.literal('NA')]);
const GradeBody = z.object({
  grades: z.record(z.enum(CRITERIA), GradeValue),
  critical: z
    .array(z.enum(CRITICAL_RULES))
    .max(CRITICAL_RULES.length)
    .refine(unique, { error: 'un échec critique est coché deux fois' })
    .default([]),
  passed: z.boolean(),
  comment: z.string().trim().max(1000).default(''),
});

/** What a blind grader reads of a call (as the graders' packets): no outcome, no caller mood or cause. */
const BLIND_TYPES = new Set([
  'ring',
  'pickup',
  'caller.say',
  'trainee.say',
  'trainee.action',
  'hold',
  'resume',
  'hangup',
  'wrapup.start',
  'wrapup.end',
]);
function blindLog(log: unknown[]) {
  return log.flatMap((entry) => {
    const e = entry as { t?: unknown; type?: unknown; text?: unknown; action?: unknown; by?: unknown };
    if (typeof e.type !== 'string' || !BLIND_TYPES.has(e.type)) return [];
    return [
      {
        t: typeof e.t === 'number' ? e.t : 0,
        type: e.type,
        ...(typeof e.text === 'string' ? { text: e.text } : {}),
        ...(e.action && typeof e.action === 'object' ? { action: e.action } : {}),
        ...(typeof e.by === 'string' ? { by: e.by } : {}),
      },
    ];
  });
}

const SessionParams = z.object({ id: Uuid });
const GradeParams = z.object({ id: Uuid, attemptId: AttemptUpload.shape.id });
const BODY_LIMIT = 8 * 1024;

const calibrations: RoutePlugin = async (app) => {
  const staff = app.requireRole('trainer', 'manager');
  const titleOf = (id: string) => app.scenarios.get(id)?.scenario.title ?? null;

  /** The session, if the caller takes part in it (creator, rater) or manages the organisation. */
  async function sessionFor(request: FastifyRequest, id: string) {
    const user = request.user!;
    const session = await findSession(app.db, user.orgId, id);
    const rater = session?.raters.find((r) => r.id === user.id);
    if (!session || (user.role !== 'manager' && session.createdBy !== user.id && !rater))
      throw new HttpError(404, 'Séance de calibrage introuvable.');
    return { session, rater };
  }

  /** Results are hidden from a rater until they submit their own grades. */
  async function resultsFor(request: FastifyRequest, id: string) {
    const { session, rater } = await sessionFor(request, id);
    if (rater && !rater.submittedAt)
      throw new HttpError(
        403,
        'Résultats masqués : notez tous les appels de la séance et validez vos notes pour les voir.',
      );
    return session;
  }

  const view = (s: SessionSummary, userId: string) => {
    const me = s.raters.find((r) => r.id === userId);
    return {
      ...s,
      me: { rater: Boolean(me), submitted: Boolean(me?.submittedAt), creator: s.createdBy === userId },
    };
  };

  app.get('/api/calibrations', { preHandler: staff }, async (request) => {
    const user = request.user!;
    const list = await listSessions(app.db, user);
    return { sessions: list.map((s) => view(s, user.id)) };
  });

  app.get('/api/calibrations/raters', { preHandler: staff }, async (request) => ({
    raters: await staffOf(app.db, request.user!.orgId),
  }));

  app.post(
    '/api/calibrations',
    { schema: { body: CreateBody }, bodyLimit: BODY_LIMIT, preHandler: staff },
    async (request, reply) => {
      const user = request.user!;
      const { title, attemptIds, raterIds } = request.body;
      const scope = scopeOf(request);
      for (const id of attemptIds)
        if (!(await findAttempt(app.db, scope, id)))
          throw new HttpError(404, 'Un appel choisi est introuvable ou hors de vos groupes.');
      const trainees = await traineeAttempts(app.db, user.orgId, attemptIds);
      if (trainees.size !== attemptIds.length)
        throw new HttpError(422, 'Seuls les appels de stagiaires se calibrent.');
      const raters = await staffAmong(app.db, user.orgId, raterIds);
      if (raters.size !== raterIds.length)
        throw new HttpError(
          422,
          'Les évaluateurs sont des formateurs ou responsables de votre organisation.',
        );
      const id = await createSession(app.db, {
        orgId: user.orgId,
        title,
        createdBy: user.id,
        attemptIds,
        raterIds,
      });
      return reply.code(201).send(view((await findSession(app.db, user.orgId, id))!, user.id));
    },
  );

  app.get(
    '/api/calibrations/:id',
    { schema: { params: SessionParams }, preHandler: staff },
    async (request) => {
      const user = request.user!;
      const { session, rater } = await sessionFor(request, request.params.id);
      const attempts = await sessionAttempts(app.db, session.id);
      const mine = rater ? await gradesOf(app.db, session.id, user.id) : [];
      return {
        ...view(session, user.id),
        // Blind: the transcript, never the scorecard, the outcome or the trainee's name.
        calls: attempts.map((a) => ({
          id: a.id,
          position: a.position,
          scenarioId: a.scenarioId,
          title: titleOf(a.scenarioId),
          startedAt: a.startedAt,
          log: blindLog(a.log),
        })),
        grades: Object.fromEntries(
          mine.map((g) => [
            g.attemptId,
            { grades: g.grades, critical: g.critical, passed: g.passed, comment: g.comment },
          ]),
        ),
      };
    },
  );

  app.put(
    '/api/calibrations/:id/grades/:attemptId',
    { schema: { params: GradeParams, body: GradeBody }, bodyLimit: BODY_LIMIT, preHandler: staff },
    async (request) => {
      const user = request.user!;
      const { session, rater } = await sessionFor(request, request.params.id);
      if (!rater) throw new HttpError(403, 'Accès refusé : vous n’êtes pas évaluateur de cette séance.');
      if (rater.submittedAt)
        throw new HttpError(409, 'Vos notes sont déjà validées : elles ne changent plus.');
      const attempts = await sessionAttempts(app.db, session.id);
      if (!attempts.some((a) => a.id === request.params.attemptId))
        throw new HttpError(404, 'Cet appel ne fait pas partie de la séance.');
      const { grades, critical, passed, comment } = request.body;
      await saveGrade(app.db, session.id, {
        attemptId: request.params.attemptId,
        raterId: user.id,
        grades,
        critical,
        passed,
        comment,
      });
      return { saved: true };
    },
  );

  app.post(
    '/api/calibrations/:id/submit',
    { schema: { params: SessionParams }, preHandler: staff },
    async (request) => {
      const user = request.user!;
      const { session, rater } = await sessionFor(request, request.params.id);
      if (!rater) throw new HttpError(403, 'Accès refusé : vous n’êtes pas évaluateur de cette séance.');
      if (rater.submittedAt) throw new HttpError(409, 'Vos notes sont déjà validées.');
      const graded = new Set((await gradesOf(app.db, session.id, user.id)).map((g) => g.attemptId));
      const missing = session.attempts - graded.size;
      if (missing > 0)
        throw new HttpError(
          422,
          missing === 1 ? 'Il reste un appel à noter.' : `Il reste ${missing} appels à noter.`,
        );
      await submitRater(app.db, session.id, user.id);
      return view((await findSession(app.db, user.orgId, session.id))!, user.id);
    },
  );

  /** The session's calls with the submitted raters' judgements. */
  async function callsOf(session: SessionSummary) {
    const submitted = session.raters.filter((r) => r.submittedAt).map((r) => r.id);
    const [attempts, grades] = await Promise.all([
      sessionAttempts(app.db, session.id),
      gradesOf(app.db, session.id),
    ]);
    const byCall = new Map<string, StoredGrade[]>();
    for (const g of grades)
      if (submitted.includes(g.raterId)) byCall.set(g.attemptId, [...(byCall.get(g.attemptId) ?? []), g]);
    const calls = attempts.map((a) => {
      const mine = byCall.get(a.id) ?? [];
      return {
        id: a.id,
        scenario: a.scenarioId,
        log: a.log,
        automatic: judgementOf((a.scorecard ?? {}) as Parameters<typeof judgementOf>[0]),
        ratings: Object.fromEntries(
          mine.map((g) => [
            g.raterId,
            { grades: g.grades, critical: g.critical, passed: g.passed } as Judgement,
          ]),
        ) as SessionCall['ratings'],
        comments: Object.fromEntries(mine.map((g) => [g.raterId, g.comment])),
      };
    });
    return { calls, submitted };
  }

  app.get(
    '/api/calibrations/:id/results',
    { schema: { params: SessionParams }, preHandler: staff },
    async (request) => {
      const session = await resultsFor(request, request.params.id);
      const { calls, submitted } = await callsOf(session);
      const report = sessionReport(calls, submitted);
      const byId = new Map(calls.map((c) => [c.id, c]));
      return {
        session: view(session, request.user!.id),
        raters: session.raters.filter((r) => r.submittedAt).map((r) => ({ id: r.id, name: r.name })),
        method: report.method,
        criteria: report.criteria,
        pooled: report.pooled,
        passFail: report.passFail,
        automatic: report.automatic,
        calls: report.spread.map((s) => {
          const call = byId.get(s.id)!;
          return {
            ...s,
            scenarioId: call.scenario,
            title: titleOf(call.scenario),
            automatic: call.automatic,
            ratings: call.ratings,
            comments: call.comments,
          };
        }),
      };
    },
  );

  app.get(
    '/api/calibrations/:id/disagreements.jsonl',
    { schema: { params: SessionParams }, preHandler: staff },
    async (request, reply) => {
      const session = await resultsFor(request, request.params.id);
      const { calls, submitted } = await callsOf(session);
      const text = disagreementsJsonl(sessionReport(calls, submitted), calls);
      return reply
        .type('application/x-ndjson; charset=utf-8')
        .header('Content-Disposition', `attachment; filename="calibrage-${session.id.slice(0, 8)}.jsonl"`)
        .send(text);
    },
  );
};

export default calibrations;
