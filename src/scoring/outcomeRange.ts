/**
 * The best and worst total reachable for each outcome of a scenario, as the studio's graph shows
 * them (issue #12). Defined by real calls, not by arithmetic on the rubric:
 *
 * 1. The paths of the dialogue graph are enumerated from the start node: a path is a chain of
 *    rules (a node's own, then the `anytime` ones) that moves from node to node without coming
 *    back, and ends on a rule that settles an outcome or ends the call, or on the trainee hanging
 *    up under an `onHangup` rule. The shortest path to each such end comes first (so every outcome
 *    the graph can give is tried), then all the others, shortest first. At most `maxPaths` paths
 *    of at most `maxDepth` rules, `maxSteps` script steps in all: past that the figures are marked
 *    as capped, with a French notice.
 * 2. Each path becomes two scripted calls: a **bare** one (pick up, the least that fires each rule
 *    — the acts it waits for in one line each, its words, its facts rephrased, its tool — then
 *    hang up) and a **courteous** one (the same, with a greeting that names the practice first
 *    and a closing line last).
 * 3. Each script is played by the real engine (`playScript`, seed 0 for the variations) and scored
 *    by the real scorer. The outcome a run ends with gets its total — whatever path was aimed at.
 *
 * So every figure is the total of a call that was actually played: `best` and `worst` are bounds
 * that the engine reached, not guesses. They are not the absolute extremes (a trainee can always
 * do better or worse than a script that says the least), and a path whose conditions a script
 * cannot meet (a stress threshold, a tool and a line in one turn) adds no figure.
 * Pure: no DOM, no storage.
 */
import type { ActionMatch, Conditions, Rule, ScenarioBundle } from '../scenarios/schema.ts';
import { attemptBundle } from '../scenarios/variables.ts';
import { callAgenda } from '../machines/agenda.ts';
import { playScript, type Step } from '../machines/play.ts';
import { score } from './score.ts';
import {
  ACT_LINES,
  CALLBACK_NUMBER,
  greetingLine,
  MESSAGE_TEXT,
  NEUTRAL_LINE,
  rephrase,
} from './trialLines.fr.ts';

export interface OutcomeTotals {
  best: number;
  worst: number;
  /** Scripted calls that ended with this outcome. */
  runs: number;
}

export interface OutcomeRanges {
  byOutcome: Record<string, OutcomeTotals>;
  /** Paths enumerated and calls played. */
  paths: number;
  runs: number;
  /** The enumeration stopped at a limit: other paths may give other totals. */
  capped: boolean;
  /** In French, when capped. */
  notice?: string;
}

export interface RangeOptions {
  /** Paths enumerated at most (each gives two calls). */
  maxPaths?: number;
  /** Rules in one path at most. */
  maxDepth?: number;
  /** Script steps played in all at most (a bound on the time it takes). */
  maxSteps?: number;
}

interface Leg {
  node: string;
  rule: Pick<Rule, 'when' | 'settle' | 'goto' | 'end'>;
}
interface DialoguePath {
  legs: Leg[];
  /** The trainee hangs up at the end (an `onHangup` rule's conditions are the last leg). */
  hangup: boolean;
}

/** Partial paths kept at one depth at most. */
const MAX_FRONTIER = 2000;

const legsKey = (legs: readonly Leg[], hangup: boolean) =>
  `${legs.map((l) => `${l.node}:${JSON.stringify(l.rule)}`).join('>')}${hangup ? '>raccroche' : ''}`;

/**
 * The paths of the dialogue graph: first, for every rule that settles an outcome or ends the call,
 * the shortest path to it (so every outcome the graph can give is tried), then every other path,
 * shortest first (breadth first), up to the limits.
 */
