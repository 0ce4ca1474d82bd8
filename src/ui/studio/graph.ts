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
  id: string;
  kind: 'node' | 'outcome' | 'anytime';
  label: string;
  verdict?: Verdict;
  start?: boolean;
  unreachable?: boolean;
  deadEnd?: boolean;
  neverSettled?: boolean;
  /** Centre and size once laid out. */
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface GraphEdge {
  from: string;
  to: string;
  label: string;
  kind: 'goto' | 'settle';
  points: { x: number; y: number }[];
  /** Where dagre placed the label (room is kept for it). */
  labelAt: { x: number; y: number };
}

export interface DialogueGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
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

/** The graph of a scenario, laid out; `errors` are the draft's (the lint's view of the graph). */
export function dialogueGraph(scenario: Scenario, errors: readonly PackError[], file: string): DialogueGraph {
  const nodes = new Map<string, GraphNode>();
  const edges: Omit<GraphEdge, 'points' | 'labelAt'>[] = [];
  const add = (node: Omit<GraphNode, 'x' | 'y' | 'width' | 'height'>) =>
    nodes.set(`${node.kind}:${node.id}`, { ...node, x: 0, y: 0, width: NODE_W, height: NODE_H });

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
    if (nodes.has(`outcome:${id}`)) return;
    const own = Object.hasOwn(scenario.outcomes, id) ? scenario.outcomes[id] : undefined;
    const builtin = (BUILTIN_OUTCOMES as Record<string, { label: string; verdict: Verdict }>)[id];
    const found = own ?? (Object.hasOwn(BUILTIN_OUTCOMES, id) ? builtin : undefined);
    add({
      id,
      kind: 'outcome',
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
      edges.push({ from, to: `node:${rule.goto}`, label, kind: 'goto' });
    if (rule.settle !== undefined) {
      outcome(rule.settle);
      edges.push({ from, to: `outcome:${rule.settle}`, label, kind: 'settle' });
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
    edges.push({
      from: 'anytime:hangup',
      to: `outcome:${rule.outcome}`,
      label: conditionLabel(rule.when),
      kind: 'settle',
    });
  }
  // An outcome only settled from nodes the call never reaches can never be given either.
  for (const n of nodes.values()) {
    if (n.kind !== 'outcome' || n.neverSettled) continue;
    const from = edges.filter((e) => e.to === `outcome:${n.id}`).map((e) => nodes.get(e.from));
    if (from.length > 0 && from.every((f) => f?.unreachable)) n.unreachable = true;
  }
  return layout([...nodes.values()], edges);
}

function layout(nodes: GraphNode[], edges: Omit<GraphEdge, 'points' | 'labelAt'>[]): DialogueGraph {
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: 'TB', nodesep: 30, ranksep: 60, edgesep: 10, marginx: 10, marginy: 10 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const n of nodes) {
    const key = `${n.kind}:${n.id}`;
    n.width = Math.max(NODE_W, Math.min(320, n.label.length * CHAR_W + 40));
    g.setNode(key, { width: n.width, height: n.height });
  }
  const label = (text: string) => ({
    width: Math.min(260, text.length * 5.4 + 8),
    height: 14,
    labelpos: 'c' as const,
  });
  edges.forEach((e, i) => g.setEdge(e.from, e.to, label(e.label), String(i)));
  dagre.layout(g);
  for (const n of nodes) {
    const placed = g.node(`${n.kind}:${n.id}`);
    n.x = placed.x;
    n.y = placed.y;
  }
  const laid: GraphEdge[] = edges.map((e, i) => {
    const placed = g.edge({ v: e.from, w: e.to, name: String(i) });
    const points = (placed?.points ?? []).map((p: { x: number; y: number }) => ({ x: p.x, y: p.y }));
    const mid = points[Math.floor(points.length / 2)] ?? { x: 0, y: 0 };
    return { ...e, points, labelAt: { x: placed?.x ?? mid.x, y: placed?.y ?? mid.y } };
  });
  const { width = 0, height = 0 } = g.graph();
  return { nodes, edges: laid, width, height };
}
