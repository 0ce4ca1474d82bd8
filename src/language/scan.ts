/**
 * Patterns tried at word starts only (sticky), alternative by alternative, and at each word only
 * the alternatives that can start with it (leads.ts) and whose letters the line holds (needs.ts):
 * several times faster than scanning every position with the whole patterns. Used for the act
 * rules and for the cues of intents and entities, over the same word starts read once per
 * utterance.
 */
import { fits, leadsOf, type Lead } from './leads.ts';
import { alternativesOf, re, type Alternative } from './rules.ts';
import { lineOf, meetsAll, meetsClause, needsOf, type Line } from './triples.ts';

export interface ScanRule<T> {
  tag: T;
  /** Sticky, without its leading word boundary. */
  pattern: RegExp;
  /** The pattern's top-level alternatives: at each start only those that can start there are tried. */
  alternatives?: readonly Alternative[] | undefined;
}

export interface Match<T> {
  tag: T;
  start: number;
  end: number;
}

/** Where the words of a folded text start, with the words themselves (letters and digits). */
export interface Words {
  starts: number[];
  words: string[];
}

export function words(folded: string): Words {
  const starts: number[] = [];
  const found: string[] = [];
  let from = -1;
  for (let i = 0; i <= folded.length; i++) {
    const code = i < folded.length ? folded.charCodeAt(i) : 32;
    const isWord = (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
    if (isWord && from < 0) from = i;
    else if (!isWord && from >= 0) {
      starts.push(from);
      found.push(folded.slice(from, i));
      from = -1;
    }
  }
  return { starts, words: found };
}

/** The words that start inside the given segments. */
export function wordsWithin(w: Words, segments: readonly { start: number; end: number }[]): Words {
  const starts: number[] = [];
  const found: string[] = [];
  w.starts.forEach((at, k) => {
    if (segments.some((s) => at >= s.start && at < s.end)) {
      starts.push(at);
      found.push(w.words[k]!);
    }
  });
  return { starts, words: found };
}

/** Sources of one tag become one alternation: one pass each. */
export function compileTagged<T>(sources: readonly { tag: T; source: string }[]): ScanRule<T>[] {
  const groups = new Map<T, string[]>();
  for (const s of sources) groups.set(s.tag, [...(groups.get(s.tag) ?? []), s.source]);
  return [...groups].map(([tag, group]) => {
    return {
      tag,
      pattern: re(group.map((g) => `(?:${g})`).join('|'), 'y', false),
      alternatives: alternativesOf(group),
    };
  });
}

/**
 * What a word allows, one rule after the other (in their order): the rule's number, then the
 * number of its alternatives that can start on the word and their ids, in their order; -1
 * instead of a number: the rule has no alternatives, its whole pattern is tried.
 */
type WordEntry = Int32Array;

/** An alternative of a rule, with the words it can start on (undefined: any). */
interface Lane {
  rule: number;
  index: number;
  leads: readonly Lead[] | undefined;
  /** For an alternative with a gap (« il faut … doliprane »): the index of what must follow it somewhere. */
  gate?: number;
  /** Its number among the scanner's alternatives. */
  id: number;
}

/** A gap of any characters but a few (`[^.?!]{0,40}?`) at the top level of an alternative. */
const GAP = /^\[\^[^\]]*\]\{0,\d+\}\??/;

/**
 * What comes after the first top-level gap of an alternative's source, if it has one: the
 * alternative can only match in a text where this tail matches somewhere.
 */
export function tailAfterGap(source: string): string | undefined {
  let depth = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '[') {
      if (depth === 0) {
        const gap = GAP.exec(source.slice(i));
        if (gap) {
          const tail = source.slice(i + gap[0].length);
          return tail && !/\\[1-9]/.test(tail) ? tail : undefined;
        }
      }
      // Skip the character class.
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
      continue;
    }
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return undefined;
  }
  return undefined;
}

/** Words remembered with what they allow; past this the memory starts again (a bound, not an LRU). */
const MOST_WORDS = 20_000;

