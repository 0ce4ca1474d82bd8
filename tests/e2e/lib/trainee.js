// A trainee at the keyboard: home → profile → library → call → debrief, with Tab / Shift+Tab,
// Enter, Space, the arrow keys and the call screen's Alt shortcuts only (never a click).
// Names are the app's French accessible names (see /tmp/h/ui-contract.md and src/ui/**/strings.ts).
import assert from 'node:assert/strict';
import {
  checkpointsOf,
  practice as loadPractice,
  referencePlay,
  scenario as loadScenario,
} from './content.js';
import { activateByKeyboard, chooseOptionByKeyboard, focusByTab, hasFocus } from './keyboard.js';

export const WAIT = { timeout: 10_000 };

const WEEKDAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
const MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];

/** « mardi 17 mars », as the agenda heads a day (src/ui/call/format.ts). */
export function frenchDate(iso) {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  const weekday = WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
  return `${weekday} ${d === 1 ? '1er' : d} ${MONTHS[m - 1]}`;
}

/** « 9 h », « 18 h 20 », as the agenda shows a slot's time. */
export function frenchTime(iso) {
  const [, hh, mm] = /T(\d\d):(\d\d)/.exec(iso);
  return mm === '00' ? `${Number(hh)} h` : `${Number(hh)} h ${mm}`;
}

const squash = (text) => text.replace(/\s+/g, ' ').trim();
const escapeRe = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// ── Screens ─────────────────────────────────────────────────────────────────────────────

export const heading1 = (page, name) => page.getByRole('heading', { level: 1, name, exact: true });
export const replyBox = (page) => page.getByRole('textbox', { name: 'Votre réponse', exact: true });
export const transcript = (page) => page.getByRole('log', { name: 'Transcription de l’appel' });
export const callerLines = (page) => transcript(page).locator('li[data-speaker="caller"] .text');
export const traineeLines = (page) => transcript(page).locator('li[data-speaker="trainee"].say .text');
export const actionLines = (page) => transcript(page).locator('li.action, li.refused');
export const phone = (page) => page.getByRole('region', { name: 'Téléphone' });
export const phoneStatus = (page) => phone(page).getByRole('status');

/** From the home page: types a new profile's name and presses Enter; ends on the library. */
export async function createProfile(page, name) {
  await heading1(page, 'Décroche').waitFor(WAIT);
  const box = page.getByRole('textbox', { name: 'Votre prénom', exact: true });
  await focusByTab(page, box);
  await page.keyboard.type(name);
  await page.keyboard.press('Enter');
  await heading1(page, 'Bibliothèque de scénarios').waitFor(WAIT);
}

/** From the library: Tab to « Commencer l’appel : <titre> », Enter; ends on the ringing phone. */
export async function startScenario(page, id) {
  const { title } = loadScenario(id);
  const start = page.getByRole('link', { name: `Commencer l’appel : ${title}`, exact: true });
  await activateByKeyboard(page, start);
  await page.waitForURL((url) => url.hash === `#/appel/${id}`, WAIT);
  await page.getByRole('button', { name: 'Décrocher', exact: false }).waitFor(WAIT);
}

/** Alt+D: picks up; the reply box gets the focus. */
export async function pickUp(page) {
  await page.keyboard.press('Alt+KeyD');
  await phoneStatus(page).filter({ hasText: 'Appel en cours' }).waitFor(WAIT);
  await assertFocused(replyBox(page), 'the reply box after pickup (Alt+D)');
}

