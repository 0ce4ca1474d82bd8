/**
 * Reliability of the team server, measured (not a timed test): run it on PGlite, and on
 * PostgreSQL under scripts/with-postgres.sh (which sets TEST_DATABASE_URL):
 *   npx tsx scripts/stress-server.ts            # PGlite only
 *   bash scripts/with-postgres.sh npx tsx scripts/stress-server.ts   # PGlite and PostgreSQL
 * Options: --only load|kill|hostile, --db pglite|postgres, --kills <n> (default 20).
 *
 * 1. load: 200 trainees each send 10 attempts, all at once → 2,000 stored, none doubled, p50/p95.
 * 2. kill: the server is killed (SIGKILL) 20 times while a client syncs its outbox with retries
 *    → every attempt stored exactly once.
 * 3. hostile: 1,000 hostile requests (oversized, malformed, wrong types, SQL and script payloads,
 *    other organisations' ids, forged cookies) → no 5xx, no crash, no leak, French 4xx.
 * Loopback only. Users and sessions are written straight into the database before the server
 * starts (the login limit is not what is measured here).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { openDatabase, type DatabaseOptions } from '../src/server/db/database.ts';
import { EXPORTED, seedOrg, type Org } from '../src/server/testing.ts';
import { createUser } from '../src/server/repositories/accounts.ts';
import { createSession } from '../src/server/repositories/sessions.ts';

const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const DB = args.includes('--db') ? args[args.indexOf('--db') + 1] : undefined;
const KILLS = args.includes('--kills') ? Number(args[args.indexOf('--kills') + 1]) : 20;
const ROOT = new URL('..', import.meta.url).pathname;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

interface Target {
  name: 'pglite' | 'postgres';
  db: DatabaseOptions;
  cleanup(): Promise<void>;
}

async function makeTarget(name: 'pglite' | 'postgres'): Promise<Target> {
  if (name === 'pglite') {
    const dir = await mkdtemp(join(tmpdir(), 'decroche-stress-'));
    return { name, db: { dataDir: dir }, cleanup: () => rm(dir, { recursive: true, force: true }) };
  }
  const { default: pg } = await import('pg');
  const base = process.env.TEST_DATABASE_URL!;
  const db = `stress_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client(base);
  await admin.connect();
  await admin.query(`create database ${db}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${db}`;
  return {
    name,
    db: { url: url.toString() },
    async cleanup() {
      const c = new pg.Client(base);
      await c.connect();
      await c.query(`drop database if exists ${db} with (force)`);
      await c.end();
    },
  };
}

class Server {
  child?: ChildProcess;
  /** What the server wrote on stderr, shown when a request fails. */
  stderr = '';
  constructor(
    readonly target: Target,
    readonly port: number,
  ) {}
  get url() {
    return `http://127.0.0.1:${this.port}`;
  }
  async start(): Promise<number> {
    const started = Date.now();
    const env = { ...process.env };
    delete env.DATABASE_URL;
    if (this.target.db.url) env.DATABASE_URL = this.target.db.url;
    const serveArgs = ['bin/decroche.js', 'serve', '--port', String(this.port)];
    if (this.target.db.dataDir) serveArgs.push('--data', this.target.db.dataDir);
    this.child = spawn(process.execPath, serveArgs, { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] });
    this.stderr = '';
    this.child.stderr!.on('data', (d) => (this.stderr += d));
    for (;;) {
      if (this.child.exitCode !== null) throw new Error(`server exited: ${this.stderr}`);
      try {
        if ((await fetch(`${this.url}/api/health`)).ok) return Date.now() - started;
      } catch {
        /* not up yet */
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  alive(): boolean {
    return this.child?.exitCode === null && this.child.signalCode === null;
  }
  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill(signal);
    });
  }
}

interface Trainee {
  id: string;
  cookie: string;
}

