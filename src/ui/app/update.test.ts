/** Where the service worker is registered, and what the app learns from it. */
import { describe, expect, it } from 'vitest';
import { AppUpdate, serviceWorkerAllowed } from './update.svelte.ts';

describe('the service worker', () => {
  const withWorkers = { serviceWorker: {} };

  it('is registered over http and https only, never from a file', () => {
    expect(serviceWorkerAllowed({ protocol: 'https:' }, withWorkers, true)).toBe(true);
    expect(serviceWorkerAllowed({ protocol: 'http:' }, withWorkers, true)).toBe(true);
    expect(serviceWorkerAllowed({ protocol: 'file:' }, withWorkers, true)).toBe(false);
    // Plain http on another machine than localhost: the browser refuses workers there.
    expect(serviceWorkerAllowed({ protocol: 'http:' }, withWorkers, false)).toBe(false);
    expect(serviceWorkerAllowed({ protocol: 'https:' }, {}, true)).toBe(false);
  });

  it('announces a new version only when the worker says one waits', async () => {
    let options: Parameters<Parameters<AppUpdate['start']>[0] & object>[0] | undefined;
    const update = new AppUpdate();
    await update.start((o) => {
      options = o;
      return async () => {};
    });
    expect(update.available).toBe(false);
    options?.onOfflineReady?.();
    expect(update.offlineReady).toBe(true);
    expect(update.available).toBe(false);
    options?.onNeedRefresh?.();
    expect(update.available).toBe(true);
  });
});
