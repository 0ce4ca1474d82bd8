// The core content and golden scripts as the e2e tests need them: scenario titles and outcome
// labels, practices (appointment types, directory), the golden scripts and their expected
// outcomes, and the reference log of each golden script played on the simulated clock by the
// engine itself, as the CLI's `play` does (what the caller says, in order, to the script).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { parse } from 'yaml';
import { ROOT } from './server.js';

const CORE = join(ROOT, 'content', 'core');
const GOLDEN = join(ROOT, 'tests', 'golden');

export const CORE_SCENARIOS = [
  'urgence-douleur-thoracique',
  'fievre-enfant-fin-de-journee',
  'renouvellement-exige-aujourdhui',
  'nouveau-patient-refuse',
  'echographie-agenda-complet',
];

const readYaml = (file) => parse(readFileSync(file, 'utf8'));
const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

/** @param {string} id */
export function scenario(id) {
  return readYaml(join(CORE, 'scenarios', `${id}.yaml`));
}

/** @param {string} id */
export function practice(id) {
  return readYaml(join(CORE, 'practices', `${id}.yaml`));
}

/** @param {string} id @param {'good' | 'poor' | 'dangerous'} kind */
export function golden(id, kind) {
  return readJson(join(GOLDEN, id, `${kind}.json`));
}

/** `{ outcome, verdict, critical? }` expected of a golden script (expectations.json or -<set>.json). */
export function expectation(id, kind) {
  const files = readdirSync(GOLDEN).filter((f) => /^expectations(-[a-z0-9-]+)?\.json$/.test(f));
  for (const file of files) {
    const found = readJson(join(GOLDEN, file))[id]?.[kind];
    if (found) return found;
  }
  throw new Error(`no expectation for ${id}/${kind} in tests/golden/expectations*.json`);
}

let engine;
/** The scenario engine, compiled on the fly by tsx (scoped to these imports: nothing global). */
function loadEngine() {
  engine ??= Promise.all(
    ['src/machines/play.ts', 'src/cli/content.ts', 'src/scoring/index.ts'].map((file) =>
      tsImport(pathToFileURL(join(ROOT, file)).href, import.meta.url),
    ),
  ).then(([play, content, scoring]) => ({ ...play, ...content, ...scoring }));
  return engine;
}

const played = new Map();

/**
 * The golden script played on the simulated clock, as `decroche play --json` does (DESIGN §10):
 * its log and score summary. Memoized; the first call compiles the engine (a second or so).
 * @returns {Promise<{ log: any[], outcome: { id: string, verdict: string }, passed: boolean, total: number }>}
 */
export function referencePlay(id, kind) {
  const key = `${id}/${kind}`;
  if (!played.has(key)) {
    played.set(
      key,
      loadEngine().then(async ({ builtinBundle, parseScript, playScript, score, scoreSummary }) => {
        const bundle = await builtinBundle(id);
        if (!bundle) throw new Error(`no built-in scenario « ${id} »`);
        const { log } = playScript(bundle, parseScript(golden(id, kind)));
        return { ...scoreSummary(score(bundle, log)), log };
      }),
    );
  }
  return played.get(key);
}

const TRAINEE_INPUT = new Set(['pickup', 'trainee.say', 'trainee.action', 'hold', 'resume']);

/**
 * From a reference log: one checkpoint per trainee input (pickup, line, tool action, hold,
 * resume), in order, with every caller line said from the start of the call until the trainee's
 * next input, and whether the call was over by then.
 * @param {any[]} log
 * @returns {{ type: string, text?: string, refused?: string | null, callerLines: string[], ended: boolean }[]}
 */
export function checkpointsOf(log) {
  const checkpoints = [];
  const callerLines = [];
  let current = null;
  for (const entry of log) {
    if (TRAINEE_INPUT.has(entry.type)) {
      current = { type: entry.type, callerLines: [], ended: false };
      if (entry.type === 'trainee.say') current.text = entry.text;
      if (entry.type === 'trainee.action') current.refused = entry.refused ?? null;
      checkpoints.push(current);
    } else if (entry.type === 'caller.say') {
      callerLines.push(entry.text);
    } else if (entry.type === 'hangup' && current) {
      current.ended = true;
    }
    if (current) current.callerLines = [...callerLines];
  }
  return checkpoints;
}
