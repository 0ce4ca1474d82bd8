/**
 * The built app as the team server serves it, with the service worker: every file carries the
 * security headers (the same CSP, which lets the worker run: it is a same-origin script); the page
 * the worker precaches (`index.html?__WB_REVISION__=…`) carries the server's marker, so that the
 * app opened offline still knows its team server; the API is never cacheable. And a failure deep
 * in the server (the database gone) reaches the client as one French sentence, nothing more.
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, SERVER_MARKER } from './app.ts';
import { openDatabase, type Database } from './db/database.ts';
import { backends, call, seedOrg, type Org } from './testing.ts';

describe('the built app served with its service worker', () => {
  let dist: string;
  let database: Database;
  let app: FastifyInstance;

  beforeAll(async () => {
    dist = await mkdtemp(join(tmpdir(), 'decroche-dist-'));
    await mkdir(join(dist, 'assets'));
    await writeFile(join(dist, 'index.html'), '<!doctype html><html><head><title>D</title></head></html>');
    await writeFile(join(dist, 'sw.js'), 'self.addEventListener("fetch", () => {});');
    await writeFile(join(dist, 'assets', 'index-abc123.js'), 'export {};');
    database = await openDatabase({ dataDir: 'memory://' });
    app = await buildApp({ database, distDir: dist });
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await database?.close();
    await rm(dist, { recursive: true, force: true });
  });

  it.each(['/', '/index.html?__WB_REVISION__=3f2a', '/sw.js', '/assets/index-abc123.js', '/api/health'])(
    '%s carries the security headers',
    async (url) => {
      const reply = await app.inject({ method: 'GET', url });
      expect(reply.statusCode).toBe(200);
      expect(reply.headers['content-security-policy']).toMatch(/script-src 'self';/);
      expect(reply.headers['content-security-policy']).not.toMatch(/worker-src|unsafe/);
      expect(reply.headers['x-content-type-options']).toBe('nosniff');
      expect(reply.headers['referrer-policy']).toBe('no-referrer');
    },
  );

  it('gives the worker the page with its team-server marker, and the worker as JavaScript', async () => {
    const page = await app.inject({ method: 'GET', url: '/index.html?__WB_REVISION__=3f2a' });
    expect(page.body).toContain(`<meta name="${SERVER_MARKER}" content="1" />`);
    const worker = await app.inject({ method: 'GET', url: '/sw.js' });
    expect(worker.headers['content-type']).toMatch(/javascript/);
  });

  it('marks every API reply as not to be stored', async () => {
    const reply = await app.inject({ method: 'GET', url: '/api/health' });
    expect(reply.headers['cache-control']).toBe('no-store');
  });
});

describe.each(backends())('a failure inside the server on $name', (backend) => {
  let database: Database;
  let app: FastifyInstance;
  let org: Org;

  beforeAll(async () => {
    database = await backend.open();
    org = await seedOrg(database.db, 'panne');
    app = await buildApp({ database, distDir: null });
  }, 60_000);
  afterAll(async () => {
    await app?.close();
  });

  it('is a French sentence: no SQL, no stack trace, no file path', async () => {
    await database.close();
    for (const url of ['/api/attempts', '/api/me/export', '/api/users']) {
      const reply = await call(app, org.manager, { method: 'GET', url });
      expect(reply.statusCode).toBeGreaterThanOrEqual(500);
      // The whole body: the sentence and nothing else (no SQL, stack or path beside it).
      expect(reply.json()).toEqual({ error: 'Erreur interne du serveur. Réessayez plus tard.' });
    }
    const health = await app.inject({ method: 'GET', url: '/api/health' });
    expect(health.statusCode).toBe(503);
    expect(health.json()).toEqual({
      ok: false,
      database: backend.name,
      error: 'Base de données injoignable.',
    });
  });
});
