/**
 * `decroche bench [--json]`: the Node-side figures of DESIGN §12 — analyser throughput,
 * compiling and playing each core scenario, scoring and re-scoring. Figures, not verdicts.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { benchAnalyzer } from '../../language/bench.ts';
import { parseJsonl } from '../../language/evaluate.ts';
import { benchMachine } from '../../machines/bench.ts';
import { MAX_STEPS, parseScript, playScript, type Script } from '../../machines/play.ts';
import type { ScenarioBundle } from '../../scenarios/schema.ts';
import { loadBuiltinPacks } from '../../scenarios/load.ts';
import { benchScoring } from '../../scoring/index.ts';
import { strictArgs } from '../args.ts';

const GOLDEN = fileURLToPath(new URL('../../../tests/golden/', import.meta.url));
const EXAMPLES = new URL('../../language/examples.jsonl', import.meta.url);
/** The labelled dev set beside the repository, when it is there (see `decroche eval`). */
const DEV_SET = new URL('../../../../shared/eval/utterances.dev.jsonl', import.meta.url);
const round = (n: number, digits = 3) => Number(n.toFixed(digits));

/** A script of MAX_STEPS steps (hold and resume, a second apart), played once: ms. */
function benchLongPlay(bundle: ScenarioBundle | undefined): number | undefined {
  if (!bundle) return undefined;
  const steps: Script['steps'] = [{ at: 3, do: 'pickup' }];
  for (let i = 1; i < MAX_STEPS; i++) steps.push({ wait: 1, do: i % 2 ? 'hold' : 'resume' });
  const start = performance.now();
  playScript(bundle, { steps });
  return performance.now() - start;
}

export async function run(args: string[]): Promise<number> {
  const parsed = strictArgs(args, ['json'], []);
  if ('error' in parsed) {
    console.error(parsed.error);
    return 2;
  }
  const { flags } = parsed;
  const loadStart = performance.now();
  const { bundles } = await loadBuiltinPacks();
  const loadMs = performance.now() - loadStart;

  const corpus = existsSync(DEV_SET) ? DEV_SET : EXAMPLES;
  const texts = parseJsonl(await readFile(corpus, 'utf8')).map((e) => e.text);
  const analyzer = benchAnalyzer(texts);
  const scenarios = [];
  for (const bundle of bundles) {
    let script;
    try {
      script = parseScript(JSON.parse(await readFile(`${GOLDEN}${bundle.scenario.id}/good.json`, 'utf8')));
    } catch {
      script = parseScript({ steps: [{ at: 3, do: 'pickup' }, { say: 'Bonjour' }, { do: 'hangup' }] });
    }
    const machine = benchMachine(bundle, script, 100);
    const scoring = benchScoring(bundle, playScript(bundle, script).log);
    scenarios.push({
      id: bundle.scenario.id,
      compileMs: round(machine.compileMs),
      playMs: round(machine.playMs),
      logEntries: machine.logEntries,
      scoreMs: round(scoring.msPerAttempt, 4),
      rescore10kMs: round(scoring.rescore10kMs, 1),
    });
  }
  const longPlayMs = benchLongPlay(bundles[0]);
  const figures = {
    loadPacksMs: round(loadMs, 1),
    play10kStepsMs: longPlayMs === undefined ? null : round(longPlayMs, 0),
    analyzerUtterancesPerSecond: Math.round(analyzer.utterancesPerSecond),
    analyzerCorpus: `${corpus === DEV_SET ? 'dev set' : 'examples.jsonl'} (${texts.length} utterances)`,
    scenarios,
  };
  if (flags.has('json')) {
    console.log(JSON.stringify(figures, null, 2));
    return 0;
  }
  console.log('Mesures (Node) — budgets : DESIGN §12');
  console.log(`  chargement et validation des packs : ${figures.loadPacksMs} ms`);
  console.log(
    `  analyseur : ${figures.analyzerUtterancesPerSecond.toLocaleString('fr-FR')} énoncés/s (objectif ≥ 20 000), sur ${figures.analyzerCorpus}`,
  );
  if (figures.play10kStepsMs !== null)
    console.log(
      `  appel scripté de 10 000 étapes (attente, reprise) : ${figures.play10kStepsMs} ms (linéaire)`,
    );
  for (const s of scenarios)
    console.log(
      `  ${s.id} : compilation ${s.compileMs} ms, appel scripté ${s.playMs} ms (${s.logEntries} événements), ` +
        `notation ${s.scoreMs} ms (objectif ≤ 1 ms), re-notation ×10 000 ${s.rescore10kMs} ms (objectif ≤ 2 000 ms)`,
    );
  return 0;
}
