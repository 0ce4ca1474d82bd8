/** Acts read from structure on real phrasing (eval/real-phrases/tune.jsonl), as classes of wordings. */
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.ts';
import type { ActLabel } from './labels.ts';

const labels = (text: string) => analyze(text).acts.map((a) => a.type);
const has = (lines: string[], label: ActLabel) => {
  for (const line of lines) expect(labels(line), line).toContain(label);
};
const hasNot = (lines: string[], label: ActLabel) => {
  for (const line of lines) expect(labels(line), line).not.toContain(label);
};

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
