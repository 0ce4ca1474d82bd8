// Nothing is lost on reload: a call in progress survives a page reload (and a browser restart) in
// a real on-disk profile; on arrival the trainee is asked « Un appel était en cours », and either
// resumes it (every line said before is back, the call goes on, the debrief holds the whole call)
// or discards it (a fresh call rings). Keyboard only, as everywhere.
import assert from 'node:assert/strict';
import { expectation, golden, referencePlay } from './lib/content.js';
import { activateByKeyboard } from './lib/keyboard.js';
import {
  WAIT,
  createProfile,
  debriefExpectation,
  expectDebrief,
  expectTimelineHas,
  heading1,
  phoneStatus,
  playGolden,
  startScenario,
  transcript,
} from './lib/trainee.js';

const ID = 'fievre-enfant-fin-de-journee';
referencePlay(ID, 'good').catch(() => {});

/** The transcript as the trainee reads it: one string per line, clock stripped. */
async function transcriptTexts(page) {
  const items = await transcript(page).locator('li').allInnerTexts();
  return items.map((t) =>
    t
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^\d\d:\d\d /, ''),
  );
}

const resumeDialog = (page) => page.getByRole('dialog', { name: 'Un appel était en cours' });

/** From the home page of a fresh profile to the call, `inputs` inputs into the golden script. */
async function playSome(page, baseURL, inputs) {
  const reference = await referencePlay(ID, 'good');
  await page.goto(baseURL, { waitUntil: 'load' });
  await createProfile(page, 'Camille');
  await startScenario(page, ID);
  const played = await playGolden(page, {
    id: ID,
    steps: golden(ID, 'good').steps,
    reference,
    stopAfter: (n) => n >= inputs,
  });
  assert.equal(played.inputs, inputs);
  return { reference, played, before: await transcriptTexts(page) };
}

export const tests = [
  {
    name: 'reload mid-call → « Reprendre cet appel » restores every line, the call finishes, the debrief has it all',
    fn: async ({ baseURL, launchPersistent }) => {
      const session = await launchPersistent();
      const page = await session.page();
      // Pickup and two lines (greeting, reformulation), each answered by the caller.
      const { reference, played, before } = await playSome(page, baseURL, 3);
      assert.ok(
        played.said.length === 2 && before.length >= 5,
        `too little said before the reload: ${before}`,
      );

      await page.reload({ waitUntil: 'load' });
      const dialog = resumeDialog(page);
      await dialog.waitFor(WAIT);
      await activateByKeyboard(
        page,
        dialog.getByRole('button', { name: 'Reprendre cet appel', exact: true }),
      );
      await dialog.waitFor({ state: 'detached', ...WAIT });
      await phoneStatus(page).filter({ hasText: 'Appel en cours' }).waitFor(WAIT);
      const after = await transcriptTexts(page);
      assert.deepEqual(
        after.slice(0, before.length),
        before,
        'the resumed transcript differs from the one before the reload',
      );

      // Finish the call from where it stopped.
      const rest = await playGolden(page, {
        id: ID,
        steps: golden(ID, 'good').steps,
        reference,
        from: played.inputs,
      });
      await expectDebrief(page, debriefExpectation(ID, expectation(ID, 'good'), reference.passed));
      await expectTimelineHas(page, [...rest.said, ...rest.callerSaid]);
      assert.ok(rest.said.length > played.said.length, 'nothing was said after the reload');
    },
  },
  {
    name: 'browser restart mid-call → « Abandonner cet appel » discards it and a new call rings',
    fn: async ({ baseURL, launchPersistent }) => {
      const session = await launchPersistent();
      let page = await session.page();
      const { before } = await playSome(page, baseURL, 2);
      assert.ok(
        before.some((line) => line.startsWith('Vous :')),
        'no trainee line before the restart',
      );

      // The trainee quits the browser and comes back later: home, own profile, library, the call.
      await session.restart();
      page = await session.page();
      await page.goto(baseURL, { waitUntil: 'load' });
      await heading1(page, 'Décroche').waitFor(WAIT);
      await activateByKeyboard(
        page,
        page.getByRole('button', { name: 'Continuer en tant que Camille', exact: true }),
      );
      await heading1(page, 'Bibliothèque de scénarios').waitFor(WAIT);
      await activateByKeyboard(page, page.getByRole('link', { name: 'Retrouver cet appel', exact: true }));

      const dialog = resumeDialog(page);
      await dialog.waitFor(WAIT);
      await activateByKeyboard(
        page,
        dialog.getByRole('button', { name: 'Abandonner cet appel', exact: true }),
      );
      await dialog.waitFor({ state: 'detached', ...WAIT });
      await page.getByText('L’appel précédent a été abandonné.', { exact: true }).waitFor(WAIT);
      // A fresh call: ringing, nothing said.
      await phoneStatus(page).filter({ hasText: 'Appel entrant' }).waitFor(WAIT);
      assert.deepEqual(await transcriptTexts(page), [], 'the discarded call’s lines are still shown');

      // And the discarded call is gone for good: after a reload only the new call may be offered,
      // and it has no line from the old one.
      await page.reload({ waitUntil: 'load' });
      const again = resumeDialog(page);
      await again.waitFor(WAIT);
      await activateByKeyboard(page, again.getByRole('button', { name: 'Reprendre cet appel', exact: true }));
      await again.waitFor({ state: 'detached', ...WAIT });
      const texts = await transcriptTexts(page);
      assert.ok(
        !texts.some((line) => line.startsWith('Vous :')),
        `the old call came back: ${texts.join(' | ')}`,
      );
    },
  },
];
