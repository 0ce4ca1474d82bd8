/**
 * `decroche serve [--port <p>] [--host <h>] [--data <dossier>]`: the team server on PGlite in
 * the data folder, or on PostgreSQL when DATABASE_URL is set.
 */
import { parseArgs } from '../args.ts';
import { serve } from '../../server/serve.ts';
import { DatabaseError } from '../../server/db/database.ts';

const USAGE = 'Usage : decroche serve [--port 4173] [--host 127.0.0.1] [--data ./data] [--trust-proxy]';

export async function run(args: string[]): Promise<number> {
  const { positionals, flags, options } = parseArgs(args, ['port', 'host', 'data']);
  const unknown = [...flags].filter((f) => f !== 'trust-proxy');
  if (positionals.length || unknown.length) {
    console.error(USAGE);
    return 2;
  }
  const port = Number(options.get('port') ?? 4173);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`Port invalide : « ${options.get('port')} ».\n${USAGE}`);
    return 2;
  }
  const url = process.env.DATABASE_URL;
  const dataDir = options.get('data') ?? 'data';
  let server;
  try {
    server = await serve({
      port,
      host: options.get('host') ?? '127.0.0.1',
      trustProxy: flags.has('trust-proxy'),
      ...(url ? { url } : { dataDir }),
    });
  } catch (error) {
    if (error instanceof DatabaseError) console.error(error.message);
    else if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE')
      console.error(`Le port ${port} est déjà utilisé.`);
    else console.error(`Démarrage impossible : ${(error as Error).message}`);
    return 1;
  }
  console.log(
    `Décroche est servi sur ${server.url} (base : ${url ? 'PostgreSQL' : `PGlite dans ${dataDir}`}).`,
  );
  console.log('Ctrl+C pour arrêter.');
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.close();
  return 0;
}
