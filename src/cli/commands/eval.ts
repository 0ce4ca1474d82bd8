/**
 * `decroche eval [--file <f.jsonl>] [--json]`: the analyser measured on labelled utterances
 * (by default ../shared/eval/utterances.dev.jsonl beside the repository).
 */
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { analyze } from '../../language/analyze.ts';
import { evaluate, JsonlError, parseJsonl } from '../../language/evaluate.ts';
import { parseArgs } from '../args.ts';

export const DEV_SET = fileURLToPath(
  new URL('../../../../shared/eval/utterances.dev.jsonl', import.meta.url),
);
/** The project's own labelled lines: what `eval` measures when the dev set is not beside the clone. */
export const OWN_EXAMPLES = fileURLToPath(new URL('../../language/examples.jsonl', import.meta.url));
const MAX_BYTES = 20 * 1024 * 1024;

export async function run(args: string[], devSet = DEV_SET): Promise<number> {
  const { flags, options } = parseArgs(args, ['file']);
  let file = options.get('file') ?? devSet;
  if (!options.has('file') && !existsSync(file)) {
    // A clone without ../shared: say what is measured instead (stderr keeps --json parseable).
    (flags.has('json') ? console.error : console.log)(
      `Jeu de développement absent (${devSet}) : mesure sur les exemples du projet (src/language/examples.jsonl).`,
    );
    file = OWN_EXAMPLES;
  }
  if (!existsSync(file)) {
    console.error(
      `Fichier introuvable : ${file}${options.has('file') ? '' : ' (précisez --file <f.jsonl>)'}`,
    );
    return 2;
  }
  if ((await stat(file)).size > MAX_BYTES) {
    console.error(`${file} : fichier trop volumineux (plus de 20 Mo).`);
    return 2;
  }
  let examples;
  try {
    examples = parseJsonl(await readFile(file, 'utf8'), file);
  } catch (error) {
    if (error instanceof JsonlError) {
      console.error(error.message);
      return 2;
    }
    throw error;
  }
  const report = evaluate(examples, (text) => analyze(text));
  if (flags.has('json')) {
    const { misses: _misses, ...shape } = report;
    console.log(JSON.stringify(shape, null, 2));
    return 0;
  }
  console.log(
    `${examples.length} énoncés — micro-F1 ${report.microF1}, ensembles exacts ${report.exactMatch}`,
  );
  for (const [label, s] of Object.entries(report.labels))
    console.log(
      `  ${label.padEnd(15)} P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}  (${s.support})`,
    );
  if (report.misses.length > 0) {
    console.log('\nLignes mal étiquetées :');
    for (const m of report.misses)
      console.log(
        `  l.${m.line} attendu [${m.expected.join(', ')}] obtenu [${m.found.join(', ')}] — ${m.text}`,
      );
  }
  return 0;
}
