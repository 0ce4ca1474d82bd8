import { describe, expect, it } from 'vitest';
import { withFile } from './draft.ts';
import { benchDraft } from './fixtures.ts';
import { conditionLabel, dialogueGraph, type DialogueGraph, type GraphNode } from './graph.ts';
import { blankDraft } from './sources.ts';
import { checkDraft } from './validate.ts';
import { parsePack } from '../../scenarios/parse.ts';

async function graphOf(edit: (text: string) => string) {
  const draft = await blankDraft(new Set());
  const text = draft.files.find((f) => f.path === draft.main)!.text;
  const edited = withFile(draft, draft.main, edit(text));
  const errors = checkDraft(edited).errors;
  const scenario = parsePack(edited.files).scenarios[0]!;
  return dialogueGraph(scenario, errors, edited.main);
}

const box = (n: Pick<GraphNode, 'x' | 'y' | 'width' | 'height'>) => ({
  left: n.x - n.width / 2,
  right: n.x + n.width / 2,
  top: n.y - n.height / 2,
  bottom: n.y + n.height / 2,
});

/** No two places overlap, each edge runs from its place to the other, inside the drawing. */
function expectWellLaidOut(graph: DialogueGraph) {
  const byKey = new Map(graph.nodes.map((n) => [n.key, n]));
  expect(byKey.size).toBe(graph.nodes.length);
  const boxes = [
    ...graph.nodes.map((n) => ({ key: n.key, ...box(n) })),
    ...graph.edges.map((e) => ({
      key: `labels of ${e.from} → ${e.to}`,
      ...box({ ...e.labelAt, ...e.labelSize }),
    })),
  ];
  boxes.sort((a, b) => a.left - b.left);
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length && boxes[j]!.left < boxes[i]!.right; j++) {
      const [a, b] = [boxes[i]!, boxes[j]!];
      const apart = a.bottom <= b.top || b.bottom <= a.top;
      expect(apart, `${a.key} and ${b.key} overlap`).toBe(true);
    }
  const near = (p: { x: number; y: number }, n: GraphNode) => {
    const b = box(n);
    return p.x >= b.left - 1 && p.x <= b.right + 1 && p.y >= b.top - 1 && p.y <= b.bottom + 1;
  };
  const pairs = new Set<string>();
  for (const e of graph.edges) {
    const from = byKey.get(e.from)!;
    const to = byKey.get(e.to)!;
    expect(from, e.from).toBeDefined();
    expect(to, e.to).toBeDefined();
    expect(pairs.has(`${e.from} ${e.to}`), `${e.from} → ${e.to} drawn twice`).toBe(false);
    pairs.add(`${e.from} ${e.to}`);
    expect(e.labels.length).toBeGreaterThan(0);
    expect(e.points.length).toBeGreaterThan(1);
    if (e.from !== e.to) {
      expect(near(e.points[0]!, from), `${e.from} → ${e.to} starts on ${e.from}`).toBe(true);
      expect(near(e.points.at(-1)!, to), `${e.from} → ${e.to} ends on ${e.to}`).toBe(true);
    }
    for (const p of [...e.points, e.labelAt]) {
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.y).toBeGreaterThanOrEqual(0);
      expect(p.x).toBeLessThanOrEqual(graph.width);
      expect(p.y).toBeLessThanOrEqual(graph.height);
    }
  }
  // An outcome drawn beside a node hangs under it, by its one settling edge.
  for (const n of graph.nodes.filter((n) => n.from)) {
    expect(graph.edges.filter((e) => e.to === n.key).map((e) => e.from)).toEqual([n.from]);
    expect(n.y).toBeGreaterThan(byKey.get(n.from!)!.y);
  }
}

