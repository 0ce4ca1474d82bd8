// The team server for end-to-end tests: `decroche serve` on PGlite in a temp folder and a free
// loopback port, serving the built app (dist/); stopped and its folder removed by `close()`.
// Also the ways its accounts come to be: the CLI before the first start, the API after it, and a
// browser page logged in.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdtemp, rename, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPage } from './browser.js';
import { ROOT } from './server.js';
import { heading1, WAIT } from './trainee.js';

export const PASSWORD = 'Mot-de-passe-solide-2026';

function freePort() {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/**
 * An account made with the CLI (`decroche users add`) on the PGlite folder `dir`, as an
 * administrator does before the server first starts; its password is `PASSWORD`.
 * @param {string} dir
 * @param {{ email: string, name: string, role: string, group?: string }} user
 */
function addUserWithCli(dir, { email, name, role, group }) {
  const args = [
    'bin/decroche.js',
    'users',
    'add',
    '--data',
    dir,
    '--email',
    email,
    '--name',
    name,
    '--role',
    role,
  ];
  if (group) args.push('--group', group);
  const run = spawnSync(process.execPath, [...args, '--password-stdin'], {
    cwd: ROOT,
    input: `${PASSWORD}\n`,
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (run.status !== 0) throw new Error(`users add ${email} failed: ${run.stderr}`);
}

/**
 * A PGlite folder created and migrated once (`decroche users list` opens it), kept in the temp
 * folder under a name that changes with the migrations and the PGlite version, and copied for each
 * server: on a loaded machine, creating a folder and migrating it takes ~45 s, opening a copy ~7 s.
 */
async function migratedTemplate() {
  const key = createHash('sha256')
    .update(readFileSync(join(ROOT, 'src/server/db/migrations.ts')))
    .update(readFileSync(join(ROOT, 'node_modules/@electric-sql/pglite/package.json')))
    .digest('hex')
    .slice(0, 16);
  const template = join(tmpdir(), `decroche-e2e-pglite-${key}`);
  if (existsSync(template)) return template;
  const building = await mkdtemp(join(tmpdir(), 'decroche-e2e-pglite-building-'));
  const run = spawnSync(process.execPath, ['bin/decroche.js', 'users', 'list', '--data', building], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 180_000,
  });
  if (run.status !== 0) {
    await rm(building, { recursive: true, force: true });
    throw new Error(`the PGlite template was not made: ${run.stderr}`);
  }
  // Whole or not at all: another runner may have made it meanwhile.
  await rename(building, template).catch(() => rm(building, { recursive: true, force: true }));
  return template;
}

async function stop(child) {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

/**
 * Starts the server on a new temp folder (a copy of the migrated template), removed by `close()`;
 * `users` are made with the CLI first (none: the first visitor creates the organisation).
 * @param {{ users?: { email: string, name: string, role: string, group?: string }[] }} [options]
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function startTeamServer({ users = [] } = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'decroche-e2e-server-'));
  const removeDir = () => rm(dir, { recursive: true, force: true });
  let child;
  try {
    await cp(await migratedTemplate(), dir, { recursive: true });
    for (const user of users) addUserWithCli(dir, user);
    const port = await freePort();
    child = spawn(process.execPath, ['bin/decroche.js', 'serve', '--port', String(port), '--data', dir], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const url = `http://127.0.0.1:${port}/`;
    const deadline = Date.now() + 90_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`the team server exited: ${stderr}`);
      const ok = await fetch(`${url}api/health`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      if (Date.now() > deadline) throw new Error('the team server was not up within 90 s');
      await new Promise((r) => setTimeout(r, 200));
    }
    const server = child;
    return {
      url,
      async close() {
        await stop(server);
        await removeDir();
      },
    };
  } catch (error) {
    if (child) await stop(child);
    await removeDir();
    throw error;
  }
}

/**
 * A new browser page logged in as `email` from the account page; `name` is what « Connecté·e : »
 * then reads (its start). `options` go to `openPage`.
 */
export async function logIn(browser, url, email, name, options) {
  const page = await openPage(browser, url, '#/compte', options);
  await heading1(page, 'Compte d’équipe').waitFor(WAIT);
  await page.getByRole('textbox', { name: 'Adresse e-mail' }).fill(email);
  await page.getByLabel('Mot de passe').fill(PASSWORD);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.getByText(`Connecté·e : ${name}`).waitFor(WAIT);
  return page;
}

async function ok(reply, what) {
  if (!reply.ok()) throw new Error(`${what}: ${reply.status()} ${await reply.text()}`);
  return reply.json();
}

/** The first run (organisation and manager) and a group, as `request` (a context's, keeping the cookie). */
export async function setUpOrganisation(request, url, groupName) {
  await ok(
    await request.post(`${url}api/setup`, {
      data: {
        organisation: 'Centre de formation du Parc',
        name: 'Claire Martin',
        email: 'claire@example.org',
        password: PASSWORD,
      },
    }),
    'setup',
  );
  const group = await ok(await request.post(`${url}api/groups`, { data: { name: groupName } }), 'group');
  return group.id;
}

/** A user invited by the manager (`managerRequest`), who sets their password as `request`. */
export async function addUser(managerRequest, request, url, { email, name, role, groupId }) {
  const created = await ok(
    await managerRequest.post(`${url}api/users`, { data: { email, name, role, groupIds: [groupId] } }),
    'user',
  );
  const token = created.invitation.path.split('/').at(-1);
  await ok(
    await request.post(`${url}api/invitations/${token}`, { data: { password: PASSWORD } }),
    'invitation',
  );
}

/** Another group of the organisation, made by the manager (`managerRequest`); its id. */
export async function addGroup(managerRequest, url, name) {
  return (await ok(await managerRequest.post(`${url}api/groups`, { data: { name } }), 'group')).id;
}

/**
 * A member invited by the manager (`managerRequest`) into `groupId`, in a browser context of
 * their own, signed in from the invitation; the page is on the app's home. `options` go to `openPage`.
 */
export async function joinTeam(browser, managerRequest, url, user, options) {
  const page = await openPage(browser, url, null, options);
  await addUser(managerRequest, page.request, url, user);
  await page.goto(url, { waitUntil: 'load' });
  return page;
}