export function dialoguePaths(
  scenario: ScenarioBundle['scenario'],
  maxPaths: number,
  maxDepth: number,
): { paths: DialoguePath[]; capped: boolean } {
  const paths: DialoguePath[] = [];
  const keys = new Set<string>();
  let capped = false;
  const emit = (path: DialoguePath) => {
    const key = legsKey(path.legs, path.hangup);
    if (keys.has(key)) return;
    if (paths.length >= maxPaths) {
      capped = true;
      return;
    }
    keys.add(key);
    paths.push(path);
  };
  const rulesOf = (node: string) => [
    ...(Object.hasOwn(scenario.nodes, node) ? scenario.nodes[node]!.on : []),
    ...scenario.anytime,
  ];
  const terminal = (rule: Leg['rule']) => rule.settle !== undefined || rule.end === true;
  // A rule that settles and moves on is both an end (the call may close there) and a way on (a
  // later rule may settle another outcome).
  const moves = (node: string, rule: Leg['rule']) =>
    !rule.end && rule.goto !== undefined && rule.goto !== node && Object.hasOwn(scenario.nodes, rule.goto);

  // 1. The shortest way to each node (breadth first), then to each of its ends.
  const way = new Map<string, Leg[]>([[scenario.start, []]]);
  const queue = [scenario.start];
  for (let i = 0; i < queue.length; i++) {
    const node = queue[i]!;
    for (const rule of rulesOf(node))
      if (moves(node, rule) && !way.has(rule.goto!)) {
        way.set(rule.goto!, [...way.get(node)!, { node, rule }]);
        queue.push(rule.goto!);
      }
  }
  const anytime = new Set<unknown>(scenario.anytime);
  for (const node of queue) {
    const legs = way.get(node)!;
    if (legs.length >= maxDepth) {
      capped = true;
      continue;
    }
    for (const rule of rulesOf(node))
      if (terminal(rule) && (!anytime.has(rule) || node === scenario.start))
        emit({ legs: [...legs, { node, rule }], hangup: false });
  }
  for (const rule of scenario.onHangup)
    emit({ legs: [{ node: scenario.start, rule: { when: rule.when, settle: rule.outcome } }], hangup: true });

  // 2. Every path, shortest first.
  let frontier: { node: string; legs: Leg[]; seen: Set<string> }[] = [
    { node: scenario.start, legs: [], seen: new Set([scenario.start]) },
  ];
  while (frontier.length > 0 && !capped) {
    const next: typeof frontier = [];
    for (const { node, legs, seen } of frontier) {
      for (const rule of rulesOf(node)) {
        const path = [...legs, { node, rule }];
        if (terminal(rule)) emit({ legs: path, hangup: false });
        if (moves(node, rule) && !seen.has(rule.goto!)) {
          // A graph that branches at every node has more partial paths than any call could try.
          if (path.length >= maxDepth || next.length >= MAX_FRONTIER) capped = true;
          else next.push({ node: rule.goto!, legs: path, seen: new Set([...seen, rule.goto!]) });
        }
      }
      for (const rule of scenario.onHangup)
        emit({ legs: [...legs, { node, rule: { when: rule.when, settle: rule.outcome } }], hangup: true });
    }
    frontier = next;
  }
  return { paths, capped };
}

type Played = ScenarioBundle;

/** A tool step that does what `match` waits for, in this call's agenda; undefined if none can. */
function actionStep(match: ActionMatch, played: Played): Step | undefined {
  const { scenario, caller } = played;
  const agenda = callAgenda(played);
  const future = agenda.filter((s) => s.start >= scenario.moment);
  const own = scenario.appointment?.start;
  const other = agenda.find((s) => s.status === 'booked' && !s.own)?.start;
  const touched = match.appointment === 'other' ? other : (own ?? other);
  const patient = match.patient ?? caller.name;
  switch (match.action) {
    case 'book': {
      const urgent = future.find((s) => s.status === 'urgent')?.start;
      const slot = match.slot === 'urgent' ? urgent : 'first-free';
      return slot ? { do: 'book', slot, patient, ...(match.type && { type: match.type }) } : undefined;
    }
    case 'move': {
      const to = future.find((s) => s.status === 'free')?.start;
      return touched && to ? { do: 'move', from: touched, to } : undefined;
    }
    case 'cancel':
      return touched ? { do: 'cancel', slot: touched } : undefined;
    case 'sms':
      return touched ? { do: 'sms', slot: touched } : undefined;
    case 'waitlist':
      return { do: 'waitlist', patient };
    case 'callback':
      return { do: 'callback', number: match.to ?? CALLBACK_NUMBER };
    case 'message':
      return { do: 'message', text: MESSAGE_TEXT(caller.name), number: CALLBACK_NUMBER };
    case 'transfer':
      return { do: 'transfer', to: 'doctor' };
    case 'redirect':
      return { do: 'redirect', to: match.to ?? '15' };
  }
  return undefined;
}

/** One line that carries what `when` waits for in words, or undefined when it waits for none. */
function lineFor(when: Conditions, played: Played): string | undefined {
  const acts = [...new Set([...(when.said ?? []), ...(when.saidAny ? [when.saidAny[0]!] : [])])];
  const parts = acts.filter((a) => a !== 'reformulation' || !when.covered).map((a) => ACT_LINES[a]);
  if (when.covered) {
    const words = when.covered.flatMap(
      (id) => played.scenario.facts.find((f) => f.id === id)?.keywords[0] ?? [],
    );
    parts.push(rephrase(words));
  }
  if (when.mentions) parts.push(`${when.mentions[0]}.`);
  return parts.length ? parts.join(' ') : undefined;
}

