import { strictArgs } from '../args.ts';
import { readJson } from '../files.ts';
import { parseScript, playScript, ScriptError } from '../../machines/play.ts';
import { builtinBundle } from '../content.ts';
import { formatScorecard, score, scoreSummary } from '../../scoring/index.ts';
import { formatLog } from '../transcript.ts';

/** 10,000 steps of a few hundred bytes each fit with room to spare. */
const MAX_SCRIPT_BYTES = 5 * 1024 * 1024;
const USAGE = 'Usage : decroche play <scénario> --script <fichier.json> [--json]';

export async function run(args: string[]): Promise<number> {
  const parsed = strictArgs(args, ['json'], ['script']);
  if ('error' in parsed) {
    console.error(`${parsed.error}\n${USAGE}`);
    return 2;
  }
  const { positionals, options, flags } = parsed;
  const [scenarioId] = positionals;
  const scriptPath = options.get('script');
  if (!scenarioId || !scriptPath || positionals.length > 1) {
    console.error(USAGE);
    return 2;
  }
  const json = await readJson(scriptPath, MAX_SCRIPT_BYTES);
  if (!json.ok) {
    console.error(`${scriptPath} : ${json.message}`);
    return 2;
  }
  let script;
  try {
    script = parseScript(json.value);
  } catch (error) {
    if (!(error instanceof ScriptError)) throw error;
    console.error(`${scriptPath} : ${error.message}`);
    return 2;
  }
  const bundle = await builtinBundle(scenarioId);
  if (!bundle) return 2;
  const { log } = playScript(bundle, script);
  const card = score(bundle, log);
  if (flags.has('json')) console.log(JSON.stringify({ ...scoreSummary(card), log }, null, 2));
  else console.log(`${formatLog(log)}\n\n${formatScorecard(card, bundle.scenario.title)}`);
  return 0;
}
