// The team server for end-to-end tests: `decroche serve` on PGlite in a temp folder and a free
// loopback port, serving the built app (dist/); stopped and its folder removed by `close()`.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './server.js';

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
 * Starts the server on `dir` (a PGlite folder the caller prepared, and removes) or on a new temp
 * folder of its own, removed by `close()`.
 * @param {string} [given]
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function startTeamServer(given) {
  const dir = given ?? (await mkdtemp(join(tmpdir(), 'decroche-e2e-server-')));
  const port = await freePort();
  const child = spawn(process.execPath, ['bin/decroche.js', 'serve', '--port', String(port), '--data', dir], {
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
  return {
    url,
    async close() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      if (!given) await rm(dir, { recursive: true, force: true });
    },
  };
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
