/**
 * Text normalisation for the analyser. `fold` keeps the text's length, character for character,
 * so a match found in the folded text is a span of the original one.
 */

const SAME_LENGTH: Record<string, string> = {
  '\u2019': "'",
  '\u2018': "'",
  '\u02bc': "'",
  '`': "'",
  '\u00b4': "'",
  '\u00ab': '"',
  '\u00bb': '"',
  '\u201c': '"',
  '\u201d': '"',
  '\u00a0': ' ',
  '\u202f': ' ',
  '\u2009': ' ',
  '\u2026': '.',
  '\u0153': 'o',
  '\u0152': 'o',
  '\u00e6': 'a',
  '\u00c6': 'a',
  '\u2013': '-',
  '\u2014': '-',
};

const folded = new Map<string, string>();

function foldChar(c: string): string {
  let f = folded.get(c);
  if (f === undefined) {
    const code = c.charCodeAt(0);
    f =
      code >= 0xd800 && code <= 0xdfff
        ? ' '
        : (SAME_LENGTH[c] ?? (code < 0x80 ? c.toLowerCase() : c.normalize('NFD')[0]!.toLowerCase()[0]!));
    folded.set(c, f);
  }
  return f;
}

const NOT_PLAIN = /[^ -~]|`/g;

/** Lower case, no accents, plain apostrophes and spaces; same length as `text`. */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  // Lower-casing keeps the length of everything typed in French; fold char by char otherwise.
  if (lower.length !== text.length)
    return Array.from({ length: text.length }, (_, i) => foldChar(text[i]!)).join('');
  return lower.replace(NOT_PLAIN, foldChar);
}

export interface Segment {
  start: number;
  end: number;
  /** The folded text of the segment. */
  text: string;
}

export interface Sentence extends Segment {
  /** The sentence ends with a question mark. */
  asks: boolean;
  clauses: Segment[];
}

const DIGIT = /\d/;
const ABBREVIATION = /(?:^|[^a-z])(?:dr|mme|mr|m|st)$/;
const SENTENCE_END = /[.!?;\n]+|\s:\s|:\s(?=[a-z])/g;
const CLAUSE_END = /[,:]+|\s(?=(?:mais|par contre|sinon|et si|pendant ce temps)\b)/g;

function segments(folded: string, start: number, end: number, separators: RegExp): Segment[] {
  const out: Segment[] = [];
  let from = start;
  const part = folded.slice(start, end);
  // An `exec` loop: `matchAll` would copy the regular expression on every call.
  separators.lastIndex = 0;
  for (let m = separators.exec(part); m !== null; m = separators.exec(part)) {
    if (m[0].length === 0) separators.lastIndex++;
    const at = start + m.index;
    push(out, folded, from, at);
    from = at + m[0].length;
  }
  push(out, folded, from, end);
  return out;
}

/** `\s` without a regular expression for the plain characters. */
const isSpace = (code: number) =>
  code === 32 || (code >= 9 && code <= 13) || (code > 127 && /\s/.test(String.fromCharCode(code)));

function push(out: Segment[], folded: string, start: number, end: number): void {
  while (start < end && isSpace(folded.charCodeAt(start))) start++;
  while (end > start && isSpace(folded.charCodeAt(end - 1))) end--;
  if (end > start) out.push({ start, end, text: folded.slice(start, end) });
}

/** The sentences of a folded text, each with its clauses (split on commas, colons, « mais »…). */
export function sentences(folded: string): Sentence[] {
  const out: Sentence[] = [];
  let from = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(folded); m !== null; m = SENTENCE_END.exec(folded)) {
    if (m[0].length === 0) SENTENCE_END.lastIndex++;
    // A decimal or an abbreviation (« 39.5 », « Dr. ») does not end a sentence.
    if (m[0] === '.' && DIGIT.test(folded[m.index - 1] ?? '') && DIGIT.test(folded[m.index + 1] ?? ''))
      continue;
    if (m[0] === '.' && ABBREVIATION.test(folded.slice(Math.max(0, m.index - 4), m.index))) continue;
    cut(out, folded, from, m.index, m[0]);
    from = m.index + m[0].length;
  }
  cut(out, folded, from, folded.length, '');
  return out;
}

/** The sentence from `from` to `end`, trimmed, if anything is left of it. */
function cut(out: Sentence[], folded: string, from: number, end: number, punctuation: string): void {
  const segs: Segment[] = [];
  push(segs, folded, from, end);
  const seg = segs[0];
  if (seg) {
    out.push({
      start: seg.start,
      end: seg.end,
      text: seg.text,
      asks: punctuation.includes('?'),
      clauses: segments(folded, seg.start, seg.end, CLAUSE_END),
    });
  }
}

/** Words of at least `min` letters, folded. */
export function words(folded: string, min = 1): string[] {
  return folded.split(/[^a-z0-9]+/).filter((w) => w.length >= min);
}
