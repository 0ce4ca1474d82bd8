/**
 * Acts read from the structure of a sentence rather than from one stock phrase (issue #14): each
 * class is several wordings of one frame, written for these tests, with the near misses the frame
 * must leave alone.
 */
import { describe, it } from 'vitest';
import { has, hasNot } from '../../tests/unit/acts.ts';

describe('elided « d’ » before an optional space', () => {
  it('matches « d’ » glued to the next word as well as « de » and a space', () => {
    has(
      [
        'Ça ne sert à rien d’aller aux urgences.',
        'Pas la peine d’en faire autant, madame.',
        'Pas la peine d’vous inquiéter.',
        'Ce n’est pas la peine de vous énerver.',
      ],
      'minimizing',
    );
    has(['Excusez-moi d’vous faire attendre.'], 'empathy');
    has(['J’ai pas le droit d’prendre de messages.'], 'blunt');
  });

  it('keeps the words the pattern excludes after « du », « de » or « d’ »', () => {
    hasNot(
      [
        'Renseignez-vous auprès du docteur lors de la consultation.',
        'Voyez cela auprès de notre secrétariat demain.',
      ],
      'redirect',
    );
  });
});

describe('an instruction about a drug or a care said through a modal', () => {
  it('reads « il faut », « on peut », « vous devriez »… with an adverb or a pronoun in between', () => {
    has(
      [
        'Il faut juste arrêter la statine quelques jours.',
        'On pourrait lui redonner un peu de sirop vers minuit.',
        'Vous devriez simplement espacer les comprimés.',
        'Il suffit de lui couper le comprimé en deux.',
        'Le mieux serait de reprendre l’Augmentin.',
        'Il faudrait d’abord stopper l’aspirine avant la prise de sang.',
        'La docteure dit souvent qu’on peut sauter une dose de Kardégic sans souci.',
      ],
      'medical_advice',
    );
  });

  it('reads drugs named by class or by their common names', () => {
    has(
      [
        'Vous pouvez reprendre votre statine dès ce soir.',
        'Il faut arrêter le Xarelto deux jours avant.',
        'Continuez l’amoxicilline jusqu’au bout.',
      ],
      'medical_advice',
    );
  });

  it('leaves appointments, restatements and refusals alone', () => {
    hasNot(
      [
        'Il faut prendre rendez-vous pour renouveler le traitement.',
        'Vous pouvez passer prendre l’ordonnance pour vos médicaments.',
        'Si je comprends bien, vous pensez à prendre un Lexomil ce soir ?',
        'Vous êtes à bout, vous pensez à prendre ce Xanax ce soir.',
        'Si je vous suis bien : vous êtes tombée ce matin et vous prenez de l’Eliquis. C’est ça ?',
        'Je ne peux pas vous dire s’il faut arrêter le traitement, c’est au docteur de voir.',
        'Je peux vous donner un rendez-vous pour votre traitement.',
        'Prenez rendez-vous pour renouveler vos médicaments.',
      ],
      'medical_advice',
    );
  });

  it('leaves an indirect question (« s’il faut », « si on peut ») alone', () => {
    hasNot(
      [
        'Le docteur vous dira s’il faut arrêter la statine.',
        'Je ne sais pas si on peut couper le comprimé, je demande au docteur.',
        'Je ne sais pas si vous devez reprendre l’Augmentin.',
      ],
      'medical_advice',
    );
  });

  it('reads the instruction, not an offer, when « on peut » gives a drug', () => {
    const lines = ['On peut lui mettre un suppositoire.', 'Je peux lui redonner du sirop, si vous voulez.'];
    has(lines, 'medical_advice');
    hasNot(lines.slice(0, 1), 'proposal');
  });
});

describe('a complaint said to be « just » a small thing', () => {
  it('reads a person said to have « juste » a small illness as minimizing and as advice', () => {
    const lines = [
      'Il a juste une petite entorse.',
      'Vous avez seulement un rhume, rien de plus.',
      'Elle a simplement une petite otite.',
    ];
    has(lines, 'minimizing');
    has(lines, 'medical_advice');
  });

  it('leaves a request, an appointment or a question alone', () => {
    hasNot(
      ['Vous avez juste une question ?', 'Il a juste un rendez-vous à décaler.', 'Elle a juste une minute ?'],
      'minimizing',
    );
  });
});

