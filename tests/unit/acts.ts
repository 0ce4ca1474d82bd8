/** Expectations on the acts the analyser reads, for tests written as classes of sentences. */
import { expect } from 'vitest';
import { analyze } from '../../src/language/analyze.ts';
import type { ActLabel } from '../../src/language/labels.ts';

export const labels = (text: string) => analyze(text).acts.map((a) => a.type);

/** Every line gets `label`. */
export function has(lines: string[], label: ActLabel) {
  for (const line of lines) expect(labels(line), line).toContain(label);
}

/** No line gets `label`. */
export function hasNot(lines: string[], label: ActLabel) {
  for (const line of lines) expect(labels(line), line).not.toContain(label);
}
