/**
 * An experiment kept as a measuring tool (issue #14): a compact linear reading of the acts — per
 * label, a logistic regression over hashed word unigrams and bigrams and character trigrams of the
 * folded text — added to the rules only where confident. Measured by 5-fold cross-validation on
 * the real-phrase tuning set only (the held-out lines are never read), it is not shipped: on
 * 2026-12-07 the rules alone scored CV micro-F1 0.873; rules + model with 120 weights a label
 * (the size a call could carry) 0.872 at p ≥ 0.8 and lower below; 400 weights 0.875 (+2 lines);
 * every weight (16k buckets, far too big) 0.877 at p ≥ 0.9, and any lower threshold cost
 * precision on a fault label (minimizing, blunt, medical advice).
 *
 * Rerun on 2026-12-07 (lang6) on both tuning sets pooled (real-phrase + trainee lines, 987 lines),
 * 5-fold CV: rules alone 0.914–0.919 (the rules changed between runs); + model, 120 weights a label:
 * 0.912 at best (p ≥ 0.95), minimizing precision 0.905 → 0.611 at p ≥ 0.6; 400 weights: 0.917 at
 * p ≥ 0.9 (+0.003) but minimizing precision 0.905 → 0.870; every weight: 0.917 at p ≥ 0.8, again
 * minimizing precision → 0.870; fault labels only (ONLY_LABELS): never above the rules; only on
 * lines where the rules found no act (ONLY_EMPTY): 0.919 = the rules, blunt +2 lines at p ≥ 0.8.
 * No setting raised fault-label recall without lowering their precision by more than noise, so
 * the model is still not shipped. Rerun it when the corpus grows:
 *
 *   npx tsx scripts/train-acts.ts --cv   (KEEP, L2, EPOCHS, POSW, TUNE_ONLY, TUNE_FILES, ONLY_LABELS,
 *                                         ONLY_EMPTY in the environment)
 *   npx tsx scripts/train-acts.ts --out model.json (trains on tuning + project lines, writes the weights)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { analyze } from '../src/language/analyze.ts';
import { ACT_LABELS, FAULT_ACTS, type ActLabel } from '../src/language/labels.ts';
import { fold } from '../src/language/normalize.ts';
import { parseJsonl, type LabelledUtterance } from '../src/language/evaluate.ts';

/** Feature buckets: 2^14, so collisions stay rare for the few thousand n-grams the corpus has. */
const BUCKETS = 1 << 14;

interface Feature {
  bucket: number;
  /** The n-gram behind the bucket and where it starts in the folded text (for explanations). */
  gram: string;
  start: number;
  end: number;
}

/** FNV-1a, 32 bits, folded to BUCKETS. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) & (BUCKETS - 1);
}

const WORD = /[a-z0-9]+(?:'(?=[a-z]))?/g;

/** The hashed n-grams of folded text, each with its span. */
function features(folded: string): Feature[] {
  const out: Feature[] = [];
  const words: { w: string; start: number; end: number }[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(folded); m; m = WORD.exec(folded))
    words.push({ w: m[0], start: m.index, end: m.index + m[0].length });
  for (let i = 0; i < words.length; i++) {
    const a = words[i]!;
    out.push({ bucket: hash(`w${a.w}`), gram: a.w, start: a.start, end: a.end });
    const b = words[i + 1];
    if (b) out.push({ bucket: hash(`b${a.w} ${b.w}`), gram: `${a.w} ${b.w}`, start: a.start, end: b.end });
    const padded = ` ${a.w} `;
    for (let k = 0; k + 3 <= padded.length; k++) {
      const gram = padded.slice(k, k + 3);
      const at = Math.min(a.end, a.start + Math.max(0, k - 1));
      out.push({ bucket: hash(`c${gram}`), gram, start: at, end: Math.min(a.end, at + 3) });
    }
  }
  if (words.length === 0) return out;
  const last = folded.trimEnd().at(-1);
  if (last === '?' || last === '!')
    out.push({ bucket: hash(`p${last}`), gram: last, start: folded.length - 1, end: folded.length });
  out.push({ bucket: hash(`n${Math.min(words.length, 12) >> 2}`), gram: '', start: 0, end: 0 });
  return out;
}

/** Per label: the bias and the sparse weights (bucket → weight), as shipped. */
interface LinearModel {
  /** Weights are integers: multiply by `scale`. */
  scale: number;
  labels: Partial<Record<ActLabel, { bias: number; weights: Record<string, number> }>>;
}

