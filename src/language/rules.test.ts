import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseJsonl } from './evaluate.ts';
import { fold } from './normalize.ts';
import { firstChars, RULES, startKey } from './rules.ts';

describe('firstChars', () => {
  it('reads how a match starts: two plain letters, one before a sugar or a quantifier', () => {
    expect(firstChars("bonjour|c'est|a plus|tes?|d'(?:un|une)")).toEqual(
      new Set(['bo', "c'", 'c ', 'ce', 'a ', 'a-', 'te', "d'", 'd ', 'du']),
    );
    expect(firstChars('(?<!ne )(?:je |on )?(?:vous|te) propose')).toEqual(new Set(['je', 'on', 'vo', 'te']));
    expect(firstChars('le 15|\\d+ degres')).toEqual(new Set(['le', ...'0123456789']));
  });

  it('reads an elided word by what follows its apostrophe (« j’ai », « j ai », « jai »)', () => {
    expect(firstChars("j'(?:ai|avais)")).toEqual(new Set(["j'", 'j ', 'ja']));
    expect(firstChars("n'[a-z]+")).toEqual(new Set(['n']));
  });

  it('gives up where the source is not plain, so every start is tried', () => {
    expect(firstChars('[a-z]+ant')).toBeUndefined();
    expect(firstChars('(?:ab){2}')).toBeUndefined();
  });

  it('never rejects a start where a rule matches (checked on every rule)', () => {
    for (const r of RULES) {
      if (!r.firstChars) continue;
      for (const word of [
        'bonjour',
        'je',
        'vous',
        'cest',
        "c'est rien",
        'c est rien',
        "j'arrive",
        'j arrive',
        'jarrive',
        "d'accord",
        'appelez',
        '15',
        'calmez',
      ]) {
        r.pattern.lastIndex = 0;
        if (r.pattern.test(word))
          expect(
            [...r.firstChars].some((p) => word.startsWith(p)),
            `${r.label} ${word}`,
          ).toBe(true);
      }
    }
  });

  it('never skips a word where a rule matches, over every example line', () => {
    const examples = parseJsonl(readFileSync(new URL('./examples.jsonl', import.meta.url), 'utf8'));
    for (const { text } of examples) {
      const folded = fold(text);
      for (let start = 0; start < folded.length; start++) {
        if (!/[a-z0-9]/.test(folded[start]!) || /[a-z0-9]/.test(folded[start - 1] ?? '')) continue;
        for (const r of RULES) {
          if (!r.firstChars) continue;
          r.pattern.lastIndex = start;
          if (!r.pattern.test(folded)) continue;
          const key = startKey(folded, start);
          expect(
            r.firstChars.has(key) || r.firstChars.has(key[0]!),
            `${r.label} « ${text} » at ${start}`,
          ).toBe(true);
        }
      }
    }
  });
});
