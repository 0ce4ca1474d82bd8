/**
 * The dialogue of a scenario as a graph: its nodes, the outcomes its rules settle, and the
 * transitions labelled with what triggers them (an act, a word, a tool, a count of turns). What
 * the lint finds about the graph (unreachable nodes, dead ends, outcomes never settled) is read
 * from its own issues, so the picture and the problem list always agree. Layout with dagre.
 */
import dagre from '@dagrejs/dagre';
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

/**
 * Laid out by dagre, top to bottom, with room kept for the labels. The ranks come from a tight
 * spanning tree (`tight-tree`), not dagre's default network simplex: on a long call the simplex
 * costs more than the rest of the layout for the same picture (each outcome sits right under
 * the node that settles it either way).
 */
function layout(nodes: GraphNode[], edges: Omit<GraphEdge, 'points' | 'labelAt' | 'labelSize'>[]) {
  const g = new dagre.graphlib.Graph();
  g.setGraph({
    rankdir: 'TB',
    ranker: 'tight-tree',
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
  dagre.layout(g);
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
