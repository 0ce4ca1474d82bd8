/**
 * Test helpers for the shell's pages (not used by the product): an AppState over a fresh
 * fake-indexeddb database, single-tab ownership, and a router that records where it was sent.
 */
import { freshName } from '../../storage/fixtures.ts';
import { openStorage, type AppStorage, type OpenStorageOptions, type Settings } from '../../storage/index.ts';
import type { Route } from './router.ts';
import { AppState } from './state.svelte.ts';

export const QUIET: Settings = {
  sound: false,
  volume: 0.8,
  speech: false,
  captions: true,
  guided: false,
  showMood: true,
};

const opened: AppStorage[] = [];

/** An app over a fresh database, opened and ready. `options` go to openStorage. */
export async function openTestApp(
  options: OpenStorageOptions = {},
): Promise<AppState & { storage: AppStorage }> {
  const name = options.name ?? freshName();
  const app = new AppState({
    open: async () => {
      const result = await openStorage({ locks: null, openChannel: null, ...options, name });
      opened.push(result.storage);
      return result;
    },
    remember: null,
  });
  await app.init();
  if (!app.storage) throw new Error('the test storage did not open');
  return app as AppState & { storage: AppStorage };
}

/** Closes every storage opened by openTestApp (call in afterEach). */
export function closeTestApps(): void {
  for (const storage of opened.splice(0)) storage.close();
}

export class FakeRouter {
  readonly visits: { route: Exclude<Route, { name: 'notFound' }>; replace: boolean }[] = [];
  navigate(route: Exclude<Route, { name: 'notFound' }>, options: { replace?: boolean } = {}): void {
    this.visits.push({ route, replace: options.replace ?? false });
  }
  get last() {
    return this.visits.at(-1);
  }
}

/** Web Locks as a browser gives them to the tabs of one origin (for "another tab" tests). */
export class FakeLocks {
  readonly #held = new Map<string, { reject(e: unknown): void }>();
  request(
    name: string,
    options: { ifAvailable?: boolean; steal?: boolean },
    callback: (lock: unknown) => unknown,
  ): Promise<unknown> {
    if (this.#held.has(name) && options.steal) {
      this.#held.get(name)!.reject(new DOMException('Lock broken by a steal request.', 'AbortError'));
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
