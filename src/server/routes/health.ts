/** GET /api/health: the server answers and its database too. */
import { sql } from 'kysely';
import type { RoutePlugin } from '../http.ts';

const health: RoutePlugin = async (app) => {
  app.get('/api/health', async (_request, reply) => {
    try {
      await sql`select 1`.execute(app.db);
      return { ok: true, database: app.dbKind, scenarios: app.scenarios.size };
    } catch {
      return reply.code(503).send({ ok: false, database: app.dbKind, error: 'Base de données injoignable.' });
    }
  });
};

export default health;
