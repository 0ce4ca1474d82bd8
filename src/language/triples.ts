/**
 * The letter triples of the line being read, and the needs (needs.ts) checked against them: a
 * run of letters can only be in a line whose triples hold all of its own. The triples are marked
 * once per line and every clause is checked at most once per line, whoever asks (the scanners of
 * scan.ts, the guarded patterns of analyze.ts, intents.ts…).
 *
 * Conservative by construction: triples are hashed into slots, and a slot shared by two triples
 * lets more lines through, never fewer; a need left out only lets more through.
 */
import { clausesOf, selectivity, type Clause } from './needs.ts';

const TRIPLE_SLOTS = 4096;
const isWordCode = (code: number) => (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
const slotOf = (a: number, b: number, c: number) => (a * 961 + b * 31 + c) & (TRIPLE_SLOTS - 1);
/** Runs this short are in too many lines to spare anything. */
const SHORTEST_NEED = 3;

/** A folded line, read once for its triples (`lineOf`). */
export interface Line {
  readonly folded: string;
  readonly id: number;
}

/** The slots of the letter triples of the line last marked, a bit set. */
const seen = new Int32Array(TRIPLE_SLOTS / 32);
let marked = 0;
let lines = 0;

/**
 * The needs of all patterns, one clause after the other: per clause its number of runs, then per
 * run its number of slots and its letter triples' slots.
 */
const code: number[] = [];
/** Where each clause starts in `code`. */
const clauseAt: number[] = [];
/** The clauses read so far, by their runs. */
const clauseOf = new Map<string, number>();
/** Per clause, whether the marked line meets it: `line * 2 + 1` (met) or `line * 2` (not met). */
const state: number[] = [];

/** A line to check needs against (its triples are marked when first needed). */
export function lineOf(folded: string): Line {
  lines = lines >= 0x1fffffff ? 1 : lines + 1;
  return { folded, id: lines };
}

function mark(line: Line): void {
  seen.fill(0);
  const { folded } = line;
  let a = 0;
  let b = 0;
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    if (!isWordCode(c)) {
      a = b = 0;
      continue;
    }
    if (a !== 0) {
      const slot = slotOf(a, b, c);
      seen[slot >> 5]! |= 1 << (slot & 31);
    }
    a = b;
    b = c;
  }
  marked = line.id;
}

/** The slots of a run's letter triples (a run is at least three letters long). */
function tripleSlots(run: string): number[] {
  const slots = new Set<number>();
  for (let i = 0; i + 2 < run.length; i++)
    slots.add(slotOf(run.charCodeAt(i), run.charCodeAt(i + 1), run.charCodeAt(i + 2)));
  return [...slots];
}

/** The number of a clause, written into `code` when first seen. */
function clauseNumber(clause: Clause): number {
  const key = clause.join('|');
  let c = clauseOf.get(key);
  if (c === undefined) {
    c = clauseAt.push(code.length) - 1;
    state.push(0);
    code.push(clause.length);
    for (const run of clause) {
      const slots = tripleSlots(run);
      code.push(slots.length, ...slots);
    }
    clauseOf.set(key, c);
  }
  return c;
}

/**
 * The needs of a pattern source (rules.ts sugar or a plain pattern, no `i` flag), the least
 * likely to be met first, at most `most` of them: clause numbers, checked by `meetsAll`.
 */
export function needsOf(source: string, most = 2): number[] {
  return clausesOf(`(?:${source})`)
    .filter((c) => Math.min(...c.map((r) => r.length)) >= SHORTEST_NEED)
    .sort((x, y) => selectivity(y) - selectivity(x))
    .slice(0, most)
    .map(clauseNumber);
}

/** Does the line meet clause `c` (one of its runs may be there: all its triples are)? */
export function meetsClause(line: Line, c: number): boolean {
  const known = state[c]!;
  if (known >> 1 === line.id) return (known & 1) === 1;
  if (marked !== line.id) mark(line);
  let at = clauseAt[c]!;
  let met = 0;
  for (let runs = code[at++]!; runs > 0 && met === 0; runs--) {
    const end = at + 1 + code[at]!;
    met = 1;
    for (let k = at + 1; k < end; k++) {
      const slot = code[k]!;
      if ((seen[slot >> 5]! & (1 << (slot & 31))) === 0) {
        met = 0;
        break;
      }
    }
    at = end;
  }
  state[c] = line.id * 2 + met;
  return met === 1;
}

/** Does the line meet every one of these needs? */
export function meetsAll(line: Line, needs: readonly number[]): boolean {
  for (let i = 0; i < needs.length; i++) if (!meetsClause(line, needs[i]!)) return false;
  return true;
}

/**
 * A pattern tried only on lines that hold the letters it needs: what it finds does not change.
 * `text` is the line or a part of it (a part holds no triple its line does not).
 */
export class Guarded {
  private readonly needs: number[];
  constructor(readonly pattern: RegExp) {
    // A global or sticky pattern keeps a place between calls that a call left out would not move.
    if (/[giy]/.test(pattern.flags)) throw new Error(`Guarded: ${pattern} has flags g, i or y`);
    this.needs = needsOf(pattern.source);
  }
  test(line: Line, text: string): boolean {
    return meetsAll(line, this.needs) && this.pattern.test(text);
  }
  exec(line: Line, text: string): RegExpExecArray | null {
    return meetsAll(line, this.needs) ? this.pattern.exec(text) : null;
  }
}
