// The call screen as a workstation (issue #13), and every screen on a phone: screenshots of each
// screen at 1366×768 and 390×844 (kept in tests/e2e/screenshots/, git-ignored), no page scroll on
// the call screen at 1366×768 once picked up, no sideways scroll on any screen at 390×844, and
// French typography in the visible text (no plain space before « ? ! ; : » or inside « »).
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT } from './lib/server.js';
import { WAIT, callerAnswered, createProfile, heading1, phoneStatus, pickUp, say } from './lib/trainee.js';

const SHOTS = join(ROOT, 'tests', 'e2e', 'screenshots');
const DESKTOP = { width: 1366, height: 768 };
const PHONE = { width: 390, height: 844 };
const CALL = 'urgence-douleur-thoracique';

/** A plain space where French wants a no-break one (the owner's check, checks/workstation.mjs). */
const PLAIN_SPACE = /[^\s\u00a0\u202f(«]\u0020[?!;:»]|«\u0020/g;

async function typographyProblems(page, screen) {
  const text = await page.evaluate(() => document.body.innerText);
  return [...text.matchAll(PLAIN_SPACE)].map(
    (m) => `${screen}: …${text.slice(Math.max(0, m.index - 25), m.index + 3).replace(/\n/g, ' ')}`,
  );
}

const pageScroll = (page) => page.evaluate(() => document.scrollingElement.scrollHeight - innerHeight);
const sideways = (page) => page.evaluate(() => document.scrollingElement.scrollWidth - innerWidth);

async function shoot(page, name) {
  await mkdir(SHOTS, { recursive: true });
  const { width, height } = page.viewportSize();
  await page.screenshot({ path: join(SHOTS, `${name}-${width}x${height}.png`), fullPage: true });
}

/** The screens a trainee meets, in order; each is shown, then measured at both sizes. */
async function visitScreens(page, baseURL, visit) {
  await visit('accueil');
  await createProfile(page, 'Inès');
  await visit('bibliotheque');
  await page.goto(new URL(`#/appel/${CALL}`, baseURL).href);
  await page.getByRole('button', { name: 'Décrocher', exact: false }).waitFor(WAIT);
  await visit('appel-sonnerie');
  await pickUp(page);
  await say(page, 'Cabinet des Platanes, Inès à l’appareil, bonjour.');
  await callerAnswered(page);
  await visit('appel-en-cours');
  await page.keyboard.press('Alt+KeyR');
  await page.getByRole('heading', { level: 1, name: /débriefing/i }).waitFor(WAIT);
  await visit('debriefing');
  await page.goto(new URL('#/progression', baseURL).href);
  await heading1(page, 'Ma progression').waitFor(WAIT);
  await visit('progression');
  await page.goto(new URL('#/reglages', baseURL).href);
  await heading1(page, 'Réglages').waitFor(WAIT);
  await visit('reglages');
}

export const tests = [
  {
    name: 'at 1366×768 the call screen needs no page scroll, and the reply box stays in view',
    fn: async ({ newPage, baseURL }) => {
      const page = await newPage('', { contextOptions: { viewport: DESKTOP } });
      await createProfile(page, 'Inès');
      await page.goto(new URL(`#/appel/${CALL}`, baseURL).href);
      await page.getByRole('button', { name: 'Décrocher', exact: false }).waitFor(WAIT);
      assert.match(await phoneStatus(page).innerText(), /Appel entrant/);
      await pickUp(page);
      assert.match(await phoneStatus(page).innerText(), /Appel en cours/);
      for (const line of ['Cabinet des Platanes, Inès à l’appareil, bonjour.', 'Que se passe-t-il ?']) {
        await say(page, line);
      }
      await callerAnswered(page);
      assert.ok((await pageScroll(page)) <= 1, `the call screen scrolls by ${await pageScroll(page)} px`);
      const box = page.getByRole('textbox', { name: 'Votre réponse', exact: true });
      const rect = await box.boundingBox();
      assert.ok(
        rect && rect.y >= 0 && rect.y + rect.height <= DESKTOP.height,
        'the reply box is out of view',
      );
      assert.ok(await box.evaluate((el) => el === document.activeElement), 'the reply box lost the focus');
    },
  },
  {
    name: 'every screen at 1366×768 and 390×844: screenshots, no sideways scroll on a phone, French typography',
    fn: async ({ newPage, baseURL }) => {
      const problems = [];
      for (const viewport of [DESKTOP, PHONE]) {
        const page = await newPage('', { contextOptions: { viewport } });
        await visitScreens(page, baseURL, async (screen) => {
          await shoot(page, screen);
          problems.push(...(await typographyProblems(page, screen)));
          if (viewport === PHONE) {
            const over = await sideways(page);
            if (over > 1) problems.push(`${screen} at 390 px: ${over} px of sideways scroll`);
          }
        });
        await page.context().close();
      }
      assert.deepEqual(problems, []);
    },
  },
];
