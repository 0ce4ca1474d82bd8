// The built app loads in a real browser, in French, under its CSP, with an accessible home page.
import assert from 'node:assert/strict';
import { expectNoAxeViolations } from './lib/axe.js';

export const tests = [
  {
    name: 'the home page loads in French with a heading and a strict CSP',
    fn: async ({ newPage }) => {
      const page = await newPage('');
      assert.equal(await page.locator('html').getAttribute('lang'), 'fr');
      await page.locator('h1').first().waitFor({ state: 'visible' });
      assert.notEqual((await page.locator('h1').first().innerText()).trim(), '', 'the <h1> is empty');
      const csp = await page
        .locator('meta[http-equiv="Content-Security-Policy"]')
        .getAttribute('content', { timeout: 1_000 })
        .catch(() => null);
      assert.ok(csp, 'no Content-Security-Policy <meta> tag');
      assert.match(csp, /script-src 'self'(;|$)/, `the CSP allows more than same-origin scripts: ${csp}`);
      assert.doesNotMatch(csp, /unsafe-(inline|eval)/, `the CSP allows unsafe code: ${csp}`);
    },
  },
  {
    name: 'the home page has no accessibility violation (axe)',
    fn: async ({ newPage }) => {
      const page = await newPage('');
      await page.locator('h1').first().waitFor({ state: 'visible' });
      await expectNoAxeViolations(page);
    },
  },
];
