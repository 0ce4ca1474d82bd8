/**
 * Patterns tried at word starts only (sticky), each only where its first letters can start:
 * several times faster than scanning every position. Used for the act rules and for the cues of
 * intents and entities, over the same word starts read once per utterance.
 */
import { firstChars, re, startKey } from './rules.ts';

export interface ScanRule<T> {
  tag: T;
  /** Sticky, without its leading word boundary. */
  pattern: RegExp;
  /** How a match can start (two letters, or one); undefined: anywhere. */
  firstChars?: ReadonlySet<string> | undefined;
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
    return { tag, pattern: re(group.map((g) => `(?:${g})`).join('|'), 'y', false), firstChars: firsts };
  });
}

export class Scanner<T> {
  private readonly mayStart = new Map<string, number>();
  private readonly anywhere: number;
  /** The mask of each start key seen, two letters and first letter together (read once). */
  private readonly maskOf = new Map<string, number>();
  private masks = new Int32Array(64);

  constructor(readonly rules: readonly ScanRule<T>[]) {
    if (rules.length > 31) throw new Error('Scanner: more rules than bits in a mask');
    rules.forEach((r, i) =>
      r.firstChars?.forEach((key) => this.mayStart.set(key, (this.mayStart.get(key) ?? 0) | (1 << i))),
    );
    this.anywhere = rules.reduce((mask, r, i) => (r.firstChars ? mask : mask | (1 << i)), 0);
  }

  private mask(key: string): number {
    let m = this.maskOf.get(key);
    if (m === undefined) {
      m = (this.mayStart.get(key) ?? 0) | (this.mayStart.get(key[0]!) ?? 0) | this.anywhere;
      // Keys are two characters: a bounded set, but cap it against odd input all the same.
      if (this.maskOf.size < 4096) this.maskOf.set(key, m);
    }
    return m;
  }

  /** Every match, at most one per rule from each position (a match skips the words it covers). */
  scan(folded: string, w: Words): Match<T>[] {
    const { starts, keys } = w;
    const n = starts.length;
    if (this.masks.length < n) this.masks = new Int32Array(n * 2);
    const masks = this.masks;
    let any = 0;
    for (let k = 0; k < n; k++) {
      const m = this.mask(keys[k]!);
      masks[k] = m;
      any |= m;
    }
    const out: Match<T>[] = [];
    const rules = this.rules;
    for (let i = 0; i < rules.length; i++) {
      const bit = 1 << i;
      if (!(any & bit)) continue;
      const pattern = rules[i]!.pattern;
      let from = 0;
      for (let k = 0; k < n; k++) {
        const start = starts[k]!;
        if (start < from || !(masks[k]! & bit)) continue;
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
