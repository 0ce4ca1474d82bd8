import { describe, expect, it } from 'vitest';
import { firstChars, RULES } from './rules.ts';

describe('firstChars', () => {
  it('reads how a match starts: two plain letters, one before a sugar or a quantifier', () => {
    expect(firstChars("bonjour|c'est|a plus|tes?")).toEqual(new Set(['bo', 'c', 'a', 'te']));
    expect(firstChars('(?<!ne )(?:je |on )?(?:vous|te) propose')).toEqual(new Set(['je', 'on', 'vo', 'te']));
    expect(firstChars('le 15|\\d+ degres')).toEqual(new Set(['le', ...'0123456789']));
  });

  it('gives up where the source is not plain, so every start is tried', () => {
    expect(firstChars('[a-z]+ant')).toBeUndefined();
    expect(firstChars('(?:ab){2}')).toBeUndefined();
  });

  it('never rejects a start where a rule matches (checked on every rule)', () => {
    for (const r of RULES) {
      if (!r.firstChars) continue;
      for (const word of ['bonjour', 'je', 'vous', 'cest', 'appelez', '15', 'calmez']) {
        r.pattern.lastIndex = 0;
        if (r.pattern.test(word))
          expect(
            [...r.firstChars].some((p) => word.startsWith(p)),
            `${r.label} ${word}`,
          ).toBe(true);
      }
    }
  });
});
