/**
 * What a pattern alternative needs in the text to match: letter runs that every match of it
 * contains. « je (?:vous |te )?comprends?(?! pas) » cannot match a line without « comprend »
 * in it; « (?:je|on) (?:vous |te )(?:appellerai|rappellerai) » without « appellerai » or
 * « rappellerai ». The scanner (scan.ts) leaves out of its patterns, for one line, the
 * alternatives whose needs the line does not meet: they could not have matched, so what
 * matches, and where, does not change.
 *
 * Read from the pattern source (the sugar of `re` in rules.ts: a space and an apostrophe are
 * not letters, so they only end a run) and conservative: whatever is not plain (a class, an
 * escape, an optional or repeated part, a negative lookaround) needs nothing; a positive lookaround
 * needs what it holds.
 */

import { alternatives, groupEnd } from './source.ts';

/** One of these letter runs is in every match (a clause of the needs). */
export type Clause = readonly string[];

const LETTER = /[a-z0-9]/;
/**
 * Longer clauses cost more to check than they spare (a clause is checked once per line, against
 * the line's letter triples: triples.ts).
 */
const MOST_WAYS = 256;

/** The clauses every match of `source` (no top-level `|`) meets: all of them, each with one of its runs. */
export function clausesOf(source: string): Clause[] {
  const out: Clause[] = [];
  let run = '';
  const flush = () => {
    if (run) out.push([run]);
    run = '';
  };
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    const next = source[i + 1];
    if (LETTER.test(c)) {
      if (next === '?' || next === '*' || next === '{') {
        // The letter may be absent: the run ends before it.
        flush();
        i = skipQuantifier(source, i + 1);
        continue;
      }
      run += c;
      i++;
      if (next === '+') {
        flush();
        i = skipQuantifier(source, i);
      }
      continue;
    }
    flush();
    if (c === '\\') {
      // An escape (a class, a boundary, a code, a back reference): not a letter of the run.
      i = escapeEnd(source, i);
      i = skipQuantifier(source, i);
    } else if (c === '[') {
      i = classEnd(source, i) + 1;
      i = skipQuantifier(source, i);
    } else if (c === '(') {
      const close = groupEnd(source, i);
      if (close < 0) return out;
      const quantifier = source[close + 1];
      const after = skipQuantifier(source, close + 1);
      const head = /^\((?:\?(?::|=|!|<=|<!|<))?/.exec(source.slice(i, i + 4))![0];
      const mandatory = quantifier === undefined || !'?*{'.includes(quantifier);
      // A positive lookaround is matched too, around the match: its letters are in the line.
      if (mandatory && (head === '(' || head === '(?:' || head === '(?=' || head === '(?<='))
        out.push(...groupClauses(source.slice(i + head.length, close)));
      i = after;
    } else {
      i++;
      i = skipQuantifier(source, i);
    }
  }
  flush();
  return out;
}

/** The clauses of a group: its own if it has one way; else one clause, a run from each way. */
function groupClauses(inner: string): Clause[] {
  const ways = alternatives(inner);
  if (ways.length === 1) return clausesOf(inner);
  const union = new Set<string>();
  for (const way of ways) {
    const best = bestClause(clausesOf(way));
    if (!best) return [];
    best.forEach((r) => union.add(r));
  }
  return union.size <= MOST_WAYS ? [[...union]] : [];
}

/** How rarely a clause is met: the shortest of its runs, fewer runs first. */
export function selectivity(clause: Clause): number {
  return Math.min(...clause.map((r) => r.length)) * 16 - clause.length;
}

/** The clause least likely to be met, if any. */
export function bestClause(clauses: readonly Clause[]): Clause | undefined {
  let best: Clause | undefined;
  for (const c of clauses) if (!best || selectivity(c) > selectivity(best)) best = c;
  return best;
}

/** The index after a quantifier at `i` (and its lazy mark), or `i` when there is none. */
function skipQuantifier(source: string, i: number): number {
  const q = source[i];
  if (q === '?' || q === '*' || q === '+') i++;
  else if (q === '{') {
    const close = source.indexOf('}', i);
    if (close < 0) return i;
    i = close + 1;
  } else return i;
  return source[i] === '?' ? i + 1 : i;
}

/** The index after the escape at `i` (`\\u0027`, `\\k<name>`, `\\12`, `\\p{L}`…). */
function escapeEnd(source: string, i: number): number {
  const next = source[i + 1];
  if (next === 'u' && source[i + 2] === '{') return source.indexOf('}', i) + 1 || source.length;
  if (next === 'u') return i + 6;
  if (next === 'x') return i + 4;
  if (next === 'c') return i + 3;
  if (next === 'k' && source[i + 2] === '<') return source.indexOf('>', i) + 1 || source.length;
  if ((next === 'p' || next === 'P') && source[i + 2] === '{')
    return source.indexOf('}', i) + 1 || source.length;
  if (next !== undefined && next >= '0' && next <= '9') {
    let j = i + 2;
    while (j < source.length && source[j]! >= '0' && source[j]! <= '9') j++;
    return j;
  }
  return i + 2;
}

/** The index of the `]` closing the class that opens at `open`. */
function classEnd(source: string, open: number): number {
  let i = open + 1;
  if (source[i] === '^') i++;
  for (; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === ']') return i;
  }
  return source.length;
}
