import { describe, expect, it } from 'vitest';
import { clausesOf } from './needs.ts';
import { Scanner, words } from './scan.ts';
import { alternativesOf, re } from './rules.ts';

describe('clausesOf', () => {
  it('needs the plain letter runs, without a letter made optional', () => {
    expect(clausesOf('je (?:vous |te )?comprends?(?! pas)')).toEqual([['je'], ['comprend']]);
    expect(clausesOf("c'est rien")).toEqual([['c'], ['est'], ['rien']]);
  });
  it('needs one of the ways of a group, nothing from an optional group or a lookaround', () => {
    expect(clausesOf('(?:je|on) vous (?:appellerai|rappellerai)')).toEqual([
      ['je', 'on'],
      ['vous'],
      ['appellerai', 'rappellerai'],
    ]);
    expect(clausesOf('(?<!ne )(?:vraiment )?desolee?')).toEqual([['desole']]);
  });
  it('needs what a positive lookaround holds, nothing from a negative one', () => {
    expect(clausesOf('(?<=encore )vous(?=\\s*[?!])')).toEqual([['encore'], ['vous']]);
    expect(clausesOf('(?<!encore )vous(?! (?:autres|meme))')).toEqual([['vous']]);
    expect(clausesOf('(?:le|la) (?=(?:docteur|medecin) )\\w+')).toEqual([
      ['le', 'la'],
      ['docteur', 'medecin'],
    ]);
  });
  it('reads no letters in escapes, classes and back references', () => {
    expect(clausesOf('(?<name>[a-z]{3,}) est \\k<name>(?![a-z])')).toEqual([['est']]);
    expect(clausesOf('(\\w+) \\1 \\u0027a\\d+h')).toEqual([['a'], ['h']]);
  });
});

describe('Scanner needs', () => {
  // The first alternatives start like the last but need a word the line may not have.
  const sources = [
    'je vous (?:rappelle|recontacte) demain',
    "(?:les |la |le |l')(?<same>[a-z]{3,}),? (?:est|c'est) (?:les |la |le |l')\\k<same>(?![a-z])",
    'je vous \\w+',
    'le \\w+',
  ];
  const scanner = new Scanner([
    {
      tag: 'x',
      pattern: re(sources.map((s) => `(?:${s})`).join('|'), 'y', false),
      alternatives: alternativesOf(sources),
    },
  ]);
  const scan = (text: string) => scanner.scan(text, words(text)).map((m) => text.slice(m.start, m.end));
  const whole = (text: string) => {
    const pattern = re(sources.map((s) => `(?:${s})`).join('|'), 'y', false);
    const out: string[] = [];
    let from = 0;
    for (const at of words(text).starts) {
      if (at < from) continue;
      pattern.lastIndex = at;
      if (pattern.test(text) && pattern.lastIndex > at) {
        out.push(text.slice(at, pattern.lastIndex));
        from = pattern.lastIndex;
      }
    }
    return out;
  };
  it.each([
    'je vous rappelle demain',
    'je vous rappelle plus tard',
    'je vous recontacte demain, le docteur',
    "la regle, c'est la regle",
    'le mardi est le mardi',
  ])('finds what the whole pattern finds in « %s »', (text) => {
    expect(scan(text)).toEqual(whole(text));
  });
  it('still finds an alternative whose needed word is in the line', () => {
    expect(scan('je vous rappelle demain')).toEqual(['je vous rappelle demain']);
    expect(scan('je vous rappelle plus tard')).toEqual(['je vous rappelle']);
  });
});