/** The steps that fire a rule (undefined when no single script turn can). */
function stepsFor(when: Conditions, played: Played): Step[] | undefined {
  const steps: Step[] = [];
  if (when.done) {
    const earlier = actionStep(when.done, played);
    if (!earlier) return undefined;
    steps.push(earlier);
  }
  const line = lineFor(when, played);
  if (when.did) {
    if (when.said || when.saidAny || when.mentions) return undefined;
    // Facts rephrased before the tool count: `covered` looks at the whole call.
    if (line) steps.push({ say: line });
    const now = actionStep(when.did, played);
    if (!now) return undefined;
    steps.push(now);
    return steps;
  }
  for (let i = 0; i < (when.turnsAtLeast ?? 1); i++) steps.push({ say: line ?? NEUTRAL_LINE });
  return steps;
}

/** The bare and the courteous script of a path (none when a rule cannot be scripted). */
export function pathScripts(path: DialoguePath, played: Played): Step[][] {
  const body: Step[] = [];
  for (const { rule } of path.legs) {
    const steps = stepsFor(rule.when, played);
    if (!steps) return [];
    body.push(...steps);
  }
  const pickup: Step = { do: 'pickup' };
  const hangup: Step = { do: 'hangup' };
  const greeting = greetingLine(played.practice.name);
  const [first, ...rest] = body;
  const greeted: Step[] =
    first?.say !== undefined
      ? [{ ...first, say: `${greeting} ${first.say}` }, ...rest]
      : [{ say: greeting }, ...body];
  return [
    [pickup, ...body, hangup],
    [pickup, ...greeted, ...(path.hangup ? [] : [{ say: ACT_LINES.closing }]), hangup],
  ];
}

/** The scripted calls to play for a scenario's ranges, and whether the paths were capped. */
export interface RangePlan {
  scripts: Step[][];
  paths: number;
  capped: boolean;
}

export function planRanges(bundle: ScenarioBundle, options: RangeOptions = {}): RangePlan {
  const { maxPaths = 80, maxDepth = 25, maxSteps = 3000 } = options;
  const { paths, capped: pathsCapped } = dialoguePaths(bundle.scenario, maxPaths, maxDepth);
  // Slots and facts are read as the scripts' calls draw them (seed 0, as `play` without a seed).
  const played = attemptBundle(bundle, 0).bundle;
  const scripts: Step[][] = [];
  const tried = new Set<string>();
  let steps = 0;
  let capped = pathsCapped;
  for (const path of paths)
    for (const script of pathScripts(path, played)) {
      const key = JSON.stringify(script);
      if (tried.has(key)) continue;
      tried.add(key);
      if (steps + script.length > maxSteps) {
        capped = true;
        continue;
      }
      steps += script.length;
      scripts.push(script);
    }
  return { scripts, paths: paths.length, capped };
}

/** Plays one scripted call and adds its total to its outcome's range. */
export function addRun(
  byOutcome: Record<string, OutcomeTotals>,
  bundle: ScenarioBundle,
  script: Step[],
): void {
  const { log, view } = playScript(bundle, { steps: script });
  const outcome = view.outcome?.id;
  if (outcome === undefined) return;
  const { total } = score(bundle, log);
  const seen = Object.hasOwn(byOutcome, outcome) ? byOutcome[outcome] : undefined;
  byOutcome[outcome] = seen
    ? { best: Math.max(seen.best, total), worst: Math.min(seen.worst, total), runs: seen.runs + 1 }
    : { best: total, worst: total, runs: 1 };
}

/** The French notice of capped figures. */
export const cappedNotice = (paths: number, runs: number) =>
  `Calcul limité à ${paths} chemins et ${runs} appels joués : d’autres chemins du dialogue pourraient donner d’autres totaux.`;

/** The ranges of a plan once its calls are played (the studio plays them a few at a time). */
export function rangesOf(
  plan: RangePlan,
  byOutcome: Record<string, OutcomeTotals>,
  runs: number,
): OutcomeRanges {
  return {
    byOutcome,
    paths: plan.paths,
    runs,
    capped: plan.capped,
    ...(plan.capped && { notice: cappedNotice(plan.paths, runs) }),
  };
}

/** Every outcome's best and worst total, all calls played at once (tests, the CLI). */
export function outcomeRanges(bundle: ScenarioBundle, options: RangeOptions = {}): OutcomeRanges {
  const plan = planRanges(bundle, options);
  const byOutcome: Record<string, OutcomeTotals> = {};
  for (const script of plan.scripts) addRun(byOutcome, bundle, script);
  return rangesOf(plan, byOutcome, plan.scripts.length);
}
