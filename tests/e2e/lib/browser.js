// Headless Debian Chromium through playwright-core, and a watch on every page for the problems a
// user never sees but that must fail a test: console errors, uncaught exceptions, CSP violations.
import { chromium } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--autoplay-policy=no-user-gesture-required',
];

/** Default for every Playwright action and expectation, well under the 60 s per test. */
export const ACTION_TIMEOUT_MS = 10_000;

export function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

// Runs in every page before its own scripts. The binding is installed first, so it exists here.
const CSP_LISTENER = () => {
  document.addEventListener('securitypolicyviolation', (e) => {
    // A Playwright binding (see watchContext).
    window.__decrocheReportCsp?.(
      `${e.violatedDirective} blocked ${e.blockedURI || 'inline'}` +
        (e.sourceFile ? ` (${e.sourceFile}:${e.lineNumber})` : ''),
    );
  });
};

/**
 * Installs the CSP listener on a browser context (call before any page opens).
 * Violations are routed to the problem list of the page they happened in.
 * @param {import('playwright-core').BrowserContext} context
 */
export async function watchContext(context) {
  context.setDefaultTimeout(ACTION_TIMEOUT_MS);
  await context.exposeBinding('__decrocheReportCsp', ({ page }, text) => {
    PROBLEMS.get(page)?.record(`CSP violation: ${text}`);
  });
  await context.addInitScript(CSP_LISTENER);
}

/** @type {WeakMap<import('playwright-core').Page, { record: (text: string) => void, items: string[] }>} */
const PROBLEMS = new WeakMap();
/** Pages watched since the last `takeWatchedPages()`: the runner checks them after each test. */
let watched = [];

/** Returns the pages watched since the last call, and forgets them. */
export function takeWatchedPages() {
  const pages = watched;
  watched = [];
  return pages;
}

/**
 * Starts recording a page's problems. `allow` lists patterns for messages a test expects
 * (e.g. a corrupt record being reported); everything else counts.
 * @param {import('playwright-core').Page} page
 * @param {{ allow?: RegExp[] }} [options]
 */
export function watchPage(page, { allow = [] } = {}) {
  if (PROBLEMS.has(page)) return;
  const items = [];
  const record = (text) => {
    if (!allow.some((re) => re.test(text))) items.push(text);
  };
  PROBLEMS.set(page, { record, items });
  watched.push(page);
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const text = msg.text();
    const where = msg.location()?.url ? ` (${msg.location().url})` : '';
    const csp = /^Refused to |Content Security Policy/.test(text);
    record(csp ? `CSP violation: ${text}` : `console error: ${text}${where}`);
  });
  page.on('pageerror', (err) => record(`uncaught exception: ${err.stack || err.message}`));
  page.on('crash', () => record('page crashed'));
}

/** The recorded problems of a page as plain strings. */
export function listProblems(page) {
  return PROBLEMS.get(page)?.items ?? [];
}

/** Throws if a watched page recorded any problem. */
export function assertNoProblems(page, label = page.url()) {
  const items = listProblems(page);
  if (items.length) {
    const error = new Error(`${items.length} problem(s) on ${label}:\n  - ${items.join('\n  - ')}`);
    error.stack = `Error: ${error.message}`; // where the check ran says nothing useful
    throw error;
  }
}

/**
 * Opens a page in a fresh context (its own storage), watched for problems, at `path` of the app.
 * @param {import('playwright-core').Browser} browser
 * @param {string} baseURL
 * @param {string | null} [path] relative to the app, e.g. '' or '#/progression'; null: do not navigate
 * @param {{ allow?: RegExp[], contextOptions?: import('playwright-core').BrowserContextOptions }} [options]
 */
export async function openPage(browser, baseURL, path = '', { allow, contextOptions } = {}) {
  const context = await browser.newContext({ locale: 'fr-FR', ...contextOptions });
  await watchContext(context);
  const page = await context.newPage();
  watchPage(page, { allow });
  if (path !== null) await page.goto(new URL(path, baseURL).href, { waitUntil: 'load' });
  return page;
}
