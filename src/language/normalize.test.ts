import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, sentences } from './normalize.ts';

describe('fold', () => {
  it('lower-cases, strips accents and plain-quotes, keeping every character in place', () => {
    expect(fold('Ça Fait MAL à l’Épaule « œuf »')).toBe('ca fait mal a l\'epaule " ouf "');
    for (const text of ['İstanbul', 'ok 😀 d’accord', 'ÆŒ`ß\tnon'])
      expect(fold(text)).toHaveLength(text.length);
  });

  it('keeps the length of any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (text) => fold(text).length === text.length),
    );
  });
});

describe('sentences', () => {
  it('cuts at end marks, not at decimals or « Dr. », and splits clauses', () => {
    const folded = fold('Il a 39.5 de fièvre, depuis hier. Dr. Martin est là ? Oui');
    const all = sentences(folded);
    expect(all.map((s) => s.text)).toEqual(['il a 39.5 de fievre, depuis hier', 'dr. martin est la', 'oui']);
    expect(all.map((s) => s.asks)).toEqual([false, true, false]);
    expect(all[0]!.clauses.map((c) => c.text)).toEqual(['il a 39.5 de fievre', 'depuis hier']);
  });
});
