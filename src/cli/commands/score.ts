/**
 * `decroche score <attempt.json> [--json]`: scores a recorded attempt with the built-in
 * scenario it names. The file is `{ "scenario": "<id>", "log": [ … ] }` or the whole output of
 * `play --json`. Exit code 0 when scored (passed or not), 2 when the file or scenario is bad.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from '../args.ts';
import { builtinBundle } from '../content.ts';
import { AttemptError, parseAttempt, type AttemptFile } from '../../scoring/attempt.ts';
import { formatScorecard, scoreSummary } from '../../scoring/report.ts';
import { score } from '../../scoring/score.ts';

const USAGE = 'Usage : decroche score <tentative.json> [--json]';

async function readAttempt(path: string): Promise<AttemptFile | string> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return 'fichier introuvable.';
    if (code === 'EISDIR') return 'c’est un dossier, pas un fichier de tentative.';
    return `lecture impossible (${code ?? String(error)}).`;
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    return `JSON invalide : ${(error as Error).message}`;
  }
  try {
    return parseAttempt(json);
  } catch (error) {
    if (error instanceof AttemptError) return error.message;
    throw error;
  }
}

export async function run(args: string[]): Promise<number> {
  const { positionals, flags } = parseArgs(args);
  const unknown = [...flags].filter((f) => f !== 'json');
  if (positionals.length !== 1 || unknown.length > 0) {
    if (unknown.length > 0)
      console.error(`Option inconnue : ${unknown.map((f) => `« --${f} »`).join(', ')}.`);
    console.error(USAGE);
    return 2;
  }
  const path = positionals[0]!;
  const attempt = await readAttempt(path);
  if (typeof attempt === 'string') {
    console.error(`${path} : ${attempt}`);
    return 2;
  }
  const bundle = await builtinBundle(attempt.scenario);
  if (!bundle) return 2;
  if (attempt.scenarioVersion !== undefined && attempt.scenarioVersion !== bundle.scenario.version)
    console.error(
      `${path} : attention, tentative jouée sur la version ${attempt.scenarioVersion} du scénario « ${attempt.scenario} », notée avec la version ${bundle.scenario.version}.`,
    );

  const card = score(bundle, attempt.log);
  if (flags.has('json')) console.log(JSON.stringify(scoreSummary(card), null, 2));
  else console.log(formatScorecard(card, bundle.scenario.title));
  return 0;
}
