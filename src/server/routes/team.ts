/**
 * The Équipe screens' API: the competency matrix (a manager: the organisation; a trainer: their
 * groups), the attempts behind a cell, and the organisation's readiness rule (read by both, set by
 * the manager). A trainee gets 403 everywhere.
 */
import type { FastifyRequest } from 'fastify';
import { CALLER_TYPES, CRITERIA } from '../../scenarios/vocabulary.ts';
import { z } from '../../zod.ts';
import { HttpError, Uuid, type RoutePlugin } from '../http.ts';
import {
  aggregates,
  cellAttempts,
  readinessRows,
  readinessRule,
  setReadinessRule,
  traineesOf,
  type Period,
  type TraineeScope,
} from '../repositories/team.ts';
import { DEFAULT_RULE, readinessOf, ReadinessRuleSchema, type ReadinessRule } from '../team/readiness.ts';

const Day = z.iso.date({ error: 'date invalide (AAAA-MM-JJ)' });

const Filters = z.object({
  group: Uuid.optional(),
  from: Day.optional(),
  to: Day.optional(),
});

/** ISO days compare as strings. */
const inOrder = (q: { from?: string | undefined; to?: string | undefined }) =>
  !q.from || !q.to || q.from <= q.to;
const disorder = () => ({ error: 'la date de fin précède la date de début (from)', path: ['to'] });

/** The matrix's filters, which the exports share: a group, a period (`to` the last day included). */
export const TeamFilters = Filters.refine(inOrder, disorder());

const CellQuery = Filters.extend({
  user: Uuid,
  criterion: z.enum(CRITERIA).optional(),
  callerType: z.enum(CALLER_TYPES).optional(),
})
  .refine((q) => (q.criterion === undefined) !== (q.callerType === undefined), {
    error: 'indiquez un critère ou un type d’appelant',
  })
  .refine(inOrder, disorder());

const DAY_MS = 24 * 3600 * 1000;

/** `to` is the last day included. */
export function periodOf(query: { from?: string | undefined; to?: string | undefined }): Period {
  return {
    ...(query.from ? { from: new Date(`${query.from}T00:00:00Z`) } : {}),
    ...(query.to ? { to: new Date(Date.parse(`${query.to}T00:00:00Z`) + DAY_MS) } : {}),
  };
}

/** Whose trainees the session sees, narrowed to a group; a trainer naming another group: 403. */
export function traineeScope(request: FastifyRequest, group?: string): TraineeScope {
  const user = request.user!;
  if (user.role === 'manager') return { orgId: user.orgId, ...(group ? { groupIds: [group] } : {}) };
  if (group && !user.groupIds.includes(group))
    throw new HttpError(403, 'Accès refusé : ce groupe n’est pas le vôtre.');
  return { orgId: user.orgId, groupIds: group ? [group] : user.groupIds };
}

const team: RoutePlugin = async (app) => {
  const staff = app.requireRole('trainer', 'manager');
  const manager = app.requireRole('manager');

  const callerTypeOf: Record<string, string> = Object.fromEntries(
    [...app.scenarios.values()].map((b) => [b.scenario.id, b.scenario.callerType]),
  );
  const callerTypes = CALLER_TYPES.filter((t) => Object.values(callerTypeOf).includes(t));

  async function ruleOf(orgId: string): Promise<ReadinessRule> {
    const stored = ReadinessRuleSchema.safeParse(await readinessRule(app.db, orgId));
    return stored.success ? stored.data : DEFAULT_RULE;
  }

  app.get(
    '/api/team/matrix',
    { schema: { querystring: TeamFilters }, preHandler: staff },
    async (request) => {
      const scope = traineeScope(request, request.query.group);
      const period = periodOf(request.query);
      const rule = await ruleOf(scope.orgId);
      const filtered = period.from !== undefined || period.to !== undefined;
      const since = new Date(Date.now() - rule.windowDays * DAY_MS);
      const [trainees, shown, allTime, facts] = await Promise.all([
        traineesOf(app.db, scope),
        aggregates(app.db, scope, period, callerTypeOf),
        filtered ? aggregates(app.db, scope, {}, callerTypeOf) : undefined,
        readinessRows(app.db, scope, since, rule.noCriticalInLast, callerTypeOf),
      ]);
      return {
        criteria: CRITERIA,
        callerTypes,
        rule,
        trainees: trainees.map((t) => {
          const aggregate = shown.get(t.id);
          const overall = (allTime ?? shown).get(t.id);
          return {
            ...t,
            attempts: aggregate?.attempts ?? 0,
            lastAt: aggregate?.lastAt ?? null,
            trend: aggregate?.trend ?? [],
            criteria: aggregate?.criteria ?? {},
            callerTypes: aggregate?.callerTypes ?? {},
            readiness: readinessOf(rule, {
              attempts: overall?.attempts ?? 0,
              passesInWindow: facts.passes.get(t.id) ?? {},
              criticalInLast: facts.critical.get(t.id) ?? 0,
              levels: Object.fromEntries(
                Object.entries(overall?.criteria ?? {}).map(([k, v]) => [k, v.level]),
              ),
            }),
          };
        }),
      };
    },
  );

  app.get('/api/team/cell', { schema: { querystring: CellQuery }, preHandler: staff }, async (request) => {
    const q = request.query;
    const scope = traineeScope(request, q.group);
    const trainees = await traineesOf(app.db, scope);
    const trainee = trainees.find((t) => t.id === q.user);
    if (!trainee) throw new HttpError(404, 'Apprenant introuvable dans vos groupes.');
    const attempts = await cellAttempts(
      app.db,
      scope,
      periodOf(q),
      q.user,
      q.criterion ? { criterion: q.criterion } : { callerType: q.callerType!, callerTypeOf },
    );
    return {
      trainee,
      attempts: attempts.map((a) => ({
        ...a,
        title: app.scenarios.get(a.scenarioId)?.scenario.title ?? null,
      })),
    };
  });

  app.get('/api/team/readiness', { preHandler: staff }, async (request) => ({
    rule: await ruleOf(request.user!.orgId),
  }));

  app.put(
    '/api/team/readiness',
    { schema: { body: ReadinessRuleSchema }, bodyLimit: 4096, preHandler: manager },
    async (request) => {
      const user = request.user!;
      await setReadinessRule(app.db, user.orgId, request.body, user.id);
      return { rule: request.body };
    },
  );
};

export default team;
