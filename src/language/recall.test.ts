/** More outside phrasing (issue #14): classes of wordings the analyser used to miss or misread. */
import { describe, expect, it } from 'vitest';
import { has, hasNot, labels } from '../../tests/unit/acts.ts';

describe('outside phrasing, more classes', () => {
  it('reads a care said to be enough or to work as medical advice, not a supply', () => {
    has(
      ['En général, un Doliprane suffit.', 'Un sirop fera l’affaire.', 'Normalement une pommade suffira.'],
      'medical_advice',
    );
    hasNot(
      [
        'Un Doliprane ne suffit pas, il faut venir.',
        'La boîte de Doliprane suffira jusqu’à votre rendez-vous.',
        'Il reste deux comprimés, ça suffit jusqu’à lundi ?',
      ],
      'medical_advice',
    );
  });

  it('reads a slot asked about in the future tense as a proposal', () => {
    for (const line of [
      'Le créneau de jeudi, ça vous ira ?',
      'Mardi 10 h, ça vous conviendra ?',
      'Et 17 h, ça vous arrangera ?',
    ]) {
      expect(labels(line), line).toContain('proposal');
      expect(labels(line), line).not.toContain('medical_advice');
    }
  });

  it('reads an exclamation with « quel » as empathy, not a question', () => {
    for (const line of ['Quelle angoisse, j’imagine.', 'Oh quelle galère !', 'Quel choc pour vous.']) {
      expect(labels(line), line).toContain('empathy');
      expect(labels(line), line).not.toContain('question');
    }
    expect(labels('Quelle heure vous arrange ?')).toContain('question');
  });

  it('reads a promise not to drop the caller as reassurance', () => {
    has(
      [
        'On ne vous laisse pas tomber.',
        'Je ne vous oublie pas, madame.',
        'Nous ne vous laisserons pas sans solution.',
      ],
      'reassurance',
    );
  });

  it('reads « se rapprocher de » a service as a redirect, and a service the practice is not as no redirect', () => {
    has(
      [
        'Il faudra vous rapprocher de l’hôpital.',
        'Je vous invite à vous rapprocher de votre mutuelle.',
        'Rapprochez-vous de la pharmacie.',
      ],
      'redirect',
    );
    hasNot(['On n’est pas un service d’urgence.', 'Nous ne sommes pas les urgences, madame.'], 'redirect');
    has(['On n’est pas un service d’urgence.', 'Nous ne sommes pas les urgences, madame.'], 'blunt');
  });

  it('reads soft minimising: the age, « inutile de paniquer », « vous en faites beaucoup »', () => {
    has(
      [
        'C’est de votre âge.',
        'Chez un bébé, c’est normal à cet âge.',
        'Inutile de vous inquiéter.',
        'Inutile de paniquer.',
        'Vous en faites beaucoup.',
      ],
      'minimizing',
    );
    hasNot(['Vous en faites beaucoup pour lui, c’est admirable.', 'Quel âge a-t-il ?'], 'minimizing');
  });

  it('reads blame and « votre problème » as blunt, not « aucun souci »', () => {
    has(
      [
        'Vous auriez dû prendre rendez-vous avant.',
        'Vous auriez pu nous prévenir plus tôt.',
        'C’est votre problème, pas le mien.',
        'Ça, c’est votre affaire.',
      ],
      'blunt',
    );
    hasNot(
      [
        'Il n’y a aucun souci, on vous trouve un créneau.',
        'Il n’y a rien de grave dans votre dossier, le docteur vous expliquera.',
      ],
      'blunt',
    );
  });

  it('reads reassurance said as what will be done or kept informed', () => {
    has(
      ['On vous tient informé.', 'Je vous tiendrai au courant.', 'Le nécessaire sera fait.'],
      'reassurance',
    );
  });

  it('reads redirects to the administrations and « prendre contact avec »', () => {
    has(
      [
        'Voyez ça avec la sécurité sociale.',
        'Je vous conseille de vous adresser à la PMI.',
        'Prenez contact avec votre caisse.',
        'Il faut prendre contact avec la CAF.',
      ],
      'redirect',
    );
    hasNot(['Voyez ça avec la sécurité sociale.', 'Prenez contact avec votre caisse.'], 'blunt');
    expect(labels('Voyez ça avec lui.')).toContain('blunt');
  });

  it('reads fear acknowledged as empathy', () => {
    has(
      [
        'Vous avez eu peur, c’est normal.',
        'Ça a dû vous faire une sacrée frayeur.',
        'Vous avez dû avoir très peur.',
      ],
      'empathy',
    );
  });

  it('reads a service the practice does not take as blunt, not a redirect', () => {
    for (const line of ['On ne prend pas les urgences.', 'Nous ne prenons pas les urgences ici.']) {
      expect(labels(line), line).toContain('blunt');
      expect(labels(line), line).not.toContain('redirect');
    }
  });

  it('reads curt answers: already answered, nothing more to do, « pas votre secrétaire »', () => {
    has(
      [
        'Je vous ai déjà répondu.',
        'Je vous ai déjà expliqué.',
        'Je ne vois pas ce que je peux faire de plus.',
        'Je ne suis pas votre secrétaire.',
        'Ce n’est pas la peine d’insister.',
      ],
      'blunt',
    );
    hasNot(['Je ne vois pas ce que je peux faire de plus.'], 'proposal');
  });

  it('reads a hedged « ce n’est sûrement rien » as minimising and advice, and « pas lieu de s’inquiéter » as minimising', () => {
    for (const line of ['Ne vous inquiétez pas, ce n’est sûrement rien.', 'C’est probablement rien.']) {
      expect(labels(line), line).toContain('minimizing');
      expect(labels(line), line).toContain('medical_advice');
    }
    has(['Il n’y a pas lieu de s’inquiéter.', 'Pas lieu de vous affoler.'], 'minimizing');
  });
});
