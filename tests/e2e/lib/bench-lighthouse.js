// Lighthouse on the served build, mobile preset (its default), in Debian Chromium: median of 3 runs,
// on the home page and on the call page (the screen trainees live in), side by side. The call page
// needs a profile: one is made once through the app's home page in a persistent browser profile,
// and each run starts from a fresh copy of it (a default context would keep IndexedDB in memory).
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './browser.js';
import { median } from './stats.js';

const CATEGORIES = ['performance', 'accessibility', 'best-practices'];
/** The metrics the budgets name (DESIGN §12), in ms except CLS. */
const METRICS = {
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
};
export const CALL_PAGE = '#/appel/urgence-douleur-thoracique';

/**
 * @param {string} url
 * @param {{ runs?: number, userDataDir?: string }} [options] with `userDataDir`, each run starts
 *   from a fresh copy of that browser profile
 * @returns {Promise<{ scores: Record<string, number>, runs: Record<string, number[]>,
 *   metrics: Record<string, number>, failingAudits: { category: string, id: string, title: string }[] }>}
 */
export async function measureLighthouse(url, { runs = 3, userDataDir } = {}) {
  const perRun = Object.fromEntries(CATEGORIES.map((c) => [c, []]));
  const perMetric = Object.fromEntries(Object.keys(METRICS).map((m) => [m, []]));
  const failing = new Map();
  for (let i = 0; i < runs; i++) {
    const copy = userDataDir ? mkdtempSync(join(tmpdir(), 'decroche-lh-')) : undefined;
    if (copy) {
      cpSync(userDataDir, copy, { recursive: true });
      rmSync(join(copy, 'SingletonLock'), { force: true });
    }
    const chrome = await chromeLauncher.launch({
      chromePath: CHROMIUM_PATH,
      chromeFlags: [...CHROMIUM_ARGS, '--headless=new'],
      logLevel: 'silent',
      ...(copy ? { userDataDir: copy } : {}),
    });
    try {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: CATEGORIES,
      });
      const lhr = result?.lhr;
      if (!lhr) throw new Error('Lighthouse n’a rien rendu');
      if (lhr.runtimeError) throw new Error(`Lighthouse : ${lhr.runtimeError.message}`);
      for (const [m, audit] of Object.entries(METRICS)) perMetric[m].push(lhr.audits[audit].numericValue);
      for (const id of CATEGORIES) {
        const category = lhr.categories[id];
        perRun[id].push(Math.round((category.score ?? 0) * 100));
        // What cost points, for accessibility and best practices (performance is about metrics).
        if (id === 'performance') continue;
        for (const ref of category.auditRefs) {
          const audit = lhr.audits[ref.id];
          if (ref.weight > 0 && audit.score !== null && audit.score < 1) {
            failing.set(`${id}/${ref.id}`, { category: id, id: ref.id, title: audit.title });
          }
        }
      }
    } finally {
      chrome.kill();
      if (copy) rmSync(copy, { recursive: true, force: true });
    }
  }
  return {
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, median(perRun[c])])),
    runs: perRun,
    metrics: Object.fromEntries(Object.keys(METRICS).map((m) => [m, median(perMetric[m])])),
    failingAudits: [...failing.values()],
  };
}

/**
 * Lighthouse on the call page, reached as a returning trainee: a profile is created once through
 * the home page in a persistent browser profile, then every run opens the call from a copy of it.
 */
export async function measureCallPageLighthouse(baseURL, { runs = 3 } = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'decroche-lh-profile-'));
  try {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
      locale: 'fr-FR',
    });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(baseURL);
      await page.getByRole('textbox', { name: 'Votre prénom', exact: true }).fill('Inès');
      await page.getByRole('button', { name: 'Créer mon profil', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Bibliothèque de scénarios' }).waitFor();
    } finally {
      await context.close();
    }
    return await measureLighthouse(new URL(CALL_PAGE, baseURL).href, { runs, userDataDir: profile });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}
