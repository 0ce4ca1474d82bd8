import { readFile } from 'node:fs/promises';
import { parseArgs } from '../args.ts';
import { parseScript, playScript, ScriptError } from '../../machines/play.ts';
import { builtinBundle } from '../content.ts';
import { formatScorecard, score, scoreSummary } from '../../scoring/index.ts';
import { formatLog } from '../transcript.ts';

export async function run(args: string[]): Promise<number> {
  const { positionals, options, flags } = parseArgs(args, ['script']);
  const [scenarioId] = positionals;
  const scriptPath = options.get('script');
  if (!scenarioId || !scriptPath) {
    console.error('Usage : decroche play <scénario> --script <fichier.json> [--json]');
    return 2;
  }
  const bundle = await builtinBundle(scenarioId);
  if (!bundle) return 2;
  let script;
  try {
    script = parseScript(JSON.parse(await readFile(scriptPath, 'utf8')));
  } catch (error) {
    const why =
      error instanceof ScriptError
        ? error.message
        : error instanceof SyntaxError
          ? `JSON invalide : ${error.message}`
          : (error as NodeJS.ErrnoException).code === 'ENOENT'
            ? 'fichier introuvable'
            : String(error);
    console.error(`${scriptPath} : ${why}`);
    return 2;
  }
  const { log } = playScript(bundle, script);
  const card = score(bundle, log);
  if (flags.has('json')) console.log(JSON.stringify({ ...scoreSummary(card), log }, null, 2));
  else console.log(`${formatLog(log)}\n\n${formatScorecard(card, bundle.scenario.title)}`);
  return 0;
}
