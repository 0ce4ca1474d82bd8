// Lighthouse on the served build, mobile preset (its default), in Debian Chromium: median of 3 runs.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './browser.js';
import { median } from './stats.js';

const CATEGORIES = ['performance', 'accessibility', 'best-practices'];

/**
 * @param {string} url
 * @returns {Promise<{ scores: Record<string, number>, runs: Record<string, number[]>,
 *   failingAudits: { category: string, id: string, title: string }[] }>}
 */
export async function measureLighthouse(url, runs = 3) {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: [...CHROMIUM_ARGS, '--headless=new'],
    logLevel: 'silent',
  });
  const perRun = Object.fromEntries(CATEGORIES.map((c) => [c, []]));
  const failing = new Map();
  try {
    for (let i = 0; i < runs; i++) {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: CATEGORIES,
      });
      const lhr = result?.lhr;
      if (!lhr) throw new Error('Lighthouse n’a rien rendu');
      if (lhr.runtimeError) throw new Error(`Lighthouse : ${lhr.runtimeError.message}`);
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
    }
  } finally {
    chrome.kill();
  }
  return {
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, median(perRun[c])])),
    runs: perRun,
    failingAudits: [...failing.values()],
  };
}
