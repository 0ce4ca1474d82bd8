/**
 * `decroche eval [--file <f.jsonl>] [--json]`: the analyser measured on labelled utterances
 * (by default ../shared/eval/utterances.dev.jsonl beside the repository).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyze } from '../../language/analyze.ts';
import { evaluate, JsonlError, parseJsonl } from '../../language/evaluate.ts';
import { strictArgs } from '../args.ts';
import { readText } from '../files.ts';

export const DEV_SET = fileURLToPath(
  new URL('../../../../shared/eval/utterances.dev.jsonl', import.meta.url),
);
const MAX_BYTES = 20 * 1024 * 1024;

export async function run(args: string[]): Promise<number> {
  const parsed = strictArgs(args, ['json'], ['file']);
  if ('error' in parsed) {
    console.error(parsed.error);
    return 2;
  }
  const { flags, options } = parsed;
  const file = options.get('file') ?? DEV_SET;
  if (!existsSync(file)) {
    console.error(
      `Fichier introuvable : ${file}${options.has('file') ? '' : ' (précisez --file <f.jsonl>)'}`,
    );
    return 2;
  }
  const text = await readText(file, MAX_BYTES);
  if (!text.ok) {
    console.error(`${file} : ${text.message}`);
    return 2;
  }
  let examples;
  try {
    examples = parseJsonl(text.value, file);
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
