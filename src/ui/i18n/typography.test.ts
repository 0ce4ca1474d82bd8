import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { everyRule, typeset, typo } from './typography.ts';

const NNBSP = '\u202f';
const NBSP = '\u00a0';

describe('typo: French typography', () => {
  it('puts a narrow no-break space before ? ! ;', () => {
    expect(typo('Allô ? Vous êtes là !')).toBe(`Allô${NNBSP}? Vous êtes là${NNBSP}!`);
    expect(typo('demain ; après-demain')).toBe(`demain${NNBSP}; après-demain`);
  });

  it('puts a no-break space before a colon, not in a time written 16:30', () => {
    expect(typo('Profil : Inès')).toBe(`Profil${NBSP}: Inès`);
    expect(typo('à 16:30')).toBe('à 16:30');
  });

  it('puts no-break spaces inside guillemets, adding them when missing', () => {
    expect(typo('« Bonjour »')).toBe(`«${NBSP}Bonjour${NBSP}»`);
    expect(typo('«Bonjour»')).toBe(`«${NBSP}Bonjour${NBSP}»`);
  });

  it('keeps quantities with their number: 16 h 30, n° 3, 39,4 °C, 20 %', () => {
    expect(typo('à 16 h 30 ou 17 h')).toBe(`à 16${NBSP}h${NBSP}30 ou 17${NBSP}h`);
    expect(typo('bureau n° 3')).toBe(`bureau n°${NBSP}3`);
    expect(typo('39,4 °C')).toBe(`39,4${NBSP}°C`);
    expect(typo('20 %')).toBe(`20${NBSP}%`);
  });

  it('leaves words that start with h alone', () => {
    expect(typo('3 heures')).toBe('3 heures');
  });

  it('turns a no-break space before ? into a narrow one, and is idempotent', () => {
    expect(typo(`Quoi${NBSP}?`)).toBe(`Quoi${NNBSP}?`);
    const once = typo('« Allô ? » à 16 h 30 : n° 3 ; 39,4 °C !');
    expect(typo(once)).toBe(once);
  });

  it('does not add a space before a sign that starts a text', () => {
    expect(typo('? aide')).toBe('? aide');
  });
});

describe('typeset: a catalogue', () => {
  it('sets strings, nested ones and the results of functions, and keeps the rest', () => {
    const fr = typeset({
      a: 'Qui ?',
      nested: { b: 'Note :' },
      f: (name: string) => `Profil : ${name} ?`,
      n: 3,
      list: ['Oui !'],
    });
    expect(fr.a).toBe(`Qui${NNBSP}?`);
    expect(fr.nested.b).toBe(`Note${NBSP}:`);
    expect(fr.f('Inès')).toBe(`Profil${NBSP}: Inès${NNBSP}?`);
    expect(fr.n).toBe(3);
    expect(fr.list[0]).toBe(`Oui${NNBSP}!`);
  });

  it('gives the same set strings however the catalogue is read (spread, entries, JSON)', () => {
    const fr = typeset({ a: 'Qui ?', nested: { b: 'Note :', c: ['« oui »'] } });
    const expected = { a: `Qui${NNBSP}?`, nested: { b: `Note${NBSP}:`, c: [`«${NBSP}oui${NBSP}»`] } };
    expect({ ...fr }).toEqual(expected);
    expect(Object.fromEntries(Object.entries(fr.nested))).toEqual(expected.nested);
    expect(JSON.parse(JSON.stringify(fr))).toEqual(expected);
    expect(fr.nested).toBe(fr.nested);
  });
});

describe('typo: the shortcut for texts no rule applies to', () => {
  it('gives what every rule gives, on texts made of the signs the rules look for', () => {
    const piece = fc.constantFrom(
      ' ',
      '\u00a0',
      '\u202f',
      '?',
      '!',
      ';',
      ':',
      '«',
      '»',
      '°',
      '%',
      '€',
      'h',
      'n',
      'N',
      '1',
      '6',
      'C',
      'a',
      'é',
      '-',
      '.',
      ',',
      '\n',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }), (pieces) => {
        const text = pieces.join('');
        expect(typo(text)).toBe(everyRule(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves an agenda’s times, names and ids as they are', () => {
    for (const text of ['09:00', 'Dr Anne Martin', 'slot-2026-03-02-0900', '16h30', 'n°3'])
      expect(typo(text)).toBe(text);
  });
});
