#!/usr/bin/env node
// End-to-end test runner: the built app (dist/) served locally, driven in headless Chromium.
//
// A test file is tests/e2e/<name>.e2e.js exporting
//   export const tests = [{ name, fn: async ({ browser, baseURL, newPage, launchPersistent }) => {} }];
// `newPage(path?, { allow? })` opens the app in a fresh context; `launchPersistent({ allow? })` gives a
// profile on disk (see lib/persistent.js). After each test every page it opened is checked: any
// console error, uncaught exception or CSP violation fails the test (`allow` lists expected ones).
//
// Usage: node tests/e2e/run.js [file-filter…] [--grep <regexp>]
// Tests run one after another, 60 s each at most (a test may set its own `timeout` in ms). Last line: `N passed, N failed`; exit 1 on failure.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { assertNoProblems, launchBrowser, openPage, takeWatchedPages } from './lib/browser.js';
import { launchPersistent } from './lib/persistent.js';
import { DIST, ROOT, startServer } from './lib/server.js';

const TEST_TIMEOUT_MS = Number(process.env.E2E_TIMEOUT_MS) || 60_000;
const E2E_DIR = join(ROOT, 'tests', 'e2e');
const ARTIFACTS = join(tmpdir(), 'decroche-e2e');

const { values, positionals } = parseArgs({
  options: { grep: { type: 'string', short: 'g' } },
  allowPositionals: true,
});
const grep = values.grep ? new RegExp(values.grep, 'i') : null;

const tty = process.stdout.isTTY;
const paint = (code, text) => (tty ? `\x1b[${code}m${text}\x1b[0m` : text);
const indent = (text) => text.replace(/^/gm, '    ');

async function loadTests() {
  const files = (await readdir(E2E_DIR))
    .filter((f) => f.endsWith('.e2e.js'))
    .filter((f) => positionals.length === 0 || positionals.some((p) => f.includes(p)))
    .sort();
  const all = [];
  for (const file of files) {
    const mod = await import(pathToFileURL(join(E2E_DIR, file)).href);
    if (!Array.isArray(mod.tests)) throw new Error(`${file} does not export \`tests\` (an array)`);
    const suite = file.replace(/\.e2e\.js$/, '');
    for (const t of mod.tests) all.push({ ...t, title: `${suite} › ${t.name}` });
  }
  return all.filter((t) => !grep || grep.test(t.title));
}

function withTimeout(promise, ms) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => {
      const error = new Error(`timed out after ${ms / 1000} s`);
      error.stack = `Error: ${error.message}`;
      reject(error);
    }, ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function screenshot(pages, title) {
  const page = pages.findLast((p) => !p.isClosed());
  if (!page) return null;
  await mkdir(ARTIFACTS, { recursive: true });
  const file = join(ARTIFACTS, `${title.replace(/[^\w-]+/g, '_')}.png`);
  return page
    .screenshot({ path: file, fullPage: true, timeout: 5_000 })
    .then(() => file)
    .catch(() => null);
}

async function runTest(test, browser, baseURL) {
  const sessions = [];
  const ctx = {
    browser,
    baseURL,
    newPage: (path = '', options) => openPage(browser, baseURL, path, options),
    launchPersistent: async (options) => {
      const session = await launchPersistent(options);
      sessions.push(session);
      return session;
    },
  };
  let error = null;
  try {
    await withTimeout(
      Promise.resolve().then(() => test.fn(ctx)),
      test.timeout ?? TEST_TIMEOUT_MS,
    );
  } catch (err) {
    error = err;
  }
  // Problems are reported even when the test failed otherwise: they often explain why.
  const pages = takeWatchedPages();
  const errors = error ? [error] : [];
  for (const page of pages) {
    try {
      assertNoProblems(page, page.isClosed() ? 'a closed page' : page.url());
    } catch (problems) {
      errors.push(problems);
    }
  }
  const shot = errors.length ? await screenshot(pages, test.title) : null;
  for (const session of sessions) await session.close().catch((e) => console.warn(`cleanup: ${e.message}`));
  const contexts = new Set(pages.map((p) => p.context()));
  await Promise.all([...contexts].map((c) => c.close().catch(() => {})));
  return { errors, shot };
}

async function main() {
  if (!existsSync(join(DIST, 'index.html'))) {
    console.log('dist/ is missing: building the app first (npm run build)…');
    const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
    if (build.status !== 0) {
      console.log('0 passed, 1 failed');
      return 1;
    }
  }
  const tests = await loadTests();
  const server = await startServer();
  let browser = await launchBrowser();
  let passed = 0;
  let failed = 0;
  try {
    for (const test of tests) {
      if (!browser.isConnected()) browser = await launchBrowser();
      const started = performance.now();
      const { errors, shot } = await runTest(test, browser, server.baseURL);
      const ms = Math.round(performance.now() - started);
      if (errors.length) {
        failed++;
        console.log(`${paint(31, '✗')} ${test.title} ${paint(2, `(${ms} ms)`)}`);
        for (const error of errors) console.log(indent(paint(31, error?.stack || String(error))));
        if (shot) console.log(indent(`screenshot: ${shot}`));
      } else {
        passed++;
        console.log(`${paint(32, '✓')} ${test.title} ${paint(2, `(${ms} ms)`)}`);
      }
    }
  } finally {
    await browser.close().catch(() => {});
    await server.close();
  }
  if (tests.length === 0) console.log(grep || positionals.length ? 'No test matches.' : 'No e2e test found.');
  console.log(`${passed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}

process.exitCode = await main();
