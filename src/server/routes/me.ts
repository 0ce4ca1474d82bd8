/** GDPR: everything the server holds about the user, as one JSON download. */
import type { RoutePlugin } from '../http.ts';
import { listGroups, organisationName } from '../repositories/accounts.ts';
import { attemptsOfUser } from '../repositories/attempts.ts';
import { gradesByRater } from '../repositories/calibration.ts';
import { z } from '../../zod.ts';
import { ContentReply, visiblePacks } from './packs.ts';

const CatalogueReply = z.object({
  scenarios: z.array(z.object({ id: z.string(), version: z.number().int(), title: z.string() })),
  packs: z.array(ContentReply),
});

const me: RoutePlugin = async (app) => {
  app.get('/api/me/export', { preHandler: app.authenticate }, async (request, reply) => {
    const user = request.user!;
    const body = {
      format: 'decroche-account',
      version: 1,
      exportedAt: new Date().toISOString(),
      user: { id: user.id, name: user.name, email: user.email, role: user.role },
      organisation: { id: user.orgId, name: await organisationName(app.db, user.orgId) },
      groups: await listGroups(app.db, user.orgId, user.groupIds),
      attempts: await attemptsOfUser(app.db, user.orgId, user.id),
      /** The grades they gave as a calibration rater (a trainer or a manager). */
      calibrationGrades: await gradesByRater(app.db, user.orgId, user.id),
    };
    return reply.header('Content-Disposition', 'attachment; filename="decroche-mes-donnees.json"').send(body);
  });

  /**
   * The catalogue: the built-in scenarios this server scores, and the packs published to the
   * user's groups (a manager: the organisation's), each at its current version, files included.
   */
  app.get(
    '/api/scenarios',
    { schema: { response: { 200: CatalogueReply } }, preHandler: app.authenticate },
    async (request) => ({
      scenarios: [...app.scenarios.values()].map((b) => ({
        id: b.scenario.id,
        version: b.scenario.version,
        title: b.scenario.title,
      })),
      packs: await visiblePacks(app, request),
    }),
  );
};

export default me;
