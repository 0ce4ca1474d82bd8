// The studio (« Atelier »), keyboard-driven as a trainer would: copy a built-in scenario, edit a
// caller line and an outcome, see a lint error appear and fix it, play-test from a middle node,
// keep the trial as a golden script, export the pack and import it in another browser.
// Screenshots for docs/atelier.md go to docs/atelier/ (git-ignored: .shots).
import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { expectNoAxeViolations } from './lib/axe.js';
import { activateByKeyboard, focusByTab } from './lib/keyboard.js';
import { WAIT, createProfile, heading1 } from './lib/trainee.js';

const SHOTS = fileURLToPath(new URL('../../docs/atelier/.shots/', import.meta.url));
const SCENARIO = '39,4 à 18 h 35 : une maman inquiète';

async function shot(page, name) {
  await mkdir(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}${name}.png`, fullPage: false });
}

/** The CodeMirror editor: focus it by Tab, then move with keys. */
const editor = (page) => page.getByRole('textbox', { name: /^Source YAML de / });

/** Tab until the editor (in its shadow root) has the focus. */
async function focusEditor(page) {
  await editor(page).waitFor(WAIT);
  const inEditor = () =>
    page.evaluate(
      () => document.activeElement?.shadowRoot?.activeElement?.classList.contains('cm-content') ?? false,
    );
  for (let i = 0; i < 100 && !(await inEditor()); i++) await page.keyboard.press('Tab');
  assert.ok(await inEditor(), 'the YAML editor was not reached with Tab');
}

/** Puts the cursor on the first line containing `text` (Ctrl+F of CodeMirror, then Escape). */
async function findInEditor(page, text) {
  await focusEditor(page);
  await page.keyboard.press('Control+f');
  const search = page.getByRole('textbox', { name: 'Rechercher', exact: true });
  await search.waitFor(WAIT);
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
}

/** Tab to a tab of the draft's views. */
async function focusTab(page, name) {
  await focusByTab(page, page.getByRole('tab', { name, exact: true }));
}

/** Tab to a select, then pick an option by typing its text's start (as a keyboard user does). */
async function selectByKeyboard(page, label, option) {
  const select = page.getByRole('combobox', { name: label });
  await focusByTab(page, select);
  await select.selectOption({ label: option });
}

export const tests = [
  {
    name: 'studio: a trainer copies a scenario, edits it, fixes a lint error, play-tests, keeps a golden script and exports the pack',
    fn: async ({ newPage }) => {
      const page = await newPage('');
      await createProfile(page, 'Sophie');
      await activateByKeyboard(page, page.getByRole('link', { name: 'Atelier', exact: true }));
      await heading1(page, 'Atelier de scénarios').waitFor(WAIT);
      await expectNoAxeViolations(page);

      await activateByKeyboard(
        page,
        page.getByRole('button', { name: `Copier « ${SCENARIO} » dans un brouillon` }),
      );
      await heading1(page, `${SCENARIO} (copie)`).waitFor(WAIT);
      await editor(page).waitFor(WAIT);
      await page.getByRole('status').filter({ hasText: 'Aucun problème' }).waitFor(WAIT);
      await shot(page, 'source');

      // A caller line: the first line of the call.
      await findInEditor(page, 'Allô ? Bonsoir');
      await page.keyboard.type('Bonsoir, ');
      // A lint error: a goto to a node that does not exist.
      await findInEditor(page, 'goto: motif');
      await page.keyboard.press('End');
      await page.keyboard.type('-perdu');
      const problem = page.getByRole('button', { name: /le nœud « motif-perdu » n’existe pas/ });
      await problem.waitFor(WAIT);
      await shot(page, 'probleme');
      await expectNoAxeViolations(page);
      await activateByKeyboard(page, problem);
      // The cursor is on the line at fault: fix it from there.
      await page.keyboard.press('End');
      for (let i = 0; i < '-perdu'.length; i++) await page.keyboard.press('Backspace');
      await page.getByRole('status').filter({ hasText: 'Aucun problème' }).waitFor(WAIT);
      assert.equal(await problem.count(), 0);

      // The graph, by the tabs' arrow keys.
      await focusTab(page, 'Source YAML');
      await page.keyboard.press('ArrowRight');
      await page.getByRole('img', { name: /^Graphe du dialogue : / }).waitFor(WAIT);
      assert.ok(await page.getByText('issue correcte').first().isVisible());
      await shot(page, 'graphe');
      await expectNoAxeViolations(page);

      // A play-test from a middle node, in a tense mood.
      await page.keyboard.press('ArrowRight');
      await selectByKeyboard(page, 'Nœud de départ', 'precisions');
      await selectByKeyboard(page, 'Humeur de l’appelant', 'tendu');
      await activateByKeyboard(page, page.getByRole('button', { name: 'Lancer l’essai' }));
      const log = page.getByRole('list', { name: 'Conversation de l’essai' });
      await log.getByText('Alors ? Qu’est-ce que je fais, pour ce soir ?').waitFor(WAIT);
      await focusByTab(page, page.getByRole('textbox', { name: 'Votre réplique' }));
      await page.keyboard.type('Est-ce qu’il a des taches sur la peau, est-ce qu’il respire bien ?');
      await page.keyboard.press('Enter');
      await log.getByText(/pas de taches/).waitFor(WAIT);
      assert.match(await log.textContent(), /Compris : [^·]*question/);
      await activateByKeyboard(page, page.getByRole('button', { name: 'Raccrocher' }));
      await page.getByText(/^Note : \d+\/100/).waitFor(WAIT);
      await focusByTab(page, page.getByRole('textbox', { name: 'Nom du script doré' }));
      await page.keyboard.type('Taches et respiration');
      await page.keyboard.press('Enter');
      await page.getByText('Script doré « Taches et respiration » gardé dans le brouillon.').waitFor(WAIT);
      await shot(page, 'essai');
      await expectNoAxeViolations(page);

      // The golden script is replayed: unchanged for now.
      await focusTab(page, 'Essai');
      await page.keyboard.press('ArrowRight');
      const row = page.getByRole('row', { name: /Taches et respiration/ });
      await row.waitFor(WAIT);
      assert.match(await row.textContent(), /inchangé/);
      await expectNoAxeViolations(page);

      // Export the pack…
      const exportButton = page.getByRole('button', { name: 'Exporter le pack' });
      await focusByTab(page, exportButton);
      const [download] = await Promise.all([
        page.waitForEvent('download', WAIT),
        page.keyboard.press('Enter'),
      ]);
      const file = await download.path();
      assert.match(download.suggestedFilename(), /^fievre-enfant-fin-de-journee-copie\.decroche-pack\.json$/);
      const pack = JSON.parse(await readFile(file, 'utf8'));
      assert.equal(pack.golden.length, 1);
      assert.match(pack.files.find((f) => f.path === pack.main).text, /calm: "Bonsoir, /);

      // …and import it in another browser (a fresh context: its own storage).
      const other = await newPage('');
      await createProfile(other, 'Karima');
      await activateByKeyboard(other, other.getByRole('link', { name: 'Atelier', exact: true }));
      await heading1(other, 'Atelier de scénarios').waitFor(WAIT);
      const input = other.getByLabel('Fichier de pack exporté (.json)');
      await focusByTab(other, input);
      // A hostile file first: refused in French, nothing stored.
      await input.setInputFiles({
        name: 'piege.json',
        mimeType: 'application/json',
        buffer: Buffer.from('{"__proto__":{"x":1},"format":"autre"}'),
      });
      await other.getByRole('alert').filter({ hasText: 'Le pack n’a pas été importé' }).waitFor(WAIT);
      await input.setInputFiles(file);
      await other
        .getByText(`Pack « ${SCENARIO} (copie) » importé dans la bibliothèque de l’atelier.`)
        .waitFor(WAIT);
      const library = other.getByRole('region', { name: 'Bibliothèque de l’atelier (packs importés)' });
      await library.getByText(`${SCENARIO} (copie)`, { exact: true }).waitFor(WAIT);
      await shot(other, 'import');
      await expectNoAxeViolations(other);
      await activateByKeyboard(
        other,
        other.getByRole('button', { name: `Ouvrir comme brouillon : « ${SCENARIO} (copie) »` }),
      );
      await heading1(other, `${SCENARIO} (copie)`).waitFor(WAIT);
    },
  },
];
