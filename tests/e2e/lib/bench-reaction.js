// Typed input → caller's reaction on screen, in the real UI: from the Enter keydown in the call
// screen's input box to the caller's new line in the transcript (role=log), then to the next frame.
// The UI is found by its accessible roles and French names; when a step is not there, the error says
// which one, and the bench prints « non mesuré : … ».
import { launchBrowser } from './browser.js';
import { median } from './stats.js';

const SAMPLES = 20;
const BUDGET_MS = 120_000;
const STEP_MS = 5_000;
const LINES = [
  'Je comprends votre inquiétude, je vais voir ce que je peux faire.',
  'Si je comprends bien, vous souhaitez un rendez-vous ?',
  'Pouvez-vous me donner votre nom, s’il vous plaît ?',
  'Je vous écoute, prenez votre temps.',
  'D’accord, je regarde les disponibilités.',
];

async function step(what, fn) {
  try {
    return await fn();
  } catch (err) {
    throw new Error(`${what} (${String(err?.message ?? err).split('\n')[0]})`);
  }
}

/** First visible element among candidate locators, or null. */
async function firstVisible(...locators) {
  for (const locator of locators) {
    const first = locator.first();
    if (await first.isVisible().catch(() => false)) return first;
  }
  return null;
}

/** From the app's home to a call picked up, with the input box ready. */
export async function startCall(page, baseURL) {
  await page.goto(baseURL, { waitUntil: 'load' });
  await page.locator('h1').first().waitFor({ timeout: STEP_MS });
  // A local trainee profile, if the home page asks for one.
  const name = await firstVisible(page.getByRole('textbox', { name: /nom|prénom|profil/i }));
  if (name) {
    await name.fill('Banc d’essai');
    await name.press('Enter');
  }
  const play = /jouer|commencer|lancer|démarrer|s’entraîner|essayer/i;
  const target = page
    .getByRole('button', { name: play })
    .or(page.getByRole('link', { name: play }))
    .first();
  // A new profile may take the trainee on by itself: its button can vanish as it is clicked.
  const profile = await firstVisible(page.getByRole('button', { name: /Banc d’essai/ }));
  if (profile)
    await step('le profil « Banc d’essai » ne se choisit pas', () =>
      profile.click({ timeout: 1_000 }).catch(async (err) => {
        if (!(await target.isVisible())) throw err;
      }),
    );
  const scenario = await step(
    'aucun scénario à lancer (bouton ou lien « Jouer », « Commencer »…)',
    async () => {
      await target.waitFor({ timeout: STEP_MS });
      return target;
    },
  );
  await step('le scénario ne se lance pas', () => scenario.click());
  await step('pas de bouton « Décrocher »', async () => {
    const pickup = page.getByRole('button', { name: /décrocher/i }).first();
    await pickup.click({ timeout: STEP_MS });
  });
  const log = await step('pas de transcription (role=log)', async () => {
    const l = page.getByRole('log').first();
    await l.waitFor({ timeout: STEP_MS });
    return l;
  });
  const input = await step('pas de zone de saisie dans l’écran d’appel', async () => {
    const box = page
      .getByRole('textbox', { name: /répon|dites|parole|phrase|vous|message/i })
      .or(page.getByRole('textbox'))
      .first();
    await box.waitFor({ timeout: STEP_MS });
    return box;
  });
  return { log, input };
}

/** A short call through the UI (greet, hang up), so the app stores one real attempt. */
export async function playShortCall(page, baseURL) {
  const { input } = await startCall(page, baseURL);
  await input.fill('Cabinet médical, bonjour, je vous écoute.');
  await input.press('Enter');
  await step('pas de bouton « Raccrocher »', () =>
    page
      .getByRole('button', { name: /raccrocher/i })
      .first()
      .click({ timeout: STEP_MS }),
  );
}

// In the page: resolves with the times from the Enter keydown to the first transcript change that
// brings a caller line (a [data-speaker="caller"] entry if the UI marks them, otherwise any new
// text that is not what was typed), and to the frame after it.
function armProbe(typed) {
  const log = document.querySelector('[role="log"]');
  const callerLines = () => log.querySelectorAll('[data-speaker="caller"]').length;
  const marked = log.querySelector('[data-speaker]') !== null;
  const beforeCount = callerLines();
  const beforeText = log.textContent ?? '';
  window.__decrocheProbe = new Promise((resolve, reject) => {
    let t0 = null;
    const onKey = (e) => {
      if (e.key === 'Enter') t0 = e.timeStamp;
    };
    window.addEventListener('keydown', onKey, { capture: true, once: true });
    const observer = new MutationObserver(() => {
      if (t0 === null) return;
      const text = log.textContent ?? '';
      const added = text.startsWith(beforeText) ? text.slice(beforeText.length) : text;
      const fromCaller = marked
        ? callerLines() > beforeCount
        : added.replace(typed, '').replace(/\s+/g, '').length > 12;
      if (!fromCaller) return;
      const dom = performance.now() - t0;
      observer.disconnect();
      requestAnimationFrame(() => resolve({ dom, frame: performance.now() - t0 }));
    });
    observer.observe(log, { childList: true, subtree: true, characterData: true });
    setTimeout(() => {
      observer.disconnect();
      reject(new Error('pas de réplique de l’appelant dans les 5 s'));
    }, 5_000);
  });
}

/** @param {string} baseURL */
export async function measureReaction(baseURL) {
  const browser = await launchBrowser();
  const deadline = Date.now() + BUDGET_MS;
  const dom = [];
  const frame = [];
  try {
    const context = await browser.newContext({ locale: 'fr-FR' });
    context.setDefaultTimeout(STEP_MS);
    const page = await context.newPage();
    let call = null;
    let misses = 0;
    while (dom.length < SAMPLES && Date.now() < deadline) {
      call ??= await startCall(page, baseURL);
      const typed = LINES[dom.length % LINES.length];
      if (!(await call.input.isEditable().catch(() => false))) {
        call = null; // the call ended (the caller hung up): take the next one
        continue;
      }
      await page.evaluate(armProbe, typed);
      await call.input.fill(typed);
      await call.input.press('Enter');
      const sample = await page.evaluate(() => window.__decrocheProbe).catch((err) => err);
      if (sample instanceof Error) {
        if (++misses > 3) throw new Error(sample.message.replace(/^.*Error: /, ''));
        call = null;
        continue;
      }
      dom.push(sample.dom);
      frame.push(sample.frame);
    }
  } finally {
    await browser.close();
  }
  if (dom.length === 0) throw new Error('aucune mesure dans le temps imparti');
  return {
    medianMs: median(frame),
    domMedianMs: median(dom),
    maxMs: Math.max(...frame),
    samples: dom.length,
  };
}
