/**
 * Forwarding to an LRS: a local HTTP endpoint started by the test refuses the first tries with
 * 503, then accepts; the statements arrive validated, with the Basic auth of the manager's key;
 * a review voids the statement sent and sends the reviewed one; a row that keeps failing is given
 * up, shown with its error, and retried by the manager; a restart sends what was left.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './app.ts';
import type { Database } from './db/database.ts';
import { xapiProblems } from './lrs/validate.ts';
import { enqueue } from './repositories/lrs.ts';
import { attempt, backends, call, replayOf, seedOrg, type Org } from './testing.ts';

interface Received {
  url: string;
  headers: IncomingHttpHeaders;
  body: { id: string; verb: { id: string }; object: { id: string }; [k: string]: unknown }[];
}

/** An LRS: answers 503 to the next `refuse` requests (Infinity: all), then 200 with the ids. */
class FakeLrs {
  refuse = 0;
  received: Received[] = [];
  private server!: Server;
  port = 0;

  async start() {
    this.server = createServer((request, response) => {
      let data = '';
      request.on('data', (chunk: Buffer) => (data += chunk.toString('utf8')));
      request.on('end', () => {
        this.received.push({ url: request.url!, headers: request.headers, body: JSON.parse(data) });
        if (this.refuse > 0) {
          this.refuse -= 1;
          response.writeHead(503, { 'content-type': 'text/plain' }).end('busy');
          return;
        }
        const ids = (JSON.parse(data) as { id: string }[]).map((s) => s.id);
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(ids));
      });
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  stop() {
    return new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

const FAST = { baseDelayMs: 20, maxDelayMs: 80, maxTries: 4, timeoutMs: 3000, leaseMs: 1000 };

async function until<T>(what: () => Promise<T | undefined | false>, label: string, ms = 20_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await what();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${label}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

interface Item {
  id: string;
  attemptId: string;
  kind: string;
  status: string;
  tries: number;
  lastError: string | null;
}

describe.each(backends())('LRS forwarding on $name', (backend) => {
  let database: Database;
  let app: FastifyInstance;
  let org: Org;
  const lrs = new FakeLrs();

  const status = async () =>
    (await call(app, org.manager, { method: 'GET', url: '/api/team/lrs' })).json() as {
      settings: { endpoint: string; username: string; enabled: boolean; secretSaved: boolean } | null;
      counts: Record<string, number>;
      items: Item[];
    };
  const itemOf = async (attemptId: string, kind = 'attempt') =>
    (await status()).items.find((i) => i.attemptId === attemptId && i.kind === kind);
  const post = async (index: number) => {
    const body = attempt(index);
    const reply = await call(app, org.trainee, { method: 'POST', url: '/api/attempts', payload: body });
    expect(reply.statusCode).toBe(201);
    return body.id as string;
  };

  beforeAll(async () => {
    await lrs.start();
    database = await backend.open();
    app = await buildApp({ database, distDir: null, lrs: FAST });
    org = await seedOrg(database.db, 'lrs');
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await database?.close();
    await lrs.stop();
  });

  it('keeps the secret on the server and asks for one the first time', async () => {
    expect((await status()).settings).toBeNull();
    const endpoint = `http://127.0.0.1:${lrs.port}/xapi/`;
    const missing = await call(app, org.manager, {
      method: 'PUT',
      url: '/api/team/lrs',
      payload: { endpoint, username: 'cle-decroche' },
    });
    expect(missing.statusCode).toBe(422);
    expect(missing.json().error).toBe('Indiquez le secret de la clé du LRS.');
    const bad = await call(app, org.manager, {
      method: 'PUT',
      url: '/api/team/lrs',
      payload: { endpoint: 'ftp://lrs.example.org', username: 'k', secret: 's' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatch(/^Requête invalide : endpoint/);
    const saved = await call(app, org.manager, {
      method: 'PUT',
      url: '/api/team/lrs',
      payload: { endpoint, username: 'cle-decroche', secret: 'secret-du-lrs' },
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.body).not.toContain('secret-du-lrs');
    expect(saved.json().settings).toEqual({
      endpoint,
      username: 'cle-decroche',
      enabled: true,
      secretSaved: true,
    });
    const read = await call(app, org.manager, { method: 'GET', url: '/api/team/lrs' });
    expect(read.body).not.toContain('secret-du-lrs');
  });

  it('forwards a stored attempt after two 503s, validated, with the Basic auth of the key', async () => {
    lrs.refuse = 2;
    lrs.received = [];
    const id = await post(0);
    const sent = await until(async () => {
      const item = await itemOf(id);
      return item?.status === 'sent' && item;
    }, 'the attempt sent');
    expect(sent.tries).toBe(3);
    expect(lrs.received).toHaveLength(3);
    const last = lrs.received.at(-1)!;
    expect(last.url).toBe('/xapi/statements');
    expect(last.headers.authorization).toBe(
      `Basic ${Buffer.from('cle-decroche:secret-du-lrs').toString('base64')}`,
    );
    expect(last.headers['x-experience-api-version']).toBe('1.0.3');
    expect(last.body).toHaveLength(1);
    const [statement] = last.body;
    expect(xapiProblems(statement)).toEqual([]);
    const replay = await replayOf(0);
    expect(statement).toMatchObject({
      actor: { mbox: `mailto:${org.trainee.email}` },
      verb: { id: 'http://adlnet.gov/expapi/verbs/completed' },
      result: { score: { raw: replay.total }, success: replay.passed },
    });
    // The same statement each time: the LRS keeps one.
    expect(new Set(lrs.received.map((r) => r.body[0]!.id)).size).toBe(1);
  });

  it('voids the statement sent and sends the reviewed one after a trainer’s override', async () => {
    const id = await post(1);
    await until(async () => (await itemOf(id))?.status === 'sent', 'the attempt sent');
    const original = lrs.received.at(-1)!.body[0]!;
    const reviewed = await call(app, org.trainer, {
      method: 'POST',
      url: `/api/attempts/${id}/overrides`,
      payload: { criterion: 'empathy', score: 0, reason: 'Aucune empathie à la réécoute.' },
    });
    expect(reviewed.statusCode).toBe(201);
    const final = reviewed.json().final as { total: number; passed: boolean };
    await until(async () => (await itemOf(id, 'review'))?.status === 'sent', 'the review sent');
    const [voiding, revised] = lrs.received.at(-1)!.body;
    expect(voiding).toMatchObject({
      verb: { id: 'http://adlnet.gov/expapi/verbs/voided' },
      object: { objectType: 'StatementRef', id: original.id },
    });
    expect(revised).toMatchObject({
      result: { score: { raw: final.total }, success: final.passed },
      context: { statement: { objectType: 'StatementRef', id: original.id } },
    });
    expect(revised!.id).not.toBe(original.id);
    expect([voiding, revised].flatMap(xapiProblems)).toEqual([]);
  });

  it('gives up after the last try, says why in French, and sends again on the manager’s retry', async () => {
    lrs.refuse = Infinity;
    const id = await post(2);
    const failed = await until(async () => {
      const item = await itemOf(id);
      return item?.status === 'failed' && item;
    }, 'the attempt given up');
    expect(failed.tries).toBe(FAST.maxTries);
    expect(failed.lastError).toBe('Le LRS a refusé les déclarations (HTTP 503 Service Unavailable).');
    expect((await status()).counts.failed).toBe(1);
    lrs.refuse = 0;
    const retried = await call(app, org.manager, {
      method: 'POST',
      url: `/api/team/lrs/outbox/${failed.id}/retry`,
    });
    expect(retried.statusCode).toBe(200);
    await until(async () => (await itemOf(id))?.status === 'sent', 'the retried attempt sent');
    const again = await call(app, org.manager, {
      method: 'POST',
      url: `/api/team/lrs/outbox/${failed.id}/retry`,
    });
    expect(again.statusCode).toBe(404);
  });

  it('never sends a statement the validator refuses, and says why', async () => {
    const id = await post(0);
    await until(async () => (await itemOf(id))?.status === 'sent', 'the attempt sent');
    const before = lrs.received.length;
    await enqueue(database.db, {
      orgId: org.id,
      attemptId: id,
      kind: 'review',
      statementId: crypto.randomUUID(),
      statements: [{ actor: { name: 'Sans adresse' }, verb: { id: 'terminé' }, object: { id: 'x' } }],
    });
    app.lrs.kick();
    const refused = await until(async () => {
      const item = await itemOf(id, 'review');
      return item?.status === 'failed' && item;
    }, 'the invalid statement given up');
    expect(refused.lastError).toMatch(/^Déclaration xAPI refusée par le validateur : actor/);
    expect(lrs.received.length).toBe(before);
  });

  it('sends after a restart what the stopped server had not', async () => {
    lrs.refuse = Infinity;
    const id = await post(3);
    await until(async () => ((await itemOf(id))?.tries ?? 0) >= 1, 'a first try');
    await app.close();
    lrs.refuse = 0;
    app = await buildApp({ database, distDir: null, lrs: FAST });
    await app.ready();
    await until(async () => (await itemOf(id))?.status === 'sent', 'the attempt sent after restart');
  });

  it('keeps the saved secret when the key changes without one', async () => {
    const saved = await call(app, org.manager, {
      method: 'PUT',
      url: '/api/team/lrs',
      payload: { endpoint: `http://127.0.0.1:${lrs.port}/xapi`, username: 'autre-cle', secret: '' },
    });
    expect(saved.statusCode).toBe(200);
    const id = await post(4);
    await until(async () => (await itemOf(id))?.status === 'sent', 'the attempt sent');
    expect(lrs.received.at(-1)!.headers.authorization).toBe(
      `Basic ${Buffer.from('autre-cle:secret-du-lrs').toString('base64')}`,
    );
  });

  it('sends the calls stored before the LRS on the manager’s request, once each, through the outbox', async () => {
    const other = await seedOrg(database.db, 'lrs-avant');
    const as = (member: typeof other.manager) => (options: Parameters<typeof call>[2]) =>
      call(app, member, options);
    const manager = as(other.manager);
    const ids: string[] = [];
    for (const index of [0, 1, 2]) {
      const body = attempt(index);
      expect(
        (await as(other.trainee)({ method: 'POST', url: '/api/attempts', payload: body })).statusCode,
      ).toBe(201);
      ids.push(body.id as string);
    }
    const view = async () =>
      (await manager({ method: 'GET', url: '/api/team/lrs' })).json() as {
        earlier: number;
        counts: Record<string, number>;
        items: Item[];
      };
    // No LRS yet: nothing queued, nothing to offer.
    expect((await view()).earlier).toBe(0);
    const endpoint = `http://127.0.0.1:${lrs.port}/avant/`;
    const settings = { endpoint, username: 'cle-avant', secret: 'secret-avant' };
    await manager({ method: 'PUT', url: '/api/team/lrs', payload: { ...settings, enabled: false } });
    expect((await view()).earlier).toBe(3);
    const off = await manager({ method: 'POST', url: '/api/team/lrs/earlier' });
    expect(off.statusCode).toBe(409);
    expect(off.json().error).toBe('Activez d’abord la transmission au LRS.');

    await manager({ method: 'PUT', url: '/api/team/lrs', payload: { ...settings, enabled: true } });
    // A call stored once forwarding is on is queued by itself, and not offered again.
    const body = attempt(3);
    expect(
      (await as(other.trainee)({ method: 'POST', url: '/api/attempts', payload: body })).statusCode,
    ).toBe(201);
    expect((await view()).earlier).toBe(3);
    lrs.refuse = 1;
    const first = await manager({ method: 'POST', url: '/api/team/lrs/earlier' });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ queued: 3, earlier: 0 });
    const again = await manager({ method: 'POST', url: '/api/team/lrs/earlier' });
    expect(again.json()).toMatchObject({ queued: 0, earlier: 0 });
    await until(async () => (await view()).counts.sent === 4, 'the four calls sent');
    const items = (await view()).items;
    expect(items.map((i) => i.attemptId).sort()).toEqual([...ids, body.id].sort());
    expect(items.every((i) => i.kind === 'attempt' && i.status === 'sent')).toBe(true);
    // One statement per earlier call reached the LRS (a 503 was retried), none twice.
    const accepted = new Map<string, Received['body'][number]>();
    const posts = lrs.received.filter((r) => r.url === '/avant/statements');
    for (const r of posts) for (const s of r.body) accepted.set(s.id, s);
    expect(accepted.size).toBe(4);
    expect(posts.length).toBe(5);
    for (const statement of accepted.values()) {
      expect(xapiProblems(statement)).toEqual([]);
      expect(statement).toMatchObject({ actor: { mbox: `mailto:${other.trainee.email}` } });
    }
    const replay = await replayOf(2);
    expect([...accepted.values()].map((s) => (s.result as { score: { raw: number } }).score.raw)).toContain(
      replay.total,
    );
  });
});
