/** Starts the team server (the CLI's `serve`, `npm start`) and stops it cleanly on a signal. */
import { buildApp } from './app.ts';
import { openDatabase, type DatabaseOptions } from './db/database.ts';
import { purgeExpiredSessions } from './repositories/sessions.ts';

export interface ServeOptions extends DatabaseOptions {
  port: number;
  host: string;
  trustProxy?: boolean;
}

export async function serve(options: ServeOptions): Promise<{ url: string; close(): Promise<void> }> {
  const database = await openDatabase(options);
  const app = await buildApp({
    database,
    closeDatabase: true,
    logger: true,
    trustProxy: options.trustProxy ?? false,
  });
  await purgeExpiredSessions(database.db);
  try {
    await app.listen({ port: options.port, host: options.host });
  } catch (error) {
    await app.close();
    throw error;
  }
  const shown = options.host === '0.0.0.0' || options.host === '::' ? 'localhost' : options.host;
  return { url: `http://${shown}:${options.port}/`, close: () => app.close() };
}
