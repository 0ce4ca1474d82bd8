/**
 * Checks a new real-phrase set against every earlier one before it is labelled: its pages must be
 * absent from the earlier sets' sources, and none of its lines may repeat (after normalising case,
 * accents, apostrophes and punctuation) a line of an earlier set, of the shared dev set or of the
 * analyser's own examples. Also checks ids, that every line's source is listed, and counts.
 *
 *   npx tsx scripts/check-real-phrases.ts eval/real-phrases-3 [eval/real-phrases eval/real-phrases-2]
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

type Row = Record<string, unknown>;

const readJsonl = (file: string): Row[] =>
  existsSync(file)
    ? readFileSync(file, 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l, i) => {
          try {
            return JSON.parse(l) as Row;
          } catch {
            throw new Error(`${file}:${i + 1}: ligne JSON illisible`);
          }
        })
    : [];

/** Case, accents, apostrophes, punctuation and spacing removed. */
const normalise = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

const [dir, ...given] = process.argv.slice(2);
if (!dir) throw new Error('usage: check-real-phrases.ts <new set> [earlier sets…]');
const earlier =
  given.length > 0
    ? given
    : readdirSync('eval')
        .filter((d) => d.startsWith('real-phrases') && join('eval', d) !== join(dir))
        .map((d) => join('eval', d));

const earlierUrls = new Set<string>();
const earlierTexts = new Map<string, string>();
const noteText = (text: unknown, where: string) => {
  if (typeof text === 'string') earlierTexts.set(normalise(text), where);
};
for (const d of earlier) {
  for (const f of readdirSync(d).filter((f) => f.endsWith('.jsonl'))) {
    for (const row of readJsonl(join(d, f))) {
      if (typeof row.url === 'string') earlierUrls.add(row.url.replace(/\/$/, ''));
      noteText(row.text, join(d, f));
    }
  }
}
for (const f of ['../shared/eval/utterances.dev.jsonl', 'src/language/examples.jsonl']) {
  for (const row of readJsonl(f)) noteText(row.text, f);
}
const sharedEval = '../shared/eval';
if (existsSync(sharedEval)) {
  for (const f of readdirSync(sharedEval).filter((f) => f.endsWith('.jsonl'))) {
    for (const row of readJsonl(join(sharedEval, f))) noteText(row.text, join(sharedEval, f));
  }
}

const lines = readJsonl(join(dir, 'lines.jsonl'));
const sources = readJsonl(join(dir, 'sources.jsonl'));
const problems: string[] = [];
const sourceUrls = new Set<string>();
for (const s of sources) {
  const url = String(s.url).replace(/\/$/, '');
  if (sourceUrls.has(url)) problems.push(`page listed twice: ${url}`);
  sourceUrls.add(url);
  if (earlierUrls.has(url)) problems.push(`page already in an earlier set: ${url}`);
  if (!s.title || !s.kind) problems.push(`page without title or kind: ${url}`);
}
const seen = new Map<string, string>();
const ids = new Set<string>();
const usedPages = new Set<string>();
for (const l of lines) {
  const id = String(l.id);
  const text = String(l.text ?? '');
  if (ids.has(id)) problems.push(`id twice: ${id}`);
  ids.add(id);
  if (!text.trim()) problems.push(`${id}: empty text`);
  if (text.includes("'")) problems.push(`${id}: straight apostrophe`);
  const url = String(l.source).replace(/\/$/, '');
  usedPages.add(url);
  if (!sourceUrls.has(url)) problems.push(`${id}: source not in sources.jsonl: ${url}`);
  const key = normalise(text);
  const before = earlierTexts.get(key);
  if (before) problems.push(`${id}: repeats a line of ${before}: « ${text} »`);
  const twin = seen.get(key);
  if (twin) problems.push(`${id}: repeats ${twin} of this set: « ${text} »`);
  seen.set(key, id);
}
for (const url of sourceUrls) if (!usedPages.has(url)) problems.push(`page with no line: ${url}`);

const annot = readJsonl(join(dir, 'annotator-a.jsonl'));
if (annot.length > 0) {
  const labelled = new Set(annot.map((a) => String(a.id)));
  for (const id of ids) if (!labelled.has(id)) problems.push(`${id}: not labelled by annotator A`);
}

const sites = new Set([...usedPages].map((u) => new URL(u).hostname.replace(/^www\./, '')));
const kinds = new Map<string, number>();
for (const s of sources) kinds.set(String(s.kind), (kinds.get(String(s.kind)) ?? 0) + 1);
console.log(
  `${lines.length} lines, ${usedPages.size} pages, ${sites.size} sites; kinds: ${[...kinds]
    .map(([k, n]) => `${k} ${n}`)
    .join(', ')}`,
);
if (problems.length > 0) {
  for (const p of problems) console.error(p);
  process.exitCode = 1;
} else {
  console.log('no page of an earlier set, no repeated line');
}
