// axe (WCAG 2.2 AA + best practices) finds nothing on any screen, in the states a trainee meets:
// home (empty and with a profile), library, settings, the call screen ringing, in call with each
// tab of the practice panel, with the booking form and the shortcut help open, in guided mode
// with the caller's mood shown, the « Un appel était en cours » dialog, the debrief and the
// progress dashboard. Every page is also watched for CSP violations by the runner.
import assert from 'node:assert/strict';
import { expectNoAxeViolations } from './lib/axe.js';
import { golden, referencePlay } from './lib/content.js';
import { activateByKeyboard, hasFocus } from './lib/keyboard.js';
import {
  WAIT,
  assertFocused,
  chooseSlotAction,
  createProfile,
  heading1,
  openShortcutHelp,
  openTab,
  phone,
  pickUp,
  pickUpAndGreet,
  playGolden,
  replyBox,
  startScenario,
  transcript,
} from './lib/trainee.js';

referencePlay('urgence-douleur-thoracique', 'good').catch(() => {});

/** Checks a screen, naming it in the error. */
async function axe(page, screen) {
  try {
    await expectNoAxeViolations(page);
  } catch (error) {
    error.message = `${screen}: ${error.message}`;
    throw error;
  }
}

/** Main navigation link, by keyboard. */
async function navigate(page, link, h1) {
  const nav = page.getByRole('navigation', { name: 'Navigation principale' });
  await activateByKeyboard(page, nav.getByRole('link', { name: link, exact: true }));
  await heading1(page, h1).waitFor(WAIT);
}

