/** The database, open for the app's lifetime: `app.db` (Kysely) and `app.dbKind`. */
import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import type { Database, DatabaseKind, Db } from '../db/database.ts';

declare module 'fastify' {
  interface FastifyInstance {
    db: Db;
    dbKind: DatabaseKind;
  }
}

async function database(app: FastifyInstance, options: { database: Database; closeWithApp?: boolean }) {
  app.decorate('db', options.database.db);
  app.decorate('dbKind', options.database.kind);
  if (options.closeWithApp) app.addHook('onClose', async () => options.database.close());
}

export default fp(database, { name: 'database' });
