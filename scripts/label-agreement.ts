/**
 * How far two annotators of the real-phrase corpus agree, label by label (Cohen's κ on « has this
 * label » over every line), before their disagreements were resolved:
 *
 *   npx tsx scripts/label-agreement.ts [eval/real-phrases]
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ACT_LABELS } from '../src/language/labels.ts';
import { cohenKappa } from '../src/scoring/agreement.ts';

const dir = process.argv[2] ?? 'eval/real-phrases';
const read = async (name: string) =>
  (await readFile(join(dir, name), 'utf8'))
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { id: string; labels: string[] });
const [a, b] = await Promise.all([read('annotator-a.jsonl'), read('annotator-b.jsonl')]);
const byId = new Map(b.map((x) => [x.id, x.labels]));
const pairs = a.map((x) => [x.labels, byId.get(x.id)] as const);
if (pairs.some(([, y]) => !y)) throw new Error('the two annotators did not label the same lines');
const same = (x: readonly string[], y: readonly string[]) =>
  x.length === y.length && x.every((l) => y.includes(l));
console.log(`${pairs.length} lines; the same label set on ${pairs.filter(([x, y]) => same(x, y!)).length}`);
const pooledA: boolean[] = [];
const pooledB: boolean[] = [];
for (const label of ACT_LABELS) {
  const xs = pairs.map(([x]) => x.includes(label));
  const ys = pairs.map(([, y]) => y!.includes(label));
  pooledA.push(...xs);
  pooledB.push(...ys);
  const k = cohenKappa(xs, ys);
  console.log(
    `${label.padEnd(15)} κ ${k.kappa.toFixed(3)}  (A ${xs.filter(Boolean).length}, B ${ys.filter(Boolean).length})`,
  );
}
console.log(`pooled          κ ${cohenKappa(pooledA, pooledB).kappa.toFixed(3)}`);
