/**
 * The dialogue of a scenario as a graph: its nodes, the outcomes its rules settle, and the
 * transitions labelled with what triggers them (an act, a word, a tool, a count of turns). What
 * the lint finds about the graph (unreachable nodes, dead ends, outcomes never settled) is read
 * from its own issues, so the picture and the problem list always agree. Layout with dagre.
 */
import dagre, { type RankerFunction } from '@dagrejs/dagre';
import { BUILTIN_OUTCOMES } from '../../scenarios/builtins.ts';
import { formatPath, MESSAGES, type PackError } from '../../scenarios/errors.ts';
import type { Conditions, Rule, Scenario } from '../../scenarios/schema.ts';
import type { Verdict } from '../../scenarios/vocabulary.ts';

export const ANYTIME = '*';

export interface GraphNode {
  /** Unique in the graph: `node:accueil`, `anytime:*`, `outcome:rdv-pris@node:accueil`… */
  key: string;
  id: string;
  kind: 'node' | 'outcome' | 'anytime';
  label: string;
  verdict?: Verdict;
  start?: boolean;
  unreachable?: boolean;
  deadEnd?: boolean;
  neverSettled?: boolean;
  /**
   * An outcome is drawn once beside each node (or `anytime` rule list) that settles it, `from`
   * being that node's key: one outcome settled from all over a long call would otherwise pull
   * edges across the whole graph. An outcome nothing settles stands alone, without `from`.
   */
  from?: string;
  /** Centre and size once laid out. */
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface GraphEdge {
  from: string;
  to: string;
  /** What triggers the move, one line per rule: the rules between the same two places share one edge. */
  labels: string[];
  kind: 'goto' | 'settle';
  points: { x: number; y: number }[];
  /** The centre and size of the labels' box, where dagre kept room for it. */
  labelAt: { x: number; y: number };
  labelSize: { width: number; height: number };
}

/** An outcome of the scenario, once (the graph may draw it beside several nodes). */
export type GraphOutcome = Pick<GraphNode, 'id' | 'label' | 'verdict' | 'unreachable' | 'neverSettled'>;

export interface DialogueGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** Every outcome the scenario names or settles, in the order of its `outcomes` then of use. */
  outcomes: GraphOutcome[];
  width: number;
  height: number;
}

const list = (v: string | readonly string[]) => (typeof v === 'string' ? v : v.join(', '));
const action = (m: NonNullable<Conditions['did']>) =>
  [m.action, m.slot, m.type, m.to].filter((x) => x !== undefined).join(' ');

/** What triggers a rule, short: « dit reformulation », « outil book », « 2 tours »… */
export function conditionLabel(when: Conditions): string {
  const parts: string[] = [];
  if (when.said) parts.push(`dit ${list(when.said)}`);
  if (when.saidAny) parts.push(`dit l’un de ${list(when.saidAny)}`);
  if (when.mentions) parts.push(`mentionne ${list(when.mentions)}`);
  if (when.did) parts.push(`outil ${action(when.did)}`);
  if (when.done) parts.push(`après ${action(when.done)}`);
  if (when.covered) parts.push(`a reformulé ${list(when.covered)}`);
  if (when.turnsAtLeast !== undefined) parts.push(`${when.turnsAtLeast} tour(s)`);
  if (when.stressAbove !== undefined) parts.push(`stress > ${when.stressAbove}`);
  if (when.stressBelow !== undefined) parts.push(`stress < ${when.stressBelow}`);
  if (when.notSaid) parts.push(`sans ${list(when.notSaid)}`);
  return parts.length ? parts.join(' · ') : 'toute réplique';
}

function ruleLabel(rule: Rule): string {
  return `${conditionLabel(rule.when)}${rule.end ? ' · raccroche' : ''}`;
}

const has = (errors: readonly PackError[], file: string, path: string, message: string) =>
  errors.some((e) => e.file === file && e.path === path && e.message === message);

