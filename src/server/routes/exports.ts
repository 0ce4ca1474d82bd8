/** Exports for trainers (their groups) and managers (the organisation): CSV and xAPI. */
import { attemptsCsv, xapiStatements } from '../exports.ts';
import type { RoutePlugin } from '../http.ts';
import { exportRows } from '../repositories/attempts.ts';
import { scopeOf } from './attempts.ts';

const exportsRoutes: RoutePlugin = async (app) => {
  const staff = app.requireRole('trainer', 'manager');
  const titleOf = (id: string) => app.scenarios.get(id)?.scenario.title;

  app.get('/api/export/attempts.csv', { preHandler: staff }, async (request, reply) => {
    const rows = await exportRows(app.db, scopeOf(request));
    return reply
      .type('text/csv; charset=utf-8')
      .header('Content-Disposition', 'attachment; filename="decroche-tentatives.csv"')
      .send(attemptsCsv(rows, titleOf));
  });

  app.get('/api/export/xapi', { preHandler: staff }, async (request) => {
    const base = `${request.protocol}://${request.host}`;
    return xapiStatements(await exportRows(app.db, scopeOf(request)), base, titleOf);
  });
};

export default exportsRoutes;
