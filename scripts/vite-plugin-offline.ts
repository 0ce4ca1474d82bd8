/**
 * The service worker that keeps the built app working offline (vite-plugin-pwa, Workbox's
 * generateSW): it precaches every file of the build (the page, each hashed JS and CSS chunk,
 * the sounds, the built-in content, which the build bundles as chunks) and answers navigations
 * with the cached page. It never caches a reply of the team server's API: the app keeps what it
 * needs itself (the outbox, the catalogue). A new version waits until the trainee reloads from
 * the app's prompt, or until every tab of the app is closed (src/ui/app/serviceWorker.ts).
 */
import { VitePWA } from 'vite-plugin-pwa';

/** Every kind of file the build writes (a kind missing here would fail offline). */
const PRECACHED = '**/*.{html,js,css,svg,wav,json,woff2,png,webp,txt,yaml}';

export function offlineApp() {
  return VitePWA({
    // Registered by the app itself (no inline script, which the CSP forbids, and none on file://).
    injectRegister: false,
    registerType: 'prompt',
    manifest: false,
    filename: 'sw.js',
    workbox: {
      globPatterns: [PRECACHED],
      globIgnores: ['.vite/**', 'sw.js', 'workbox-*.js'],
      navigateFallback: 'index.html',
      // A download or a link into the API is the server's, never the app's page.
      navigateFallbackDenylist: [/\/api(\/|$)/],
      cleanupOutdatedCaches: true,
      // The first install takes the open page at once, so that a network lost before any reload
      // still finds the debrief's code; an update waits for the trainee (no skipWaiting).
      clientsClaim: true,
      skipWaiting: false,
      // No runtime caching: whatever is not in the build goes to the network as without a worker.
      runtimeCaching: [],
      // The largest chunk (the studio's editor) is well under this; a larger one must fail the build.
      maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
    },
  });
}
