// The studio's keyboard helpers, shared by the studio and publishing end-to-end tests.
// Screenshots for docs/atelier.md go to docs/atelier/.shots/ (git-ignored).
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { activateByKeyboard, focusByTab } from './keyboard.js';
import { WAIT, createProfile, heading1 } from './trainee.js';

const SHOTS = fileURLToPath(new URL('../../../docs/atelier/.shots/', import.meta.url));

export async function shot(page, name) {
  await mkdir(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}${name}.png`, fullPage: false });
}

/** The CodeMirror editor: focus it by Tab, then move with keys. */
export const editor = (page) => page.getByRole('textbox', { name: /^Source YAML de / });

/** Tab until the editor (in its shadow root) has the focus. */
export async function focusEditor(page) {
  await editor(page).waitFor(WAIT);
  const inEditor = () =>
    page.evaluate(
      () => document.activeElement?.shadowRoot?.activeElement?.classList.contains('cm-content') ?? false,
    );
  for (let i = 0; i < 100 && !(await inEditor()); i++) await page.keyboard.press('Tab');
  assert.ok(await inEditor(), 'the YAML editor was not reached with Tab');
}

/** Puts the cursor on the first line containing `text` (Ctrl+F of CodeMirror, then Escape). */
export async function findInEditor(page, text) {
  await focusEditor(page);
  await page.keyboard.press('Control+f');
  const search = page.getByRole('textbox', { name: 'Rechercher', exact: true });
  await search.waitFor(WAIT);
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
}

/** Tab to a tab of the draft's views. */
export async function focusTab(page, name) {
  await focusByTab(page, page.getByRole('tab', { name, exact: true }));
}

/** Tab to a select, then pick an option by typing its text's start (as a keyboard user does). */
export async function selectByKeyboard(page, label, option) {
  const select = page.getByRole('combobox', { name: label });
  await focusByTab(page, select);
  await select.selectOption({ label: option });
}

/** A new profile opens the studio by the keyboard (its link in the header). */
export async function openStudio(page, profile) {
  await createProfile(page, profile);
  await activateByKeyboard(page, page.getByRole('link', { name: 'Atelier', exact: true }));
  await heading1(page, 'Atelier de scénarios').waitFor(WAIT);
}
