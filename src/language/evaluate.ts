/**
 * Measures the analyser against labelled utterances (../shared/eval/utterances.dev.jsonl):
 * per-label precision, recall and F1, micro-averaged F1 and the share of exact label sets.
 */
import { ACT_LABELS, type ActLabel, type Analysis } from './labels.ts';

export interface LabelledUtterance {
  text: string;
  labels: ActLabel[];
}

export interface LabelScore {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface EvalReport {
  microF1: number;
  exactMatch: number;
  labels: Record<ActLabel, LabelScore>;
  /** The lines whose label set was not exactly right. */
  misses: { line: number; text: string; expected: ActLabel[]; found: ActLabel[] }[];
}

export class JsonlError extends Error {}

/** Parses a JSONL file of `{ "text", "labels" }`; errors name the line, in French. */
export function parseJsonl(source: string, file = 'fichier'): LabelledUtterance[] {
  const out: LabelledUtterance[] = [];
  source.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      throw new JsonlError(`${file}, ligne ${line} : JSON invalide`);
    }
    const item = value as { text?: unknown; labels?: unknown };
    if (typeof item !== 'object' || item === null || typeof item.text !== 'string')
      throw new JsonlError(`${file}, ligne ${line} : le champ « text » (texte) manque`);
    if (!Array.isArray(item.labels))
      throw new JsonlError(`${file}, ligne ${line} : le champ « labels » (liste) manque`);
    for (const label of item.labels) {
      if (!(ACT_LABELS as readonly unknown[]).includes(label))
        throw new JsonlError(
          `${file}, ligne ${line} › labels : « ${String(label)} » n'est pas une étiquette connue`,
        );
    }
    out.push({ text: item.text, labels: item.labels as ActLabel[] });
  });
  return out;
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
const f1Of = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
const round = (x: number) => Math.round(x * 1000) / 1000;

export function evaluate(
  examples: readonly LabelledUtterance[],
  analyze: (text: string) => Analysis,
): EvalReport {
  const counts = Object.fromEntries(ACT_LABELS.map((l) => [l, { tp: 0, fp: 0, fn: 0 }])) as Record<
    ActLabel,
    { tp: number; fp: number; fn: number }
  >;
  let exact = 0;
  const misses: EvalReport['misses'] = [];
  examples.forEach((example, index) => {
    const found = new Set(analyze(example.text).acts.map((a) => a.type));
    const expected = new Set(example.labels);
    for (const label of ACT_LABELS) {
      const f = found.has(label);
      const e = expected.has(label);
      if (f && e) counts[label].tp++;
      else if (f) counts[label].fp++;
      else if (e) counts[label].fn++;
    }
    const same = found.size === expected.size && [...found].every((l) => expected.has(l));
    if (same) exact++;
    else misses.push({ line: index + 1, text: example.text, expected: [...expected], found: [...found] });
  });
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const labels = {} as Record<ActLabel, LabelScore>;
  for (const label of ACT_LABELS) {
    const c = counts[label];
    tp += c.tp;
    fp += c.fp;
    fn += c.fn;
    const precision = ratio(c.tp, c.tp + c.fp);
    const recall = ratio(c.tp, c.tp + c.fn);
    labels[label] = {
      precision: round(precision),
      recall: round(recall),
      f1: round(f1Of(precision, recall)),
      support: c.tp + c.fn,
    };
  }
  const microF1 = f1Of(ratio(tp, tp + fp), ratio(tp, tp + fn));
  return { microF1: round(microF1), exactMatch: round(ratio(exact, examples.length)), labels, misses };
}
