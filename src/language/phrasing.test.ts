/** Acts read from structure on real phrasing (eval/real-phrases/tune.jsonl), as classes of wordings. */
import { describe, it } from 'vitest';
import { has, hasNot } from '../../tests/unit/acts.ts';

describe('refusals read from their structure', () => {
  it('reads the practice declining a service, without an alternative, as blunt', () => {
    has(
      [
        'Le docteur ne prend plus personne en ce moment.',
        'Nous ne recevons pas les patients sous AME.',
        'Elle ne peut pas vous recevoir.',
        'Je ne m’occupe pas de ça.',
        'Le cabinet n’est pas accessible.',
        'Non, on n’est pas conventionnés.',
        'Nous n’avons plus de créneaux cette semaine.',
        'On n’a pas de médecin disponible avant lundi.',
        'Ce ne sera pas avant septembre.',
        'Les rendez-vous sont tous pris jusqu’à fin mars.',
        'Il faudra attendre jeudi.',
      ],
      'blunt',
    );
  });

  it('reads a caller sent to call back later, without an alternative, as blunt', () => {
    has(
      [
        'Il faut rappeler lundi.',
        'Va falloir rappeler la semaine prochaine.',
        'Je vous invite à rappeler demain matin.',
        'Rappelez pendant les heures d’ouverture.',
        'Réessayez plus tard.',
        'Faudrait que vous le rappeliez cet après-midi.',
      ],
      'blunt',
    );
  });

  it('does not call a refusal blunt when it comes with an alternative, nor a call-back to the 15', () => {
    hasNot(
      [
        'Le docteur ne prend plus de nouveaux patients, mais je peux vous donner le nom d’un confrère.',
        'Nous n’avons plus de créneau aujourd’hui, je peux vous proposer demain 9 h.',
        'Il faudra rappeler le 15 si ça ne passe pas.',
        'Il n’y a plus de place ce matin, le docteur vous rappellera à midi.',
      ],
      'blunt',
    );
  });

  it('reads blame and scorn of the caller as blunt', () => {
    has(['C’est votre faute, madame.', 'Vous abusez, là.', 'C’est une blague ?'], 'blunt');
  });
});

describe('openings read from their structure', () => {
  it('reads « bonjour » after the name of a place or a person as a greeting', () => {
    has(
      [
        'Pharmacie des Lilas, bonjour !',
        'Mutuelle Santé Plus bonjour',
        'Madame Petit ? Bonsoir, ici le cabinet.',
        'Rebonjour madame.',
        'Julien Marchand, bonjour.',
      ],
      'greeting',
    );
    hasNot(['Passez-lui le bonjour de ma part.'], 'greeting');
  });

  it('reads an opening on service or on the speaker’s own name as a greeting', () => {
    has(
      [
        'Claire, à votre service.',
        'Agence Martin, à votre écoute.',
        'Ici Sophie Laurent.',
        'Accueil du centre, ici Paul Girard.',
        'Je m’appelle Hélène Morel, je suis l’infirmière du service.',
        'Standard de la clinique, Nadia Benali.',
      ],
      'greeting',
    );
    hasNot(['ici c’est complet', 'Je suis désolée, ce n’est pas possible.'], 'greeting');
  });
});

describe('holds, offers, promises and redirects read from their structure', () => {
  it('reads a request to stay on the line as a hold', () => {
    has(
      [
        'Gardez la ligne, s’il vous plaît.',
        'Restez sur la ligne.',
        'Demeurez en ligne, madame.',
        'Merci de ne pas quitter.',
        'Je vais voir si le docteur Morel est disponible.',
        'Je vois si je peux la déranger.',
      ],
      'hold_request',
    );
  });

  it('reads an offer made as a question about the caller’s wish as a proposal', () => {
    has(
      [
        'Désirez-vous laisser un message ?',
        'Voulez-vous laisser vos coordonnées ?',
        'Que diriez-vous du 12 mars ?',
        'Le docteur est en consultation. Quand peut-il vous rappeler ?',
      ],
      'proposal',
    );
  });

  it('reads a promise of follow-up as reassurance', () => {
    has(
      [
        'Nous allons donner suite à votre demande.',
        'Je m’engage à vous rappeler avant midi.',
        'On fait toujours de notre mieux dans ces cas-là.',
        'Votre demande a été prise en compte.',
        'On vous envoie un SMS de confirmation.',
        'Nous vous rendrons les radios jeudi.',
        'Je vais voir ce que je peux faire pour vous.',
      ],
      'reassurance',
    );
    hasNot(['Je vais voir ce que je peux faire pour vous.'], 'proposal');
    has(['Ce que je peux faire, c’est vous inscrire sur la liste d’attente.'], 'proposal');
  });

  it('reads the caller sent to the hospital or another number as a redirect', () => {
    has(
      [
        'Il vaut mieux aller directement à l’hôpital.',
        'Vous serez mieux prise en charge aux urgences.',
        'Pour ça, il faut que vous appeliez le 3646.',
        'Voici le numéro de la plateforme.',
      ],
      'redirect',
    );
  });
});

describe('scorn, dismissal, elisions and closings read from their structure', () => {
  it('reads « that is how it is here » and a full agenda, without an alternative, as blunt', () => {
    has(
      [
        'C’est comme ça chez nous, madame.',
        'C’est comme cela qu’on fonctionne ici.',
        'Le planning de la semaine est complet.',
        'Toutes nos lignes sont occupées.',
        'Il ne fallait pas annuler.',
        'Nous ne vous recevrons pas.',
        'Le secrétariat ne peut vous répondre.',
      ],
      'blunt',
    );
    hasNot(['Le planning est complet, mais je peux vous inscrire sur la liste d’attente.'], 'blunt');
  });

  it('reads a caller told their emotion is out of place as minimizing', () => {
    has(
      [
        'Vous vous énervez pour rien.',
        'Tu t’agites pour si peu.',
        'Baissez d’un ton, s’il vous plaît.',
        'Il faut être courageuse, madame.',
        'Ça ne sert à rien de pleurer.',
      ],
      'minimizing',
    );
  });

  it('reads spoken elisions as familiarity, not SMS spelling', () => {
    has(
      ['Bonjour m’sieu Durand.', 'Z’avez votre carte Vitale ?', 'J’suis à vous dans deux minutes.'],
      'familiarity',
    );
    hasNot(['jsuis pas medecin, mais je vous passe le docteur'], 'familiarity');
  });

  it('reads thanks for the call and wishes for the day as a closing', () => {
    has(
      [
        'Je vous remercie de votre appel.',
        'Nous vous remercions d’avoir appelé le cabinet.',
        'Je vous souhaite une agréable soirée.',
      ],
      'closing',
    );
  });
});

describe('a slot said available', () => {
  it('reads a date or a time said possible or free, or offered with « sinon », as a proposal', () => {
    has(
      [
        'Le jeudi 4, ce serait possible vers 11 heures.',
        'Demain à 14 h, c’est libre.',
        'Sinon, lundi matin avec le docteur Roux.',
      ],
      'proposal',
    );
    hasNot(
      [
        'Il fait une chaleur pas possible aujourd’hui.',
        'Et vous n’êtes libre que le matin, c’est ça ?',
        'Demain 9 h, ce n’est pas possible.',
      ],
      'proposal',
    );
  });
});
