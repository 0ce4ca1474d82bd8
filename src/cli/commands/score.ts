/**
 * `decroche score <attempt.json> [--json]`: verifies and scores a recorded attempt with the
 * built-in scenario it names. The file is `{ "scenario": "<id>", "log": [ … ] }` or the whole
 * output of `play --json`. The score is always the replay's (src/scoring/replay.ts): acts,
 * outcomes and caller lines written in the file are never trusted.
 *
 * The app's own export file (« Exporter mes données », JSON Lines or format 1) is read too: each
 * attempt in it is verified and scored, one line each (`--json`: an array of summaries).
 *
 * Exit code 0 when scored and the log matches its replay, 1 when scored from the replay but the
 * file's log differs from it (listed on standard error), 2 when the file or scenario is bad (for
 * an export: when any of its attempts is).
 */
import { strictArgs } from '../args.ts';
import { builtinBundle } from '../content.ts';
import { exportedAttempts, isExportFile } from '../exportFile.ts';
import { readJson } from '../files.ts';
import { AttemptError, parseAttempt, type AttemptFile } from '../../scoring/attempt.ts';
import { verifyAttempt } from '../../scoring/replay.ts';
import { formatScorecard, scoreSummary } from '../../scoring/report.ts';

const USAGE = 'Usage : decroche score <tentative.json | export.jsonl> [--json]';
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
  if (await isExportFile(path).catch(() => false)) return scoreExport(path, parsed.flags.has('json'));
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

/** Every attempt of an export file, verified and scored from its replay, one line each. */
async function scoreExport(path: string, json: boolean): Promise<number> {
  let code = 0;
  const summaries: (ReturnType<typeof scoreSummary> & { id: string; logMatchesReplay: boolean })[] = [];
  try {
    for await (const item of exportedAttempts(path)) {
      if (!item.ok) {
        console.error(`${path} : ${item.error}`);
        code = 2;
        continue;
      }
      const { id, scenarioId, scenarioVersion, log } = item.attempt;
      const bundle = await builtinBundle(scenarioId);
      if (!bundle) {
        code = 2;
        continue;
      }
      const verified = verifyAttempt(bundle, { scenarioVersion, log });
      if (!verified.ok) {
        console.error(`${path} : tentative ${id} : journal refusé :\n  ${verified.errors.join('\n  ')}`);
        code = 2;
        continue;
      }
      const matches = verified.mismatches.length === 0;
      if (!matches) {
        console.error(
          `${path} : tentative ${id} : le journal ne correspond pas à son rejeu ; la note est celle du rejeu.`,
        );
        code = Math.max(code, 1);
      }
      const summary = scoreSummary(verified.scorecard);
      summaries.push({ id, ...summary, logMatchesReplay: matches });
      if (!json) {
        const critical = summary.critical.length ? ` — faute critique : ${summary.critical.join(', ')}` : '';
        console.log(
          `${id} · ${bundle.scenario.title} · ${summary.total}/100 · ${summary.passed ? 'Réussi' : 'Non réussi'}${critical}`,
        );
      }
    }
  } catch (error) {
    console.error(`${path} : ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  if (json) console.log(JSON.stringify(summaries, null, 2));
  else
    console.log(
      `${summaries.length} tentative${summaries.length > 1 ? 's' : ''} notée${summaries.length > 1 ? 's' : ''}.`,
    );
  return code;
}