export async function assertFocused(locator, what) {
  for (let i = 0; i < 50; i++) {
    if (await hasFocus(locator)) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  assert.fail(`the focus is not on ${what}`);
}

/** Puts the focus back in « Votre réponse » with Alt+P. */
export async function focusReply(page) {
  const box = replyBox(page);
  if (await hasFocus(box)) return;
  await page.keyboard.press('Alt+KeyP');
  await assertFocused(box, 'the reply box after Alt+P');
}

/**
 * Watches the transcript, from now on, for the next new line matching `selector`, and returns a
 * function that resolves with its text and class as soon as it appeared. Read in the page the
 * moment it appears: the call may end on that very line, and the app then leaves for the debrief.
 */
async function armNextLine(page, selector) {
  const key = `__e2eNextLine${Math.random().toString(36).slice(2)}`;
  await page.evaluate(
    ({ key, selector, timeout }) => {
      const before = document.querySelectorAll(selector).length;
      window[key] = new Promise((resolve, reject) => {
        const check = () => {
          const found = document.querySelectorAll(selector)[before];
          if (!found) return false;
          const li = found.closest('li') ?? found;
          resolve({ text: found.textContent ?? '', className: li.className });
          return true;
        };
        const observer = new MutationObserver(() => check() && observer.disconnect());
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        setTimeout(() => {
          observer.disconnect();
          reject(new Error(`no new transcript line (${selector}) within ${timeout / 1000} s`));
        }, timeout);
      });
    },
    { key, selector, timeout: WAIT.timeout },
  );
  return () =>
    page.evaluate(async (key) => {
      try {
        return await window[key];
      } finally {
        delete window[key];
      }
    }, key);
}

const TRAINEE_LINE = '[role="log"] li[data-speaker="trainee"].say .text';
const ACTION_LINE = '[role="log"] li.action, [role="log"] li.refused';

/** Types a line in « Votre réponse » and sends it with Enter; waits until the transcript shows it. */
export async function say(page, text) {
  await focusReply(page);
  await page.keyboard.type(text);
  const shown = await armNextLine(page, TRAINEE_LINE);
  await page.keyboard.press('Enter');
  const line = await shown();
  assert.equal(squash(line.text), squash(text), 'the transcript does not show the line as typed');
}

/** Picks up, gives the practice's greeting, and waits for the caller's answer to it. */
export async function pickUpAndGreet(page, greeting) {
  await pickUp(page);
  await say(page, greeting);
  await callerAnswered(page);
}

/**
 * Waits until the caller has answered the trainee's last line: the caller waits for the greeting
 * after the pickup, so the number of caller lines before it varies (their « Allô ? » comes only
 * after a few seconds of silence).
 */
export async function callerAnswered(page) {
  const items = transcript(page).locator('li[data-speaker]');
  for (let i = 0; i < 100; i++) {
    const speakers = await items.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-speaker')));
    const lastTrainee = speakers.findLastIndex((s) => s === 'trainee');
    if (lastTrainee >= 0 && speakers.slice(lastTrainee + 1).includes('caller')) return;
    await page.waitForTimeout(100);
  }
  throw new Error('the caller did not answer the trainee’s last line');
}

/** Presses « ? » from the transcript (outside any text field): the help opens with the focus inside. */
export async function openShortcutHelp(page) {
  await focusByTab(page, transcript(page));
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Raccourcis clavier' });
  await help.waitFor(WAIT);
  assert.ok(
    await help.evaluate((d) => d.contains(document.activeElement)),
    'the focus is not inside the help dialog',
  );
  return help;
}

/** Opens a panel tab with its shortcut (Alt+1 … Alt+6) and returns the visible tab panel. */
export async function openTab(page, name) {
  const index = ['Consignes', 'Agenda', 'Liste d’attente', 'Annuaire', 'Message', 'Transfert'].indexOf(name);
  assert.ok(index >= 0, `no tab « ${name} »`);
  await page.keyboard.press(`Alt+Digit${index + 1}`);
  const tab = page.getByRole('tab', { name, exact: true });
  await assertFocused(tab, `the tab « ${name} » after Alt+${index + 1}`);
  assert.equal(await tab.getAttribute('aria-selected'), 'true', `the tab « ${name} » is not selected`);
  const panel = page.getByRole('tabpanel', { name, exact: true });
  // Each tool past « Consignes » is fetched the first time its tab opens: wait until it is there.
  await panel.getByText('Chargement de l’outil…').waitFor({ ...WAIT, state: 'detached' });
  return panel;
}

/**
 * The most Tab presses a trainee needs from « Votre réponse » to the agenda's slots: the day's
 * slots are one Tab stop (roving tabindex), however busy the day.
 */
export const SLOT_TAB_BUDGET = 30;

/**
 * A slot's action by keyboard, as a trainee would: from the reply box, Tab to the day's slots
 * (at most SLOT_TAB_BUDGET presses, asserted), the arrow keys to the slot, Enter to open its menu,
 * the arrow keys to the item, Enter. Returns the Tab presses it took.
 */
export async function chooseSlotAction(page, panel, row, item) {
  const reply = replyBox(page);
  if (await reply.isEnabled()) {
    await focusReply(page);
  }
  const current = panel.locator('button[aria-haspopup="menu"][tabindex="0"]');
  const presses = await focusByTab(page, current, { max: SLOT_TAB_BUDGET });
  const slot = row.getByRole('button', { name: /^Actions — / });
  // How many slots away the wanted one is (the arrow keys skip rows without actions).
  const distance = await slot.evaluate((el) => {
    const all = [...(el.closest('table')?.querySelectorAll('button[aria-haspopup="menu"]') ?? [])];
    return all.indexOf(el) - all.indexOf(document.activeElement);
  });
  for (let i = 0; i < Math.abs(distance); i++)
    await page.keyboard.press(distance > 0 ? 'ArrowDown' : 'ArrowUp');
  await assertFocused(slot, 'the slot, after the arrow keys');
  await page.keyboard.press('Enter');
  const menu = row.getByRole('menu');
  await menu.waitFor(WAIT);
  const wanted = menu.getByRole('menuitem', item);
  const count = await menu.getByRole('menuitem').count();
  for (let i = 0; i < count && !(await hasFocus(wanted)); i++) await page.keyboard.press('ArrowDown');
  await assertFocused(wanted, `the menu item ${String(item.name)}`);
  await page.keyboard.press('Enter');
  return presses;
}

/** Agenda: shows the slot's day, opens its booking form, fills it, confirms. */
export async function book(page, step, practiceData) {
  const panel = await openTab(page, 'Agenda');
  const day = frenchDate(step.slot);
  const dayHeading = panel.getByRole('heading', { level: 3 });
  const next = panel.getByRole('button', { name: 'Jour suivant', exact: true });
  const previous = panel.getByRole('button', { name: 'Jour précédent', exact: true });
  // Agendas run weeks ahead, as real ones do (up to MAX_AGENDA_DAYS).
  for (let i = 0; i < 130 && squash(await dayHeading.innerText()) !== day; i++) {
    const shown = squash(await dayHeading.innerText());
    // Agenda days are ISO-ordered; the heading's day number and month say which way to go.
    const forward = step.slot.slice(0, 10) > (await currentIsoDay(shown, step.slot));
    const button = forward ? next : previous;
    if (await button.isDisabled()) {
      assert.fail(
        `the agenda cannot show ${day} (for the slot ${step.slot}): « ${forward ? 'Jour suivant' : 'Jour précédent'} » ` +
          `is disabled on ${shown}`,
      );
    }
    await activateByKeyboard(page, button);
    await dayHeading.filter({ hasNotText: new RegExp(`^${escapeRe(shown)}$`) }).waitFor(WAIT);
  }
  assert.equal(squash(await dayHeading.innerText()), day, `the agenda does not reach ${day}`);

  const doctor = step.practitioner
    ? practiceData.practitioners.find((p) => p.id === step.practitioner)?.name
    : undefined;
  let row = panel
    .locator('tbody tr')
    .filter({
      has: page.locator('th[scope="row"]', { hasText: new RegExp(`^${escapeRe(frenchTime(step.slot))}$`) }),
    })
    .filter({ hasText: /Libre|Réservé aux urgences/ });
  if (doctor) row = row.filter({ hasText: doctor });
  const count = await row.count();
  assert.ok(count > 0, `no bookable slot at ${frenchTime(step.slot)} on ${day} in the agenda`);
  const slotRow = row.first();
  const urgent = /Réservé aux urgences/.test(await slotRow.innerText());
  // However busy the day, its slots are one Tab stop: the arrow keys go from slot to slot.
  await chooseSlotAction(page, panel, slotRow, { name: 'Réserver', exact: true });

  const form = panel.getByRole('form', { name: /^Réserver le / });
  await form.waitFor(WAIT);
  const patient = form.getByRole('textbox', { name: 'Nom du patient', exact: true });
  await assertFocused(patient, 'the patient field of the booking form');
  if (step.patient) await page.keyboard.type(step.patient);
  if (step.type) {
    await chooseOptionByKeyboard(
      page,
      form.getByRole('combobox', { name: 'Type de rendez-vous', exact: true }),
      step.type,
    );
  }
  if (urgent) {
    await activateByKeyboard(
      page,
      form.getByRole('checkbox', { name: 'Je confirme l’usage d’un créneau d’urgence', exact: true }),
      'Space',
    );
  }
  await activateByKeyboard(page, form.getByRole('button', { name: 'Confirmer la réservation', exact: true }));
  await form.waitFor({ state: 'detached', ...WAIT });
}

/** The agenda's day view on the day of `iso`, by « Jour suivant » / « Jour précédent ». */
async function goToDay(page, panel, iso) {
  const day = frenchDate(iso);
  const dayHeading = panel.getByRole('heading', { level: 3 });
  const next = panel.getByRole('button', { name: 'Jour suivant', exact: true });
  const previous = panel.getByRole('button', { name: 'Jour précédent', exact: true });
  for (let i = 0; i < 60 && squash(await dayHeading.innerText()) !== day; i++) {
    const shown = squash(await dayHeading.innerText());
    const forward = iso.slice(0, 10) > (await currentIsoDay(shown, iso));
    await activateByKeyboard(page, forward ? next : previous);
    await dayHeading.filter({ hasNotText: new RegExp(`^${escapeRe(shown)}$`) }).waitFor(WAIT);
  }
  assert.equal(squash(await dayHeading.innerText()), day, `the agenda does not reach ${day}`);
}

/**
 * An existing appointment moved (« Déplacer », the new slot chosen in its list) or texted about
 * (« SMS », its purpose chosen), by keyboard, from its row in the day view.
 */
export async function changeAppointment(page, step, practiceData) {
  const panel = await openTab(page, 'Agenda');
  const at = step.do === 'move' ? step.from : step.slot;
  await goToDay(page, panel, at);
  const doctor = practiceData.practitioners.find((p) => p.id === step.practitioner)?.name;
  let row = panel.locator('tbody tr').filter({
    has: page.locator('th[scope="row"]', { hasText: new RegExp(`^${escapeRe(frenchTime(at))}$`) }),
  });
  if (doctor) row = row.filter({ hasText: doctor });
  const button =
    step.do === 'move'
      ? { name: 'Déplacer', exact: true }
      : step.do === 'sms'
        ? { name: 'Envoyer un SMS', exact: true }
        : { name: /^Annuler le rendez-vous du / };
  row = row.filter({ has: page.getByRole('button', { name: /^Actions — .*Occupé/ }) });
  assert.equal(
    await row.count(),
    1,
    `no single appointment to change at ${frenchTime(at)} (${doctor ?? ''})`,
  );
  await chooseSlotAction(page, panel, row, button);
  if (step.do === 'cancel') return;
  if (step.do === 'move') {
    const form = panel.getByRole('form', { name: /^Déplacer le rendez-vous du / });
    await form.waitFor(WAIT);
    await chooseOptionByKeyboard(
      page,
      form.getByRole('combobox', { name: 'Nouveau créneau', exact: true }),
      step.to,
    );
    await activateByKeyboard(
      page,
      form.getByRole('button', { name: 'Confirmer le déplacement', exact: true }),
    );
    await form.waitFor({ state: 'detached', ...WAIT });
  } else {
    const form = panel.getByRole('form', { name: /^Envoyer un SMS pour le rendez-vous du / });
    await form.waitFor(WAIT);
    await chooseOptionByKeyboard(
      page,
      form.getByRole('combobox', { name: 'Objet du SMS', exact: true }),
      step.purpose ?? 'confirmation',
    );
    await activateByKeyboard(page, form.getByRole('button', { name: 'Envoyer le SMS', exact: true }));
    await form.waitFor({ state: 'detached', ...WAIT });
  }
}

/** The ISO day of the agenda heading « mardi 10 mars », in the year of `near`. */
async function currentIsoDay(shown, near) {
  const m = /(\d+)(?:er)? (\S+)$/.exec(shown);
  if (!m) return near.slice(0, 10);
  const month = MONTHS.indexOf(m[2]) + 1;
  return `${near.slice(0, 4)}-${String(month).padStart(2, '0')}-${m[1].padStart(2, '0')}`;
}

/** Liste d’attente: patient and note, then Enter in the form. */
export async function waitlist(page, step) {
  const panel = await openTab(page, 'Liste d’attente');
  await focusByTab(page, panel.getByRole('textbox', { name: 'Nom du patient', exact: true }));
  if (step.patient) await page.keyboard.type(step.patient);
  await focusByTab(
    page,
    panel.getByRole('textbox', { name: 'Précisions (disponibilités, motif)', exact: true }),
  );
  if (step.note) await page.keyboard.type(step.note);
  await activateByKeyboard(
    page,
    panel.getByRole('button', { name: 'Ajouter à la liste d’attente', exact: true }),
  );
}

/** Liste d’attente › rappel: number and note, then « Promettre un rappel ». */
export async function callback(page, step) {
  const panel = await openTab(page, 'Liste d’attente');
  await focusByTab(page, panel.getByRole('textbox', { name: 'Numéro à rappeler', exact: true }));
  if (step.number) await page.keyboard.type(step.number);
  await focusByTab(page, panel.getByRole('textbox', { name: 'Précisions', exact: true }));
  if (step.note) await page.keyboard.type(step.note);
  await activateByKeyboard(page, panel.getByRole('button', { name: 'Promettre un rappel', exact: true }));
}

/** Annuaire: « Orienter vers le <numéro> » of the directory entry. */
export async function redirect(page, step, practiceData) {
  const norm = (n) => String(n).replace(/[\s.-]/g, '');
  const entry = practiceData.directory.find((e) => norm(e.number) === norm(step.to) || e.id === step.to);
  assert.ok(entry, `no directory entry for « ${step.to} » in ${practiceData.id}`);
  const panel = await openTab(page, 'Annuaire');
  await activateByKeyboard(
    page,
    panel.getByRole('button', { name: `Orienter vers le ${entry.number}`, exact: true }),
  );
}

/** Message: motive, callback number, urgency, then « Envoyer le message ». */
export async function message(page, step) {
  const panel = await openTab(page, 'Message');
  if (step.number) {
    await focusByTab(page, panel.getByRole('textbox', { name: 'Numéro de rappel', exact: true }));
    await page.keyboard.type(step.number);
  }
  await focusByTab(page, panel.getByRole('textbox', { name: 'Motif', exact: true }));
  await page.keyboard.type(step.text);
  if (step.urgency === 'urgent') {
    await focusByTab(page, panel.getByRole('radio', { name: 'Normale', exact: true }));
    await page.keyboard.press('ArrowDown');
    assert.ok(
      await panel.getByRole('radio', { name: 'Urgente', exact: true }).isChecked(),
      'urgency not set',
    );
  }
  await activateByKeyboard(page, panel.getByRole('button', { name: 'Envoyer le message', exact: true }));
}

/** Transfert: « Transférer au médecin ». */
export async function transfer(page) {
  const panel = await openTab(page, 'Transfert');
  await activateByKeyboard(page, panel.getByRole('button', { name: 'Transférer au médecin', exact: true }));
}

/** Alt+A: on hold, or back on the line. */
export async function toggleHold(page, expected) {
  await page.keyboard.press('Alt+KeyA');
  await phoneStatus(page).filter({ hasText: expected }).waitFor(WAIT);
}

export async function hangUp(page) {
  await page.keyboard.press('Alt+KeyR');
}

const ACTIONS = new Set([
  'book',
  'move',
  'cancel',
  'sms',
  'waitlist',
  'callback',
  'message',
  'transfer',
  'redirect',
]);

/** Does one tool action of a script step, by keyboard. */
async function act(page, step, practiceData) {
  const shown = await armNextLine(page, ACTION_LINE);
  if (step.do === 'book') await book(page, step, practiceData);
  else if (step.do === 'move') await changeAppointment(page, step, practiceData);
  else if (step.do === 'sms' || step.do === 'cancel') await changeAppointment(page, step, practiceData);
  else if (step.do === 'waitlist') await waitlist(page, step);
  else if (step.do === 'callback') await callback(page, step);
  else if (step.do === 'message') await message(page, step);
  else if (step.do === 'transfer') await transfer(page);
  else if (step.do === 'redirect') await redirect(page, step, practiceData);
  else throw new Error(`action « ${step.do} » not supported by the e2e trainee`);
  return shown();
}

/** The caller's lines on screen match the reference run's, once the expected count is there. */
async function expectCallerLines(page, expected, where) {
  if (expected.length > 0)
    await callerLines(page)
      .nth(expected.length - 1)
      .waitFor(WAIT);
  const shown = (await callerLines(page).allInnerTexts()).map(squash);
  assert.deepEqual(
    shown,
    expected.map(squash),
    `${where}: the caller's lines on screen differ from the reference run of the script`,
  );
}

/**
 * Plays a golden script (tests/golden/<id>/<kind>.json) from the ringing phone to the end of the
 * call, by keyboard. After every input, the caller's lines on screen must be those of the same
 * script played on the simulated clock (referencePlay); inputs after the caller hung up are skipped, as there.
 * `stopAfter(n)` (optional) is called with the number of inputs done; returning true stops there.
 * @returns {Promise<{ said: string[], callerSaid: string[], inputs: number }>}
 */
export async function playGolden(page, { id, steps, reference, from = 0, stopAfter }) {
  const practiceData = loadPractice(loadScenario(id).practice);
  const checkpoints = checkpointsOf(reference.log);
  const said = [];
  let n = 0; // inputs done, pickup included
  const done = async (what) => {
    const checkpoint = checkpoints[n];
    assert.ok(checkpoint, `${what}: the reference run had no input here`);
    n++;
    // Once the caller has hung up, the app moves on to the debrief: the lines are checked there.
    if (n > from && !checkpoint.ended) await expectCallerLines(page, checkpoint.callerLines, `after ${what}`);
    return checkpoint;
  };
  const ended = () => n > 0 && checkpoints[n - 1]?.ended;
  let holding = false;
  let hungUp = false;

  for (const step of steps) {
    if (ended()) break;
    const inputs = [];
    if (step.say) inputs.push('say');
    if (ACTIONS.has(step.do)) inputs.push('action');
    else if (step.do) inputs.push(step.do);
    for (const input of inputs) {
      if (ended()) break;
      if (n < from) {
        // Already done before a reload: skip, keeping the count.
        if (input === 'say') said.push(step.say);
        if (input === 'hold') holding = true;
        if (input === 'resume') holding = false;
        n++;
        continue;
      }
      if (input === 'pickup') {
        await pickUp(page);
        await done('pickup');
      } else if (input === 'say') {
        await say(page, step.say);
        said.push(step.say);
        await done(`« ${step.say.slice(0, 40)}… »`);
      } else if (input === 'action') {
        const line = await act(page, step, practiceData);
        const checkpoint = await done(`the action « ${step.do} »`);
        const refused = line.className.split(/\s+/).includes('refused');
        assert.equal(
          refused,
          Boolean(checkpoint.refused),
          `the action « ${step.do} » was ${refused ? `refused (${squash(line.text)})` : 'done'} ` +
            `in the browser, ${checkpoint.refused ? `refused (${checkpoint.refused})` : 'done'} in the reference run`,
        );
      } else if (input === 'hold') {
        await toggleHold(page, 'En attente');
        holding = true;
        await done('hold (Alt+A)');
      } else if (input === 'resume') {
        assert.ok(holding, 'resume without hold');
        await toggleHold(page, 'Appel en cours');
        holding = false;
        await done('resume (Alt+A)');
      } else if (input === 'hangup') {
        await hangUp(page);
        hungUp = true;
        n++;
      }
      if (stopAfter?.(n)) return { said, callerSaid: checkpoints[n - 1].callerLines, inputs: n };
    }
  }
  // A script that stops without a hang-up: hang up, as a trainee would. A caller who hung up
  // leaves the after-call work open: Alt+R (« Terminer ») closes it.
  if (!hungUp) await hangUp(page);
  return { said, callerSaid: checkpoints[n - 1]?.callerLines ?? [], inputs: n };
}

/** Waits for the debrief and checks verdict, outcome and critical failure. */
const VERDICT_WORDS = { correct: 'correcte', acceptable: 'acceptable', wrong: 'à revoir' };
const CRITICAL_LABELS = {
  'red-flag': 'Urgence vitale non orientée vers le 15',
  secrecy: 'Secret médical rompu',
  'medical-advice': 'Avis médical donné',
  discrimination: 'Refus discriminatoire',
};

/**
 * What the debrief must show for a golden script: `expectation` from tests/golden/expectations.json.
 * @param {string} id
 * @param {{ outcome: string, verdict: string, critical?: string }} expected
 * @param {boolean} passed
 */
export function debriefExpectation(id, expected, passed) {
  const outcome = loadScenario(id).outcomes[expected.outcome];
  assert.ok(outcome, `scenario ${id} has no outcome « ${expected.outcome} »`);
  return {
    passed,
    outcomeText: `${outcome.label} (issue ${VERDICT_WORDS[expected.verdict]})`,
    critical: expected.critical ? CRITICAL_LABELS[expected.critical] : undefined,
  };
}

export async function expectDebrief(page, { passed, outcomeText, critical }) {
  await heading1(page, 'Débriefing').waitFor({ timeout: 15_000 });
  assert.match(new URL(page.url()).hash, /^#\/debrief\/[^/]+$/, 'not on a debrief route');
  const verdict = page.getByText(passed ? 'Réussi' : 'Non réussi', { exact: true });
  await verdict.waitFor(WAIT);
  const other = page.getByText(passed ? 'Non réussi' : 'Réussi', { exact: true });
  assert.equal(await other.count(), 0, `the debrief shows both « Réussi » and « Non réussi »`);
  await page
    .getByText(/^\d{1,3} \/ 100$/)
    .first()
    .waitFor(WAIT);
  const outcome = page.getByText(outcomeText, { exact: true });
  try {
    await outcome.first().waitFor(WAIT);
  } catch {
    const shown = await page.getByText(/\(issue (correcte|acceptable|à revoir)\)$/).allInnerTexts();
    assert.fail(
      `the debrief does not show the outcome « ${outcomeText} »; it shows: ${shown.join(' | ') || 'none'}`,
    );
  }
  const alert = page.getByRole('alert').filter({ hasText: 'Échec critique' });
  if (critical) {
    await alert.waitFor(WAIT);
    await alert.getByText(critical).first().waitFor(WAIT);
    // Critical failure first: the alert comes before the verdict in the page.
    const alertFirst = await alert.evaluate(
      (a, v) => Boolean(a.compareDocumentPosition(v) & Node.DOCUMENT_POSITION_FOLLOWING),
      await verdict.elementHandle(),
    );
    assert.ok(alertFirst, 'the critical failure is not explained before the verdict');
  } else {
    assert.equal(await alert.count(), 0, 'a critical failure alert is shown for a call without one');
  }
}

/** The debrief's timeline text (« Déroulé de l’appel »). */
export async function debriefTimeline(page) {
  const list = page.getByRole('list', { name: 'Déroulé de l’appel', exact: true });
  await list.waitFor(WAIT);
  return squash(await list.innerText());
}

/** The debrief's timeline is this call: each of `lines` (typed or the caller's) is there. */
export async function expectTimelineHas(page, lines) {
  const timeline = await debriefTimeline(page);
  for (const line of lines)
    assert.ok(timeline.includes(squash(line)), `the debrief timeline lacks « ${line} »`);
}

export { referencePlay, loadScenario, loadPractice };
