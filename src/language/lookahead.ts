/**
 * A faster equivalent of a pattern source: before each long alternation whose alternatives all
 * start with a known letter (a word list: drugs, feelings, services…), a lookahead on those first
 * letters. The regular expression engine tries the alternatives one by one at every place a
 * lazy gap (« [^.?!]{0,40}? ») or a repeated word reaches; the lookahead turns most of those
 * places away with one character test. It never changes what matches: every match of the
 * alternation starts with one of those letters.
 *
 * Applied by `re` (rules.ts) to the source before its sugar (spaces, apostrophes).
 */

import { alternatives, groupEnd } from './source.ts';

/** Shorter alternations are tried quickly enough as they are. */
const MIN_ALTERNATIVES = 4;

/** `source` with a first-letter lookahead before each long alternation that allows one. */
export function withLookaheads(source: string): string {
  let out = '';
  let i = 0;
  let inClass = false;
  while (i < source.length) {
    const c = source[i]!;
    if (c === '\\') {
      out += source.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (inClass) {
      inClass = c !== ']';
      out += c;
      i++;
      continue;
    }
    if (c === '[') {
      inClass = true;
      out += c;
      i++;
      continue;
    }
    if (c !== '(') {
      out += c;
      i++;
      continue;
    }
    const close = groupEnd(source, i);
    if (close < 0) return out + source.slice(i);
    const head = /^\((?:\?(?::|=|!|<=|<!))?/.exec(source.slice(i, i + 4))![0];
    if (head === '(' && source[i + 1] === '?') {
      // A named group or anything else unusual: left as it is.
      out += source.slice(i, close + 1);
      i = close + 1;
      continue;
    }
    const ways = alternatives(source.slice(i + head.length, close));
    // Inside a lookbehind, matched backwards, the source is left as it is.
    const behind = head === '(?<=' || head === '(?<!';
    const inner = behind ? ways.join('|') : ways.map(withLookaheads).join('|');
    const quantifier = source[close + 1];
    if (head === '(?:' && ways.length >= MIN_ALTERNATIVES && !isOptional(quantifier)) {
      const firsts = firstLetters(ways);
      if (firsts) out += `(?=[${[...firsts].sort().join('')}])`;
    }
    out += `${head}${inner})`;
    i = close + 1;
  }
  return out;
}

const isOptional = (quantifier: string | undefined) =>
  quantifier === '?' || quantifier === '*' || quantifier === '{';

/** The letters a match of any of these alternatives starts with; undefined when not plain. */
function firstLetters(ways: readonly string[]): Set<string> | undefined {
  const out = new Set<string>();
  for (const way of ways) {
    const firsts = firstOf(way);
    if (!firsts) return undefined;
    firsts.forEach((c) => out.add(c));
  }
  return out;
}

/** The characters a match of `source` (no top-level `|`) starts with; undefined when not plain. */
function firstOf(source: string): Set<string> | undefined {
  let i = 0;
  for (;;) {
    if (i >= source.length) return undefined; // it may match nothing
    const c = source[i]!;
    const next = source[i + 1];
    if (/[a-z0-9]/.test(c)) {
      if (next === '{') return undefined;
      if (next === '?' || next === '*') {
        const rest = firstOf(source.slice(i + 2));
        return rest ? rest.add(c) : undefined;
      }
      return new Set([c]);
    }
    if (c === '^') {
      i++;
      continue;
    }
    if (c === '\\') {
      if (next === 'b') {
        i += 2;
        continue;
      }
      if (next === 'd') {
        const after = source[i + 2];
        return after === '?' || after === '*' || after === '{' ? undefined : new Set('0123456789');
      }
      return undefined;
    }
    if (c === '(') {
      const close = groupEnd(source, i);
      if (close < 0) return undefined;
      if (/^\(\?(?:=|!|<=|<!)/.test(source.slice(i, i + 4))) {
        // A lookaround consumes nothing.
        i = close + 1;
        continue;
      }
      let inner: string;
      if (source.startsWith('(?:', i)) inner = source.slice(i + 3, close);
      else if (next !== '?') inner = source.slice(i + 1, close);
      else return undefined;
      const quantifier = source[close + 1];
      if (quantifier === '{') return undefined;
      const firsts = firstLetters(alternatives(inner));
      if (!firsts) return undefined;
      if (quantifier === '?' || quantifier === '*') {
        const rest = firstOf(source.slice(close + 2));
        if (!rest) return undefined;
        rest.forEach((r) => firsts.add(r));
      }
      return firsts;
    }
    return undefined;
  }
}