const NODE_W = 170;
const NODE_H = 48;
const CHAR_W = 6.2;
const LABEL_CHAR_W = 5.4;
export const LABEL_LINE_H = 13;

type Link = { from: string; to: string; label: string; kind: GraphEdge['kind'] };

/** The graph of a scenario, laid out; `errors` are the draft's (the lint's view of the graph). */
export function dialogueGraph(scenario: Scenario, errors: readonly PackError[], file: string): DialogueGraph {
  const nodes = new Map<string, GraphNode>();
  const outcomes = new Map<string, GraphOutcome>();
  const links: Link[] = [];
  const add = (node: Omit<GraphNode, 'key' | 'x' | 'y' | 'width' | 'height'>) => {
    const key = `${node.kind}:${node.id}`;
    nodes.set(key, { key, ...node, x: 0, y: 0, width: NODE_W, height: NODE_H });
  };

  for (const id of Object.keys(scenario.nodes))
    add({
      id,
      kind: 'node',
      label: id,
      ...(id === scenario.start && { start: true }),
      ...(has(errors, file, formatPath(['nodes', id]), MESSAGES.unreachableNode(id)) && {
        unreachable: true,
      }),
      ...(has(errors, file, formatPath(['nodes', id]), MESSAGES.deadEnd(id)) && { deadEnd: true }),
    });
  const outcome = (id: string) => {
    if (outcomes.has(id)) return;
    const own = Object.hasOwn(scenario.outcomes, id) ? scenario.outcomes[id] : undefined;
    const builtin = (BUILTIN_OUTCOMES as Record<string, { label: string; verdict: Verdict }>)[id];
    const found = own ?? (Object.hasOwn(BUILTIN_OUTCOMES, id) ? builtin : undefined);
    outcomes.set(id, {
      id,
      label: found?.label ?? id,
      ...(found && { verdict: found.verdict }),
      ...(has(errors, file, formatPath(['outcomes', id]), MESSAGES.outcomeNeverSettled(id)) && {
        neverSettled: true,
      }),
    });
  };
  for (const id of Object.keys(scenario.outcomes)) outcome(id);

  const link = (from: string, rule: Rule) => {
    const label = ruleLabel(rule);
    if (rule.goto !== undefined && nodes.has(`node:${rule.goto}`))
      links.push({ from, to: `node:${rule.goto}`, label, kind: 'goto' });
    if (rule.settle !== undefined) {
      outcome(rule.settle);
      links.push({ from, to: rule.settle, label, kind: 'settle' });
    }
  };
  for (const [id, node] of Object.entries(scenario.nodes))
    for (const rule of node.on) link(`node:${id}`, rule);
  if (scenario.anytime.length > 0) {
    add({ id: ANYTIME, kind: 'anytime', label: 'À tout moment' });
    for (const rule of scenario.anytime) link(`anytime:${ANYTIME}`, rule);
  }
  for (const rule of scenario.onHangup) {
    outcome(rule.outcome);
    if (!nodes.has('anytime:hangup')) add({ id: 'hangup', kind: 'anytime', label: 'Raccrochage' });
    links.push({
      from: 'anytime:hangup',
      to: rule.outcome,
      label: conditionLabel(rule.when),
      kind: 'settle',
    });
  }
  // An outcome only settled from nodes the call never reaches can never be given either.
  for (const o of outcomes.values()) {
    if (o.neverSettled) continue;
    const from = links.filter((l) => l.kind === 'settle' && l.to === o.id).map((l) => nodes.get(l.from));
    if (from.length > 0 && from.every((f) => f?.unreachable)) o.unreachable = true;
  }

  // Outcomes beside the places that settle them; the rules between the same two places, one edge.
  const edges = new Map<string, Omit<GraphEdge, 'points' | 'labelAt' | 'labelSize'>>();
  for (const l of links) {
    let to = l.to;
    if (l.kind === 'settle') {
      const o = outcomes.get(l.to)!;
      to = `outcome:${o.id}@${l.from}`;
      if (!nodes.has(to))
        nodes.set(to, {
          key: to,
          kind: 'outcome',
          ...o,
          from: l.from,
          x: 0,
          y: 0,
          width: NODE_W,
          height: NODE_H,
        });
    }
    const key = `${l.from}\u0000${to}`;
    const edge = edges.get(key);
    if (!edge) edges.set(key, { from: l.from, to, labels: [l.label], kind: l.kind });
    else if (!edge.labels.includes(l.label)) edge.labels.push(l.label);
  }
  for (const o of outcomes.values())
    if (![...edges.values()].some((e) => e.kind === 'settle' && nodes.get(e.to)?.id === o.id))
      add({ ...o, kind: 'outcome' });
  return { ...layout([...nodes.values()], [...edges.values()]), outcomes: [...outcomes.values()] };
}