/** Users and sessions, straight into the database (the server is not running yet). */
async function seed(
  target: Target,
  trainees: number,
): Promise<{ org: Org; other: Org; trainees: Trainee[] }> {
  const database = await openDatabase(target.db);
  try {
    const org = await seedOrg(database.db, 'stress');
    const other = await seedOrg(database.db, 'autre');
    const list: Trainee[] = [];
    for (let i = 0; i < trainees; i++) {
      const id = await createUser(database.db, {
        orgId: org.id,
        email: `stagiaire-${i}-${randomBytes(3).toString('hex')}@example.org`,
        name: `Stagiaire ${i}`,
        role: 'trainee',
        passwordHash: null,
        groupIds: [org.groupA],
      });
      const { token } = await createSession(database.db, id);
      list.push({ id, cookie: `decroche_session=${token}` });
    }
    return { org, other, trainees: list };
  } finally {
    await database.close();
  }
}

async function countStored(target: Target): Promise<{ rows: number; distinct: number }> {
  const database = await openDatabase(target.db);
  try {
    const r = await sql<{ rows: number; distinct: number }>`
      select count(*)::int as rows, count(distinct id)::int as distinct from attempts`.execute(database.db);
    return r.rows[0]!;
  } finally {
    await database.close();
  }
}

function newAttempt(i: number): Record<string, unknown> {
  return { ...structuredClone(EXPORTED.attempts[i % EXPORTED.attempts.length]!), id: crypto.randomUUID() };
}

