/**
 * Assignments: a trainer sets a scenario to one of their groups (a manager: any group of the
 * organisation) with a due date; a trainee lists their groups' assignments with their status.
 */
import { z } from '../../zod.ts';
import type { SessionUser } from '../plugins/auth.ts';
import { HttpError, Uuid, type RoutePlugin } from '../http.ts';
import { listGroups } from '../repositories/accounts.ts';
import {
  createAssignment,
  deleteAssignment,
  groupOfAssignment,
  staffAssignments,
  traineeAssignments,
} from '../repositories/assignments.ts';

const NewAssignment = z.object({
  groupId: Uuid,
  scenarioId: z.string().min(1).max(200),
  due: z.iso.date({ error: 'date invalide (AAAA-MM-JJ)' }),
});

/** `YYYY-MM-DD` of today in Paris, where the trainees are. */
const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Paris' });

const assignments: RoutePlugin = async (app) => {
  const staff = app.requireRole('trainer', 'manager');

  /** A group the caller may assign to, or 403 (another organisation's group is not found: 404). */
  async function checkGroup(user: SessionUser, groupId: string) {
    const [group] = await listGroups(app.db, user.orgId, [groupId]);
    if (!group) throw new HttpError(404, 'Groupe introuvable.');
    if (user.role !== 'manager' && !user.groupIds.includes(groupId))
      throw new HttpError(403, 'Accès refusé : ce groupe n’est pas le vôtre.');
    return group;
  }

  app.get('/api/assignments', { preHandler: app.authenticate }, async (request) => {
    const user = request.user!;
    const titled = <T extends { scenarioId: string }>(a: T) => ({
      ...a,
      title: app.scenarios.get(a.scenarioId)?.scenario.title ?? null,
    });
    if (user.role === 'trainee') {
      const day = today();
      const list = await traineeAssignments(app.db, user.orgId, user.id, user.groupIds);
      return {
        assignments: list.map((a) =>
          titled({ ...a, status: a.done ? 'done' : a.due < day ? 'late' : 'todo' }),
        ),
      };
    }
    const list = await staffAssignments(
      app.db,
      user.orgId,
      user.role === 'manager' ? undefined : user.groupIds,
    );
    return { assignments: list.map(titled) };
  });

  app.post(
    '/api/assignments',
    { schema: { body: NewAssignment }, bodyLimit: 4096, preHandler: staff },
    async (request, reply) => {
      const user = request.user!;
      const { groupId, scenarioId, due } = request.body;
      await checkGroup(user, groupId);
      if (!app.scenarios.has(scenarioId)) throw new HttpError(422, `Scénario inconnu : « ${scenarioId} ».`);
      const id = await createAssignment(app.db, { orgId: user.orgId, groupId, scenarioId, due, by: user.id });
      return reply.code(201).send({ id });
    },
  );

  app.delete(
    '/api/assignments/:id',
    { schema: { params: z.object({ id: Uuid }) }, preHandler: staff },
    async (request, reply) => {
      const user = request.user!;
      const groupId = await groupOfAssignment(app.db, user.orgId, request.params.id);
      if (!groupId) throw new HttpError(404, 'Devoir introuvable.');
      await checkGroup(user, groupId);
      await deleteAssignment(app.db, request.params.id);
      return reply.code(204).send();
    },
  );
};

export default assignments;