export const tests = [
  {
    name: 'home, library and settings',
    fn: async ({ newPage }) => {
      const page = await newPage('');
      await heading1(page, 'Décroche').waitFor(WAIT);
      await page.getByRole('textbox', { name: 'Votre prénom', exact: true }).waitFor(WAIT);
      await axe(page, 'home (no profile)');
      await createProfile(page, 'Inès');
      await page.locator('article').first().waitFor(WAIT);
      await axe(page, 'library');
      await navigate(page, 'Réglages', 'Réglages');
      await axe(page, 'settings');
      await navigate(page, 'Accueil', 'Décroche');
      await page.getByRole('button', { name: 'Continuer en tant que Inès', exact: true }).waitFor(WAIT);
      await axe(page, 'home (one profile)');
    },
  },
  {
    name: 'call screen: ringing, in call with each panel tab, booking form, shortcut help (?), resume dialog',
    // Eight axe passes, the agenda's slot menu among them: over a minute on a loaded machine.
    timeout: 150_000,
    fn: async ({ newPage }) => {
      const page = await newPage('');
      await createProfile(page, 'Inès');
      await startScenario(page, 'renouvellement-exige-aujourdhui');
      await axe(page, 'call (ringing)');

      await pickUpAndGreet(
        page,
        'Maison médicale des Platanes, Julie à l’appareil, bonjour. Que puis-je faire pour vous ?',
      );
      await axe(page, 'call (in call, « Consignes »)');
      for (const tab of ['Agenda', 'Liste d’attente', 'Annuaire', 'Message', 'Transfert']) {
        await openTab(page, tab);
        await axe(page, `call (in call, « ${tab} »)`);
      }

      // The inline booking form of the first free slot of the agenda.
      const agenda = await openTab(page, 'Agenda');
      const freeRow = agenda
        .locator('tbody tr')
        .filter({ has: page.getByRole('button', { name: /^Actions — .*(Libre|Réservé aux urgences)/ }) })
        .first();
      await chooseSlotAction(page, agenda, freeRow, { name: 'Réserver', exact: true });
      await agenda.getByRole('form', { name: /^Réserver le / }).waitFor(WAIT);
      await axe(page, 'call (booking form open)');
      await page.keyboard.press('Escape');
      await agenda.getByRole('form', { name: /^Réserver le / }).waitFor({ state: 'detached', ...WAIT });
      // Back on the slot's menu button: its menu open, then Escape closes it onto the slot again.
      const slot = freeRow.getByRole('button', { name: /^Actions — / });
      await assertFocused(slot, 'the slot after the booking form closed');
      await page.keyboard.press('Enter');
      await freeRow.getByRole('menu').waitFor(WAIT);
      await axe(page, 'call (agenda, slot menu open)');
      await page.keyboard.press('Escape');
      await freeRow.getByRole('menu').waitFor({ state: 'detached', ...WAIT });
      await assertFocused(slot, 'the slot after Escape in its menu');

      // The week view of the agenda, then back to the day it opens.
      await activateByKeyboard(page, agenda.getByRole('button', { name: 'Semaine', exact: true }));
      const week = agenda.getByRole('table', { name: /^Semaine du / });
      await week.waitFor(WAIT);
      await axe(page, 'call (agenda, week view)');
      await activateByKeyboard(page, week.getByRole('button', { name: /^Voir le / }).first());
      await agenda.getByRole('button', { name: 'Jour', exact: true, pressed: true }).waitFor(WAIT);

      // « ? » outside a text field opens the help; Escape closes it and gives the focus back.
      const help = await openShortcutHelp(page);
      await help.getByText('Alt+D', { exact: true }).waitFor(WAIT);
      await axe(page, 'call (help overlay open)');
      await page.keyboard.press('Escape');
      await help.waitFor({ state: 'detached', ...WAIT });
      assert.ok(
        await hasFocus(transcript(page)),
        'the focus did not come back to where it was after closing the help',
      );

      // A reload mid-call: the resume dialog.
      await page.reload({ waitUntil: 'load' });
      const dialog = page.getByRole('dialog', { name: 'Un appel était en cours' });
      await dialog.waitFor(WAIT);
      await axe(page, 'call (resume dialog)');
      await activateByKeyboard(
        page,
        dialog.getByRole('button', { name: 'Reprendre cet appel', exact: true }),
      );
      await replyBox(page).waitFor(WAIT);
      await axe(page, 'call (resumed)');
    },
  },
  {
    name: 'call screen in guided mode with the caller’s mood shown (settings set by keyboard)',
    fn: async ({ newPage }) => {
      const page = await newPage('');
      await createProfile(page, 'Inès');
      await navigate(page, 'Réglages', 'Réglages');
      for (const name of [
        'Mode guidé (réponses suggérées)',
        'Afficher l’humeur de l’appelant (mode entraînement)',
      ]) {
        const box = page.getByRole('checkbox', { name, exact: true });
        if (!(await box.isChecked())) {
          await activateByKeyboard(page, box, 'Space');
          await page.getByRole('status').filter({ hasText: 'Réglages enregistrés' }).waitFor(WAIT);
        }
        assert.ok(await box.isChecked(), `« ${name} » is not checked after Space`);
      }
      await navigate(page, 'Bibliothèque', 'Bibliothèque de scénarios');
      await startScenario(page, 'nouveau-patient-refuse');
      await pickUp(page);
      const suggestions = page.getByRole('group', { name: 'Réponses suggérées' });
      await suggestions.waitFor(WAIT);
      assert.equal(await suggestions.getByRole('button').count(), 3, 'guided mode does not offer 3 replies');
      await phone(page).getByRole('meter', { name: 'Humeur de l’appelant' }).waitFor(WAIT);
      await axe(page, 'call (guided mode, mood shown)');
    },
  },
  {
    name: 'debrief and progress dashboard',
    fn: async ({ newPage }) => {
      const id = 'urgence-douleur-thoracique';
      const reference = await referencePlay(id, 'good');
      const page = await newPage('');
      await createProfile(page, 'Inès');
      await startScenario(page, id);
      await playGolden(page, { id, steps: golden(id, 'good').steps, reference });
      await heading1(page, 'Débriefing').waitFor({ timeout: 15_000 });
      await page.getByRole('list', { name: 'Déroulé de l’appel', exact: true }).waitFor(WAIT);
      await axe(page, 'debrief');
      // A criterion pressed filters the timeline: that state too.
      const criterion = page.getByRole('button', { name: /^Accueil/ }).first();
      await activateByKeyboard(page, criterion);
      assert.equal(await criterion.getAttribute('aria-pressed'), 'true', 'the criterion is not pressed');
      await axe(page, 'debrief (timeline filtered)');

      await navigate(page, 'Progression', 'Ma progression');
      await page.locator('main canvas').first().waitFor(WAIT);
      const table = page.getByRole('table', { name: 'Mes tentatives', exact: true });
      await table
        .getByRole('link', { name: /Voir le débriefing/ })
        .first()
        .waitFor(WAIT);
      await axe(page, 'progress dashboard');

      // « Données mises de côté », reached from the settings.
      await navigate(page, 'Réglages', 'Réglages');
      await activateByKeyboard(page, page.getByRole('link', { name: /^Données mises de côté/ }));
      await heading1(page, 'Données mises de côté').waitFor(WAIT);
      await page.getByText('Aucune donnée mise de côté.').waitFor(WAIT);
      await axe(page, 'quarantine');
    },
  },
];
