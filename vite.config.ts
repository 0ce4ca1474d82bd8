import { defineConfig, type Plugin } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { decrocheContent } from './scripts/vite-plugin-content.ts';
import { localforageDrivers } from './scripts/vite-plugin-localforage.ts';
import { offlineApp } from './scripts/vite-plugin-offline.ts';

const STRICT_STYLES = "style-src 'self'";

/**
 * Dev server only: Vite serves each module's CSS as a `<style>` element it injects (and its
 * error overlay brings its own), which the CSP's `style-src 'self'` refuses. `npm run dev`
 * relaxes that one directive; the build emits CSS files and ships the strict policy as written.
 */
function devStylesCsp(): Plugin {
  return {
    name: 'decroche-dev-styles-csp',
    apply: 'serve',
    transformIndexHtml(html) {
      if (!html.includes(STRICT_STYLES))
        throw new Error(`index.html: the CSP has no « ${STRICT_STYLES} » for the dev server to relax`);
      return html.replace(STRICT_STYLES, `${STRICT_STYLES} 'unsafe-inline'`);
    },
  };
}

export default defineConfig({
  plugins: [svelte(), decrocheContent(), devStylesCsp(), localforageDrivers(), offlineApp()],
  base: './',
  build: {
    target: 'es2022',
    sourcemap: false,
    manifest: true,
    // Every browser that runs an es2022 build but Safari 15.4–16 preloads modules itself (those
    // just fetch the chunks a little later): the polyfill was 0.3 Ko of every page's first download.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // What index.html loads at once (the shell, svelte, the storage and its libraries) as one
        // file: split in several, the same code compresses worse (DESIGN §12, 100 Ko for a call).
        codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] },
      },
    },
  },
  test: {
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['./vitest.setup.ts'],
    pool: 'threads',
    maxWorkers: 2,
    // No test waits on the clock; this only says how long a slow machine may take before a test
    // counts as stuck (component and property tests take seconds when the machine is loaded).
    testTimeout: 30_000,
  },
  resolve: {
    // localforage: built from its sources by scripts/vite-plugin-localforage.ts (no WebSQL driver,
    // no Promise polyfill).
    ...(process.env.VITEST ? { conditions: ['browser'] } : {}),
  },
});
