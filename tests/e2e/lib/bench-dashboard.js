// Progress dashboard over 10,000 stored attempts: seeded through the app's own storage module in
// a profile on disk (a default context keeps IndexedDB in memory), then timed from navigation to
// the table or chart being on screen.
//
// Seeding: one real attempt is made through the UI (a short call, hung up), then src/storage's
// own functions read it back and write 10,000 copies (new ids, spread dates) in bulk.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { launchPersistent } from './persistent.js';
import { ROOT } from './server.js';
import { playShortCall } from './bench-reaction.js';
import { median } from './stats.js';

const ATTEMPTS = 10_000;
const RUNS = 3;
const STORAGE = join(ROOT, 'src', 'storage', 'index.ts');
// Names src/storage may give its bulk write and its listing of attempts.
const BULK_SAVE = ['saveAttempts', 'putAttempts', 'importAttempts', 'bulkSaveAttempts', 'addAttempts'];
const LIST = ['listAttempts', 'loadAttempts', 'getAttempts', 'allAttempts'];
const READY = 'main table tbody tr, main canvas, [role="table"] [role="row"]';

/** src/storage bundled as a script that exposes it on `window.__decrocheBenchStorage`. */
async function storageBundle() {
  if (!existsSync(STORAGE)) throw new Error('src/storage/index.ts absent');
  const entry = '\0decroche-bench-entry';
  const output = await build({
    configFile: false,
    root: ROOT,
    logLevel: 'silent',
    plugins: [
      {
        name: 'decroche-bench-entry',
        resolveId: (id) => (id === entry ? entry : null),
        load: (id) =>
          id === entry
            ? `import * as storage from ${JSON.stringify(STORAGE)}; window.__decrocheBenchStorage = storage;`
            : null,
      },
    ],
    build: {
      write: false,
      minify: false,
      rolldownOptions: { input: entry, output: { format: 'iife' } },
    },
  });
  const chunk = [output].flat()[0].output.find((o) => o.type === 'chunk');
  return chunk.code;
}

// In the page: 10,000 copies of the stored attempts, written with the storage's bulk function.
async function seed({ count, bulkNames, listNames }) {
  const storage = window.__decrocheBenchStorage;
  const pick = (names) => names.find((n) => typeof storage[n] === 'function');
  const bulk = pick(bulkNames);
  const list = pick(listNames);
  if (!bulk || !list) {
    return `src/storage n’exporte pas ${!bulk ? `d’écriture groupée (${bulkNames[0]})` : `de lecture (${listNames[0]})`}`;
  }
  let templates = [];
  // The app saves the attempt when the call ends: give it a moment.
  for (let tries = 0; templates.length === 0 && tries < 50; tries++) {
    const listed = await storage[list]();
    templates = Array.isArray(listed) ? listed : Object.values(listed ?? {});
    if (templates.length === 0) await new Promise((r) => setTimeout(r, 100));
  }
  if (templates.length === 0) return 'aucune tentative enregistrée après un appel joué dans l’interface';
  const isoDate = /^\d{4}-\d\d-\d\dT/;
  const copies = Array.from({ length: count }, (_, i) => {
    const copy = structuredClone(templates[i % templates.length]);
    if ('id' in copy) copy.id = `bench-${i}-${crypto.randomUUID()}`;
    for (const [key, value] of Object.entries(copy)) {
      // Spread the attempts over the last weeks, newest first.
      if (typeof value === 'string' && isoDate.test(value)) {
        copy[key] = new Date(Date.parse(value) - i * 3 * 60_000).toISOString();
      } else if (typeof value === 'number' && /At$|^at$|time/i.test(key) && value > 1e12) {
        copy[key] = value - i * 3 * 60_000;
      }
    }
    return copy;
  });
  await storage[bulk](copies);
  return null;
}

/**
 * In the page, ms from `since` (navigation start when 0) to a table or chart that was not there
 * before, plus one frame; `hash` (optional) is the route to go to first.
 */
function timeToDashboard({ selector, hash }) {
  const before = new Set(document.querySelectorAll(selector));
  const since = hash ? performance.now() : 0;
  return new Promise((resolve, reject) => {
    const check = () => {
      const fresh = [...document.querySelectorAll(selector)].some((el) => !before.has(el));
      if (fresh) requestAnimationFrame(() => resolve(performance.now() - since));
      return fresh;
    };
    const observer = new MutationObserver(() => check() && observer.disconnect());
    observer.observe(document, { childList: true, subtree: true });
    setTimeout(() => {
      observer.disconnect();
      reject(new Error('ni tableau ni graphique sur #/progression après 10 s'));
    }, 10_000);
    if (hash) location.hash = hash;
  });
}

/** @param {string} baseURL */
export async function measureDashboard(baseURL) {
  const code = await storageBundle().catch((err) => {
    throw new Error(`src/storage ne se construit pas pour le navigateur : ${err.message.split('\n')[0]}`);
  });
  const session = await launchPersistent();
  try {
    const page = await session.page();
    page.setDefaultTimeout(10_000);
    // One real attempt through the UI, so the copies have the app's own shape.
    await playShortCall(page, baseURL);
    await page.evaluate(code);
    const problem = await page.evaluate(seed, { count: ATTEMPTS, bulkNames: BULK_SAVE, listNames: LIST });
    if (problem) throw new Error(problem);

    const cold = [];
    const inApp = [];
    const url = new URL('#/progression', baseURL).href;
    // The cold-load probe runs before the app does, in every page load.
    await page.addInitScript((selector) => {
      window.__decrocheDashboard = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          if (!document.querySelector(selector)) return;
          observer.disconnect();
          requestAnimationFrame(() => resolve(performance.now()));
        });
        observer.observe(document, { childList: true, subtree: true });
      });
    }, READY);
    for (let i = 0; i < RUNS; i++) {
      // Cold: the page loads straight on the dashboard (from a blank page, so not a hash change).
      await page.goto('about:blank');
      await page.goto(url, { waitUntil: 'commit' });
      cold.push(
        await page.evaluate(() =>
          Promise.race([
            window.__decrocheDashboard,
            new Promise((_, reject) => setTimeout(() => reject(new Error('rien après 10 s')), 10_000)),
          ]),
        ),
      );
      // In the app: from home, follow the route change.
      await page.goto(baseURL, { waitUntil: 'load' });
      await page.locator('h1').first().waitFor();
      inApp.push(await page.evaluate(timeToDashboard, { selector: READY, hash: '#/progression' }));
    }
    return { coldMs: median(cold), inAppMs: median(inApp), attempts: ATTEMPTS };
  } finally {
    await session.close();
  }
}
