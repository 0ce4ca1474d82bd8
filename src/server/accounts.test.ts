/** Logging in and out, first run, invitations, password resets: the accounts a user meets. */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './db/database.ts';
import { backends, call, PASSWORD, seedOrg, testApp, type Member, type Org } from './testing.ts';

function cookieOf(reply: { headers: Record<string, unknown> }): string {
  const header = String(reply.headers['set-cookie'] ?? '');
  return header.split(';')[0]!;
}

describe.each(backends())('accounts on $name', (backend) => {
  let database: Database;
  let app: FastifyInstance;
  let org: Org;

  beforeAll(async () => {
    database = await backend.open();
    app = await testApp(database);
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('offers the first run once: the organisation and its first manager, then closed', async () => {
    expect((await call(app, null, { method: 'GET', url: '/api/setup' })).json()).toEqual({
      needed: true,
      authenticated: false,
    });
    const payload = {
      organisation: 'Centre de formation',
      name: 'Claire',
      email: 'claire@example.org',
      password: PASSWORD,
    };
    const created = await call(app, null, { method: 'POST', url: '/api/setup', payload });
    expect(created.statusCode).toBe(201);
    const me = await call(app, null, {
      method: 'GET',
      url: '/api/session',
      headers: { cookie: cookieOf(created) },
    });
    expect(me.json()).toMatchObject({
      user: { role: 'manager' },
      organisation: { name: 'Centre de formation' },
    });
    const again = await call(app, null, {
      method: 'POST',
      url: '/api/setup',
      payload: { ...payload, email: 'x@example.org' },
    });
    expect(again.statusCode).toBe(409);
    expect((await call(app, null, { method: 'GET', url: '/api/setup' })).json()).toEqual({
      needed: false,
      authenticated: false,
    });
    const asManager = await call(app, null, {
      method: 'GET',
      url: '/api/setup',
      headers: { cookie: cookieOf(created) },
    });
    expect(asManager.json()).toEqual({ needed: false, authenticated: true });
    org = await seedOrg(database.db, 'acc');
  });

  it('logs in with a hardened cookie; a wrong password gets a 401 in French', async () => {
    const ok = await call(app, null, {
      method: 'POST',
      url: '/api/session',
      payload: { email: org.trainee.email.toUpperCase(), password: PASSWORD },
    });
    expect(ok.statusCode).toBe(200);
    const setCookie = String(ok.headers['set-cookie']);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    expect(setCookie).not.toMatch(/Secure/);
    const https = await call(app, null, {
      method: 'POST',
      url: '/api/session',
      payload: { email: org.trainee.email, password: PASSWORD },
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(https.statusCode).toBe(200);
    const wrong = await call(app, null, {
      method: 'POST',
      url: '/api/session',
      payload: { email: org.trainee.email, password: 'faux' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error).toBe('Adresse e-mail ou mot de passe incorrect.');
    const nobody = await call(app, null, {
      method: 'POST',
      url: '/api/session',
      payload: { email: 'personne@example.org', password: 'faux' },
    });
    expect(nobody.json()).toEqual(wrong.json());
  });

  it('limits login attempts with a clear French message', async () => {
    const codes: number[] = [];
    let last;
    for (let i = 0; i < 12; i++) {
      last = await call(app, null, {
        method: 'POST',
        url: '/api/session',
        payload: { email: org.otherTrainee.email, password: `faux-${i}` },
      });
      codes.push(last.statusCode);
    }
    expect(codes.slice(0, 10).every((c) => c === 401)).toBe(true);
    expect(codes.at(-1)).toBe(429);
    expect(last!.json().error).toMatch(/^Trop de tentatives\. Réessayez dans \d+ s\.$/);
  });

  it('logs out here, and everywhere', async () => {
    const { trainer } = await seedOrg(database.db, 'out');
    const login = async () =>
      cookieOf(
        await call(app, null, {
          method: 'POST',
          url: '/api/session',
          payload: { email: trainer.email, password: PASSWORD },
        }),
      );
    const [a, b, c] = [await login(), await login(), await login()];
    const me = (cookie: string) =>
      call(app, null, { method: 'GET', url: '/api/session', headers: { cookie } });
    expect(
      (await call(app, null, { method: 'DELETE', url: '/api/session', headers: { cookie: a } })).statusCode,
    ).toBe(204);
    expect((await me(a)).statusCode).toBe(401);
    expect((await me(b)).statusCode).toBe(200);
    const all = await call(app, null, { method: 'DELETE', url: '/api/sessions', headers: { cookie: b } });
    expect(all.statusCode).toBe(200);
    expect((await me(c)).statusCode).toBe(401);
  });

  it('refuses a state-changing request from another site (CSRF)', async () => {
    const cross = await call(app, org.trainee, {
      method: 'DELETE',
      url: '/api/sessions',
      headers: { origin: 'https://evil.example', host: 'localhost:80' },
    });
    expect(cross.statusCode).toBe(403);
    const fetchSite = await call(app, org.trainee, {
      method: 'POST',
      url: '/api/attempts',
      payload: {},
      headers: { 'sec-fetch-site': 'cross-site' },
    });
    expect(fetchSite.statusCode).toBe(403);
    const same = await call(app, org.trainee, {
      method: 'GET',
      url: '/api/session',
      headers: { origin: 'https://evil.example' },
    });
    expect(same.statusCode).toBe(200);
  });

  it('invites a trainee into a group with a one-time link', async () => {
    const invite = await call(app, org.trainer, {
      method: 'POST',
      url: '/api/invitations',
      payload: { groupId: org.groupA },
    });
    expect(invite.statusCode).toBe(201);
    const { token, path } = invite.json();
    expect(path).toBe(`/#/invitation/${token}`);
    const info = await call(app, null, { method: 'GET', url: `/api/invitations/${token}` });
    expect(info.json()).toMatchObject({ kind: 'join', group: 'Groupe A' });
    const payload = { name: 'Nora', email: 'nora@example.org', password: PASSWORD };
    const joined = await call(app, null, { method: 'POST', url: `/api/invitations/${token}`, payload });
    expect(joined.statusCode).toBe(201);
    const me = await call(app, null, {
      method: 'GET',
      url: '/api/session',
      headers: { cookie: cookieOf(joined) },
    });
    expect(me.json().user).toMatchObject({ name: 'Nora', role: 'trainee', groups: [org.groupA] });
    const reused = await call(app, null, {
      method: 'POST',
      url: `/api/invitations/${token}`,
      payload: { ...payload, email: 'n2@example.org' },
    });
    expect(reused.statusCode).toBe(410);
    expect(reused.json().error).toMatch(/plus valable/);
    // A trainer invites only into their own groups.
    const other = await call(app, org.trainer, {
      method: 'POST',
      url: '/api/invitations',
      payload: { groupId: org.groupB },
    });
    expect(other.statusCode).toBe(403);
  });

  it('lets a manager add a user who sets their password from a link, and reset it later', async () => {
    const added = await call(app, org.manager, {
      method: 'POST',
      url: '/api/users',
      payload: { email: 'lea@example.org', name: 'Léa', role: 'trainer', groupIds: [org.groupB] },
    });
    expect(added.statusCode).toBe(201);
    const token = added.json().invitation.path.split('/').at(-1);
    const short = await call(app, null, {
      method: 'POST',
      url: `/api/invitations/${token}`,
      payload: { password: 'court' },
    });
    expect(short.statusCode).toBe(400);
    expect(short.json().error).toMatch(/au moins 10 caractères/);
    expect(
      (
        await call(app, null, {
          method: 'POST',
          url: `/api/invitations/${token}`,
          payload: { password: PASSWORD },
        })
      ).statusCode,
    ).toBe(201);
    const lea: Member = { id: added.json().id, email: 'lea@example.org', role: 'trainer', cookie: '' };
    const login = (password: string) =>
      call(app, null, { method: 'POST', url: '/api/session', payload: { email: lea.email, password } });
    expect((await login(PASSWORD)).statusCode).toBe(200);
    const reset = await call(app, org.manager, {
      method: 'POST',
      url: `/api/users/${lea.id}/password-reset`,
    });
    const resetToken = reset.json().path.split('/').at(-1);
    await call(app, null, {
      method: 'POST',
      url: `/api/invitations/${resetToken}`,
      payload: { password: 'Nouveau-mot-de-passe' },
    });
    expect((await login(PASSWORD)).statusCode).toBe(401);
    expect((await login('Nouveau-mot-de-passe')).statusCode).toBe(200);
  });

  it('sends the security headers, and no internals in errors', async () => {
    const reply = await call(app, null, { method: 'GET', url: '/api/health' });
    expect(reply.json()).toMatchObject({ ok: true, database: backend.name });
    expect(reply.headers['content-security-policy']).toMatch(/default-src 'self'; script-src 'self'/);
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(reply.headers['referrer-policy']).toBe('no-referrer');
    const bad = await call(app, org.manager, { method: 'DELETE', url: "/api/users/1'; drop table users;--" });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).not.toMatch(/sql|stack|at \w+ \(/i);
  });
});
