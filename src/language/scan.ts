/**
 * Patterns tried at word starts only (sticky), each only where its first letters can start:
 * several times faster than scanning every position. Used for the act rules and for the cues of
 * intents and entities, over the same word starts read once per utterance.
 */
import { alternativesOf, firstChars, re, startKey, type Alternative } from './rules.ts';

export interface ScanRule<T> {
  tag: T;
  /** Sticky, without its leading word boundary. */
  pattern: RegExp;
  /** How a match can start (two letters, or one); undefined: anywhere. */
  firstChars?: ReadonlySet<string> | undefined;
  /** The pattern's top-level alternatives: at each start only those that can start there are tried. */
  alternatives?: readonly Alternative[] | undefined;
}

export interface Match<T> {
  tag: T;
  start: number;
  end: number;
}

/** Where the words of a folded text start, with their start keys (see `startKey`). */
export interface Words {
  starts: number[];
  keys: string[];
}

export function words(folded: string): Words {
  const starts: number[] = [];
  const keys: string[] = [];
  let previousIsWord = false;
  for (let i = 0; i < folded.length; i++) {
    const code = folded.charCodeAt(i);
    const isWord = (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
    if (isWord && !previousIsWord) {
      starts.push(i);
      keys.push(startKey(folded, i));
    }
    previousIsWord = isWord;
  }
  return { starts, keys };
}

/** The words that start inside the given segments. */
export function wordsWithin(w: Words, segments: readonly { start: number; end: number }[]): Words {
  const starts: number[] = [];
  const keys: string[] = [];
  w.starts.forEach((at, k) => {
    if (segments.some((s) => at >= s.start && at < s.end)) {
      starts.push(at);
      keys.push(w.keys[k]!);
    }
  });
  return { starts, keys };
}

/** Sources of one tag become one alternation: one pass each. */
export function compileTagged<T>(sources: readonly { tag: T; source: string }[]): ScanRule<T>[] {
  const groups = new Map<T, string[]>();
  for (const s of sources) groups.set(s.tag, [...(groups.get(s.tag) ?? []), s.source]);
  return [...groups].map(([tag, group]) => {
    const starts = group.map((source) => firstChars(source));
    const firsts = starts.every((set) => set !== undefined)
      ? new Set(starts.flatMap((set) => [...set!]))
      : undefined;
    return {
      tag,
      pattern: re(group.map((g) => `(?:${g})`).join('|'), 'y', false),
      firstChars: firsts,
      alternatives: alternativesOf(group),
    };
  });
}

/** What a start key allows: the rules worth trying (a bit mask) and, per rule, the pattern to try. */
interface KeyEntry {
  mask: number;
  patterns: (RegExp | undefined)[];
}

/** A rule of more alternatives than this is tried, at each start, with only those that can start there. */
const SPLIT_FROM = 12;

export class Scanner<T> {
  private readonly mayStart = new Map<string, number>();
  private readonly anywhere: number;
  /** Each start key seen, two letters and first letter together (read once). */
  private readonly entries = new Map<string, KeyEntry>();
  private row: KeyEntry[] = [];

  constructor(readonly rules: readonly ScanRule<T>[]) {
    if (rules.length > 31) throw new Error('Scanner: more rules than bits in a mask');
    rules.forEach((r, i) =>
      r.firstChars?.forEach((key) => this.mayStart.set(key, (this.mayStart.get(key) ?? 0) | (1 << i))),
    );
    this.anywhere = rules.reduce((mask, r, i) => (r.firstChars ? mask : mask | (1 << i)), 0);
  }

  private entry(key: string): KeyEntry {
    let e = this.entries.get(key);
    if (e === undefined) {
      const mask = (this.mayStart.get(key) ?? 0) | (this.mayStart.get(key[0]!) ?? 0) | this.anywhere;
      e = { mask, patterns: [] };
      // Keys are two characters: a bounded set, but cap it against odd input all the same.
      if (this.entries.size < 4096) this.entries.set(key, e);
    }
    return e;
  }

  /**
   * The alternatives of rule `i` that can start at `key`, in their order: the first that matches
   * wins, as in the whole pattern.
   */
  private patternAt(i: number, key: string): RegExp {
    const rule = this.rules[i]!;
    const all = rule.alternatives;
    if (!all || all.length < SPLIT_FROM) return rule.pattern;
    const chosen = all.filter((a) => !a.firstChars || a.firstChars.has(key) || a.firstChars.has(key[0]!));
    return chosen.length === all.length
      ? rule.pattern
      : re(chosen.map((a) => `(?:${a.source})`).join('|'), 'y', false);
  }

  /**
   * Every match, at most one per rule from each position (a match skips the words it covers), of
   * the rules whose bits `allow` sets.
   */
  scan(folded: string, w: Words, allow = -1): Match<T>[] {
    const { starts, keys } = w;
    const n = starts.length;
    const row = this.row;
    let any = 0;
    for (let k = 0; k < n; k++) {
      const e = this.entry(keys[k]!);
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
        const pattern = (e.patterns[i] ??= this.patternAt(i, keys[k]!));
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