export class Scanner<T> {
  /** Each rule's alternatives that may start on a word, by the first letter of their leads. */
  private readonly byLetter = new Map<string, Lane[]>();
  /** Alternatives that may start anywhere. */
  private readonly anywhere: Lane[] = [];
  /** Every alternative, by its id. */
  private readonly lanes: Lane[] = [];
  /** Per alternative, the clauses it needs (-1: none; -2: not read yet, read when first tried). */
  private readonly needA: Int32Array;
  private readonly needB: Int32Array;
  /** Per rule, where its last match ended in the line being scanned. */
  private readonly after: Int32Array;
  /** Per alternative, its pattern alone, sticky (built when first tried). */
  private readonly alone: (RegExp | undefined)[];
  /** Each word seen, with what it allows. */
  private readonly entries = new Map<string, WordEntry>();
  /** What must follow the gap of gapped alternatives, one pattern per distinct tail. */
  private readonly gates: RegExp[] = [];
  /** Per gate, the needs of its tail (triples.ts): a line that does not meet them fails the gate. */
  private readonly gateNeeds: number[][] = [];
  /** Words with what they allow when some gates fail, by the failing gates. */
  private readonly gatedEntries = new Map<number, Map<string, WordEntry>>();
  /** The line being scanned. */
  private line: Line = lineOf('');

  constructor(readonly rules: readonly ScanRule<T>[]) {
    if (rules.length > 31) throw new Error('Scanner: more rules than bits in a mask');
    const gateOf = new Map<string, number>();
    rules.forEach((r, rule) => {
      if (!r.alternatives) {
        this.anywhere.push({ rule, index: -1, leads: undefined, id: -1 });
        return;
      }
      r.alternatives.forEach((a, index) => {
        const leads = leadsOf(a.source);
        const lane: Lane = { rule, index, leads, id: this.lanes.length };
        this.lanes.push(lane);
        const tail = tailAfterGap(a.source);
        if (tail !== undefined && gateOf.size < 30) {
          let gate = gateOf.get(tail);
          if (gate === undefined) {
            gate = this.gates.push(re(tail, '', false)) - 1;
            this.gateNeeds.push(needsOf(tail));
            gateOf.set(tail, gate);
          }
          lane.gate = gate;
        }
        if (!leads) return this.anywhere.push(lane);
        for (const letter of new Set(leads.map((l) => l.prefix[0]!))) {
          let lanes = this.byLetter.get(letter);
          if (!lanes) this.byLetter.set(letter, (lanes = []));
          lanes.push(lane);
        }
      });
    });
    this.needA = new Int32Array(this.lanes.length).fill(-2);
    this.needB = new Int32Array(this.lanes.length).fill(-2);
    this.alone = this.lanes.map(() => undefined);
    this.after = new Int32Array(rules.length);
  }

  /** Does the line being scanned meet the needs of this alternative? */
  private meets(id: number): boolean {
    let a = this.needA[id]!;
    if (a === -2) a = this.readNeeds(id);
    if (a < 0) return true;
    if (!meetsClause(this.line, a)) return false;
    const b = this.needB[id]!;
    return b < 0 || meetsClause(this.line, b);
  }

  /** Reads the needs of alternative `id` (the two least likely to be met); returns the first. */
  private readNeeds(id: number): number {
    const lane = this.lanes[id]!;
    const needs = needsOf(this.rules[lane.rule]!.alternatives![lane.index]!.source);
    this.needA[id] = needs[0] ?? -1;
    this.needB[id] = needs[1] ?? -1;
    return this.needA[id]!;
  }

  /** The words remembered with what they allow when these gates fail. */
  private entriesFor(failed: number): Map<string, WordEntry> {
    if (failed === 0) return this.entries;
    let gated = this.gatedEntries.get(failed);
    if (!gated) this.gatedEntries.set(failed, (gated = new Map()));
    return gated;
  }

