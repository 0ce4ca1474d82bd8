/**
 * Patterns tried at word starts only (sticky), each with only the alternatives that can start
 * with the word there (leads.ts): several times faster than scanning every position. Used for the act rules and for the cues of
 * intents and entities, over the same word starts read once per utterance.
 */
import { fits, leadsOf, type Lead } from './leads.ts';
import { alternativesOf, re, type Alternative } from './rules.ts';

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

/** What a word allows: the rules worth trying there (a bit mask) and, per rule, the pattern to try. */
interface WordEntry {
  mask: number;
  patterns: (RegExp | undefined)[];
}

/** An alternative of a rule, with the words it can start on (undefined: any). */
interface Lane {
  rule: number;
  index: number;
  leads: readonly Lead[] | undefined;
  /** For an alternative with a gap (« il faut … doliprane »): the index of what must follow it somewhere. */
  gate?: number;
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
  private readonly counts: number[];
  /** Each word seen, with what it allows. */
  private readonly entries = new Map<string, WordEntry>();
  /** The patterns of the alternatives chosen together, by rule and alternatives. */
  private readonly chosen = new Map<string, RegExp>();
  /** What must follow the gap of gapped alternatives, one pattern per distinct tail. */
  private readonly gates: RegExp[] = [];
  /** Words with what they allow when some gates fail, by the failing gates. */
  private readonly gatedEntries = new Map<number, Map<string, WordEntry>>();

  constructor(readonly rules: readonly ScanRule<T>[]) {
    if (rules.length > 31) throw new Error('Scanner: more rules than bits in a mask');
    this.counts = rules.map((r) => r.alternatives?.length ?? 0);
    const gateOf = new Map<string, number>();
    rules.forEach((r, rule) => {
      if (!r.alternatives) {
        this.anywhere.push({ rule, index: -1, leads: undefined });
        return;
      }
      r.alternatives.forEach((a, index) => {
        const leads = leadsOf(a.source);
        const lane: Lane = { rule, index, leads };
        const tail = tailAfterGap(a.source);
        if (tail !== undefined && gateOf.size < 30) {
          let gate = gateOf.get(tail);
          if (gate === undefined) {
            gate = this.gates.push(re(tail, '', false)) - 1;
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
  }

  private entry(word: string, failed: number): WordEntry {
    let entries = this.entries;
    if (failed !== 0) {
      let gated = this.gatedEntries.get(failed);
      if (!gated) this.gatedEntries.set(failed, (gated = new Map()));
      entries = gated;
    }
    let e = entries.get(word);
    if (e !== undefined) return e;
    const open = (lane: Lane) => lane.gate === undefined || !(failed & (1 << lane.gate));
    // Per rule, the alternatives that can start on this word, in their order.
    const picked: number[][] = this.rules.map(() => []);
    const whole: boolean[] = this.rules.map(() => false);
    for (const lane of this.anywhere) {
      if (lane.index < 0) whole[lane.rule] = true;
      else if (open(lane)) picked[lane.rule]!.push(lane.index);
    }
    for (const lane of this.byLetter.get(word[0]!) ?? [])
      if (open(lane) && fits(word, lane.leads!)) picked[lane.rule]!.push(lane.index);
    let mask = 0;
    const patterns: (RegExp | undefined)[] = [];
    this.rules.forEach((r, i) => {
      const indices = picked[i]!;
      if (whole[i]) {
        mask |= 1 << i;
        patterns[i] = r.pattern;
        return;
      }
      if (indices.length === 0) return;
      mask |= 1 << i;
      patterns[i] = this.patternOf(i, indices);
    });
    e = { mask, patterns };
    if (entries.size >= MOST_WORDS) entries.clear();
    entries.set(word, e);
    return e;
  }

  /** Rule `i` with only the alternatives `indices`, in their order: the first that matches wins, as in the whole pattern. */
  private patternOf(i: number, indices: number[]): RegExp {
    const rule = this.rules[i]!;
    if (indices.length === this.counts[i]) return rule.pattern;
    indices.sort((a, b) => a - b);
    const key = `${i}:${indices.join(',')}`;
    let pattern = this.chosen.get(key);
    if (!pattern) {
      const all = rule.alternatives!;
      pattern = re(indices.map((k) => `(?:${all[k]!.source})`).join('|'), 'y', false);
      this.chosen.set(key, pattern);
    }
    return pattern;
  }

  /**
   * Every match, at most one per rule from each position (a match skips the words it covers), of
   * the rules whose bits `allow` sets.
   */
  scan(folded: string, w: Words, allow = -1): Match<T>[] {
    const { starts } = w;
    const n = starts.length;
    const row: WordEntry[] = new Array<WordEntry>(n);
    let any = 0;
    // Gapped alternatives whose tail is nowhere in the text cannot match: left out of the patterns.
    let failed = 0;
    for (let g = 0; g < this.gates.length; g++) if (!this.gates[g]!.test(folded)) failed |= 1 << g;
    for (let k = 0; k < n; k++) {
      const e = this.entry(w.words[k]!, failed);
      row[k] = e;
      any |= e.mask;
    }
    any &= allow;
    const out: Match<T>[] = [];
    const rules = this.rules;
    for (let i = 0; i < rules.length; i++) {
      const bit = 1 << i;
      if (!(any & bit)) continue;
      let from = 0;
      for (let k = 0; k < n; k++) {
        const start = starts[k]!;
        const e = row[k]!;
        if (start < from || !(e.mask & bit)) continue;
        const pattern = e.patterns[i]!;
        pattern.lastIndex = start;
        // Sticky: a match leaves lastIndex at its end (no match array to allocate).
        if (!pattern.test(folded) || pattern.lastIndex === start) continue;
        from = pattern.lastIndex;
        out.push({ tag: rules[i]!.tag, start, end: from });
      }
    }
    return out;
  }
}
