/**
 * The account opened offline: the session the server last confirmed is kept (never its secret),
 * the calls played are queued, and once back online the server is asked again and the outbox
 * sent; a session the server no longer knows is forgotten.
 */
import { describe, expect, it } from 'vitest';
import { Outbox, type KeyValue } from '../../storage/outbox.ts';
import type { Attempt } from '../../storage/index.ts';
import { AccountState } from './account.svelte.ts';
import { ServerApi, type Fetch } from './api.ts';

function memory(): KeyValue {
  const map = new Map<string, unknown>();
  return {
    getItem: async <T>(key: string) => (map.get(key) as T) ?? null,
    setItem: async <T>(key: string, value: T) => (map.set(key, structuredClone(value)), value),
    removeItem: async (key: string) => void map.delete(key),
    keys: async () => [...map.keys()],
  };
}

const SESSION = {
  user: { id: 'u1', name: 'Inès Lefort', email: 'ines@example.org', role: 'trainee' },
  organisation: { id: 'o1', name: 'Centre du Parc' },
};

/** A team server behind a switch: off, every request fails as a lost network does. */
function server() {
  const state = { online: true, loggedIn: true, stored: [] as string[] };
  const json = (status: number, body: unknown) =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  const fetcher: Fetch = async (path, init) => {
    if (!state.online) throw new TypeError('Failed to fetch');
    const method = init?.method ?? 'GET';
    if (path === 'api/health') return json(200, { ok: true });
    if (path === 'api/setup') return json(200, { needed: false, authenticated: state.loggedIn });
    if (!state.loggedIn) return json(401, { error: 'Connectez-vous d’abord.' });
    if (path === 'api/session') return json(200, SESSION);
    if (path === 'api/attempts' && method === 'POST') {
      state.stored.push((JSON.parse(String(init?.body)) as { id: string }).id);
      return json(201, {});
    }
    return json(404, { error: 'Introuvable.' });
  };
  return { state, api: new ServerApi(fetcher) };
}

const attempt = (id: string) =>
  ({
    id,
    profileId: 'p1',
    schemaVersion: 1,
    scenarioId: 's',
    scenarioVersion: 1,
    startedAt: '2026-12-07T08:00:00.000Z',
    log: [],
    appVersion: '0.1.0',
  }) as unknown as Attempt;

async function settle(account: AccountState) {
  for (let i = 0; i < 50 && account.syncing; i++) await new Promise((r) => setTimeout(r, 5));
  await new Promise((r) => setTimeout(r, 5));
}

describe('an account opened offline', () => {
  it('keeps the last confirmed session, queues the call, and sends it once back online', async () => {
    const { state, api } = server();
    const outbox = new Outbox({ outbox: memory(), rejected: memory(), meta: memory() });
    const events = new EventTarget();
    const first = new AccountState({ api, outbox, served: true, events });
    await first.init();
    expect(first.status).toBe('loggedIn');
    first.destroy();

    // The page is reloaded with the network gone.
    state.online = false;
    const account = new AccountState({ api, outbox, served: true, events });
    await account.init();
    expect(account.status).toBe('loggedIn');
    expect(account.session?.user.name).toBe('Inès Lefort');
    await account.queue(attempt('a1'));
    await settle(account);
    expect(account.pending).toBe(1);
    expect(state.stored).toEqual([]);

    state.online = true;
    events.dispatchEvent(new Event('online'));
    for (let i = 0; i < 100 && account.pending; i++) await new Promise((r) => setTimeout(r, 5));
    expect(account.pending).toBe(0);
    expect(state.stored).toEqual(['a1']);
    account.destroy();
  });

  it('stays local offline when no one has logged in on this browser', async () => {
    const { state, api } = server();
    state.online = false;
    const outbox = new Outbox({ outbox: memory(), rejected: memory(), meta: memory() });
    const account = new AccountState({ api, outbox, served: true, events: new EventTarget() });
    await account.init();
    expect(account.status).toBe('local');
    expect(account.session).toBeNull();
    account.destroy();
  });

  it('forgets the session at logout and when the server says it has ended', async () => {
    const { state, api } = server();
    const outbox = new Outbox({ outbox: memory(), rejected: memory(), meta: memory() });
    const events = new EventTarget();
    const account = new AccountState({ api, outbox, served: true, events });
    await account.init();
    await account.logout();
    state.online = false;
    const offline = new AccountState({ api, outbox, served: true, events });
    await offline.init();
    expect(offline.status).toBe('local');

    // Logged in again, then the session ends on the server while the trainee is offline.
    state.online = true;
    await offline.refreshSession();
    expect(offline.status).toBe('loggedIn');
    state.online = false;
    const again = new AccountState({ api, outbox, served: true, events });
    await again.init();
    expect(again.status).toBe('loggedIn');
    state.online = true;
    state.loggedIn = false;
    events.dispatchEvent(new Event('online'));
    for (let i = 0; i < 100 && again.status === 'loggedIn'; i++) await new Promise((r) => setTimeout(r, 5));
    expect(again.status).toBe('loggedOut');
    expect(await outbox.getMeta('session')).toBeNull();
    for (const a of [account, offline, again]) a.destroy();
  });
});
