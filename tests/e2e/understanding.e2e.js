// The caller hears words, not only clicks: through the keyboard, a trainee asks a question the
// caller answers from the scenario (not with symptoms), offers a free slot in words and the caller
// takes it up in character, sees what was understood of each line (practice mode) and flags one.
import assert from 'node:assert/strict';
import { activateByKeyboard } from './lib/keyboard.js';
import {
  WAIT,
  callerLines,
  createProfile,
  hangUp,
  loadScenario,
  pickUpAndGreet,
  say,
  startScenario,
  transcript,
} from './lib/trainee.js';

const ID = 'fievre-enfant-fin-de-journee';
const squash = (text) => text.replace(/\s+/g, ' ').trim();
const variants = (lines) => (typeof lines === 'string' ? [lines] : Object.values(lines)).map(squash);

/** Waits for the caller's next line after `count` lines, and returns it. */
async function nextCallerLine(page, count) {
  await callerLines(page).nth(count).waitFor(WAIT);
  return squash(await callerLines(page).nth(count).innerText());
}

export const tests = [
  {
    name: 'keyboard only: the caller answers a question and takes up a slot offered in words',
    fn: async ({ newPage }) => {
      const scenario = loadScenario(ID);
      const page = await newPage('');
      await createProfile(page, 'Julie');
      await startScenario(page, ID);
      await pickUpAndGreet(page, 'Cabinet de pédiatrie du Canal, Julie à l’appareil, bonsoir.');
      let count = await callerLines(page).count();

      const question = 'Quelle est la date de naissance de Noé, s’il vous plaît ?';
      await say(page, question);
      const answer = await nextCallerLine(page, count++);
      assert.equal(
        answer,
        squash(scenario.answers.birthdate),
        'the caller does not answer the date of birth',
      );

      // Practice mode: the chips of the question say what was understood.
      const asked = transcript(page).locator('li[data-speaker="trainee"]').filter({ hasText: question });
      const chips = asked.getByRole('list', { name: 'Compris' });
      await chips.getByText('Demande la date de naissance').waitFor(WAIT);

      await say(page, 'Je peux vous proposer demain à 8 h 50 avec la docteure Ferrand.');
      const taken = await nextCallerLine(page, count++);
      assert.ok(
        variants(scenario.nodes['rdv-pris'].say).includes(taken),
        `the caller does not take up the slot offered in words: « ${taken} »`,
      );
      const offered = transcript(page).locator('li[data-speaker="trainee"]').filter({ hasText: '8 h 50' });
      await offered.getByRole('list', { name: 'Compris' }).getByText('Propose un créneau').waitFor(WAIT);

      // « Ce n’est pas ce que je voulais dire » on the question, by keyboard.
      await activateByKeyboard(
        page,
        asked.getByRole('button', { name: /^Ce n’est pas ce que je voulais dire/ }),
      );
      await asked.getByText('Signalé', { exact: true }).waitFor(WAIT);

      await hangUp(page);
      await page.waitForURL((url) => url.hash.startsWith('#/debrief/'), WAIT);
    },
  },
];
