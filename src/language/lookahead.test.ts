import { describe, expect, it } from 'vitest';
import { withLookaheads } from './lookahead.ts';

describe('withLookaheads', () => {
  it('puts the first letters of a word list before it', () => {
    expect(withLookaheads('(?:doliprane|dafalgan|(?:poche de )?glace|\\d+ mg)')).toBe(
      '(?=[0123456789dgp])(?:doliprane|dafalgan|(?:poche de )?glace|\\d+ mg)',
    );
  });

  it('leaves alone what it cannot read, what may be skipped and what is matched backwards', () => {
    for (const source of [
      '(?:un|une|deux|trois)?',
      "(?:un|une|'a|trois)",
      '(?:a|b|c|d?)',
      '(?:ab|cd|ef|[gh]i)',
      '(?<!(?:ne|pas|plus|jamais) )je',
    ])
      expect(withLookaheads(source)).toBe(source);
  });

  it('never changes what a pattern matches', () => {
    const source =
      '(?:vous|tu) (?:donnez|donnes|prenez|mettez)\\b[^.?!]{0,40}?(?:doliprane|dafalgan|bain(?: tiede)?|glace)';
    const plain = new RegExp(source.replace(/ /g, '[\\s-]+'), 'g');
    const sped = new RegExp(withLookaheads(source).replace(/ /g, '[\\s-]+'), 'g');
    for (const text of [
      'vous donnez du doliprane',
      'tu mettez de la glace',
      'vous prenez un bain tiede',
      'vous donnez, du doliprane',
      'vous donnez rien',
    ])
      expect([...text.matchAll(sped)].map((m) => [m.index, m[0]])).toEqual(
        [...text.matchAll(plain)].map((m) => [m.index, m[0]]),
      );
  });
});
