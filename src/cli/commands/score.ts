/**
 * `decroche score <attempt.json> [--json]`: verifies and scores a recorded attempt with the
 * built-in scenario it names. The file is `{ "scenario": "<id>", "log": [ … ] }` or the whole
 * output of `play --json`. The score is always the replay's (src/scoring/replay.ts): acts,
 * outcomes and caller lines written in the file are never trusted.
 *
 * Exit code 0 when scored and the log matches its replay, 1 when scored from the replay but the
 * file's log differs from it (listed on standard error), 2 when the file or scenario is bad.
 */
import { strictArgs } from '../args.ts';
import { builtinBundle } from '../content.ts';
import { readJson } from '../files.ts';
import { AttemptError, parseAttempt, type AttemptFile } from '../../scoring/attempt.ts';
import { verifyAttempt } from '../../scoring/replay.ts';
import { formatScorecard, scoreSummary } from '../../scoring/report.ts';

const USAGE = 'Usage : decroche score <tentative.json> [--json]';
/** A long attempt is ~10 Ko: 5 Mo is far beyond any real one. */
export const MAX_ATTEMPT_BYTES = 5 * 1024 * 1024;

async function readAttempt(path: string): Promise<AttemptFile | string> {
  const json = await readJson(path, MAX_ATTEMPT_BYTES);
  if (!json.ok) return json.message;
  try {
    return parseAttempt(json.value);
  } catch (error) {
    if (error instanceof AttemptError) return error.message;
    throw error;
  }
}

export async function run(args: string[]): Promise<number> {
  const parsed = strictArgs(args, ['json']);
  if ('error' in parsed || parsed.positionals.length !== 1) {
    if ('error' in parsed) console.error(parsed.error);
    console.error(USAGE);
    return 2;
  }
  const path = parsed.positionals[0]!;
  const attempt = await readAttempt(path);
  if (typeof attempt === 'string') {
    console.error(`${path} : ${attempt}`);
    return 2;
  }
  const bundle = await builtinBundle(attempt.scenario);
  if (!bundle) return 2;

  const verified = verifyAttempt(bundle, attempt);
  if (!verified.ok) {
    console.error(
      `${path} : journal refusé, il ne peut pas être rejoué :\n  ${verified.errors.join('\n  ')}`,
    );
    return 2;
  }
  if (verified.mismatches.length > 0)
    console.error(
      `${path} : le journal ne correspond pas à son rejeu ; la note est celle du rejeu :\n  ${verified.mismatches.join('\n  ')}`,
    );
  const card = verified.scorecard;
  if (parsed.flags.has('json')) console.log(JSON.stringify(scoreSummary(card), null, 2));
  else console.log(formatScorecard(card, bundle.scenario.title));
  return verified.mismatches.length > 0 ? 1 : 0;
}
