// The competency matrix's render in Chromium, for scripts/bench-matrix.ts: the manager logs in
// on the built app served by the bench's server; in the page, the time from going to « Équipe »
// (#/equipe) to the frame after the first page of rows is in the table (the matrix's fetch
// included): the first visit, then the median of `runs` visits; and, on the first visit and on
// the last one (after leaving the screen and coming back `runs` times), from « Afficher les N »
// to the frame after the table holds every row (a repeat visit once took minutes: issue 10) —
// since the matrix keeps only the rows near the screen in the page past 150 rows, « every row »
// is the table telling its N + 1 rows (aria-rowcount) with the rows on screen in it — then from
// scrolling to the bottom of the page to the frame after the last trainee's row is in it.
// Measured in the page with a CSS query each frame (Playwright's role queries over a 500-row
// table would cost more than the render itself, and the app's CSP refuses waitForFunction's eval).
import { launchBrowser, listProblems } from './browser.js';
import { logIn } from './teamServer.js';

const ROWS = 'table.matrix tbody th[scope="row"]';

/**
 * In the page: `act()`, then the milliseconds until the frame after `rows` rows are in the matrix
 * (or, for a windowed table, it counts them and has rows in its body; or, after scrolling to the
 * end, its last row is in it).
 */
function timeUntilRows({ rows, selector, action }) {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const give = setTimeout(() => reject(new Error(`fewer than ${rows} rows after 120 s`)), 120_000);
    const ready = () =>
      document.querySelectorAll(selector).length >= rows ||
      (action === 'all' &&
        document.querySelector(`table.matrix[aria-rowcount="${rows + 1}"] tbody tr[aria-rowindex]`)) ||
      (action === 'end' && document.querySelector(`table.matrix tr[aria-rowindex="${rows + 1}"]`));
    const check = () => {
      if (ready())
        requestAnimationFrame(() => {
          clearTimeout(give);
          resolve(performance.now() - start);
        });
      else requestAnimationFrame(check);
    };
    if (action === 'open') location.hash = '#/equipe';
    else if (action === 'end') scrollTo(0, document.documentElement.scrollHeight);
    else
      [...document.querySelectorAll('button')]
        .find((b) => /^Afficher les \d+$/.test(b.textContent.trim().replace(/\s/g, ' ')))
        .click();
    requestAnimationFrame(check);
  });
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * @param {string} url the server's address (with a trailing slash)
 * @param {{ email: string, name: string, trainees: number, page?: number, runs?: number }} manager
 * @returns {Promise<{ first: number, median: number, all: number, allAgain: number, end: number }>} ms
 */
export async function measureMatrixRender(url, { email, name, trainees, page: shown = 50, runs = 3 }) {
  const browser = await launchBrowser();
  try {
    const page = await logIn(browser, url, email, name);
    const open = [];
    const all = [];
    let end = 0;
    for (let i = 0; i <= runs; i++) {
      // From the account page (where logIn leaves the page), as a manager's click would.
      await page.evaluate(
        () =>
          new Promise((resolve) => {
            location.hash = '#/compte';
            const gone = () =>
              document.querySelector('table.matrix') ? requestAnimationFrame(gone) : resolve(undefined);
            gone();
          }),
      );
      const rows = Math.min(shown, trainees);
      open.push(Math.round(await page.evaluate(timeUntilRows, { rows, selector: ROWS, action: 'open' })));
      // Every row: on the first visit and on the last; Infinity past 120 s.
      if (trainees > shown && (i === 0 || i === runs)) {
        all.push(
          await page.evaluate(timeUntilRows, { rows: trainees, selector: ROWS, action: 'all' }).then(
            (t) => Math.round(t),
            () => Infinity,
          ),
        );
        // Then to the last row, on the last visit.
        if (i === runs)
          end = await page.evaluate(timeUntilRows, { rows: trainees, selector: ROWS, action: 'end' }).then(
            (t) => Math.round(t),
            () => Infinity,
          );
      }
    }
    const problems = listProblems(page);
    if (problems.length) throw new Error(`problems on the page: ${problems.join('\n')}`);
    return {
      first: open[0],
      median: median(open.slice(1)),
      all: all[0] ?? 0,
      allAgain: all[1] ?? 0,
      end,
    };
  } finally {
    await browser.close();
  }
}
