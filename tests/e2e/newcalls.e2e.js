// New calls of issue #11 played in Chromium with the keyboard only, from the home page to the
// debrief, following each call's good golden script: the caller's lines on screen match the
// engine's reference run, and the debrief shows the correct outcome (« Réussi »). One call per
// way of ending: the 15 (stroke signs that regress; a child alone with an unconscious mother), a
// transfer to the doctor (a 6-week-old with fever; a laboratory's critical INR; a pharmacist's
// interaction) and a reserved booking (physiotherapy after surgery).
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

const CALLS = [
  'avc-signes-qui-regressent',
  'enfant-maman-ne-repond-plus',
  'nourrisson-six-semaines-fievre',
  'laboratoire-inr-critique',
  'pharmacien-interaction',
  'kine-reeducation-post-operatoire',
];

for (const id of CALLS) referencePlay(id, 'good').catch(() => {});

export const tests = CALLS.map((id) => ({
  name: `keyboard only: new call ${id} played to its correct outcome (« Réussi »)`,
  fn: async ({ newPage }) => {
    const reference = await referencePlay(id, 'good');
    const expected = expectation(id, 'good');
    assert.equal(reference.outcome.id, expected.outcome, `the reference run of ${id} ends elsewhere`);
    assert.equal(expected.verdict, 'correct');
    assert.equal(reference.passed, true, `the reference run of the good script of ${id} does not pass`);
    const page = await newPage('');
    await createProfile(page, 'Julie');
    await startScenario(page, id);
    const { said, callerSaid } = await playGolden(page, { id, steps: golden(id, 'good').steps, reference });
    await expectDebrief(page, debriefExpectation(id, expected, reference.passed));
    await expectTimelineHas(page, [...said, ...callerSaid]);
  },
}));