describe('the dialogue graph', () => {
  it('has the nodes, the outcomes and labelled transitions, laid out', async () => {
    const graph = await graphOf((t) => t);
    expect(graph.nodes.map((n) => n.key).sort()).toEqual([
      'node:accueil',
      'node:fin',
      'outcome:bonne-issue@node:accueil',
    ]);
    const edge = graph.edges.find((e) => e.to === 'node:fin');
    expect(edge?.labels).toEqual(['dit reformulation']);
    expect(graph.edges.find((e) => e.to === 'outcome:bonne-issue@node:accueil')?.kind).toBe('settle');
    expect(graph.nodes.find((n) => n.id === 'bonne-issue')?.verdict).toBe('correct');
    expect(graph.nodes.find((n) => n.id === 'accueil')?.start).toBe(true);
    expect(edge!.points.length).toBeGreaterThan(1);
    expect(new Set(graph.nodes.map((n) => `${n.x},${n.y}`)).size).toBe(3);
  });

  it('marks what the lint finds: an unreachable node, a dead end, an outcome never settled', async () => {
    const graph = await graphOf((t) =>
      t
        .replace(
          '  fin:\n',
          '  isole:\n    say: "Personne ne vient ici."\n    on:\n      - when: { said: closing }\n        settle: perdue\n  fin:\n',
        )
        .replace(
          'comprise."\n',
          'comprise."\n  perdue:\n    label: "Perdue"\n    verdict: acceptable\n    reason: "Depuis un nœud isolé."\n',
        )
        .replace(
          'comprise."\n',
          'comprise."\n  oubliee:\n    label: "Jamais"\n    verdict: wrong\n    reason: "Jamais atteinte."\n',
        )
        .replace(
          '      - when: { said: closing }\n        end: true\n',
          '      - when: { said: closing }\n        reply: "Ah."\n',
        ),
    );
    const node = (id: string) => graph.nodes.find((n) => n.id === id)!;
    const outcome = (id: string) => graph.outcomes.find((o) => o.id === id)!;
    expect(node('isole').unreachable).toBe(true);
    expect(node('fin').deadEnd).toBe(true);
    expect(node('accueil').deadEnd).toBeUndefined();
    expect(node('oubliee').neverSettled).toBe(true);
    expect(node('oubliee').verdict).toBe('wrong');
    // Settled by nothing, the outcome still has its place, without an edge.
    expect(node('oubliee').from).toBeUndefined();
    expect(graph.edges.some((e) => e.to === node('oubliee').key)).toBe(false);
    expect(node('perdue').unreachable).toBe(true);
    expect(node('bonne-issue').unreachable).toBeUndefined();
    expect(outcome('oubliee')).toMatchObject({ neverSettled: true, verdict: 'wrong' });
    expect(outcome('perdue')).toMatchObject({ unreachable: true, verdict: 'acceptable' });
    expect(outcome('bonne-issue').unreachable).toBeUndefined();
  });

  it('draws an outcome under each node that settles it, and one edge per pair with every rule’s label', async () => {
    const graph = await graphOf((t) =>
      t.replace(
        '      - when: { said: closing }\n        end: true\n',
        [
          '      - when: { said: closing }',
          '        settle: bonne-issue',
          '        end: true',
          '      - when: { did: message }',
          '        settle: bonne-issue',
          '      - when: { said: question }',
          '        goto: accueil',
          '      - when: { turnsAtLeast: 3 }',
          '        goto: accueil',
          '',
        ].join('\n'),
      ),
    );
    const chips = graph.nodes.filter((n) => n.id === 'bonne-issue');
    expect(chips.map((n) => n.from).sort()).toEqual(['node:accueil', 'node:fin']);
    expect(graph.outcomes.filter((o) => o.id === 'bonne-issue')).toHaveLength(1);
    const settle = graph.edges.filter((e) => e.from === 'node:fin' && e.kind === 'settle');
    expect(settle).toHaveLength(1);
    expect(settle[0]!.labels).toEqual(['dit closing · raccroche', 'outil message']);
    const back = graph.edges.filter((e) => e.from === 'node:fin' && e.to === 'node:accueil');
    expect(back).toHaveLength(1);
    expect(back[0]!.labels).toEqual(['dit question', '3 tour(s)']);
    expectWellLaidOut(graph);
  });

  it('lays out a 200-node call: nothing overlaps, every transition is drawn between its two places', () => {
    const draft = benchDraft(200);
    const errors = checkDraft(draft).errors;
    const scenario = parsePack(draft.files).scenarios[0]!;
    const graph = dialogueGraph(scenario, errors, draft.main);
    expect(graph.nodes.filter((n) => n.kind === 'node')).toHaveLength(200);
    // Every rule is on the graph: one label per distinct trigger between two places.
    const rules = new Set<string>();
    for (const [id, node] of Object.entries(scenario.nodes))
      for (const rule of node.on) {
        const label = `${conditionLabel(rule.when)}${rule.end ? ' · raccroche' : ''}`;
        if (rule.goto) rules.add(`node:${id} → node:${rule.goto} : ${label}`);
        if (rule.settle) rules.add(`node:${id} → outcome:${rule.settle}@node:${id} : ${label}`);
      }
    const drawn = new Set(graph.edges.flatMap((e) => e.labels.map((l) => `${e.from} → ${e.to} : ${l}`)));
    for (const rule of rules) expect(drawn).toContain(rule);
    expect(graph.outcomes.map((o) => o.id).sort()).toEqual([
      'avis-medical',
      'liste-attente',
      'message-medecin',
      'oriente-15',
      'rdv-pris',
      'rdv-urgent',
    ]);
    expectWellLaidOut(graph);
  });

  it('labels tools, words and catch-alls', () => {
    expect(conditionLabel({ did: { action: 'book', slot: 'urgent' } })).toBe('outil book urgent');
    expect(conditionLabel({ mentions: ['SAMU'], notSaid: ['blunt'] })).toBe('mentionne SAMU · sans blunt');
    expect(conditionLabel({})).toBe('toute réplique');
  });
});
