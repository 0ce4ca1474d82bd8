/**
 * `decroche users add|list|reset-password --data <dossier> …`: accounts, for administrators.
 * The password comes from stdin (`--password-stdin`), or the command prints a one-time link
 * where the user sets it. With DATABASE_URL set, works on that PostgreSQL database instead.
 * (Stop the server first when it runs on PGlite: one process at a time in a data folder.)
 */
import { parseArgs } from '../args.ts';
import { ROLES, type Role } from '../../server/db/tables.ts';
import { DatabaseError, openDatabase } from '../../server/db/database.ts';
import { AdminError, addUser, allUsers, resetPassword } from '../../server/admin.ts';

const USAGE = `Usage :
  decroche users add --data <dossier> --email <e> --name <nom> --role trainee|trainer|manager [--group <groupe>] [--organisation <nom>] [--password-stdin]
  decroche users list --data <dossier> [--json]
  decroche users reset-password --data <dossier> --email <e> [--password-stdin]`;

const ROLE_LABELS: Record<Role, string> = {
  trainee: 'stagiaire',
  trainer: 'formateur',
  manager: 'responsable',
};

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

export async function run(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  const { positionals, flags, options } = parseArgs(rest, [
    'data',
    'email',
    'name',
    'role',
    'group',
    'organisation',
  ]);
  const known = new Set(['password-stdin', 'json']);
  const unknown = [...flags].filter((f) => !known.has(f));
  if (!sub || !['add', 'list', 'reset-password'].includes(sub) || positionals.length || unknown.length) {
    console.error(USAGE);
    return 2;
  }
  const password = flags.has('password-stdin') ? await readStdin() : undefined;
  if (sub === 'add') {
    const role = options.get('role');
    if (!options.get('email') || !options.get('name') || !role) {
      console.error(`--email, --name et --role sont demandés.\n${USAGE}`);
      return 2;
    }
    if (!(ROLES as readonly string[]).includes(role)) {
      console.error(`Rôle inconnu : « ${role} » (attendu : ${ROLES.join(', ')}).`);
      return 2;
    }
  }
  if (sub === 'reset-password' && !options.get('email')) {
    console.error(`--email est demandé.\n${USAGE}`);
    return 2;
  }

  const url = process.env.DATABASE_URL;
  let database;
  try {
    database = await openDatabase(url ? { url } : { dataDir: options.get('data') ?? 'data' });
  } catch (error) {
    console.error(
      error instanceof DatabaseError ? error.message : `Base inaccessible : ${(error as Error).message}`,
    );
    return 1;
  }
  try {
    if (sub === 'add') {
      const result = await addUser(database.db, {
        email: options.get('email')!,
        name: options.get('name')!,
        role: options.get('role') as Role,
        ...(options.get('group') ? { group: options.get('group')! } : {}),
        ...(options.get('organisation') ? { organisation: options.get('organisation')! } : {}),
        ...(password !== undefined ? { password } : {}),
      });
      console.log(`Compte créé pour ${options.get('email')} (${ROLE_LABELS[options.get('role') as Role]}).`);
      if (result.invitationPath)
        console.log(
          `Lien à usage unique pour choisir son mot de passe : <adresse du serveur>${result.invitationPath}`,
        );
    } else if (sub === 'list') {
      const users = await allUsers(database.db);
      if (flags.has('json')) console.log(JSON.stringify(users, null, 2));
      else if (!users.length) console.log('Aucun compte.');
      else
        for (const u of users)
          console.log(
            `${u.email}\t${u.name}\t${ROLE_LABELS[u.role]}${u.active ? '' : '\t(mot de passe pas encore choisi)'}`,
          );
    } else {
      const result = await resetPassword(database.db, options.get('email')!, password);
      if (result.invitationPath)
        console.log(
          `Lien à usage unique pour choisir un nouveau mot de passe : <adresse du serveur>${result.invitationPath}`,
        );
      else console.log(`Mot de passe changé pour ${options.get('email')} ; ses sessions sont fermées.`);
    }
    return 0;
  } catch (error) {
    if (error instanceof AdminError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  } finally {
    await database.close();
  }
}