function post(server: Server, cookie: string, body: unknown) {
  return fetch(`${server.url}/api/attempts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify(body),
  });
}

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

async function load(target: Target) {
  const TRAINEES = 200;
  const EACH = 10;
  const { trainees } = await seed(target, TRAINEES);
  const server = new Server(target, await freePort());
  await server.start();
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  const started = Date.now();
  await Promise.all(
    trainees.map(async (t, n) => {
      for (let i = 0; i < EACH; i++) {
        const body = newAttempt(n + i);
        const t0 = performance.now();
        const reply = await post(server, t.cookie, body).catch((error: unknown) => {
          throw new Error(
            `${String(error)} (${String((error as Error).cause)}) after ${Math.round(performance.now() - t0)} ms; ` +
              `server ${server.alive() ? 'up' : `gone (${server.child?.exitCode ?? server.child?.signalCode})`}: ${server.stderr.slice(-2000)}`,
          );
        });
        await reply.arrayBuffer();
        latencies.push(performance.now() - t0);
        statuses.set(reply.status, (statuses.get(reply.status) ?? 0) + 1);
        // Every tenth attempt is sent twice, as an outbox retrying after a lost reply would.
        if (i === 0) {
          const again = await post(server, t.cookie, body);
          await again.arrayBuffer();
          statuses.set(again.status, (statuses.get(again.status) ?? 0) + 1);
        }
      }
    }),
  );
  const seconds = (Date.now() - started) / 1000;
  await server.kill('SIGTERM');
  const stored = await countStored(target);
  latencies.sort((a, b) => a - b);
  return {
    sent: TRAINEES * EACH,
    resent: TRAINEES,
    statuses: Object.fromEntries(statuses),
    stored: stored.rows,
    doubled: stored.rows - stored.distinct,
    p50Ms: Math.round(pct(latencies, 50)),
    p95Ms: Math.round(pct(latencies, 95)),
    maxMs: Math.round(latencies.at(-1)!),
    attemptsPerSecond: Math.round((TRAINEES * EACH) / seconds),
  };
}

async function kills(target: Target) {
  const OUTBOX = 400;
  const { trainees } = await seed(target, 4);
  const server = new Server(target, await freePort());
  const restarts: number[] = [await server.start()];
  // The outboxes of four trainees, sent one at a time each, retried with backoff until stored.
  const outbox = Array.from({ length: OUTBOX }, (_, i) => ({
    trainee: trainees[i % 4]!,
    body: newAttempt(i),
  }));
  const acknowledged = new Set<string>();
  let networkErrors = 0;
  let killsDone = 0;
  const clients = trainees.map(async (trainee) => {
    for (const item of outbox.filter((o) => o.trainee === trainee)) {
      for (let attempt = 0; ; attempt++) {
        try {
          const reply = await post(server, trainee.cookie, item.body);
          await reply.arrayBuffer();
          if (reply.status === 201 || reply.status === 200) {
            acknowledged.add(item.body.id as string);
            break;
          }
          throw new Error(`status ${reply.status}`);
        } catch {
          networkErrors++;
          await new Promise((r) => setTimeout(r, Math.min(2000, 50 * 2 ** attempt)));
        }
      }
    }
  });
  const killer = (async () => {
    while (killsDone < KILLS) {
      await new Promise((r) => setTimeout(r, 300 + Math.random() * 700));
      if (acknowledged.size >= OUTBOX) break;
      await server.kill('SIGKILL');
      killsDone++;
      restarts.push(await server.start());
    }
  })();
  await Promise.all([...clients, killer]);
  await server.kill('SIGTERM');
  const stored = await countStored(target);
  restarts.sort((a, b) => a - b);
  return {
    outbox: OUTBOX,
    kills: killsDone,
    acknowledged: acknowledged.size,
    stored: stored.rows,
    lost: OUTBOX - stored.distinct,
    doubled: stored.rows - stored.distinct,
    retries: networkErrors,
    restartMsMedian: pct(restarts, 50),
  };
}

async function hostile(target: Target) {
  const { org, other } = await seed(target, 0);
  const server = new Server(target, await freePort());
  await server.start();
  // A stored attempt of org A, whose id the attacker (org B's manager) knows.
  const victim = newAttempt(0);
  await (await post(server, org.trainee.cookie, victim)).arrayBuffer();
  const secrets = [org.trainee.email, org.manager.email, victim.id as string, org.id, 'Groupe A'];
  const ATTACKS = [
    "' or 1=1 --",
    "'; drop table attempts; --",
    '<script>alert(1)</script>',
    '${7*7}{{7*7}}',
    '../../../../etc/passwd',
    '\u0000',
    'a'.repeat(10_000),
    '%00',
    '__proto__',
  ];
  const pick = <T>(list: T[], i: number) => list[i % list.length]!;
  const requests: (() => Promise<Response>)[] = [];
  const kinds: number[] = [];
  const attacker = other.manager.cookie;
  const json =
    (method: string, url: string, body: string, cookie = attacker, type = 'application/json') =>
    () =>
      fetch(`${server.url}${url}`, { method, headers: { 'content-type': type, cookie }, body });
  for (let i = 0; i < 1000; i++) {
    const a = pick(ATTACKS, i);
    const kind = i % 20;
    kinds.push(kind);
    const base = newAttempt(i);
    switch (kind) {
      case 0:
        requests.push(
          json('POST', '/api/attempts', JSON.stringify({ ...base, appVersion: 'x'.repeat(300_000) })),
        );
        break;
      case 1:
        requests.push(json('POST', '/api/attempts', '{"id": "a", "log": ['));
        break;
      case 2:
        requests.push(json('POST', '/api/attempts', JSON.stringify({ ...base, scenarioVersion: a })));
        break;
      case 3:
        requests.push(json('POST', '/api/attempts', JSON.stringify({ ...base, id: a })));
        break;
      case 4:
        requests.push(json('POST', '/api/attempts', JSON.stringify({ ...base, scenarioId: a })));
        break;
      case 5:
        requests.push(json('POST', '/api/attempts', JSON.stringify({ ...base, log: [{ t: 0, type: a }] })));
        break;
      case 6:
        requests.push(json('POST', '/api/attempts', JSON.stringify({ ...base, id: victim.id })));
        break;
      case 7:
        requests.push(() =>
          fetch(`${server.url}/api/attempts/${victim.id}`, { headers: { cookie: attacker } }),
        );
        break;
      case 8:
        requests.push(() =>
          fetch(`${server.url}/api/attempts/${encodeURIComponent(a)}`, { headers: { cookie: attacker } }),
        );
        break;
      case 9:
        requests.push(() =>
          fetch(`${server.url}/api/attempts?user=${org.trainee.id}`, { headers: { cookie: attacker } }),
        );
        break;
      case 10:
        requests.push(() =>
          fetch(`${server.url}/api/attempts?limit=${encodeURIComponent(a)}`, {
            headers: { cookie: attacker },
          }),
        );
        break;
      case 11:
        requests.push(json('DELETE', `/api/users/${org.trainee.id}`, ''));
        break;
      case 12:
        requests.push(json('POST', '/api/invitations', JSON.stringify({ groupId: org.groupA })));
        break;
      case 13:
        requests.push(json('POST', '/api/session', JSON.stringify({ email: a, password: a }), ''));
        break;
      case 14:
        requests.push(
          json(
            'POST',
            '/api/session',
            JSON.stringify({ email: [org.trainee.email], password: { $ne: 1 } }),
            '',
          ),
        );
        break;
      case 15:
        requests.push(() =>
          fetch(`${server.url}/api/attempts`, {
            headers: { cookie: `decroche_session=${encodeURIComponent(a)}` },
          }),
        );
        break;
      case 16:
        requests.push(
          json(
            'POST',
            '/api/attempts',
            `id=${encodeURIComponent(a)}`,
            attacker,
            'application/x-www-form-urlencoded',
          ),
        );
        break;
      case 17:
        requests.push(
          json(
            'POST',
            '/api/users',
            JSON.stringify({ email: `${i}@x.org`, name: a, role: 'manager', groupIds: [org.groupA] }),
          ),
        );
        break;
      case 18:
        requests.push(
          json('POST', `/api/invitations/${encodeURIComponent(a)}`, JSON.stringify({ password: a }), ''),
        );
        break;
      default:
        requests.push(() => fetch(`${server.url}/${a.slice(0, 200)}`, { headers: { cookie: attacker } }));
        break;
    }
  }
  const statuses = new Map<number, number>();
  let leaks = 0;
  let internals = 0;
  let notFrench = 0;
  let failures = 0;
  /** One example per kind of request that got a 2xx or an answer not in French. */
  const samples: Record<string, string> = {};
  // 20 at a time.
  for (let i = 0; i < requests.length; i += 20) {
    await Promise.all(
      requests.slice(i, i + 20).map(async (request, j) => {
        const kind = kinds[i + j]!;
        try {
          const reply = await request();
          const text = await reply.text();
          statuses.set(reply.status, (statuses.get(reply.status) ?? 0) + 1);
          if (secrets.some((s) => text.includes(s))) leaks++;
          if (/ at |stack|syntax error|relation |violates|SELECT |INSERT /i.test(text)) internals++;
          if (
            reply.status >= 400 &&
            reply.headers.get('content-type')?.includes('json') &&
            !/[éèàçû’«]|Requête|introuvable|JSON|Adresse/i.test(text)
          ) {
            notFrench++;
            samples[`${kind} not French`] ??= `${reply.status} ${text.slice(0, 120)}`;
          }
          if (reply.status < 400) samples[`${kind} ${reply.status}`] ??= text.slice(0, 120);
        } catch {
          failures++;
        }
      }),
    );
  }
  const alive = server.alive() && (await fetch(`${server.url}/api/health`)).ok;
  const stillThere = await (
    await fetch(`${server.url}/api/attempts/${victim.id}`, { headers: { cookie: org.trainee.cookie } })
  ).status;
  await server.kill('SIGTERM');
  const by = Object.fromEntries(statuses);
  const fiveHundreds = [...statuses].filter(([s]) => s >= 500).reduce((n, [, c]) => n + c, 0);
  const twoHundreds = [...statuses].filter(([s]) => s < 400).reduce((n, [, c]) => n + c, 0);
  return {
    requests: requests.length,
    statuses: by,
    fiveHundreds,
    twoHundreds,
    networkFailures: failures,
    leaks,
    internals,
    notFrench,
    serverAlive: alive,
    victimAttemptIntact: stillThere === 200,
    samples,
  };
}

const targets: ('pglite' | 'postgres')[] = [
  'pglite',
  ...(process.env.TEST_DATABASE_URL ? (['postgres'] as const) : []),
];
const results: Record<string, Record<string, unknown>> = {};
for (const name of targets.filter((t) => !DB || t === DB)) {
  results[name] = {};
  for (const [test, run] of [
    ['load', load],
    ['kill', kills],
    ['hostile', hostile],
  ] as const) {
    if (only && only !== test) continue;
    const target = await makeTarget(name);
    try {
      const t0 = Date.now();
      const result = await run(target);
      results[name][test] = { ...result, seconds: Math.round((Date.now() - t0) / 1000) };
      console.log(`${name} ${test}: ${JSON.stringify(results[name][test])}`);
    } finally {
      await target.cleanup();
    }
  }
}
console.log(JSON.stringify(results, null, 2));
