import { describe, expect, it } from 'vitest';
import { evaluate, JsonlError, parseJsonl } from './evaluate.ts';
import type { Analysis } from './labels.ts';

const fixed =
  (answers: Record<string, Analysis['acts'][number]['type'][]>) =>
  (text: string): Analysis => ({
    acts: (answers[text] ?? []).map((type) => ({ type, span: [0, 1] })),
    facts: [],
  });

describe('evaluate', () => {
  it('computes per-label precision, recall, F1, micro-F1 and exact match', () => {
    const examples = [
      { text: 'a', labels: ['greeting' as const] },
      { text: 'b', labels: ['empathy' as const, 'question' as const] },
      { text: 'c', labels: [] },
    ];
    const report = evaluate(examples, fixed({ a: ['greeting'], b: ['empathy'], c: ['blunt'] }));
    expect(report.labels.greeting).toEqual({ precision: 1, recall: 1, f1: 1, support: 1 });
    expect(report.labels.question).toEqual({ precision: 0, recall: 0, f1: 0, support: 1 });
    expect(report.labels.blunt.precision).toBe(0);
    // tp 2, fp 1, fn 1 → P = R = 2/3
    expect(report.microF1).toBeCloseTo(0.667, 3);
    expect(report.exactMatch).toBeCloseTo(0.333, 3);
    expect(report.misses.map((m) => m.line)).toEqual([2, 3]);
  });
});

describe('parseJsonl', () => {
  it('reads one labelled utterance per line and skips blank lines', () => {
    expect(
      parseJsonl('{"text":"Bonjour","labels":["greeting"]}\n\n{"text":"ok","labels":[]}\n'),
    ).toHaveLength(2);
  });

  it('names the file and the line of a bad entry, in French', () => {
    expect(() => parseJsonl('{"text":"a","labels":[]}\n{oops', 'set.jsonl')).toThrow(
      new JsonlError('set.jsonl, ligne 2 : JSON invalide'),
    );
    expect(() => parseJsonl('{"text":"a","labels":["joke"]}', 'set.jsonl')).toThrow(
      /ligne 1 › labels : « joke »/,
    );
    expect(() => parseJsonl('{"labels":[]}', 'set.jsonl')).toThrow(/ligne 1 : le champ « text »/);
  });
});
