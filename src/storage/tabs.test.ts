/**
 * Two tabs never overwrite each other's call in progress. Each "tab" is a storage instance on
 * the same database; they talk through Node's own BroadcastChannel, or share a fake Web Locks
 * manager (Node 20 has no navigator.locks).
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  attemptIdOf,
  openStorage,
  type AppStorage,
  type LockManagerLike,
  type OpenStorageOptions,
} from './index.ts';
import { freshName, sampleAttempt, sampleLog } from './fixtures.ts';

const opened: AppStorage[] = [];
async function tab(options: OpenStorageOptions) {
  const { storage } = await openStorage(options);
  opened.push(storage);
  return storage;
}
afterEach(() => {
  for (const s of opened.splice(0)) s.close();
});

const draft = (log = sampleLog(1)) => ({
  profileId: 'p1',
  scenarioId: 'anxieuse-rdv',
  scenarioVersion: 1,
  startedAt: '2026-03-10T09:00:00.000Z',
  log,
});

/** Web Locks as a browser gives them to the tabs of one origin: exclusive, `ifAvailable`, `steal`. */
class FakeLocks implements LockManagerLike {
  readonly #held = new Map<string, { reject(e: unknown): void }>();
  request(
    name: string,
    options: { ifAvailable?: boolean; steal?: boolean },
    callback: (lock: unknown) => unknown,
  ) {
    if (this.#held.has(name) && options.steal) {
      this.#held
        .get(name)!
        .reject(new DOMException('Lock broken by another request with the steal option.', 'AbortError'));
      this.#held.delete(name);
    }
    if (this.#held.has(name)) return Promise.resolve(callback(null));
    return new Promise<unknown>((resolve, reject) => {
      this.#held.set(name, { reject });
      Promise.resolve(callback({ name })).then((value) => {
        this.#held.delete(name);
        resolve(value);
      }, reject);
    });
  }
}

describe('two tabs with Web Locks', () => {
  it('only one tab owns a profile’s call; the other cannot save over it', async () => {
    const name = freshName();
    const locks = new FakeLocks();
    const a = await tab({ name, locks, tabId: 'a' });
    const b = await tab({ name, locks, tabId: 'b' });
    expect(a.ownershipMode).toBe('locks');

    expect(await a.claimCall('p1')).toEqual({ owned: true });
    expect(await b.claimCall('p1')).toEqual({ owned: false });
    expect(await b.claimCall('p2')).toEqual({ owned: true });

    await a.saveCall(draft(sampleLog(2)));
    await expect(b.saveCall(draft(sampleLog(5)))).rejects.toMatchObject({
      code: 'locked',
      message: expect.stringMatching(
        /^Cet appel est ouvert dans un autre onglet : il n’a pas été enregistré ici/,
      ),
    });
    await expect(b.discardCall('p1')).rejects.toMatchObject({ code: 'locked' });
    expect((await a.loadCall('p1')).item).toMatchObject({ tabId: 'a', log: sampleLog(2) });
  });

  it('a closed tab lets go, and the call can be resumed in another', async () => {
    const name = freshName();
    const locks = new FakeLocks();
    const a = await tab({ name, locks });
    const b = await tab({ name, locks });
    await a.claimCall('p1');
    await a.saveCall(draft());
    a.close();
    await Promise.resolve();
    expect(await b.claimCall('p1')).toEqual({ owned: true });
    expect((await b.loadCall('p1')).item?.log).toEqual(sampleLog(1));
    await b.saveCall(draft(sampleLog(2)));
  });

  it('taking over a call stops the other tab from saving it', async () => {
    const name = freshName();
    const locks = new FakeLocks();
    const a = await tab({ name, locks });
    const b = await tab({ name, locks });
    await a.claimCall('p1');
    expect(await b.claimCall('p1', { takeOver: true })).toEqual({ owned: true });
    await b.saveCall(draft(sampleLog(3)));
    await expect(a.saveCall(draft(sampleLog(1)))).rejects.toMatchObject({ code: 'locked' });
    expect((await b.loadCall('p1')).item?.log).toEqual(sampleLog(3));
  });
});

describe('two tabs over BroadcastChannel (no Web Locks)', () => {
  // A lone claim waits `windowMs` for an answer that never comes: keep it short. A claim that
  // has an owner resolves as soon as the owner answers: give it a long window, so a slow
  // message can never make it wrongly succeed.
  const alone = 5;
  const patient = 10_000;

  it('the second tab is told the call is owned, and cannot save over it', async () => {
    const name = freshName();
    const a = await tab({ name, locks: null, windowMs: alone, tabId: 'a' });
    const b = await tab({ name, locks: null, windowMs: patient, tabId: 'b' });
    expect(a.ownershipMode).toBe('broadcast');

    expect(await a.claimCall('p1')).toEqual({ owned: true });
    await a.saveCall(draft(sampleLog(2)));
    expect(await b.claimCall('p1')).toEqual({ owned: false });
    await expect(b.saveCall(draft(sampleLog(4)))).rejects.toMatchObject({ code: 'locked' });
    expect((await b.loadCall('p1')).item).toMatchObject({ tabId: 'a', log: sampleLog(2) });
  });

  it('two tabs claiming at once: exactly one wins', async () => {
    const name = freshName();
    const a = await tab({ name, locks: null, windowMs: 20, tabId: 'a' });
    const b = await tab({ name, locks: null, windowMs: patient, tabId: 'b' });
    const [ca, cb] = await Promise.all([a.claimCall('p1'), b.claimCall('p1')]);
    expect([ca.owned, cb.owned]).toEqual([true, false]);
  });

  it('once the owner is gone, another tab claims the call', async () => {
    const name = freshName();
    const a = await tab({ name, locks: null, windowMs: alone });
    const b = await tab({ name, locks: null, windowMs: alone });
    await a.claimCall('p1');
    a.close();
    expect(await b.claimCall('p1')).toEqual({ owned: true });
  });

  it('taking over tells the owner, whose next save is refused', async () => {
    const name = freshName();
    const a = await tab({ name, locks: null, windowMs: alone });
    const b = await tab({ name, locks: null, windowMs: patient });
    await a.claimCall('p1');
    await b.claimCall('p1', { takeOver: true });
    await b.saveCall(draft(sampleLog(3)));
    // The takeover message reaches tab a asynchronously, like any BroadcastChannel message.
    await vi.waitFor(() => expect(a.ownsCall('p1')).toBe(false));
    await expect(a.saveCall(draft())).rejects.toMatchObject({ code: 'locked' });
  });
});

describe('attempts from two tabs', () => {
  it('never clobber each other: one record per attempt', async () => {
    const name = freshName();
    const a = await tab({ name, locks: null, openChannel: null });
    const b = await tab({ name, locks: null, openChannel: null });
    const fromA = Array.from({ length: 20 }, () => sampleAttempt());
    const fromB = Array.from({ length: 20 }, () => sampleAttempt());
    await Promise.all([...fromA.map((x) => a.saveAttempt(x)), ...fromB.map((x) => b.saveAttempt(x))]);
    expect((await a.loadAttempts('p1')).items).toHaveLength(40);
  });
});

describe('one call, one attempt', () => {
  it('a tab that lost the call cannot store it; the owner stores it once', async () => {
    const name = freshName();
    const locks = new FakeLocks();
    const a = await tab({ name, locks });
    const b = await tab({ name, locks });
    await a.claimCall('p1');
    expect(await b.claimCall('p1', { takeOver: true })).toEqual({ owned: true });
    const startedAt = '2026-03-10T09:00:00.000Z';
    const id = attemptIdOf('p1', startedAt);
    const attempt = sampleAttempt({ id, profileId: 'p1', startedAt });
    await expect(a.finishCall(attempt)).rejects.toMatchObject({
      code: 'locked',
      message: expect.stringMatching(/repris dans un autre onglet/),
    });
    await b.finishCall({ ...attempt, endedAt: '2026-03-10T09:06:00.000Z' });
    expect((await a.loadAttempts('p1')).items.map((x) => x.startedAt)).toEqual([startedAt]);
  });

  it('the attempt id is the call’s: the same profile and first ring give the same id', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 200 }),
        // A call's first ring: any time from 1970 to 2200 (the far end of JavaScript's dates
        // would overflow with the millisecond added below).
        fc.date({ min: new Date(0), max: new Date('2200-01-01T00:00:00Z'), noInvalidDate: true }),
        (profileId, date) => {
          const startedAt = date.toISOString();
          const id = attemptIdOf(profileId, startedAt);
          expect(id).toBe(attemptIdOf(profileId, startedAt));
          expect(id.length).toBeLessThanOrEqual(200);
          expect(id).not.toBe(attemptIdOf(profileId, new Date(date.getTime() + 1).toISOString()));
        },
      ),
    );
  });
});
