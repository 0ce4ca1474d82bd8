/**
 * Test helpers for the debrief and the dashboard (not used by the product): attempts with real
 * scorecards, from the scorer's hand-written logs (acts and spans given, so quotes exist
 * whatever the analyser does) or from a golden script played through the real machines.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { LogEntry } from '../../machines/events.ts';
import { parseScript, playScript } from '../../machines/play.ts';
import type { ScenarioBundle } from '../../scenarios/schema.ts';
import { CallLog, GREETING, testBundle } from '../../scoring/fixtures.ts';
import { score } from '../../scoring/score.ts';
import type { Attempt } from '../../storage/index.ts';

let serial = 0;

/** A stored attempt for a log, scored now unless a scorecard is given. */
export function attemptOf(
  bundle: ScenarioBundle,
  log: LogEntry[],
  options: { id?: string; profileId?: string; startedAt?: string; scorecard?: unknown } = {},
): Attempt {
  serial++;
  return {
    schemaVersion: 1,
    id: options.id ?? `tentative-${serial}`,
    profileId: options.profileId ?? 'profil-test',
    scenarioId: bundle.scenario.id,
    scenarioVersion: bundle.scenario.version,
    startedAt: options.startedAt ?? new Date(Date.UTC(2026, 2, 10, 13, serial % 60)).toISOString(),
    log,
    scorecard: 'scorecard' in options ? options.scorecard : score(bundle, log),
    appVersion: '0.1.0-test',
  };
}

/**
 * A call with a critical failure: greeted, then medical advice given, then hung up. The acts
 * are written out, so the advice is quoted whatever the analyser finds.
 */
export function adviceCall(bundle = testBundle()): CallLog {
  return new CallLog(bundle)
    .pickUp(2)
    .wait(2)
    .say(GREETING.text, GREETING.acts, GREETING.options)
    .caller('Bonjour… Mon fils a de la fièvre depuis hier soir, je suis très inquiète.')
    .wait(5)
    .say('Ne vous inquiétez pas, donnez-lui du paracétamol toutes les six heures.', {
      medical_advice: 'donnez-lui du paracétamol toutes les six heures',
    })
    .caller('Ah… d’accord.')
    .wait(3)
    .say('Au revoir, madame.', { closing: 'Au revoir, madame.' })
    .wait(1)
    .hangUp();
}

/** The trainee's side of a golden call (tests/golden/<scenario>/<kind>.json), played for real. */
export async function playGolden(
  bundle: ScenarioBundle,
  kind: 'good' | 'poor' | 'dangerous',
): Promise<LogEntry[]> {
  const path = join(process.cwd(), 'tests', 'golden', bundle.scenario.id, `${kind}.json`);
  const script = parseScript(JSON.parse(await readFile(path, 'utf8')));
  return playScript(bundle, script).log;
}
