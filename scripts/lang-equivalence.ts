/**
 * Equivalence guard for speed work on the analyser and the scorer: records everything they say
 * over every labelled line and every scripted call, so that an optimisation can be checked to
 * change no result.
 *
 *   npx tsx scripts/lang-equivalence.ts record .bench/lang-before.jsonl
 *   npx tsx scripts/lang-equivalence.ts check  .bench/lang-before.jsonl
 *
 * What is recorded, one JSON line per item:
 *  - `analyze(text)` (acts, intents, entities, spans, confidence, facts, greeting) for every line
 *    of src/language/examples.jsonl, eval/real-phrases{,-2,-3}/*.jsonl, eval/trainee-lines/*.jsonl
 *    and ../shared/eval/*.jsonl, without a context and with the context of three scenarios;
 *  - for every golden script (tests/golden) and every graded call (eval/grading/calls*): the
 *    call's log as played (it carries the caller's readings) and its scorecard.
 *
 * Held-out lines (SETS.md) are analysed but never printed: a difference there is only counted.
 *
 * Not a vitest test: the outputs change whenever a rule is added, so the baseline is recorded
 * on the commit before an optimisation and checked after it.
 */
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/language/analyze.ts';
import { analysisContext } from '../src/machines/call.ts';
import { parseScript, playScript } from '../src/machines/play.ts';
import { loadBuiltinPacks } from '../src/scenarios/load.ts';
import { score } from '../src/scoring/index.ts';

const ROOT = join(import.meta.dirname, '..');
const SHARED_EVAL = join(ROOT, '..', 'shared', 'eval');
const CONTEXT_SCENARIOS = [
  'urgence-douleur-thoracique',
  'echographie-agenda-complet',
  'epouse-resultats-du-mari',
];

function jsonlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((f) => join(dir, f));
}

function linesOf(file: string): string[] {
  const texts: string[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as { text?: unknown };
    if (typeof row.text === 'string') texts.push(row.text);
  }
  return texts;
}

function scriptsUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...scriptsUnder(path));
    else if (name.endsWith('.json') && !/^(?:index|key|expectations.*)\.json$/.test(name)) out.push(path);
  }
  return out;
}

/** Sets that may not be read (SETS.md): their lines are analysed, never shown. */
const isHeldOut = (file: string) =>
  /heldout[^/]*\.jsonl$/.test(file) || /[/\\]real-phrases-[23][/\\]/.test(file);

async function record(): Promise<string[]> {
  const out: string[] = [];
  const { bundles } = await loadBuiltinPacks();
  const byId = new Map(bundles.map((b) => [b.scenario.id, b]));
  const contexts = CONTEXT_SCENARIOS.map((id) => {
    const bundle = byId.get(id);
    if (!bundle) throw new Error(`scenario ${id} missing`);
    return { id, context: analysisContext(bundle) };
  });

  const files = [
    join(ROOT, 'src', 'language', 'examples.jsonl'),
    ...jsonlFiles(join(ROOT, 'eval', 'real-phrases')),
    ...jsonlFiles(join(ROOT, 'eval', 'real-phrases-2')),
    ...jsonlFiles(join(ROOT, 'eval', 'real-phrases-3')),
    ...jsonlFiles(join(ROOT, 'eval', 'trainee-lines')),
    ...jsonlFiles(SHARED_EVAL),
  ];
  const seen = new Set<string>();
  for (const file of files)
    for (const text of linesOf(file)) {
      if (seen.has(text)) continue;
      seen.add(text);
      const mark = isHeldOut(file) ? { heldout: true } : {};
      out.push(JSON.stringify({ ...mark, text, analysis: analyze(text) }));
      for (const { id, context } of contexts)
        out.push(JSON.stringify({ ...mark, text, context: id, analysis: analyze(text, context) }));
    }

  const golden = join(ROOT, 'tests', 'golden');
  const scripts: { scenario: string; path: string }[] = [];
  for (const dir of readdirSync(golden).sort()) {
    if (dir === '_edge' || !statSync(join(golden, dir)).isDirectory()) continue;
    for (const path of scriptsUnder(join(golden, dir))) scripts.push({ scenario: dir, path });
  }
  const edges = scriptsUnder(join(golden, '_edge'));
  for (const bundle of bundles)
    for (const path of edges) scripts.push({ scenario: bundle.scenario.id, path });
  for (const calls of readdirSync(join(ROOT, 'eval', 'grading'))
    .filter((d) => d.startsWith('calls'))
    .sort())
    for (const dir of readdirSync(join(ROOT, 'eval', 'grading', calls)).sort()) {
      const path = join(ROOT, 'eval', 'grading', calls, dir);
      if (statSync(path).isDirectory())
        for (const script of scriptsUnder(path)) scripts.push({ scenario: dir, path: script });
    }
  for (const { scenario, path } of scripts) {
    const bundle = byId.get(scenario);
    if (!bundle) continue;
    const script = parseScript(JSON.parse(readFileSync(path, 'utf8')));
    const { log } = playScript(bundle, script);
    const card = score(bundle, log);
    out.push(JSON.stringify({ script: path.slice(ROOT.length + 1), scenario, log, card }));
  }
  return out;
}

const [mode, file] = process.argv.slice(2);
if ((mode !== 'record' && mode !== 'check') || !file) {
  console.error('usage: tsx scripts/lang-equivalence.ts record|check <file>');
  process.exit(2);
}
const start = performance.now();
const now = await record();
if (mode === 'record') {
  writeFileSync(file, `${now.join('\n')}\n`);
  console.log(`${now.length} items recorded in ${file} (${Math.round(performance.now() - start)} ms)`);
} else {
  const before = readFileSync(file, 'utf8').trimEnd().split('\n');
  let differences = 0;
  for (let i = 0; i < Math.max(before.length, now.length); i++) {
    if (before[i] === now[i]) continue;
    differences++;
    if ((before[i] ?? now[i] ?? '').startsWith('{"heldout":true')) {
      console.log(`item ${i}: a held-out line differs (not shown)`);
      continue;
    }
    if (differences <= 5) {
      console.log(`- ${(before[i] ?? '(none)').slice(0, 600)}`);
      console.log(`+ ${(now[i] ?? '(none)').slice(0, 600)}`);
    }
  }
  console.log(
    differences === 0
      ? `identical: ${now.length} items (${Math.round(performance.now() - start)} ms)`
      : `${differences} of ${now.length} items differ`,
  );
  process.exitCode = differences === 0 ? 0 : 1;
}
