/**
 * What trainees type in whole calls (eval/trainee-lines conventions, issue #14): classes of
 * wordings, several each, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { has, hasNot, labels } from '../../tests/unit/acts.ts';

describe('trainee lines: slots and bookkeeping', () => {
  it('does not read slots kept for emergencies as a redirect', () => {
    hasNot(
      [
        'Le créneau de 18 h est gardé pour les urgences.',
        'Les deux places de l’après-midi sont réservées aux urgences, désolée.',
        'Ce qui reste aujourd’hui, c’est pour les urgences du jour.',
      ],
      'redirect',
    );
    has(['Il faut aller aux urgences.', 'Allez aux urgences tout de suite.'], 'redirect');
  });

  it('reads « quel que soit » as no question', () => {
    hasNot(
      [
        'C’est la même chose pour tous, quelle que soit la mutuelle.',
        'Quel que soit le motif, il faut un rendez-vous.',
      ],
      'question',
    );
  });

  it('reads a slot said as a statement as a proposal, not a booking recalled', () => {
    has(
      [
        'Jeudi 8 h 40.',
        'Il me reste 16 h 30 avec le docteur Roux.',
        'Le premier créneau que j’ai, c’est lundi 14 h.',
        'Mardi 10 h 15 ça va ?',
      ],
      'proposal',
    );
    hasNot(
      ['Alors il est prévu vendredi à 9 h avec la docteure.', 'Mercredi 12, 10 h 40, voilà.'],
      'proposal',
    );
  });

  it('does not read a recap of a booking as a reformulation, but a recap of the request is one', () => {
    hasNot(
      [
        'Je récapitule : jeudi 12 mars à 8 h 40 avec la docteure Fontanel.',
        'Je résume : lundi 9 h, cabinet de la rue Haute, venez à jeun.',
      ],
      'reformulation',
    );
    has(
      ['Je récapitule : votre fils a de la fièvre depuis hier et vous voulez le faire voir aujourd’hui.'],
      'reformulation',
    );
  });

  it('reads the waiting list announced as reassurance and offered as a proposal', () => {
    for (const line of [
      'Je vous mets aussi sur la liste d’attente.',
      'Je vous inscris sur la liste des désistements.',
    ]) {
      expect(labels(line), line).toContain('reassurance');
      expect(labels(line), line).not.toContain('proposal');
    }
    has(
      ['Je peux vous inscrire sur la liste d’attente.', 'Je vous mets sur la liste d’attente ?'],
      'proposal',
    );
  });

  it('reads a bare « je regarde » as a pause only when it ends the turn', () => {
    has(['Je regarde.', 'Je regarde pour demain.'], 'hold_request');
    hasNot(['Pas de souci, je regarde. Vous êtes madame… ?', 'Je regarde… Voilà, je l’ai.'], 'hold_request');
  });

  it('reads another practice’s number given as a redirect only', () => {
    for (const line of [
      'Voici leur numéro : 05 36 49 33 10.',
      'Leur numéro, c’est le 05 36 49 33 10.',
      'Je vous donne son numéro : 05 36 49 41 72.',
    ]) {
      expect(labels(line), line).toContain('redirect');
      expect(labels(line), line).not.toContain('proposal');
    }
  });
});

describe('trainee lines: what will be done, feelings, faults', () => {
  it('reads a message left or a visit asked as reassurance', () => {
    has(
      [
        'Je note un message pour que la docteure vous rappelle.',
        'Je leur laisse un mot.',
        'Je lui demande de passer chez vous vers midi.',
        'On va faire vite.',
      ],
      'reassurance',
    );
  });

  it('reads acknowledgements without stock words as empathy', () => {
    has(
      [
        'Ça arrive à tout le monde de perdre un papier.',
        'Merci de me le dire, ce n’est pas facile.',
        'Je sais, ça impressionne d’appeler les secours.',
        'Je suis contente que vous ayez appelé.',
      ],
      'empathy',
    );
    hasNot(['Ça arrive à tout le monde de perdre un papier.'], 'minimizing');
  });

  it('reads judging how serious it is as minimising and advice', () => {
    for (const line of [
      'Ce n’était sans doute pas bien grave.',
      'Pas besoin de déranger les urgences.',
      '38,5, ça reste raisonnable.',
      'Ça arrive souvent en ce moment.',
    ])
      expect(labels(line), line).toContain('minimizing');
    has(['Une bosse, c’est plutôt bon signe.', 'Pas besoin de déranger le 15 pour ça.'], 'medical_advice');
    hasNot(['Oh ça va, c’est pas grave d’attendre un peu.'], 'medical_advice');
  });

  it('does not read polite closings, rules with a reason or paperwork as faults', () => {
    hasNot(['Au revoir madame, reposez-vous.', 'Reposez-vous d’ici là, monsieur.'], 'medical_advice');
    has(['Reposez-vous et prenez du Doliprane.'], 'medical_advice');
    hasNot(
      [
        'C’est la règle du docteur pour ce cas-là : le 15 décide.',
        'C’est le règlement du cabinet pour tous les patients.',
      ],
      'blunt',
    );
    has(['C’est la règle.', 'C’est le règlement, madame.'], 'blunt');
    hasNot(
      ['Ce n’est qu’une ordonnance, je vais vous la faire.', 'Ce n’est qu’un certificat.'],
      'minimizing',
    );
    has(['Ce n’est qu’un petit rhume.', 'Ce n’est qu’un rendez-vous décalé.'], 'minimizing');
  });

  it('reads results read with a judgement as medical advice, not results announced', () => {
    has(
      [
        'Le cholestérol est un peu haut, mais le reste est bon.',
        'Vos analyses sont normales.',
        'La prise de sang est parfaite.',
      ],
      'medical_advice',
    );
    hasNot(
      [
        'Vos résultats sont arrivés, le docteur vous dira s’ils sont bons.',
        'Les résultats sont arrivés hier.',
      ],
      'medical_advice',
    );
  });

  it('reads curt answers that leave the caller alone as blunt', () => {
    has(
      [
        'C’est vous qui voyez, monsieur.',
        'Comme vous voulez, vous rappellerez quand vous serez disponible.',
        'Non, ce n’est pas ça.',
        'C’est le docteur qui voit ça, pas moi.',
        'Le docteur vous rappellera s’il a le temps.',
        'Je ne sais pas, moi.',
      ],
      'blunt',
    );
    hasNot(['Ce n’est pas ça qui compte, c’est votre santé.', 'Si ce n’est pas ça, rappelez-moi.'], 'blunt');
    hasNot(['Comme vous voulez, vous rappellerez quand vous serez disponible.'], 'proposal');
  });

  it('reads « souvent c’est musculaire » and « installez-vous au calme » as medical advice', () => {
    has(
      [
        'Souvent c’est musculaire, ces choses-là.',
        'C’est souvent nerveux.',
        'En attendant, installez-vous au calme, au frais.',
      ],
      'medical_advice',
    );
  });
});