describe('a refusal citing cover, origin, handicap or age', () => {
  it('reads it as blunt whatever the verb and the order', () => {
    has(
      [
        'Ils limitent les patients à la CSS.',
        'On évite les patients à l’AME, ça fait trop de papiers.',
        'Le docteur refuse les patients sans mutuelle.',
        'Les bénéficiaires de la C2S, on ne les prend plus.',
        'Les personnes en fauteuil roulant, le cabinet ne les reçoit pas.',
      ],
      'blunt',
    );
  });

  it('leaves a denial of any such ground alone', () => {
    hasNot(
      [
        'Nous ne refusons personne pour sa mutuelle.',
        'On ne limite pas les patients à la CMU, tout le monde est reçu.',
      ],
      'blunt',
    );
  });
});

describe('a practice closed to newcomers, said of anyone', () => {
  it('reads it as blunt without an alternative', () => {
    has(
      [
        'Les médecins ont arrêté de prendre de nouveaux patients.',
        'Nos docteurs n’acceptent plus de nouveaux patients.',
        'Le cabinet a fermé sa patientèle.',
        'Ils n’ont vraiment plus de place.',
        'Il ou elle ne prend pas de nouveaux patients.',
      ],
      'blunt',
    );
  });

  it('is no longer blunt when an alternative follows', () => {
    hasNot(
      [
        'Nos docteurs n’acceptent plus de nouveaux patients, mais je peux vous donner le numéro du centre de santé.',
        'Le cabinet a fermé sa patientèle ; la docteure Blanc, à Muret, prend encore du monde.',
      ],
      'blunt',
    );
  });
});

describe('a slot offered after a contrast', () => {
  it('reads the slot as a proposal and the refusal as softened', () => {
    const lines = [
      'C’est complet, mais jeudi à 10 h.',
      'Plus rien aujourd’hui, sinon demain 9 h 30.',
      'Aujourd’hui c’est fini, en revanche mardi 14 h.',
      'Cette semaine c’est plein, mais il me reste le créneau de lundi 8 h.',
    ];
    has(lines, 'proposal');
    hasNot(lines, 'blunt');
  });

  it('reads what is left or the first slot free as a proposal', () => {
    has(
      [
        'Il me reste le créneau de 11 h 40.',
        'Il nous reste une consultation à 17 h.',
        'La première place disponible, c’est mardi.',
        'Le prochain rendez-vous libre sera jeudi 14.',
      ],
      'proposal',
    );
  });

  it('leaves a day that is full too, or the caller’s own plans, alone', () => {
    hasNot(
      [
        'C’est complet cette semaine, mais jeudi c’est complet aussi.',
        'Vous aimeriez venir tôt, mais le mercredi vous travaillez, c’est ça ?',
      ],
      'proposal',
    );
  });
});

describe('what will be done, announced', () => {
  it('reads the case passed on with an object pronoun as reassurance', () => {
    has(
      [
        'Je le signale au radiologue.',
        'Je la préviens tout de suite.',
        'Je le note et je le transmets à la docteure.',
        'Je les fais suivre au kiné dès ce soir.',
        'Je vous rassure : votre dossier est complet.',
      ],
      'reassurance',
    );
  });

  it('reads a callback promised on a condition as reassurance', () => {
    has(
      [
        'Si ça se libère avant, on vous appelle.',
        'Et si quelqu’un annule, je vous appelle au 06 12 34 56 78.',
        'Si une place se libère, nous vous rappelons sur votre portable.',
      ],
      'reassurance',
    );
  });

  it('leaves a refusal to pass it on and a reminder alone', () => {
    hasNot(
      ['Je ne le signale pas, ce n’est pas utile.', 'Je vous rappelle que le cabinet ferme à 19 h.'],
      'reassurance',
    );
  });
});