interface LinearReading {
  label: ActLabel;
  probability: number;
  /** The n-grams that weighed most for the label, strongest first. */
  cues: Feature[];
}

/** The probability of each label the model knows, with the cues behind it. */
function readLinear(model: LinearModel, folded: string, only?: ReadonlySet<ActLabel>): LinearReading[] {
  const feats = features(folded);
  const out: LinearReading[] = [];
  for (const label of ACT_LABELS) {
    const params = model.labels[label];
    if (!params || (only && !only.has(label))) continue;
    let z = params.bias;
    const cues: { f: Feature; w: number }[] = [];
    for (const f of feats) {
      const w = params.weights[f.bucket];
      if (w === undefined) continue;
      z += w;
      if (w > 0 && f.gram !== '') cues.push({ f, w });
    }
    z *= model.scale;
    cues.sort((x, y) => y.w - x.w);
    out.push({ label, probability: 1 / (1 + Math.exp(-z)), cues: cues.slice(0, 3).map((c) => c.f) });
  }
  return out;
}

/** Tuning sets only (never a held-out one): TUNE_FILES=a.jsonl,b.jsonl to pool more. */
const TUNE_FILES = (process.env.TUNE_FILES ?? 'eval/real-phrases/tune.jsonl').split(',');
if (TUNE_FILES.some((f) => /heldout|real-phrases-[23]/.test(f)))
  throw new Error('held-out sets are never trained on');
const EXAMPLES = 'src/language/examples.jsonl';
/** Weights kept per label (the strongest), and their integer scale. */
const KEEP = Number(process.env.KEEP ?? 120);
const SCALE = 1 / 16;

/** ONLY_LABELS=blunt,minimizing: the labels the model may add (all by default). */
const ONLY_LABELS = process.env.ONLY_LABELS
  ? new Set(process.env.ONLY_LABELS.split(',') as ActLabel[])
  : undefined;

const args = process.argv.slice(2);
const cv = args.includes('--cv');
const at = args.indexOf('--out');
const out = at >= 0 ? args[at + 1] : undefined;

const load = (file: string) => parseJsonl(readFileSync(file, 'utf8'), file);
const encode = (u: LabelledUtterance) =>
  Int32Array.from(new Set(features(fold(u.text)).map((f) => f.bucket)));

/** Logistic regression, full batch, Adam with L2: the weights of one label (index BUCKETS: the bias). */
function trainLabel(
  xs: Int32Array[],
  ys: boolean[],
  l2 = Number(process.env.L2 ?? 1e-3),
  epochs = Number(process.env.EPOCHS ?? 150),
): Float64Array {
  const size = BUCKETS + 1;
  const w = new Float64Array(size);
  const m = new Float64Array(size);
  const v = new Float64Array(size);
  const grad = new Float64Array(size);
  const seen = new Uint8Array(size);
  for (const x of xs) for (const f of x) seen[f] = 1;
  seen[BUCKETS] = 1;
  const active = [...seen.keys()].filter((i) => seen[i]);
  const rate = 0.05;
  const positives = ys.filter(Boolean).length;
  // Positives are rare: weigh them up, within reason.
  const posWeight =
    positives === 0 ? 1 : Math.min(Number(process.env.POSW ?? 1), (ys.length - positives) / positives);
  const n = xs.length;
  for (let t = 1; t <= epochs; t++) {
    grad.fill(0);
    for (let i = 0; i < n; i++) {
      const x = xs[i]!;
      let z = w[BUCKETS]!;
      for (let j = 0; j < x.length; j++) z += w[x[j]!]!;
      const p = 1 / (1 + Math.exp(-z));
      const err = (p - (ys[i] ? 1 : 0)) * (ys[i] ? posWeight : 1);
      grad[BUCKETS] = grad[BUCKETS]! + err;
      for (let j = 0; j < x.length; j++) grad[x[j]!] = grad[x[j]!]! + err;
    }
    const c1 = 1 - 0.9 ** t;
    const c2 = 1 - 0.999 ** t;
    for (const f of active) {
      const g = grad[f]! / n + (f === BUCKETS ? 0 : l2 * w[f]!);
      m[f] = 0.9 * m[f]! + 0.1 * g;
      v[f] = 0.999 * v[f]! + 0.001 * g * g;
      w[f] = w[f]! - (rate * (m[f]! / c1)) / (Math.sqrt(v[f]! / c2) + 1e-8);
    }
  }
  return w;
}

