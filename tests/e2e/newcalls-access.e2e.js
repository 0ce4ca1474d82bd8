// Two more new calls of issue #11 played in Chromium with the keyboard only, from the home page to
// the debrief, following each call's good golden script (as newcalls.e2e.js does): a deaf patient
// through the telephone relay service (a booking, the date repeated, the 114) and domestic
// violence with the partner nearby (closed questions, the 3919, a discreet appointment, nothing
// said to the partner). Both calls draw variations per attempt from a seed: the page's
// Math.random is pinned to 0 so that the attempt draws seed 0, the seed the golden scripts and the
// engine's reference run use.
import assert from 'node:assert/strict';
import { expectation, golden, referencePlay } from './lib/content.js';
import {
  createProfile,
  debriefExpectation,
  expectDebrief,
  expectTimelineHas,
  playGolden,
  startScenario,
} from './lib/trainee.js';

const CALLS = ['relais-sourd-rendez-vous', 'violences-conjoint-a-cote'];

for (const id of CALLS) referencePlay(id, 'good').catch(() => {});

export const tests = CALLS.map((id) => ({
  name: `keyboard only: new call ${id} played to its correct outcome (« Réussi »)`,
  // The relay call is long (slow caller lines, a dozen inputs): a loaded machine needs more than 60 s.
  timeout: 120_000,
  fn: async ({ newPage, baseURL }) => {
    const reference = await referencePlay(id, 'good');
    const expected = expectation(id, 'good');
    assert.equal(reference.outcome.id, expected.outcome, `the reference run of ${id} ends elsewhere`);
    assert.equal(expected.verdict, 'correct');
    assert.equal(reference.passed, true, `the reference run of the good script of ${id} does not pass`);
    const page = await newPage(null);
    await page.addInitScript(() => {
      Math.random = () => 0;
    });
    await page.goto(new URL('', baseURL).href, { waitUntil: 'load' });
    await createProfile(page, 'Julie');
    await startScenario(page, id);
    const { said, callerSaid } = await playGolden(page, { id, steps: golden(id, 'good').steps, reference });
    await expectDebrief(page, debriefExpectation(id, expected, reference.passed));
    await expectTimelineHas(page, [...said, ...callerSaid]);
  },
}));