type LayoutGraph = Parameters<RankerFunction>[0];

/**
 * The ranks, for dagre (a `RankerFunction`): each place one step below the lowest place that
 * leads to it (the longest path from the top, edges' `minlen` kept), in linear time. A call reads
 * downwards, and each outcome sits right under the node that settles it; dagre's rankers, which
 * shorten edges by growing a tight spanning tree, cost a third of a long call's layout for it.
 */
export function rankTopDown(g: LayoutGraph): void {
  const ids = g.nodes();
  const index = new Map(ids.map((v, i) => [v, i]));
  const out: { w: number; minlen: number }[][] = ids.map(() => []);
  const waiting = new Int32Array(ids.length);
  for (const e of g.edges()) {
    const w = index.get(e.w)!;
    out[index.get(e.v)!]!.push({ w, minlen: g.edge(e).minlen ?? 1 });
    waiting[w]!++;
  }
  const rank = new Float64Array(ids.length);
  const queue = [...ids.keys()].filter((v) => waiting[v] === 0);
  for (let i = 0; i < queue.length; i++) {
    const v = queue[i]!;
    for (const { w, minlen } of out[v]!) {
      rank[w] = Math.max(rank[w]!, rank[v]! + minlen);
      if (--waiting[w]! === 0) queue.push(w);
    }
  }
  ids.forEach((v, i) => (g.node(v).rank = rank[i]!));
}

/**
 * The order of the places in each rank, for dagre (`customOrder`), by dagre's own method: a
 * depth-first first order, then barycenter sweeps up and down, keeping the order with the
 * fewest crossings, until four sweeps in a row bring nothing better. Over plain arrays: dagre's
 * `order` builds a graph per rank for every sweep, half the cost of laying out a long call.
 */