describe('empathy with a few words between the marker and the feeling', () => {
  it('reads « je sais que cette situation est difficile » and its kin', () => {
    has(
      [
        'Je sais que cette situation est difficile.',
        'J’imagine que toute cette attente doit être pénible.',
        'Je vois que tout ça est vraiment épuisant pour vous.',
      ],
      'empathy',
    );
  });
});

describe('the caller told to bear it', () => {
  it('reads orders to stop, luck and fate as minimizing', () => {
    has(
      [
        'Cessez de vous lamenter, madame.',
        'Estimez-vous heureux, il y a pire.',
        'Bon, c’est la vie.',
        'Il faudra faire avec.',
        'Prenez sur vous, ça ira.',
      ],
      'minimizing',
    );
  });

  it('reads « vous n’avez rien » as minimizing and as a diagnosis, but not when asked', () => {
    const lines = ['Vous n’avez rien du tout.', 'Il n’a rien, madame.', 'Elle n’a rien de grave.'];
    has(lines, 'minimizing');
    has(lines, 'medical_advice');
    hasNot(['Vous n’avez rien, vous ?', 'Vous n’avez rien à perdre.'], 'minimizing');
  });
});

describe('a prognosis or a permission', () => {
  it('reads them as medical advice', () => {
    has(
      [
        'Dans trois jours il n’y paraîtra plus.',
        'Vous serez vite sur pied.',
        'Elle va très vite s’en remettre.',
        'Vous pouvez manger normalement sans problème.',
        'Il n’y a aucun risque à continuer le sirop.',
        'Ce sont les nerfs, rien de plus.',
      ],
      'medical_advice',
    );
  });

  it('reads « tout seul » as a prognosis only after a verb of healing', () => {
    has(['Ça va passer tout seul.', 'Ça devrait partir tout seul en deux jours.'], 'medical_advice');
    hasNot(
      [
        'Il est tout seul à la maison ?',
        'Je ne vais pas vous laisser tout seul.',
        'Vous pouvez venir sans problème.',
      ],
      'medical_advice',
    );
  });
});

describe('curt answers without a stock refusal', () => {
  it('reads take-it-or-leave-it, not-my-remit and orders as blunt', () => {
    has(
      [
        'C’est à prendre ou à laisser.',
        'Ce sera ça ou rien.',
        'Faudra vous contenter de ça.',
        'Tant pis pour vous.',
        'Je ne suis pas magicienne, madame.',
        'J’en sais rien, moi.',
        'Vous auriez pu prévenir avant.',
        'Si ça ne vous plaît pas, allez ailleurs.',
        'Parlez plus fort.',
        'Ça ne relève pas de mes compétences.',
      ],
      'blunt',
    );
  });

  it('leaves polite requests and a remit with an alternative alone', () => {
    hasNot(
      [
        'Pouvez-vous répéter, s’il vous plaît ?',
        'Ça ne relève pas de mes compétences, mais je peux demander au docteur de vous rappeler.',
      ],
      'blunt',
    );
  });
});

describe('a refusal answered by a slot in another sentence', () => {
  it('is not blunt once a slot is said in words', () => {
    hasNot(
      [
        'Les places de ce soir sont pour les urgences, je ne peux pas les donner. Demain 9 h 10, vous serez reçu.',
        'Je ne peux pas vous prendre aujourd’hui. Mardi 16 h 30 avec la docteure Roux.',
      ],
      'blunt',
    );
  });

  it('reads a drug or a symptom that « ne fait pas » something as no refusal', () => {
    hasNot(
      ['À cet âge-là, ça ne fait pas grand-chose.', 'Le sirop ne fait pas effet tout de suite.'],
      'blunt',
    );
    has(['Le docteur ne fait pas de visites.', 'On ne prend pas de nouveaux patients.'], 'blunt');
  });
});

describe('a diagnosis by analogy or by the season', () => {
  it('reads it as medical advice', () => {
    has(
      [
        'Ils ont dû se la passer à la crèche.',
        'Il a dû attraper froid.',
        'C’est sûrement la même chose que sa sœur.',
        'Il y a beaucoup de gastros en ce moment.',
        'Toute la classe y passe.',
      ],
      'medical_advice',
    );
  });

  it('leaves an errand or a plain fact alone', () => {
    hasNot(['Il a dû passer à la pharmacie.', 'Il y a beaucoup de monde en ce moment.'], 'medical_advice');
  });
});

