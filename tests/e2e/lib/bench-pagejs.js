// The JS the browser really downloads on the home page and on the call page, side by side (DESIGN
// §12: 120 Ko gzip for a call): a trainee profile made once in a browser profile on disk, then
// each page opened afresh in that profile and used as a trainee would — the home page until it has
// settled, the call page until the phone is picked up and the caller answered the greeting. Each
// file the page fetched from the build is counted once, gzipped at level 9 as the static count
// (lib/bundle.js) is. What the service worker's registration fetches (a little after load, when
// the page is idle) is listed apart.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CALL_PAGE } from './bench-lighthouse.js';
import { launchPersistent } from './persistent.js';
import { DIST } from './server.js';
import { WAIT, createProfile, heading1, pickUpAndGreet } from './trainee.js';

/** The service worker's registration code (vite-plugin-pwa's register, workbox-window). */
const SERVICE_WORKER = /(^|\/)(workbox-window|register|registerSW|sw|workbox-[\w-]+)[.-][^/]*\.js$|\/sw\.js$/;
/** How long a page is left to settle after what it was opened for (the worker registers at 2 s). */
const SETTLE_MS = 4000;

/**
 * @param {string} baseURL
 * @returns {Promise<Record<'home' | 'call', { gzip: number, files: { file: string, gzip: number }[],
 *   serviceWorker: { file: string, gzip: number }[] }>>}
 */
export async function measurePageJs(baseURL) {
  const session = await launchPersistent();
  try {
    const first = await session.page();
    await first.goto(baseURL);
    await createProfile(first, 'Inès');
    await first.close();

    const opened = async (hash, use) => {
      const page = await session.context.newPage();
      const fetched = new Set();
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.origin === new URL(baseURL).origin && url.pathname.endsWith('.js')) fetched.add(url.pathname);
      });
      await page.goto(new URL(hash, baseURL).href);
      await use(page);
      await page.waitForTimeout(SETTLE_MS);
      await page.close();
      const sized = [...fetched].map((path) => {
        const file = path.replace(/^.*?\/(assets\/|[^/]+\.js$)/, '$1');
        const onDisk = join(DIST, file);
        return { file, gzip: existsSync(onDisk) ? gzipSync(readFileSync(onDisk), { level: 9 }).length : 0 };
      });
      const files = sized.filter((f) => !SERVICE_WORKER.test(f.file)).sort((a, b) => b.gzip - a.gzip);
      return {
        gzip: files.reduce((sum, f) => sum + f.gzip, 0),
        files,
        serviceWorker: sized.filter((f) => SERVICE_WORKER.test(f.file)),
      };
    };

    const home = await opened('./', (page) => heading1(page, 'Décroche').waitFor(WAIT));
    const call = await opened(`./${CALL_PAGE}`, async (page) => {
      await page.getByRole('button', { name: 'Décrocher', exact: false }).waitFor(WAIT);
      await pickUpAndGreet(page, 'Cabinet de cardiologie du Parc, bonjour, Julie à l’appareil.');
    });
    return { home, call };
  } finally {
    await session.close();
  }
}
