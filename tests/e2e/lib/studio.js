// The studio's keyboard helpers, shared by the studio and publishing end-to-end tests.
// Screenshots for docs/atelier.md go to docs/atelier/.shots/ (git-ignored).
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { activateByKeyboard, focusByTab } from './keyboard.js';
import { WAIT, callerLines, createProfile, heading1, pickUp } from './trainee.js';

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

/** A blank draft (« Nouveau scénario »), opened on its recorded lines' tab. */
export async function blankDraftClips(page) {
  await activateByKeyboard(page, page.getByRole('button', { name: 'Partir d’un modèle vierge' }));
  await heading1(page, 'Nouveau scénario').waitFor(WAIT);
  await page.getByRole('status').filter({ hasText: 'Aucun problème' }).waitFor(WAIT);
  // The recordings' tab: left of the forms' (the tabs wrap round).
  await focusTab(page, 'Source YAML');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await heading1(page, 'Nouveau scénario').waitFor(WAIT);
  await page.getByRole('heading', { name: 'Répliques enregistrées' }).waitFor(WAIT);
}

/** A real WAV: 8-bit mono 8 kHz, a 440 Hz tone of `seconds`. */
export function wav(seconds) {
  const rate = 8000;
  const samples = Math.round(rate * seconds);
  const out = Buffer.alloc(44 + samples);
  out.write('RIFF', 0);
  out.writeUInt32LE(36 + samples, 4);
  out.write('WAVEfmt ', 8);
  out.writeUInt32LE(16, 16);
  out.writeUInt16LE(1, 20); // PCM
  out.writeUInt16LE(1, 22); // mono
  out.writeUInt32LE(rate, 24);
  out.writeUInt32LE(rate, 28);
  out.writeUInt16LE(1, 32);
  out.writeUInt16LE(8, 34);
  out.write('data', 36);
  out.writeUInt32LE(samples, 40);
  for (let i = 0; i < samples; i++)
    out[44 + i] = 128 + Math.round(60 * Math.sin((2 * Math.PI * 440 * i) / rate));
  return out;
}

/**
 * howler (loaded on demand for a scenario with clips) is playing a clip: a data: clip of this
 * type (`audio/wav`), or one served from a URL ending with `src` (`/clips/audio/….wav`).
 */
export async function clipPlaying(page, type) {
  await page.waitForFunction(
    (wanted) =>
      (window.Howler?._howls ?? []).some(
        (h) =>
          (wanted.startsWith('/')
            ? String(h._src).endsWith(wanted)
            : String(h._src).startsWith(`data:${wanted};base64,`)) && h.playing(),
      ),
    type,
    WAIT,
  );
}

/**
 * From the library, the call of the pack's card (`card`: its text) is picked up and its first
 * line, the blank scenario's greeting, is heard from its clip (`clip` as for `clipPlaying`).
 */
export async function callPlaysClip(page, card, clip) {
  await activateByKeyboard(page, page.getByRole('link', { name: 'Bibliothèque', exact: true }));
  await heading1(page, 'Bibliothèque de scénarios').waitFor(WAIT);
  const article = page.getByRole('article').filter({ hasText: card });
  await activateByKeyboard(page, article.getByRole('link', { name: /^Commencer l’appel/ }));
  await page.getByRole('button', { name: 'Décrocher', exact: false }).waitFor(WAIT);
  await pickUp(page);
  await callerLines(page).first().waitFor(WAIT);
  assert.match(await callerLines(page).first().textContent(), /Bonjour, je voudrais prendre rendez-vous/);
  await clipPlaying(page, clip);
  assert.equal(await page.getByText(/enregistrement.*ne peut pas être entendu|Son indisponible/i).count(), 0);
}
