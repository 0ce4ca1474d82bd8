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

  constructor(readonly rules: readonly ScanRule<T>[]) {
    if (rules.length > 31) throw new Error('Scanner: more rules than bits in a mask');
    this.counts = rules.map((r) => r.alternatives?.length ?? 0);
    rules.forEach((r, rule) => {
      if (!r.alternatives) {
        this.anywhere.push({ rule, index: -1, leads: undefined });
        return;
      }
      r.alternatives.forEach((a, index) => {
        const leads = leadsOf(a.source);
        const lane = { rule, index, leads };
        if (!leads) return this.anywhere.push(lane);
        for (const letter of new Set(leads.map((l) => l.prefix[0]!))) {
          let lanes = this.byLetter.get(letter);
          if (!lanes) this.byLetter.set(letter, (lanes = []));
          lanes.push(lane);
        }
      });
    });
  }

  private entry(word: string): WordEntry {
    let e = this.entries.get(word);
    if (e !== undefined) return e;
    // Per rule, the alternatives that can start on this word, in their order.
    const picked: number[][] = this.rules.map(() => []);
    const whole: boolean[] = this.rules.map(() => false);
    for (const lane of this.anywhere) {
      if (lane.index < 0) whole[lane.rule] = true;
      else picked[lane.rule]!.push(lane.index);
    }
    for (const lane of this.byLetter.get(word[0]!) ?? [])
      if (fits(word, lane.leads!)) picked[lane.rule]!.push(lane.index);
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
    if (this.entries.size >= MOST_WORDS) this.entries.clear();
    this.entries.set(word, e);
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
    for (let k = 0; k < n; k++) {
      const e = this.entry(w.words[k]!);
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