export function orderRanks(g: LayoutGraph): void {
  const ids = g.nodes();
  const index = new Map(ids.map((v, i) => [v, i]));
  const rank = ids.map((v) => g.node(v).rank ?? 0);
  const preds: number[][] = ids.map(() => []);
  const succs: number[][] = ids.map(() => []);
  for (const e of g.edges()) {
    const [v, w] = [index.get(e.v)!, index.get(e.w)!];
    if (rank[v]! === rank[w]!) continue;
    const [up, down] = rank[v]! < rank[w]! ? [v, w] : [w, v];
    succs[up]!.push(down);
    preds[down]!.push(up);
  }
  const layers: number[][] = Array.from({ length: Math.max(0, ...rank) + 1 }, () => []);
  const seen = new Uint8Array(ids.length);
  const visit = (v: number) => {
    if (seen[v]) return;
    seen[v] = 1;
    layers[rank[v]!]!.push(v);
    for (const w of succs[v]!) visit(w);
  };
  [...ids.keys()].sort((a, b) => rank[a]! - rank[b]!).forEach(visit);

  const pos = new Float64Array(ids.length);
  const place = (layer: readonly number[]) => layer.forEach((v, i) => (pos[v] = i));
  layers.forEach(place);
  // Crossings between two ranks: the lower ends, read in the order of the upper ones, counted
  // as inversions with a Fenwick tree.
  const crossings = () => {
    let total = 0;
    for (let r = 0; r + 1 < layers.length; r++) {
      const tree = new Int32Array(layers[r + 1]!.length + 1);
      let seenSoFar = 0;
      for (const v of layers[r]!)
        for (const p of succs[v]!.map((w) => pos[w]!).sort((a, b) => a - b)) {
          let atOrBelow = 0;
          for (let i = p + 1; i > 0; i -= i & -i) atOrBelow += tree[i]!;
          total += seenSoFar - atOrBelow;
          for (let i = p + 1; i < tree.length; i += i & -i) tree[i]!++;
          seenSoFar++;
        }
    }
    return total;
  };
  const sweep = (down: boolean, biasRight: boolean) => {
    const ranks = layers.map((_, r) => r);
    for (const r of down ? ranks.slice(1) : ranks.reverse().slice(1)) {
      const layer = layers[r]!;
      const bary = (v: number) => {
        const near = (down ? preds : succs)[v]!;
        return near.length === 0 ? pos[v]! : near.reduce((sum, w) => sum + pos[w]!, 0) / near.length;
      };
      const keyed = layer.map((v) => ({ v, at: bary(v), was: pos[v]! }));
      keyed.sort((a, b) => a.at - b.at || (biasRight ? b.was - a.was : a.was - b.was));
      layers[r] = keyed.map((k) => k.v);
      place(layers[r]!);
    }
  };
  let best = layers.map((l) => [...l]);
  let fewest = crossings();
  for (let i = 0, sinceBest = 0; sinceBest < 4 && fewest > 0; i++, sinceBest++) {
    sweep(i % 2 === 1, i % 4 >= 2);
    const now = crossings();
    if (now < fewest) {
      fewest = now;
      best = layers.map((l) => [...l]);
      sinceBest = 0;
    }
  }
  best.forEach((layer) => layer.forEach((v, i) => (g.node(ids[v]!).order = i)));
}

/**
 * Laid out by dagre, top to bottom, with room kept for the labels; the ranks and the order in
 * each rank by the two functions above (dagre's own steps made linear: a 200-node call in
 * well under the studio's 500 ms), the coordinates and the edges' routes by dagre.
 */
function layout(nodes: GraphNode[], edges: Omit<GraphEdge, 'points' | 'labelAt' | 'labelSize'>[]) {
  const g = new dagre.graphlib.Graph();
  g.setGraph({
    rankdir: 'TB',
    // A function is a ranker dagre runs (its `RankerFunction`), which its graph label's type omits.
    ranker: rankTopDown as unknown as 'longest-path',
    nodesep: 30,
    ranksep: 60,
    edgesep: 10,
    marginx: 10,
    marginy: 10,
  });
  for (const n of nodes) {
    n.width = Math.max(NODE_W, Math.min(320, n.label.length * CHAR_W + 40));
    g.setNode(n.key, { width: n.width, height: n.height });
  }
  const labelBox = (lines: readonly string[]) => ({
    width: Math.max(...lines.map((t) => t.length)) * LABEL_CHAR_W + 8,
    height: lines.length * LABEL_LINE_H + 2,
    labelpos: 'c' as const,
  });
  for (const e of edges) g.setEdge(e.from, e.to, labelBox(e.labels));
  dagre.layout(g, { customOrder: orderRanks });
  for (const n of nodes) {
    const placed = g.node(n.key);
    n.x = placed.x;
    n.y = placed.y;
  }
  const laid: GraphEdge[] = edges.map((e) => {
    const placed = g.edge(e.from, e.to);
    const points = (placed?.points ?? []).map((p: { x: number; y: number }) => ({ x: p.x, y: p.y }));
    const mid = points[Math.floor(points.length / 2)] ?? { x: 0, y: 0 };
    const { width, height } = labelBox(e.labels);
    return {
      ...e,
      points,
      labelAt: { x: placed?.x ?? mid.x, y: placed?.y ?? mid.y },
      labelSize: { width, height },
    };
  });
  const { width = 0, height = 0 } = g.graph();
  return { nodes, edges: laid, width, height };
}
