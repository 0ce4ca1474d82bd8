/**
 * Exports for trainers (their groups) and managers (the organisation): CSV and xAPI, narrowed by
 * the matrix's filters (a group, a period) when given. The role is checked before the filters are
 * read, so a trainee gets 403 whatever the query.
 */
import type { FastifyRequest } from 'fastify';
import { attemptsCsv, xapiStatements } from '../exports.ts';
import type { RoutePlugin } from '../http.ts';
import { exportRows, type ExportFilter } from '../repositories/attempts.ts';
import { scopeOf } from './attempts.ts';
import { periodOf, TeamFilters, traineeScope } from './team.ts';

type Filters = { group?: string | undefined; from?: string | undefined; to?: string | undefined };

/** The session's scope, narrowed by the filters; a trainer naming another group: 403. */
function exported(request: FastifyRequest, query: Filters): ExportFilter {
  traineeScope(request, query.group);
  return { ...(query.group ? { groupId: query.group } : {}), ...periodOf(query) };
}

const exportsRoutes: RoutePlugin = async (app) => {
  const staff = app.requireRole('trainer', 'manager');
  const titleOf = (id: string) => app.scenarios.get(id)?.scenario.title;
  const options = { schema: { querystring: TeamFilters }, preValidation: staff };

  app.get('/api/export/attempts.csv', options, async (request, reply) => {
    const rows = await exportRows(app.db, scopeOf(request), exported(request, request.query));
    return reply
      .type('text/csv; charset=utf-8')
      .header('Content-Disposition', 'attachment; filename="decroche-tentatives.csv"')
      .send(attemptsCsv(rows, titleOf));
  });

  app.get('/api/export/xapi', options, async (request) => {
    const base = `${request.protocol}://${request.host}`;
    const rows = await exportRows(app.db, scopeOf(request), exported(request, request.query));
    return xapiStatements(rows, base, titleOf);
  });
};

export default exportsRoutes;
