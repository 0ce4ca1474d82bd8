// Progress dashboard over 10,000 stored attempts (DESIGN §12: first render ≤ 500 ms), in the built
// app, in Chromium with a profile on disk (a default context keeps IndexedDB in memory).
//
// Seeding goes through the app's own front door: real attempts are made in Node from the golden
// scripts (tests/golden/<scenario>/<kind>.json, played through the real machines and scored, as
// the call screen does), copied to 10,000 with new ids and dates, written as export files under
// the import size cap, and imported with the dashboard's « Importer des tentatives ». So
// the records, summaries included, are exactly what the app writes, and nothing is exposed for
// the bench in production.
//
// Timing: from the route change to `#/progression` (or from the navigation start, for a cold
// load) until the frame after the table of attempts has rows and both charts are drawn.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchPersistent } from './persistent.js';
import { ROOT } from './server.js';
import { median } from './stats.js';

const ATTEMPTS = 10_000;
const RUNS = 3;
/** Under the app's import cap (50 Mio, src/storage/transfer.ts), with room to spare. */
const FILE_BYTES = 40 * 1024 * 1024;
const PROFILE_NAME = 'Banc d’essai';
const IMPORT_LABEL = 'Importer des tentatives';
const STEP_MS = 60_000;
const READY_MS = 20_000;

const say = (line) => process.stderr.write(`  ${line}\n`);

/** The golden calls of every scenario that has them, played and scored in Node. */
async function templateAttempts() {
  const { register } = await import('tsx/esm/api');
  const unregister = register();
  try {
    const src = (path) => import(join(ROOT, 'src', path));
    const [{ loadBuiltinPacks }, { parseScript, playScript }, { score }, pkg] = await Promise.all([
      src('scenarios/load.ts'),
      src('machines/play.ts'),
      src('scoring/score.ts'),
      readFile(join(ROOT, 'package.json'), 'utf8').then(JSON.parse),
    ]);
    const { bundles } = await loadBuiltinPacks();
    const templates = [];
    for (const bundle of bundles) {
      for (const kind of ['good', 'poor', 'dangerous']) {
        const path = join(ROOT, 'tests', 'golden', bundle.scenario.id, `${kind}.json`);
        const json = await readFile(path, 'utf8').catch(() => null);
        if (json === null) continue;
        const { log } = playScript(bundle, parseScript(JSON.parse(json)));
        const scorecard = score(bundle, log);
        const { id, verdict, critical } = scorecard.outcome;
        const end = log.at(-1)?.t ?? 0;
        templates.push({
          scenarioId: bundle.scenario.id,
          scenarioVersion: bundle.scenario.version,
          durationMs: end,
          log,
          outcome: { id, verdict, ...(critical ? { critical } : {}) },
          scorecard,
          appVersion: pkg.version,
        });
      }
    }
    if (templates.length === 0) throw new Error('aucun appel de référence (tests/golden) à rejouer');
    return templates;
  } finally {
    await unregister?.();
  }
}

/** `count` attempts cycling over the templates, one every 3 minutes up to now, oldest first. */
function* copies(templates, count) {
  const now = Date.now();
  for (let i = 0; i < count; i++) {
    const { durationMs, ...t } = templates[i % templates.length];
    const start = now - (count - i) * 3 * 60_000;
    yield {
      id: `bench-${String(i).padStart(5, '0')}`,
      ...t,
      startedAt: new Date(start).toISOString(),
      endedAt: new Date(start + durationMs).toISOString(),
    };
  }
}

/** Export files (the app's format, src/storage/transfer.ts) of at most FILE_BYTES each. */
async function exportFiles(dir, templates) {
  const head = () =>
    `{"format":"decroche-attempts","version":1,"exportedAt":"${new Date().toISOString()}",` +
    `"profile":{"name":${JSON.stringify(PROFILE_NAME)}},"attempts":[`;
  const files = [];
  let parts = [];
  let bytes = 0;
  const flush = async () => {
    if (parts.length === 0) return;
    const path = join(dir, `tentatives-${files.length + 1}.json`);
    await writeFile(path, head() + parts.join(',') + ']}');
    files.push({ path, attempts: parts.length, bytes });
    parts = [];
    bytes = 0;
  };
  let total = 0;
  for (const attempt of copies(templates, ATTEMPTS)) {
    const json = JSON.stringify(attempt);
    const size = Buffer.byteLength(json);
    if (bytes + size + 200 > FILE_BYTES) await flush();
    parts.push(json);
    bytes += size + 1;
    total += size;
  }
  await flush();
  return { files, bytes: total };
}

/** From the home page: the bench profile, created once (it is remembered afterwards). */
async function ensureProfile(page, baseURL) {
  await page.goto(baseURL, { waitUntil: 'load' });
  await page.locator('h1').first().waitFor();
  const name = page.getByRole('textbox', { name: 'Votre prénom' });
  if (await name.isVisible().catch(() => false)) {
    await name.fill(PROFILE_NAME);
    await page.getByRole('button', { name: 'Créer mon profil' }).click();
    await page.getByRole('link', { name: 'Progression' }).first().waitFor();
  }
}

/**
 * In the page: `null` while the import runs; then the count of attempts the dashboard shows (its
 * « Tentatives » card) once it is `expected`, or the text of the error it shows.
 */
function importState(expected) {
  const alert = document.querySelector('main [role="alert"].error-message')?.textContent?.trim();
  if (alert) return { error: alert };
  const term = [...document.querySelectorAll('main dt')].find((dt) => dt.textContent.trim() === 'Tentatives');
  const shown = Number(term?.nextElementSibling?.textContent?.replace(/\D/g, '') ?? NaN);
  return shown === expected ? { shown } : null;
}

