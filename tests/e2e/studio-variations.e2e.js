// The studio's variations editor, by keyboard only: a variable added (a bad name refused in
// French), renamed with its uses, its values added, reordered and removed (a list of one is said
// to be no variation), the YAML source in step with the forms, axe-clean throughout.
import assert from 'node:assert/strict';
import { expectNoAxeViolations } from './lib/axe.js';
import { activateByKeyboard, focusByTab } from './lib/keyboard.js';
import { findInEditor, focusTab, shot, openStudio } from './lib/studio.js';
import { WAIT, heading1 } from './lib/trainee.js';

const SCENARIO = '39,4 à 18 h 35 : une maman inquiète';

/** The line of the YAML source where `text` is first found (CodeMirror draws only the lines in view). */
async function sourceLine(page, text) {
  await focusTab(page, 'Formulaires');
  await page.keyboard.press('ArrowRight');
  await findInEditor(page, text);
  const line = await page.locator('.cm-activeLine').innerText();
  await focusTab(page, 'Source YAML');
  await page.keyboard.press('ArrowLeft');
  return line;
}

export const tests = [
  {
    name: 'studio variations: a trainer adds, renames, reorders and removes a variable’s values in the forms',
    timeout: 180_000,
    fn: async ({ newPage }) => {
      const page = await newPage('');
      await openStudio(page, 'Sophie');
      await activateByKeyboard(
        page,
        page.getByRole('button', { name: `Copier « ${SCENARIO} » dans un brouillon` }),
      );
      await heading1(page, `${SCENARIO} (copie)`).waitFor(WAIT);
      await page.getByRole('status').filter({ hasText: 'Aucun problème' }).waitFor(WAIT);

      // The tense line of « precisions » says {soir}.
      await focusTab(page, 'Source YAML');
      await page.keyboard.press('ArrowLeft');
      await activateByKeyboard(page, page.locator('summary', { hasText: 'Répliques de l’appelant' }));
      const tenseLine = page
        .getByRole('group', { name: 'Nœud « precisions »' })
        .getByRole('textbox', { name: 'Réplique (tendu)' });
      await focusByTab(page, tenseLine);
      await page.keyboard.press('Control+a');
      await page.keyboard.type('Alors ? Qu’est-ce que je fais, pour {soir} ?');
      await page.keyboard.press('Tab');
      await page.getByRole('button', { name: /la variable « \{soir\} » n’existe pas/ }).waitFor(WAIT);
      await activateByKeyboard(page, page.locator('summary', { hasText: 'Répliques de l’appelant' }));
      await activateByKeyboard(page, page.locator('summary', { hasText: 'Variations' }));

      // A name with an accent and a single value: refused, in French, nothing written.
      const newName = page.getByRole('textbox', { name: /^Nom \(lettres sans accent/ });
      await focusByTab(page, newName);
      await page.keyboard.type('moment');
      await page.keyboard.press('Tab');
      await page.keyboard.type('ce soir');
      await page.keyboard.press('Enter');
      await page
        .getByRole('alert')
        .filter({ hasText: 'Une variation a au moins deux valeurs' })
        .waitFor(WAIT);
      await focusByTab(page, newName);
      await page.keyboard.press('Control+a');
      await page.keyboard.type('soirée');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Control+a');
      await page.keyboard.type('ce soir; cette nuit');
      await page.keyboard.press('Enter');
      await page
        .getByRole('alert')
        .filter({ hasText: '« soirée » ne peut pas nommer une variable' })
        .waitFor(WAIT);
      assert.equal(await newName.getAttribute('aria-invalid'), 'true');
      assert.equal(await page.getByRole('group', { name: /^Variable « / }).count(), 0);
      await focusByTab(page, newName);
      await page.keyboard.press('Control+a');
      await page.keyboard.type('soir');
      await page.keyboard.press('Enter');
      await page.getByText('Variable « soir » ajoutée.').waitFor(WAIT);
      await page.getByRole('status').filter({ hasText: 'Aucun problème' }).waitFor(WAIT);

      // Renamed: a taken or bad name is refused, a good one renames the line's {soir} with it.
      const nameField = page.getByRole('textbox', { name: 'Nom de la variable « soir »' });
      await focusByTab(page, nameField);
      await page.keyboard.press('Control+a');
      await page.keyboard.type('Moment');
      await page.keyboard.press('Enter');
      await page.getByRole('alert').filter({ hasText: 'une lettre minuscule d’abord' }).waitFor(WAIT);
      await page.keyboard.press('Control+a');
      await page.keyboard.type('moment');
      await page.keyboard.press('Enter');
      await page.getByText('Variable « soir » renommée « moment » (et son utilisation).').waitFor(WAIT);
      const variable = page.getByRole('group', { name: 'Variable « moment »' });
      await variable.waitFor(WAIT);
      assert.ok(
        await variable
          .getByRole('textbox', { name: 'Nom de la variable « moment »' })
          .evaluate((el) => el === document.activeElement),
        'the focus stays on the renamed variable’s name',
      );
      await variable
        .getByRole('button', { name: /^\{moment\} ligne \d+ — nodes\.precisions\.say\.tense$/ })
        .waitFor(WAIT);
      await page.getByRole('status').filter({ hasText: 'Aucun problème' }).waitFor(WAIT);

      // A third value, moved up by keyboard: the focus follows it.
      const newValue = variable.getByRole('textbox', { name: 'Nouvelle valeur de « moment »' });
      await focusByTab(page, newValue);
      await page.keyboard.press('Enter');
      await variable
        .getByRole('alert')
        .filter({ hasText: 'Écrivez la valeur avant de l’ajouter.' })
        .waitFor(WAIT);
      await page.keyboard.type('demain matin');
      await page.keyboard.press('Enter');
      await page.getByText('Valeur ajoutée à « moment ».').waitFor(WAIT);
      await activateByKeyboard(
        page,
        variable.getByRole('button', { name: 'Monter la valeur 3 de « moment »' }),
      );
      await page.getByText('« demain matin » est maintenant la valeur 2.').waitFor(WAIT);
      assert.ok(
        await variable
          .getByRole('button', { name: 'Monter la valeur 2 de « moment »' })
          .evaluate((el) => el === document.activeElement),
        'the focus follows the moved value',
      );
      await page.keyboard.press('Enter');
      await page.getByText('« demain matin » est maintenant la valeur 1.').waitFor(WAIT);
      const values = async () =>
        Promise.all(
          [1, 2, 3].map((n) =>
            variable.getByRole('textbox', { name: `Valeur ${n} de « moment »` }).inputValue(),
          ),
        );
      assert.deepEqual(await values(), ['demain matin', 'ce soir', 'cette nuit']);
      await shot(page, 'variations-valeurs');
      await expectNoAxeViolations(page);

      // The source says the same.
      assert.match(
        await sourceLine(page, 'moment: ['),
        /moment: \[ "?demain matin"?, "?ce soir"?, "?cette nuit"? \]/,
      );
      await activateByKeyboard(page, page.locator('summary', { hasText: 'Variations' }));

      // Down to one value: no variation, said in the forms and by the lint.
      await activateByKeyboard(
        page,
        variable.getByRole('button', { name: 'Retirer la valeur 3 de « moment »' }),
      );
      await activateByKeyboard(
        page,
        variable.getByRole('button', { name: 'Retirer la valeur 2 de « moment »' }),
      );
      await variable.getByText('« moment » n’a qu’une valeur : ajoutez-en au moins une autre').waitFor(WAIT);
      await page.getByRole('button', { name: /au moins deux valeurs/ }).waitFor(WAIT);
      await expectNoAxeViolations(page);
      await focusByTab(page, newValue);
      await page.keyboard.type('ce soir');
      await page.keyboard.press('Enter');
      await page.getByRole('status').filter({ hasText: 'Aucun problème' }).waitFor(WAIT);
      assert.equal(await variable.getByText(/n’a qu’une valeur/).count(), 0);
    },
  },
];
