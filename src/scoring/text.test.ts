import { describe, expect, it } from 'vitest';
import { findDisclosure, findNumber, findSafetyNet, findThanksForWaiting, fold } from './text.ts';
import { relativesSource } from '../language/readers.ts';

const quoted = (text: string, span: [number, number] | undefined) => (span ? text.slice(...span) : undefined);

describe('fold', () => {
  it('keeps positions so a match quotes the original words', () => {
    const text = 'Ça s’aggrave ? 🙂 Appelez le SAMU';
    expect(fold(text)).toHaveLength(text.length);
    expect(fold(text)).toBe("ca s'aggrave ? 🙂 appelez le samu");
  });
});

describe('findDisclosure', () => {
  // A call about « son fils Léo, 6 ans »: the son may be talked about, anyone else may not.
  const relatives = relativesSource('son fils Léo, 6 ans');
  it.each([
    ['Oui, votre mari a rendez-vous jeudi à 10 h.', 'votre mari a rendez-vous'],
    ['Votre femme est venue hier matin.', 'Votre femme est venue'],
    ['Ses résultats sont normaux, rassurez-vous.', 'Ses résultats sont'],
    ['Votre mère est suivie pour son diabète.', 'Votre mère est suivie'],
    ['Votre fille est venue mardi.', 'Votre fille est venue'],
    ['Oui, votre sœur a bien rendez-vous lundi.', 'votre sœur a bien rendez-vous'],
  ])('finds « %s »', (text, words) => {
    expect(quoted(text, findDisclosure(text, relatives))).toBe(words);
  });

  it.each([
    'Je ne peux pas vous dire si votre mari a rendez-vous.',
    'Je suis désolée, je ne suis pas autorisée à vous dire si votre femme est venue.',
    'Votre fils a rendez-vous demain à 9 h.',
    'Vous avez rendez-vous jeudi à 10 h.',
    'Vos résultats sont arrivés, le docteur vous rappellera.',
  ])('leaves « %s » alone', (text) => {
    expect(findDisclosure(text, relatives)).toBeUndefined();
  });
});

describe('findThanksForWaiting', () => {
  it.each([
    ['Merci de votre patience, madame.', 'Merci de votre patience'],
    ['Merci d’avoir patienté. Alors…', 'Merci d’avoir patienté'],
    ['Desole pour l’attente.', 'Desole pour l’attente'],
  ])('finds « %s »', (text, words) => {
    expect(quoted(text, findThanksForWaiting(text))).toBe(words);
  });

  it('does not take any « merci » for it', () => {
    expect(findThanksForWaiting('Merci, au revoir.')).toBeUndefined();
  });
});

describe('findSafetyNet', () => {
  it.each([
    'Si ça s’aggrave, rappelez-nous ou faites le 15.',
    'S’il a des taches qui ne s’effacent pas, vous appelez le 15 sans attendre.',
    'En cas d’aggravation, le 116 117 répond toute la nuit.',
  ])('finds « %s »', (text) => {
    expect(findSafetyNet(text)).toBeDefined();
  });

  it('needs a condition', () => {
    expect(findSafetyNet('Je vous ai mis un rendez-vous à 15 h.')).toBeUndefined();
  });
});

describe('findNumber', () => {
  it('finds a number however it is spaced, or its spoken name', () => {
    expect(quoted('Composez le 116117.', findNumber('Composez le 116117.', '116 117'))).toBe('116117');
    expect(quoted('Le 116 117, le soir.', findNumber('Le 116 117, le soir.', '116 117'))).toBe('116 117');
    expect(quoted('Appelez le SAMU.', findNumber('Appelez le SAMU.', '15'))).toBe('SAMU');
  });

  it('does not take a time, an age or part of a longer number for it', () => {
    for (const text of [
      'Rendez-vous à 15 h.',
      'À 15h30 alors.',
      'Il a 15 ans.',
      'Le 05 61 15 12 12.',
      'Le 115.',
    ])
      expect(findNumber(text, '15'), text).toBeUndefined();
  });
});

describe('a disclosure about a relative', () => {
  it('spares the person the call is about, and no one else', () => {
    const aboutDaughter = relativesSource('sa fille Inès, 4 ans');
    expect(findDisclosure('Votre fille est venue mardi.', aboutDaughter)).toBeUndefined();
    expect(findDisclosure('Votre fille a rendez-vous jeudi.', aboutDaughter)).toBeUndefined();
    expect(findDisclosure('Votre mère est venue mardi.', aboutDaughter)).toBeDefined();
    const aboutHimself = relativesSource(undefined);
    expect(findDisclosure('Votre fille est venue mardi.', aboutHimself)).toBeDefined();
    expect(findDisclosure('Oui, votre fils a bien rendez-vous lundi.', aboutHimself)).toBeDefined();
    expect(findDisclosure('Votre femme prend déjà ce traitement.', aboutHimself)).toBeDefined();
  });

  const own = new Set(['noe', 'berthier', 'mazet']);
  const about = relativesSource('son fils Noé, 4 ans');
  it.each([
    'C’est la série : la petite Zoé Arnal est passée cet après-midi avec une angine.',
    'Le petit Malo a eu la même chose hier.',
    'Madame Roux est venue pour ça ce matin.',
    'D’autres enfants sont passés avec la même fièvre.',
    'Une autre patiente a eu le même traitement.',
    'Votre voisine est venue pour ses analyses.',
  ])('catches a disclosure about someone else in « %s »', (text) =>
    expect(findDisclosure(text, about, own)).toBeDefined(),
  );
  it.each([
    'Le petit Noé a rendez-vous demain à 8 h 50.',
    'La docteure Mazet est passée au cabinet.',
    'Je ne peux pas vous dire si madame Roux est venue.',
    'Le petit a eu de la fièvre depuis midi ?',
    'Nous avons un autre patient du même nom : quelle est sa date de naissance ?',
  ])('tells nothing about another person in « %s »', (text) =>
    expect(findDisclosure(text, about, own)).toBeUndefined(),
  );
});

describe('findDisclosure: another person named from the records', () => {
  it.each([
    'On a vu ce matin la petite Jade Labat, elle avait une angine.',
    'Haddad… j’ai une Samira Haddad qui est venue mardi dernier avec un petit garçon.',
    'Le docteur a reçu hier madame Roux pour la même chose.',
  ])('reads a disclosure in « %s »', (text) => {
    expect(findDisclosure(text, 'mari|femme', new Set(['haddad']))).toBeDefined();
  });

  it.each(['Je vous mets avec une Dre de garde.', 'On a vu ensemble le créneau de jeudi.'])(
    'leaves alone « %s »',
    (text) => {
      expect(findDisclosure(text, 'mari|femme')).toBeUndefined();
    },
  );
});
