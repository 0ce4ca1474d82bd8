/**
 * The service worker (scripts/vite-plugin-offline.ts) and the new versions it finds. Registered
 * only where a browser allows one (http or https: not from a file, where the app runs without
 * it), a little after the page has loaded, so that its download of the whole build does not
 * compete with the first page. A new version waits: the app says « Nouvelle version disponible » and reloads
 * into it when the trainee asks; otherwise it is taken once every tab of the app is closed.
 */
import type { RegisterSWOptions } from 'virtual:pwa-register';

type Register = (options: RegisterSWOptions) => (reloadPage?: boolean) => Promise<void>;

/** Whether this page may register a service worker at all. */
export function serviceWorkerAllowed(
  location: Pick<Location, 'protocol'>,
  navigator: object,
  secure: boolean,
): boolean {
  return (
    (location.protocol === 'http:' || location.protocol === 'https:') &&
    secure &&
    'serviceWorker' in navigator
  );
}

export class AppUpdate {
  /** A new version is installed and waits for a reload. */
  available = $state(false);
  /** The worker is ready: the whole app is stored for offline use. */
  offlineReady = $state(false);
  #apply: ((reloadPage?: boolean) => Promise<void>) | null = null;

  /** Registers the worker; `register` is vite-plugin-pwa's (tests pass their own). */
  async start(register?: Register): Promise<void> {
    const registerSW = register ?? (await import('virtual:pwa-register')).registerSW;
    this.#apply = registerSW({
      immediate: true,
      onNeedRefresh: () => (this.available = true),
      onOfflineReady: () => (this.offlineReady = true),
      onRegisterError: () => {
        // Without a worker the app works as before, online.
      },
    });
  }

  /** Takes the new version: the waiting worker takes over and the page reloads into it. */
  async reload(): Promise<void> {
    // vite-plugin-pwa reloads only a page that was already controlled when it registered; a tab
    // open since the very first visit must reload too.
    navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), {
      once: true,
    });
    await this.#apply?.(true);
  }
}

export const appUpdate = new AppUpdate();

const SETTLE_MS = 2000;
const IDLE_WAIT_MS = 5000;

/** Registers the service worker once the page has loaded, where it is allowed. */
export function startServiceWorker(update: AppUpdate = appUpdate): void {
  // The dev server builds no worker (`npm run dev` serves modules as they are edited).
  if (import.meta.env.DEV || typeof window === 'undefined') return;
  if (!serviceWorkerAllowed(location, navigator, window.isSecureContext)) return;
  const start = () => void update.start().catch(() => {});
  // After the page has loaded and settled: the worker's download of the whole build then takes
  // nothing from the first page (its code, its first paint, its first inputs).
  const later = () =>
    setTimeout(() => {
      if ('requestIdleCallback' in window) requestIdleCallback(start, { timeout: IDLE_WAIT_MS });
      else start();
    }, SETTLE_MS);
  if (document.readyState === 'complete') later();
  else window.addEventListener('load', later, { once: true });
}