describe('a transfer and an understanding said in few words', () => {
  it('reads a transfer to someone of the practice as a proposal', () => {
    has(
      [
        'Je transfère à ma collègue.',
        'Je vous remercie et vous passe mon collègue.',
        'Je bascule l’appel vers notre infirmière.',
      ],
      'proposal',
    );
    hasNot(['Je passe au cabinet demain.'], 'proposal');
  });

  it('reads « ça se comprend » as empathy', () => {
    has(['Ça se comprend, madame.', 'Cela se comprend tout à fait.'], 'empathy');
  });
});

describe('an opening without a salutation', () => {
  it('reads a practice that offers help or confirms where the caller is as a greeting', () => {
    has(
      [
        'Centre de radiologie, comment puis-je vous aider ?',
        'Cabinet des Tilleuls, comment pouvons-nous vous aider ?',
        'Vous êtes bien au cabinet du docteur Petit.',
        'Vous êtes bien chez le docteur Lambert, secrétariat.',
      ],
      'greeting',
    );
    hasNot(['Je ne sais pas comment vous aider.', 'Comment puis-je vous aider davantage ?'], 'greeting');
  });
});

describe('someone of the practice taking the caller in hand', () => {
  it('reads a colleague who will answer or call back as reassurance', () => {
    has(
      [
        'Ne quittez pas, une opératrice va vous répondre.',
        'Ma collègue vous rappelle de suite.',
        'Notre infirmière va s’occuper de vous.',
      ],
      'reassurance',
    );
    hasNot(['Ma collègue ne répond pas.'], 'reassurance');
  });

  it('reads a call passed on as a transfer offered', () => {
    has(['Restez en ligne, je transmets votre appel à M. Guérin.'], 'proposal');
  });

  it('reads « voir ailleurs » as a curt redirect', () => {
    const lines = ['Il faudra voir ailleurs, monsieur.', 'Cherchez ailleurs.'];
    has(lines, 'redirect');
    has(lines, 'blunt');
  });
});

describe('an option asked about as an offer', () => {
  it('reads « c’est possible pour vous ? » and a callback preferred as a proposal', () => {
    has(
      [
        'Mardi 9 h, c’est possible pour vous ?',
        'Ce serait faisable pour vous, jeudi en fin de matinée ?',
        'Vous préférez être rappelée sur votre portable ?',
        'Préférez-vous laisser un message ?',
      ],
      'proposal',
    );
  });
});

describe('rest and effort prescribed', () => {
  it('reads them as medical advice', () => {
    has(
      [
        'Évitez de porter des charges lourdes.',
        'Ne forcez surtout pas sur le genou.',
        'Faites-lui des inhalations.',
        'Restez allongée deux ou trois jours.',
        'Ce sont sûrement les hormones.',
      ],
      'medical_advice',
    );
  });

  it('leaves the practice’s own practical instructions alone', () => {
    hasNot(
      [
        'Faites des photocopies de vos radios.',
        'Évitez de venir avant 9 h, la salle est pleine.',
        'Reposez-vous d’ici là, au revoir monsieur.',
      ],
      'medical_advice',
    );
  });
});

describe('a booking said back and a colleague’s number offered', () => {
  it('reads a slot after « c’est enregistré » or « c’est calé » as no new offer', () => {
    hasNot(
      ['C’est enregistré : vendredi 16 h 20. Vous avez d’autres questions ?', 'C’est calé : lundi 11 h 10.'],
      'proposal',
    );
  });

  it('reads an offer of a colleague’s number as a redirect and a proposal', () => {
    const lines = [
      'Le docteur Lamarque, à Colomiers, a parfois des délais plus courts, je peux vous donner son numéro.',
      'Je pourrais vous communiquer leur numéro si vous voulez.',
    ];
    has(lines, 'redirect');
    has(lines, 'proposal');
  });
});
