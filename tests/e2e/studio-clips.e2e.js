// The studio's recorded lines (« Enregistrements »), keyboard-driven: a trainer attaches a clip
// to a caller line (a file of another format and one too large are refused in French), hears it
// in the trial, exports the pack; another browser imports it and the call plays the clip.
// Screenshot for docs/atelier.md: enregistrements.png.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { expectNoAxeViolations } from './lib/axe.js';
import { activateByKeyboard, focusByTab } from './lib/keyboard.js';
import {
  blankDraftClips,
  callPlaysClip,
  clipPlaying,
  focusTab,
  shot,
  openStudio,
  wav,
} from './lib/studio.js';
import { WAIT, hangUp } from './lib/trainee.js';

const LINE = 'Bonjour, je voudrais prendre rendez-vous, s’il vous plaît.';

export const tests = [
  {
    name: 'studio clips: attached within the limits, heard in the trial, carried by the pack file into another browser’s call',
    timeout: 180_000,
    fn: async ({ newPage }) => {
      const page = await newPage('');
      await openStudio(page, 'Sophie');
      await blankDraftClips(page);
      const input = page.getByLabel(`Joindre un enregistrement à « ${LINE} »`);
      await focusByTab(page, input);
      const alert = page.getByRole('alert');
      // Another format, then too large: refused in French, nothing attached.
      await input.setInputFiles({ name: 'voix.aiff', mimeType: 'audio/aiff', buffer: wav(0.2) });
      await alert
        .filter({
          hasText:
            'voix.aiff : extension « .aiff » non permise : un fichier .mp3, .ogg, .wav ou .m4a est attendu',
        })
        .waitFor(WAIT);
      await input.setInputFiles({ name: 'long.wav', mimeType: 'audio/wav', buffer: wav(40) });
      await alert
        .filter({
          hasText:
            /L’enregistrement « long\.wav » est trop volumineux \(313 Ko\) : la limite est de 300 Ko par réplique/,
        })
        .waitFor(WAIT);
      assert.equal(
        await page.getByRole('button', { name: `Retirer l’enregistrement de « ${LINE} »` }).count(),
        0,
      );
      // A clip of 3 seconds: attached, written in the scenario's `audio`, the draft still valid.
      await input.setInputFiles({ name: 'accueil.wav', mimeType: 'audio/wav', buffer: wav(3) });
      await page.getByText(/^Enregistrement joint à « Bonjour, je voudrais/).waitFor(WAIT);
      await page.getByLabel(`Écouter l’enregistrement de « ${LINE} »`).waitFor(WAIT);
      await page
        .getByText('Fichier du pack : audio/bonjour-je-voudrais-prendre-rendez-vous.wav')
        .waitFor(WAIT);
      await page.getByRole('status').filter({ hasText: 'Brouillon enregistré.' }).waitFor(WAIT);
      await page
        .getByRole('heading', { name: 'Répliques enregistrées' })
        .evaluate((h) => h.scrollIntoView({ block: 'start' }));
      await shot(page, 'enregistrements');
      await expectNoAxeViolations(page);

      // The trial: the first line is the clip's, marked and heard.
      await focusTab(page, 'Enregistrements');
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowLeft');
      await activateByKeyboard(page, page.getByRole('button', { name: 'Lancer l’essai' }));
      const log = page.getByRole('list', { name: 'Conversation de l’essai' });
      await log.getByText(`${LINE} (enregistrement)`).waitFor(WAIT);
      await clipPlaying(page, 'audio/wav');

      // Export the pack: the clip travels in it.
      const exportButton = page.getByRole('button', { name: 'Exporter le pack' });
      await focusByTab(page, exportButton);
      const [download] = await Promise.all([
        page.waitForEvent('download', WAIT),
        page.keyboard.press('Enter'),
      ]);
      const file = await download.path();
      const pack = JSON.parse(await readFile(file, 'utf8'));
      assert.deepEqual(
        pack.clips.map((c) => c.path),
        ['audio/bonjour-je-voudrais-prendre-rendez-vous.wav'],
      );
      assert.ok(pack.clips[0].data.startsWith('data:audio/wav;base64,UklGR'), 'the WAV, in base64');
      assert.match(pack.files.find((f) => f.path === pack.main).text, /^audio:\n {2}"Bonjour, je voudrais/m);

      // Another browser imports it; its library's call plays the clip.
      const other = await newPage('');
      await openStudio(other, 'Karima');
      const importInput = other.getByLabel('Fichier de pack exporté (.json)');
      await focusByTab(other, importInput);
      // A pack whose clip is not audio: refused in French, nothing stored.
      const hostile = {
        ...pack,
        clips: [{ path: pack.clips[0].path, data: 'data:text/html;base64,PHNjcmlwdD4=' }],
      };
      await importInput.setInputFiles({
        name: 'piege.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(hostile)),
      });
      await other
        .getByRole('alert')
        .filter({ hasText: /Enregistrement n° 1 .*pas un fichier audio du format de son nom/ })
        .waitFor(WAIT);
      await importInput.setInputFiles(file);
      await other
        .getByText('Pack « Nouveau scénario » importé dans la bibliothèque de l’atelier.')
        .waitFor(WAIT);
      await callPlaysClip(other, 'Pack importé « Nouveau scénario »', 'audio/wav');
      await hangUp(other);
      await other.waitForURL((url) => url.hash.startsWith('#/debrief/'), WAIT);
    },
  },
];
