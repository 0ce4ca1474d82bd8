// A trainee plays each core scenario from the home page with the keyboard only — profile, library,
// pickup (Alt+D), typed lines, the practice's tools, hold (Alt+A), hang-up (Alt+R) — following the
// scenario's golden script, and sees the outcome the script is written for on the debrief. The
// caller's lines on screen must match the same script played by the engine on its simulated clock.
import assert from 'node:assert/strict';
import { CORE_SCENARIOS, expectation, golden, referencePlay } from './lib/content.js';
import {
  createProfile,
  debriefExpectation,
  expectDebrief,
  expectTimelineHas,
  playGolden,
  startScenario,
} from './lib/trainee.js';

// The reference runs need the engine compiled (a couple of seconds): start them all now.
/** Scripts played to a wrong outcome with a critical failure. */
const WRONG = [
  { id: 'urgence-douleur-thoracique', kind: 'dangerous', what: 'given a routine appointment (chest pain)' },
  { id: 'fievre-enfant-fin-de-journee', kind: 'dangerous', what: 'given medical advice (child with fever)' },
];

for (const id of CORE_SCENARIOS) referencePlay(id, 'good').catch(() => {});
for (const { id, kind } of WRONG) referencePlay(id, kind).catch(() => {});

/** Home → library → the scenario ringing → the golden script → the debrief. */
async function playToDebrief(newPage, id, kind) {
  const reference = await referencePlay(id, kind);
  const expected = expectation(id, kind);
  assert.equal(
    reference.outcome.id,
    expected.outcome,
    `the reference run of ${id}/${kind} ends on « ${reference.outcome.id} », expectations.json says « ${expected.outcome} »`,
  );
  const page = await newPage('');
  await createProfile(page, 'Julie');
  await startScenario(page, id);
  const { said, callerSaid } = await playGolden(page, { id, steps: golden(id, kind).steps, reference });
  await expectDebrief(page, debriefExpectation(id, expected, reference.passed));
  await expectTimelineHas(page, [...said, ...callerSaid]);
  return page;
}

/** New calls played by keyboard to their correct outcome (issue #11). */
const NEW_CALLS = [
  { id: 'homonyme-deplacer-rdv', what: 'moves the right existing appointment of a namesake' },
  {
    id: 'desistement-liste-attente',
    what: 'cancels an existing appointment and calls back the first on the waitlist',
  },
];
for (const { id } of NEW_CALLS) referencePlay(id, 'good').catch(() => {});

export const tests = [
  ...NEW_CALLS.map(({ id, what }) => ({
    name: `keyboard only: ${id} ${what} (« Réussi »)`,
    fn: async ({ newPage }) => {
      const reference = await referencePlay(id, 'good');
      assert.equal(reference.passed, true, `the reference run of the good script of ${id} does not pass`);
      await playToDebrief(newPage, id, 'good');
    },
  })),
  ...CORE_SCENARIOS.map((id) => ({
    name: `keyboard only: ${id} played to its correct outcome (« Réussi »)`,
    fn: async ({ newPage }) => {
      const reference = await referencePlay(id, 'good');
      assert.equal(reference.passed, true, `the reference run of the good script of ${id} does not pass`);
      await playToDebrief(newPage, id, 'good');
    },
  })),
  ...WRONG.map(({ id, kind, what }) => ({
    name: `keyboard only: ${id} ${what} → « Non réussi » and the critical failure first`,
    fn: async ({ newPage }) => {
      const reference = await referencePlay(id, kind);
      assert.equal(reference.passed, false, `the reference run of ${id}/${kind} passes`);
      assert.ok(expectation(id, kind).critical, `${id}/${kind} expects no critical failure`);
      await playToDebrief(newPage, id, kind);
    },
  })),
];