  private entry(entries: Map<string, WordEntry>, word: string, failed: number): WordEntry {
    let e = entries.get(word);
    if (e !== undefined) return e;
    const open = (lane: Lane) => lane.gate === undefined || !(failed & (1 << lane.gate));
    // Per rule, the alternatives that can start on this word, in their order.
    const picked: Lane[][] = this.rules.map(() => []);
    const whole: boolean[] = this.rules.map(() => false);
    for (const lane of this.anywhere) {
      if (lane.index < 0) whole[lane.rule] = true;
      else if (open(lane)) picked[lane.rule]!.push(lane);
    }
    for (const lane of this.byLetter.get(word[0]!) ?? [])
      if (open(lane) && fits(word, lane.leads!)) picked[lane.rule]!.push(lane);
    const plan: number[] = [];
    this.rules.forEach((_, i) => {
      if (whole[i]) plan.push(i, -1);
      else if (picked[i]!.length > 0)
        plan.push(i, picked[i]!.length, ...picked[i]!.sort((x, y) => x.index - y.index).map((l) => l.id));
    });
    e = Int32Array.from(plan);
    if (entries.size >= MOST_WORDS) entries.clear();
    entries.set(word, e);
    return e;
  }

  /**
   * The alternatives tried at `start`, in their order, but those whose needs the line does not
   * meet (they cannot match): the first that matches wins, as in the whole pattern. Returns where
   * the match ends (`start` for an empty match or none).
   */
  private tryLanes(plan: Int32Array, from: number, to: number, folded: string, start: number): number {
    for (let j = from; j < to; j++) {
      const id = plan[j]!;
      if (!this.meets(id)) continue;
      let pattern = this.alone[id];
      if (!pattern) {
        const lane = this.lanes[id]!;
        const source = this.rules[lane.rule]!.alternatives![lane.index]!.source;
        this.alone[id] = pattern = re(`(?:${source})`, 'y', false);
      }
      pattern.lastIndex = start;
      // Sticky: a match leaves lastIndex at its end (no match array to allocate).
      if (pattern.test(folded)) return pattern.lastIndex;
    }
    return start;
  }

  /**
   * Every match, at most one per rule from each position (a match skips the words it covers), of
   * the rules whose bits `allow` sets. `line`: the folded text read by triples.ts, when the
   * caller has it already.
   */
  scan(folded: string, w: Words, allow = -1, line?: Line): Match<T>[] {
    const { starts } = w;
    const n = starts.length;
    this.line = line?.folded === folded ? line : lineOf(folded);
    // Gapped alternatives whose tail is nowhere in the text cannot match: left out of the patterns.
    let failed = 0;
    for (let g = 0; g < this.gates.length; g++)
      if (!meetsAll(this.line, this.gateNeeds[g]!) || !this.gates[g]!.test(folded)) failed |= 1 << g;
    const entries = this.entriesFor(failed);
    const rules = this.rules;
    // Per rule, where its last match ended: a match skips the words it covers.
    const after = this.after.fill(0);
    const found: { rule: number; start: number; end: number }[] = [];
    for (let k = 0; k < n; k++) {
      const start = starts[k]!;
      const plan = this.entry(entries, w.words[k]!, failed);
      for (let p = 0; p < plan.length;) {
        const rule = plan[p]!;
        const count = plan[p + 1]!;
        p += 2;
        const next = count > 0 ? p + count : p;
        if (!((allow >>> rule) & 1) || start < after[rule]!) {
          p = next;
          continue;
        }
        let end: number;
        if (count < 0) {
          const pattern = rules[rule]!.pattern;
          pattern.lastIndex = start;
          end = pattern.test(folded) ? pattern.lastIndex : start;
        } else end = this.tryLanes(plan, p, next, folded, start);
        p = next;
        if (end === start) continue;
        after[rule] = end;
        found.push({ rule, start, end });
      }
    }
    // In the order of the rules, then of the text.
    found.sort((a, b) => a.rule - b.rule || a.start - b.start);
    return found.map(({ rule, start, end }) => ({ tag: rules[rule]!.tag, start, end }));
  }
}
