/**
 * How a pattern alternative can start, as words: « je (?:vous |te )?comprends » starts with the
 * word « je »; « (?:c'est|c) pas » with « c », « cest » or « c »; « desolee?s? » with a word
 * that begins « desole ». The scanner (scan.ts) tries, at each word, only the alternatives whose
 * leads that word fits: a finer sieve than the first two letters.
 *
 * Read from the pattern source (the sugar of `re` in rules.ts: a space matches spaces or hyphens,
 * an apostrophe an apostrophe, spaces or nothing) and conservative: wherever the source is not
 * plain, the lead stops there and only says what the word begins with; where it cannot even say
 * that, the alternative is tried at every word.
 */

import { alternatives, groupEnd } from './source.ts';

/** The word at the start equals `prefix` (`exact`), or begins with it. */
export interface Lead {
  prefix: string;
  exact: boolean;
}

/** Past this many leads for one alternative, it is tried everywhere (the sieve would cost more). */
const MOST_LEADS = 256;
const WORD_CHAR = /[a-z0-9]/;

class Unknown extends Error {}

/** The leads of one top-level alternative of a pattern source; undefined: it may start anywhere. */
export function leadsOf(source: string): Lead[] | undefined {
  const out: Lead[] = [];
  steps = 0;
  try {
    read(source, '', out);
  } catch (error) {
    if (error instanceof Unknown) return undefined;
    throw error;
  }
  return out;
}

/** The word can only be said to begin with `prefix` (nothing known: unknown). */
function stop(prefix: string, out: Lead[]): void {
  if (prefix === '') throw new Unknown();
  add(out, { prefix, exact: false });
}

/** The word ends after `prefix`. */
function end(prefix: string, out: Lead[]): void {
  if (prefix === '') throw new Unknown();
  add(out, { prefix, exact: true });
}

function add(out: Lead[], lead: Lead): void {
  if (!out.some((l) => l.prefix === lead.prefix && l.exact === lead.exact)) out.push(lead);
  if (out.length > MOST_LEADS) throw new Unknown();
}

/** Ways through optional groups read for one alternative: past this, it is tried everywhere. */
const MOST_STEPS = 4096;
let steps = 0;

/** Reads `source` (no top-level `|`) after the word letters `prefix`, adding where the word may end. */
function read(source: string, prefix: string, out: Lead[]): void {
  if (++steps > MOST_STEPS) throw new Unknown();
  let i = 0;
  for (;;) {
    // The end of the alternative: `re` closes every pattern on a word boundary.
    if (i >= source.length) return end(prefix, out);
    const c = source[i]!;
    const next = source[i + 1];
    if (WORD_CHAR.test(c)) {
      if (next === '?' || next === '*' || next === '{') return stop(prefix, out);
      prefix += c;
      if (next === '+') return stop(prefix, out);
      i++;
    } else if (c === ' ') {
      // ` ?` is an optional space (`[\s-]*`): the word may go on.
      if (next === '?') return stop(prefix, out);
      // `[\s-]+`: the word ends here.
      return end(prefix, out);
    } else if (c === "'") {
      if (next === '?' || next === '*' || next === '+' || next === '{') return stop(prefix, out);
      // An apostrophe or spaces end the word; typed without them, the word goes on.
      end(prefix, out);
      return readOrStop(source.slice(i + 1), prefix, out);
    } else if (c === '\\') {
      if (next === 'b' && prefix !== '') return end(prefix, out);
      if (next === 'b' && prefix === '') {
        i += 2;
        continue;
      }
      const after = source[i + 2];
      // A digit: the word begins with one of ten.
      if (next === 'd' && after !== '?' && after !== '*' && after !== '{') {
        for (const digit of '0123456789') stop(prefix + digit, out);
        return;
      }
      return stop(prefix, out);
    } else if (c === '^' && i === 0) {
      i++;
    } else if (c === '$') {
      return end(prefix, out);
    } else if (c === '(') {
      const close = groupEnd(source, i);
      if (close < 0) return stop(prefix, out);
      const head = source.slice(i, i + 4);
      // Lookarounds consume nothing: leaving them out only lets more words through.
      if (/^\(\?(?:=|!|<=|<!)/.test(head)) {
        i = close + 1;
        continue;
      }
      let inner: string;
      if (source.startsWith('(?:', i)) inner = source.slice(i + 3, close);
      else if (source[i + 1] !== '?') inner = source.slice(i + 1, close);
      else return stop(prefix, out);
      const quantifier = source[close + 1];
      if (quantifier === '*' || quantifier === '+' || quantifier === '{') return stop(prefix, out);
      const rest = source.slice(close + (quantifier === '?' ? 2 : 1));
      for (const way of alternatives(inner)) readOrStop(way + rest, prefix, out);
      if (quantifier === '?') readOrStop(rest, prefix, out);
      return;
    } else {
      return stop(prefix, out);
    }
  }
}

/**
 * `read`, or, where what follows the word letters read so far has too many ways, only that the
 * word begins with them.
 */
function readOrStop(source: string, prefix: string, out: Lead[]): void {
  if (prefix === '') return read(source, prefix, out);
  const ways: Lead[] = [];
  try {
    read(source, prefix, ways);
  } catch (error) {
    if (!(error instanceof Unknown)) throw error;
    ways.length = 0;
    ways.push({ prefix, exact: false });
  }
  for (const lead of ways) add(out, lead);
}

/** Does the word fit one of the leads? */
export function fits(word: string, leads: readonly Lead[]): boolean {
  for (const l of leads) if (l.exact ? word === l.prefix : word.startsWith(l.prefix)) return true;
  return false;
}
