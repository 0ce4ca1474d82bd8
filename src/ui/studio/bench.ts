/**
 * The studio's budgets (issue #12), on a 200-node scenario: checking the draft after an edit
 * (≤ 100 ms, the reading of unchanged files cached) and laying out its graph (≤ 500 ms).
 * Run: npx tsx src/ui/studio/bench.ts [--check-only] — prints the medians, exits 1 over a budget
 * (--check-only: the check per edit alone, the layout and the totals left out).
 */
import { parsePack } from '../../scenarios/parse.ts';
import { withFile } from './draft.ts';
import { benchDraft } from './fixtures.ts';
import { dialogueGraph } from './graph.ts';
import { addRun, planRanges, type OutcomeTotals } from '../../scoring/outcomeRange.ts';
import { checkDraft } from './validate.ts';

const VALIDATION_MS = 100;
const LAYOUT_MS = 500;
const NODES = 200;
const RUNS = 21;

let draft = benchDraft(NODES);

/** CPU time of this process, in ms: on a shared machine wall time also counts the others' work. */
const cpu = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const cache = new Map();
checkDraft(draft, cache);
const checks: number[] = [];
const checksCpu: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const text = draft.files.find((f) => f.path === draft.main)!.text;
  draft = withFile(draft, draft.main, text.replace(`Réplique numéro ${i} `, `Réplique ${i} modifiée `));
  const before = cpu();
  const checked = checkDraft(draft, cache);
  checksCpu.push(cpu() - before);
  if (checked.errors.some((e) => e.severity === 'error')) throw new Error('the benchmark draft is invalid');
  checks.push(checked.ms);
}
if (process.argv.includes('--check-only')) {
  console.log(
    `Atelier, scénario de ${NODES} nœuds (médianes, temps CPU / temps écoulé) : ` +
      `vérification ${median(checksCpu).toFixed(1)} / ${median(checks).toFixed(1)} ms par modification (budget ${VALIDATION_MS})`,
  );
  if (median(checksCpu) > VALIDATION_MS) process.exitCode = 1;
  process.exit();
}
const scenario = parsePack(draft.files).scenarios[0]!;
const errors = checkDraft(draft, cache).errors;
const layouts: number[] = [];
const layoutsCpu: number[] = [];
for (let i = 0; i < 7; i++) {
  const started = performance.now();
  const before = cpu();
  const graph = dialogueGraph(scenario, errors, draft.main);
  layoutsCpu.push(cpu() - before);
  layouts.push(performance.now() - started);
  if (graph.nodes.length < NODES) throw new Error('the graph lost nodes');
}
// The outcomes' totals: planned at once (on the main thread), then played a call at a time.
const plans: number[] = [];
let plan = planRanges(checkDraft(draft, cache).bundle!);
for (let i = 0; i < 5; i++) {
  const before = cpu();
  plan = planRanges(checkDraft(draft, cache).bundle!);
  plans.push(cpu() - before);
}
const bundle = checkDraft(draft, cache).bundle!;
const calls: number[] = [];
const byOutcome: Record<string, OutcomeTotals> = {};
for (const script of plan.scripts.slice(0, 9)) {
  const before = cpu();
  addRun(byOutcome, bundle, script);
  calls.push(cpu() - before);
}
console.log(
  `Totaux par issue : plan ${median(plans).toFixed(1)} ms CPU (${plan.paths} chemins, ${plan.scripts.length} appels, ` +
    `${plan.capped ? 'limité' : 'complet'}), un appel joué et noté ${calls.length ? median(calls).toFixed(1) : '–'} ms CPU (médiane)`,
);

// CPU time decides: it is what the check costs, whatever else the machine runs.
const check = median(checksCpu);
const layout = median(layoutsCpu);
console.log(
  `Atelier, scénario de ${NODES} nœuds (médianes, temps CPU / temps écoulé) : ` +
    `vérification ${check.toFixed(1)} / ${median(checks).toFixed(1)} ms par modification (budget ${VALIDATION_MS}), ` +
    `mise en page du graphe ${layout.toFixed(1)} / ${median(layouts).toFixed(1)} ms (budget ${LAYOUT_MS})`,
);
if (check > VALIDATION_MS || layout > LAYOUT_MS) process.exitCode = 1;
