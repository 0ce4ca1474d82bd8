import { describe, expect, it } from 'vitest';
import { withFile } from './draft.ts';
import { conditionLabel, dialogueGraph } from './graph.ts';
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

describe('the dialogue graph', () => {
  it('has the nodes, the outcomes and labelled transitions, laid out', async () => {
    const graph = await graphOf((t) => t);
    expect(graph.nodes.map((n) => `${n.kind}:${n.id}`).sort()).toEqual([
      'node:accueil',
      'node:fin',
      'outcome:bonne-issue',
    ]);
    const edge = graph.edges.find((e) => e.to === 'node:fin');
    expect(edge?.label).toBe('dit reformulation');
    expect(graph.edges.find((e) => e.to === 'outcome:bonne-issue')?.kind).toBe('settle');
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
    expect(node('isole').unreachable).toBe(true);
    expect(node('fin').deadEnd).toBe(true);
    expect(node('accueil').deadEnd).toBeUndefined();
    expect(node('oubliee').neverSettled).toBe(true);
    expect(node('oubliee').verdict).toBe('wrong');
    expect(node('perdue').unreachable).toBe(true);
    expect(node('bonne-issue').unreachable).toBeUndefined();
  });

  it('labels tools, words and catch-alls', () => {
    expect(conditionLabel({ did: { action: 'book', slot: 'urgent' } })).toBe('outil book urgent');
    expect(conditionLabel({ mentions: ['SAMU'], notSaid: ['blunt'] })).toBe('mentionne SAMU · sans blunt');
    expect(conditionLabel({})).toBe('toute réplique');
  });
});