function train(lines: LabelledUtterance[]): LinearModel {
  const xs = lines.map(encode);
  const model: LinearModel = { scale: SCALE, labels: {} };
  for (const label of ACT_LABELS) {
    const ys = lines.map((u) => u.labels.includes(label));
    if (!ys.some(Boolean)) continue;
    const trained = trainLabel(xs, ys);
    const bias = trained[BUCKETS]!;
    const kept = [...trained.subarray(0, BUCKETS).entries()]
      .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))
      .slice(0, KEEP);
    const weights: Record<string, number> = {};
    for (const [f, x] of kept) {
      const q = Math.round(x / SCALE);
      if (q !== 0) weights[f] = Math.max(-127, Math.min(127, q));
    }
    model.labels[label] = { bias: Math.round(bias / SCALE), weights };
  }
  return model;
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

function score(lines: LabelledUtterance[], found: Set<ActLabel>[]) {
  const per = Object.fromEntries(ACT_LABELS.map((l) => [l, { tp: 0, fp: 0, fn: 0 }])) as Record<
    ActLabel,
    Counts
  >;
  lines.forEach((u, i) => {
    for (const l of ACT_LABELS) {
      const f = found[i]!.has(l);
      const e = u.labels.includes(l);
      if (f && e) per[l].tp++;
      else if (f) per[l].fp++;
      else if (e) per[l].fn++;
    }
  });
  return per;
}

function summary(per: Record<ActLabel, Counts>) {
  const all = Object.values(per).reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), {
    tp: 0,
    fp: 0,
    fn: 0,
  });
  const p = all.tp / (all.tp + all.fp);
  const r = all.tp / (all.tp + all.fn);
  return { micro: (2 * p * r) / (p + r), p, r };
}

const tune = TUNE_FILES.flatMap(load);
const examples = load(EXAMPLES);

if (!cv) {
  const model = train([...tune, ...examples]);
  if (out) writeFileSync(out, `${JSON.stringify(model)}\n`);
  console.log(
    `${Object.keys(model.labels).length} labels${out ? ` → ${out}` : ' (say --out <file> to keep them)'}`,
  );
} else {
  const rules = tune.map((u) => new Set(analyze(u.text).acts.map((a) => a.type)));
  const folds = 5;
  const byThreshold = new Map<number, Set<ActLabel>[]>();
  const thresholds = [0.6, 0.7, 0.8, 0.9, 0.95];
  for (const t of thresholds)
    byThreshold.set(
      t,
      rules.map((s) => new Set(s)),
    );
  for (let k = 0; k < folds; k++) {
    const trainLines = [
      ...tune.filter((_, i) => i % folds !== k),
      ...(process.env.TUNE_ONLY ? [] : examples),
    ];
    const model = train(trainLines);
    tune.forEach((u, i) => {
      if (i % folds !== k) return;
      // ONLY_EMPTY: the model speaks only where the rules found no act at all.
      if (process.env.ONLY_EMPTY && rules[i]!.size > 0) return;
      const readings = readLinear(model, fold(u.text), ONLY_LABELS);
      for (const t of thresholds)
        for (const r of readings) if (r.probability >= t) byThreshold.get(t)![i]!.add(r.label);
    });
    process.stderr.write(`fold ${k + 1}/${folds}\n`);
  }
  const base = score(tune, rules);
  const show = (name: string, per: Record<ActLabel, Counts>) => {
    const s = summary(per);
    const faults = FAULT_ACTS.map((l) => {
      const c = per[l];
      return `${l} P ${(c.tp / Math.max(1, c.tp + c.fp)).toFixed(3)} R ${(c.tp / Math.max(1, c.tp + c.fn)).toFixed(3)}`;
    }).join(', ');
    console.log(
      `${name}: micro-F1 ${s.micro.toFixed(3)} (P ${s.p.toFixed(3)} R ${s.r.toFixed(3)}); ${faults}`,
    );
  };
  show('rules alone', base);
  for (const t of thresholds) {
    const per = score(tune, byThreshold.get(t)!);
    show(`rules + model ≥ ${t}`, per);
    console.log(
      '   added (tp/fp): ' +
        ACT_LABELS.map((l) => `${l} +${per[l].tp - base[l].tp}/+${per[l].fp - base[l].fp}`).join(' '),
    );
  }
}