/** Imports each file through the dashboard, waiting until it shows the attempts imported so far. */
async function importFiles(page, baseURL, files) {
  await page.goto(new URL('#/progression', baseURL).href, { waitUntil: 'load' });
  const input = page.getByLabel(IMPORT_LABEL);
  await input.waitFor({ state: 'attached', timeout: STEP_MS });
  let imported = 0;
  for (const [i, file] of files.entries()) {
    await page.waitForFunction((label) => {
      const el = [...document.querySelectorAll('input[type=file]')].find((x) =>
        x.labels?.[0]?.textContent?.includes(label),
      );
      return el && !el.disabled;
    }, IMPORT_LABEL);
    await input.setInputFiles(file.path);
    imported += file.attempts;
    const state = await (
      await page.waitForFunction(importState, imported, { timeout: STEP_MS, polling: 100 })
    ).jsonValue();
    if (state.error) throw new Error(`import refusé : ${state.error.split('\n')[0]}`);
    say(`import ${i + 1}/${files.length} : ${imported} tentatives`);
  }
}

/** In the page: how many records the app's stores hold (a plain read of its IndexedDB). */
function countRecords() {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open('decroche');
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const db = req.result;
      const names = ['attempts', 'summaries'].filter((n) => db.objectStoreNames.contains(n));
      const tx = db.transaction(names, 'readonly');
      const counts = {};
      for (const n of names) {
        const r = tx.objectStore(n).count();
        r.onsuccess = () => (counts[n] = r.result);
      }
      tx.oncomplete = () => {
        db.close();
        resolve(counts);
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

/**
 * In the page: resolves with the ms from `since` (performance.now() origin for a cold load, the
 * route change for an in-app one) to the frame after the dashboard is drawn: rows in the table
 * of attempts and both charts drawn by chart.js (or reported as failed). Polled every frame.
 */
function timeToDashboard({ hash, timeout }) {
  const ready = () => {
    if (!document.querySelector('main a[href^="#/debrief/"]')) return false;
    const canvases = [...document.querySelectorAll('main canvas')];
    if (canvases.length < 2) return false;
    const failed = /n’a pas pu être affiché/.test(document.querySelector('main')?.textContent ?? '');
    return failed || canvases.every((c) => c.$chartjs !== undefined);
  };
  const since = hash ? performance.now() : 0;
  return new Promise((resolve, reject) => {
    const give = setTimeout(
      () => reject(new Error(`tableau de bord incomplet après ${timeout} ms`)),
      timeout,
    );
    const poll = () => {
      if (!ready()) return void requestAnimationFrame(poll);
      // The frame after: what was drawn is on screen.
      requestAnimationFrame(() => {
        clearTimeout(give);
        resolve(performance.now() - since);
      });
    };
    if (hash) location.hash = hash;
    poll();
  });
}

/**
 * Fills the app's storage in `page`'s browser profile with ATTEMPTS attempts, through the
 * dashboard's import. Resolves with the size of what was imported and how long it took.
 * @param {import('playwright-core').Page} page
 * @param {string} baseURL
 */
export async function seedProfile(page, baseURL) {
  const dir = await mkdtemp(join(tmpdir(), 'decroche-bench-dashboard-'));
  try {
    const start = performance.now();
    const templates = await templateAttempts();
    const { files, bytes } = await exportFiles(dir, templates);
    say(
      `${templates.length} appels de référence, ${ATTEMPTS} tentatives (${(bytes / 1048576).toFixed(1)} Mo) ` +
        `en ${files.length} fichiers d’export`,
    );
    await ensureProfile(page, baseURL);
    await importFiles(page, baseURL, files);
    const counts = await page.evaluate(countRecords);
    if (counts.attempts !== ATTEMPTS) {
      throw new Error(`${counts.attempts ?? 0} tentatives enregistrées au lieu de ${ATTEMPTS}`);
    }
    const ms = performance.now() - start;
    say(
      `amorçage en ${(ms / 1000).toFixed(1)} s (enregistrements : ${Object.entries(counts)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')})`,
    );
    return { bytes, ms };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** @param {string} baseURL */
export async function measureDashboard(baseURL) {
  const session = await launchPersistent();
  try {
    const page = await session.page();
    page.setDefaultTimeout(STEP_MS);
    const seeded = await seedProfile(page, baseURL);

    const url = new URL('#/progression', baseURL).href;
    const cold = [];
    const inApp = [];
    for (let i = 0; i < RUNS; i++) {
      // Cold: the page loads straight on the dashboard (from a blank page, so not a hash change).
      await page.goto('about:blank');
      await page.goto(url, { waitUntil: 'commit' });
      cold.push(await page.evaluate(timeToDashboard, { hash: null, timeout: READY_MS }));
      // In the app: from the home page, once it is idle, follow the route change.
      await page.goto(baseURL, { waitUntil: 'load' });
      await page.locator('h1').first().waitFor();
      await page.waitForLoadState('networkidle');
      inApp.push(await page.evaluate(timeToDashboard, { hash: '#/progression', timeout: READY_MS }));
      say(
        `essai ${i + 1} : navigation ${inApp[i].toFixed(0)} ms, chargement complet ${cold[i].toFixed(0)} ms`,
      );
    }
    return {
      inAppMs: median(inApp),
      coldMs: median(cold),
      inAppRuns: inApp,
      coldRuns: cold,
      attempts: ATTEMPTS,
      importedMb: Math.round((seeded.bytes / 1048576) * 10) / 10,
      seedMs: Math.round(seeded.ms),
    };
  } finally {
    await session.close();
  }
}
