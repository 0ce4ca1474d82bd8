import { describe, expect, it } from 'vitest';
import { fold } from './normalize.ts';
import { Guarded, lineOf, meetsAll, needsOf } from './triples.ts';

describe('needs against a line', () => {
  it('are met by a line that holds one run of each clause, as a word or inside one', () => {
    const needs = needsOf('je (?:vous |te )?(?:rappellerai|recontacterai) (?:demain|lundi)');
    for (const text of [
      'je vous rappellerai demain',
      'Je te recontacterai lundi.',
      'on se rappellerai, demain',
    ])
      expect(meetsAll(lineOf(fold(text)), needs)).toBe(true);
  });
  it('are not met by a line without any run of a clause', () => {
    const needs = needsOf('je (?:vous |te )?(?:rappellerai|recontacterai) (?:demain|lundi)');
    for (const text of ['je vous rappelle demain', 'Je vous recontacte lundi.', 'rappel-lerai demain'])
      expect(meetsAll(lineOf(fold(text)), needs)).toBe(false);
  });
});

describe('Guarded', () => {
  // Plain patterns as the analyser writes them: alternations, optional parts, lookarounds, gaps.
  const patterns = [
    /\b(?:merci (?:de|pour) (?:votre|cette) (?:patience|attente)|me (?:re)?voila|je suis de retour)\b/,
    /\b(?:rappelez|recontactez)\b[^.?!]*\b(?:si|s'il|en cas d\w*)\b/,
    /impossible|pas possible|refus|(?:prend|accepte|soigne) (?:pas|plus)/,
    /(?<=encore )vous(?=\s*[?!])/,
  ];
  const lines = [
    'Merci pour votre patience, madame.',
    "Me revoilà ! Je suis de retour, c'est bon.",
    "Rappelez-nous s'il a de la fièvre cette nuit.",
    'Rappelez demain.',
    "Ce n'est pas possible aujourd'hui, on refuse du monde.",
    'Le docteur ne prend plus de nouveaux patients.',
    'Encore vous ?',
    'Vous encore ?',
    'Bonjour, cabinet du docteur Martin.',
  ];
  it.each(lines)('finds in « %s » what the pattern alone finds', (text) => {
    const folded = fold(text);
    const line = lineOf(folded);
    for (const pattern of patterns) {
      const guarded = new Guarded(pattern);
      expect(guarded.test(line, folded)).toBe(pattern.test(folded));
      expect(guarded.exec(line, folded)?.index).toBe(pattern.exec(folded)?.index);
      // A part of the line too (a sentence of it).
      const part = folded.slice(folded.indexOf(' ') + 1);
      expect(guarded.test(line, part)).toBe(pattern.test(part));
    }
  });
  it('refuses a pattern whose place or case a skipped call would change', () => {
    expect(() => new Guarded(/rappel/g)).toThrow();
    expect(() => new Guarded(/rappel/y)).toThrow();
    expect(() => new Guarded(/rappel/i)).toThrow();
  });
});
