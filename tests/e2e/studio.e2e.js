// The studio (« Atelier »), keyboard-driven as a trainer would: copy a built-in scenario, edit a
// caller line and an outcome, see a lint error appear and fix it, play-test from a middle node,
// keep the trial as a golden script, export the pack and import it in another browser.
// Screenshots for docs/atelier.md go to docs/atelier/ (git-ignored: .shots).
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { expectNoAxeViolations } from './lib/axe.js';
import { activateByKeyboard, focusByTab } from './lib/keyboard.js';
import { editor, findInEditor, focusTab, selectByKeyboard, shot, openStudio } from './lib/studio.js';
import { WAIT, callerLines, hangUp, heading1, pickUp } from './lib/trainee.js';

const SCENARIO = '39,4 à 18 h 35 : une maman inquiète';

export const tests = [
  {
    name: 'studio: a trainer copies a scenario, edits it, fixes a lint error, play-tests, keeps a golden script and exports the pack',
    timeout: 240_000,
    fn: async ({ newPage }) => {
      const page = await newPage('');
      await openStudio(page, 'Sophie');
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

      // The forms view (left of the source): an outcome's reason, written into the YAML.
      await focusTab(page, 'Source YAML');
      await page.keyboard.press('ArrowLeft');
      await activateByKeyboard(page, page.locator('summary', { hasText: 'Issues, verdicts et raisons' }));
      const outcome = page.getByRole('group', { name: 'Issue « garde-et-rdv »' });
      const reason = outcome.getByRole('textbox', { name: 'Raison (montrée au débriefing)' });
      await focusByTab(page, reason);
      await page.keyboard.press('Control+a');
      await page.keyboard.type('Une solution pour la nuit et une pour demain.');
      await page.keyboard.press('Tab');
      await page.getByRole('status').filter({ hasText: 'Brouillon enregistré.' }).waitFor(WAIT);
      assert.equal(
        await outcome.getByRole('combobox', { name: 'Verdict' }).inputValue(),
        'correct',
        'the forms show the outcome’s verdict',
      );
      await reason.scrollIntoViewIfNeeded();
      await shot(page, 'formulaires');
      await expectNoAxeViolations(page);
      // Closed again, the section's fields leave the Tab order.
      await activateByKeyboard(page, page.locator('summary', { hasText: 'Issues, verdicts et raisons' }));

      // A variation: the tense line of « precisions » says {soir}, drawn from two values.
      await activateByKeyboard(page, page.locator('summary', { hasText: 'Répliques de l’appelant' }));
      const tenseLine = page
        .getByRole('group', { name: 'Nœud « precisions »' })
        .getByRole('textbox', { name: 'Réplique (tendu)' });
      await focusByTab(page, tenseLine);
      await page.keyboard.press('Control+a');
      await page.keyboard.type('Alors ? Qu’est-ce que je fais, pour {soir} ?');
      await page.keyboard.press('Tab');
      // Used before it is declared: the lint says so, in French.
      await page.getByRole('button', { name: /la variable « \{soir\} » n’existe pas/ }).waitFor(WAIT);
      await activateByKeyboard(page, page.locator('summary', { hasText: 'Répliques de l’appelant' }));
      await activateByKeyboard(page, page.locator('summary', { hasText: 'Variations' }));
      await focusByTab(page, page.getByRole('textbox', { name: /^Nom \(lettres sans accent/ }));
      await page.keyboard.type('soir');
      await page.keyboard.press('Tab');
      await page.keyboard.type('ce soir; cette nuit');
      await page.keyboard.press('Enter');
      await page.getByText('Variable « soir » ajoutée.').waitFor(WAIT);
      await page.getByRole('status').filter({ hasText: 'Aucun problème' }).waitFor(WAIT);
      const variable = page.getByRole('group', { name: 'Variable « soir »' });
      assert.equal(
        await variable.getByRole('textbox', { name: 'Valeur 2 de « soir »' }).inputValue(),
        'cette nuit',
      );
      const usage = variable.getByRole('button', {
        name: /^\{soir\} ligne \d+ — nodes\.precisions\.say\.tense$/,
      });
      await usage.waitFor(WAIT);
      await usage.scrollIntoViewIfNeeded();
      await shot(page, 'variations');
      await expectNoAxeViolations(page);
      // Where it is used: a click opens the source on that line.
      await activateByKeyboard(page, usage);
      await editor(page).waitFor(WAIT);
      await page.locator('.cm-activeLine', { hasText: '{soir}' }).waitFor(WAIT);

      // The graph, by the tabs' arrow keys (the source's tab is the open one).
      await focusTab(page, 'Source YAML');
      await page.keyboard.press('ArrowRight');
      await page.getByRole('img', { name: /^Graphe du dialogue : / }).waitFor(WAIT);
      assert.ok(await page.getByText('issue correcte').first().isVisible());
      // The outcomes' best and worst totals fill in as calls are played.
      const ranges = page.getByRole('region', { name: 'Totaux possibles par issue' });
      await ranges
        .getByRole('status')
        .filter({ hasText: /Appels joués|appels joués/ })
        .waitFor(WAIT);
      await ranges
        .getByRole('row', { name: /Relais de garde pour la nuit et rendez-vous demain/ })
        .filter({ hasText: /correcte\s*\d+\s*\d+\s*\d+/ })
        .waitFor({ timeout: 60_000 });
      await shot(page, 'graphe');
      await expectNoAxeViolations(page);

      // A play-test from a middle node, in a tense mood.
      await page.keyboard.press('ArrowRight');
      await selectByKeyboard(page, 'Nœud de départ', 'precisions');
      await selectByKeyboard(page, 'Humeur de l’appelant', 'tendu');
      // The variation drawn with a value fixed, then the other: the trainer hears each one.
      await selectByKeyboard(page, 'Tirage', 'valeurs fixées');
      await selectByKeyboard(page, 'Valeur de « soir »', 'cette nuit');
      await activateByKeyboard(page, page.getByRole('button', { name: 'Lancer l’essai' }));
      const log = page.getByRole('list', { name: 'Conversation de l’essai' });
      await log.getByText('Alors ? Qu’est-ce que je fais, pour cette nuit ?').waitFor(WAIT);
      await page.getByText(/^Graine \d+ : soir = cette nuit$/).waitFor(WAIT);
      await shot(page, 'essai-variation');
      await selectByKeyboard(page, 'Valeur de « soir »', 'ce soir');
      await activateByKeyboard(page, page.getByRole('button', { name: 'Recommencer' }));
      await log.getByText('Alors ? Qu’est-ce que je fais, pour ce soir ?').waitFor(WAIT);
      await page.getByText(/^Graine \d+ : soir = ce soir$/).waitFor(WAIT);
      await focusByTab(page, page.getByRole('textbox', { name: 'Votre réplique' }));
      await page.keyboard.type('Est-ce qu’il a des taches sur la peau, est-ce qu’il respire bien ?');
      await page.keyboard.press('Enter');
      await log.getByText(/pas de taches/).waitFor(WAIT);
      assert.match(await log.textContent(), /Compris : [^·]*question/);
      // A tool of the call screen, in the trial: put on hold.
      await selectByKeyboard(page, 'Outil', 'Mettre en attente');
      await activateByKeyboard(page, page.getByRole('button', { name: 'Utiliser l’outil' }));
      await log.getByText('mise en attente').waitFor(WAIT);
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
      assert.match(await row.textContent(), /graine \d+ \(mêmes variations à chaque rejeu\)/);
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
      const scenarioText = pack.files.find((f) => f.path === pack.main).text;
      assert.match(scenarioText, /calm: "Bonsoir, /);
      assert.match(scenarioText, /reason: "?Une solution pour la nuit et une pour demain\./);
      assert.match(scenarioText, /soir: \[ "?ce soir"?, "?cette nuit"? \]/);
      assert.equal(typeof pack.golden[0].script.seed, 'number', 'the golden script keeps its seed');

      // …and import it in another browser (a fresh context: its own storage).
      const other = await newPage('');
      await openStudio(other, 'Karima');
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

      // The imported pack is in this browser's library too, and its call plays the edited line.
      await activateByKeyboard(other, other.getByRole('link', { name: 'Bibliothèque', exact: true }));
      await heading1(other, 'Bibliothèque de scénarios').waitFor(WAIT);
      const card = other.getByRole('article').filter({ hasText: '(copie)' });
      await card.getByText(/^Pack importé «\s39,4/).waitFor(WAIT);
      await card.scrollIntoViewIfNeeded();
      await shot(other, 'bibliotheque-import');
      await expectNoAxeViolations(other);
      await activateByKeyboard(other, card.getByRole('link', { name: /^Commencer l’appel/ }));
      await other.waitForURL((url) => url.hash === '#/appel/fievre-enfant-fin-de-journee-copie', WAIT);
      await other.getByRole('button', { name: 'Décrocher', exact: false }).waitFor(WAIT);
      await pickUp(other);
      await callerLines(other).first().waitFor(WAIT);
      // The caller's first line (its mood is drawn per call) is one of the imported pack's.
      const squash = (text) => text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
      const shown = squash(await callerLines(other).first().textContent());
      assert.ok(squash(scenarioText).includes(shown), `« ${shown} » is not a line of the imported pack`);
      await hangUp(other);
      await other.waitForURL((url) => url.hash.startsWith('#/debrief/'), WAIT);
      // The debrief of the imported pack's call, with its score.
      await heading1(other, 'Débriefing').waitFor(WAIT);
      await other
        .getByText(/une maman inquiète \(copie\)/)
        .first()
        .waitFor(WAIT);
      await other
        .getByText(/^\d+ \/ 100$/)
        .first()
        .waitFor(WAIT);
    },
  },
];
