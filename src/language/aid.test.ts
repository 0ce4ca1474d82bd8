/**
 * First aid, help on its way, curt orders, secrecy refusals and orientation numbers (issue #14,
 * src/language frames): classes of wordings, each with the near misses it must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { has, hasNot, labels } from '../../tests/unit/acts.ts';

describe('first aid is medical advice (LABELS.md: any medical advice)', () => {
  it('reads an imperative about the patient’s body, a wound or a position', () => {
    has(
      [
        'Allongez-le sur le côté.',
        'Couchez-la par terre, doucement.',
        'Mettez-le en PLS.',
        'Mettez-la en position latérale de sécurité.',
        'Appuyez fort sur la plaie.',
        'Comprimez la blessure avec un linge propre.',
        'Surélevez-lui les jambes.',
        'Basculez-lui la tête en arrière.',
        'Desserrez-lui sa ceinture.',
        'Commencez le massage cardiaque.',
        'Appuyez au milieu de la poitrine, trente fois.',
        'Passez la brûlure sous l’eau froide pendant quinze minutes.',
        'Donnez-lui cinq claques dans le dos.',
        'retourne le sur le dos',
      ],
      'medical_advice',
    );
  });

  it('reads what not to do to the patient, and what to make them do', () => {
    has(
      [
        'Ne le bougez pas.',
        'Ne la déplacez surtout pas.',
        'Ne retirez pas son casque.',
        'Ne le faites pas vomir.',
        'Surtout, ne la faites pas vomir.',
        'Faites-lui boire de l’eau.',
        'Faites-le asseoir.',
        'Ne lui donnez rien à boire ni à manger.',
        'Donnez-lui à boire par petites gorgées.',
      ],
      'medical_advice',
    );
  });

  it('reads the same gestures after « il faut », « vous allez », « essayez de »', () => {
    has(
      [
        'Il faut le coucher sur le côté.',
        'Vous allez l’allonger par terre.',
        'Il faudrait la surveiller cette nuit.',
        'Essayez de lui surélever les jambes.',
        'Vous allez appuyer fort au milieu de la poitrine.',
        'Il ne faut pas le faire vomir.',
        'Allongez-vous et restez allongée.',
      ],
      'medical_advice',
    );
  });

  it('leaves the practice’s own gestures and moves alone', () => {
    hasNot(
      [
        'Tournez la page, le formulaire continue au dos.',
        'Déplacez le rendez-vous sur Doctolib.',
        'Vous pouvez le déplacer sur internet.',
        'Appuyez sur la touche étoile.',
        'Passez-lui le téléphone, s’il vous plaît.',
        'Ne bougez pas, je regarde l’agenda.',
        'Faites le 15.',
        'Mettez-vous au calme et prenez de quoi noter.',
        'Gardez votre ordonnance, vous en aurez besoin.',
      ],
      'medical_advice',
    );
  });
});

describe('a question about the treatment is a question, not advice', () => {
  const asked = [
    'Prenez-vous un traitement ?',
    'Il prend quoi comme médicament ?',
    'Vous lui avez donné du Doliprane ?',
    'Est-ce qu’elle prend des anticoagulants ?',
    'Quel traitement prenez-vous ?',
    'Elle a pris combien de comprimés ?',
    'Avez-vous mis de la glace ?',
  ];
  it('reads it as a question', () => {
    has(asked, 'question');
    hasNot(asked, 'medical_advice');
  });

  it('still reads an instruction before the question, and a diagnosis asked as a check', () => {
    has(
      [
        'Donnez-lui du Doliprane, vous en avez ?',
        'Allongez-le sur le côté, il respire ?',
        'C’est sûrement une gastro, non ?',
      ],
      'medical_advice',
    );
  });
});

describe('reassurance in its usual forms', () => {
  it('reads help on its way', () => {
    has(
      [
        'Les secours arrivent.',
        'Les pompiers sont en route.',
        'L’ambulance est partie, elle sera là dans dix minutes.',
        'Une équipe du SMUR va arriver.',
        'Les secours sont prévenus.',
        'J’envoie les pompiers tout de suite.',
        'On vous envoie quelqu’un.',
        'Je déclenche une ambulance.',
      ],
      'reassurance',
    );
  });

  it('does not take help sent to the caller for a service they must call', () => {
    hasNot(['Les pompiers sont en route.', 'J’envoie les pompiers tout de suite.'], 'redirect');
    has(['Appelez les pompiers.', 'Raccrochez et faites le 18.'], 'redirect');
  });

  it('reads the trainee staying on the line and taking care of the caller', () => {
    has(
      [
        'Je reste avec vous.',
        'Je reste en ligne avec vous jusqu’à leur arrivée.',
        'Je ne raccroche pas, madame.',
        'Je suis avec vous, madame.',
        'On s’occupe de vous.',
        'Nous nous occupons de tout.',
        'Je m’occupe de votre dossier tout de suite.',
      ],
      'reassurance',
    );
  });

  it('leaves availability, holds and negations alone', () => {
    hasNot(
      [
        'Oui, je suis toujours là.',
        'Je reste à votre disposition pour plus d’informations.',
        'Les secours ne sont pas encore partis ?',
        'On ne s’occupe pas de ça ici.',
      ],
      'reassurance',
    );
    has(['Restez en ligne, je vérifie.'], 'hold_request');
    hasNot(['Je reste en ligne avec vous.'], 'hold_request');
  });
});

describe('blunt: orders that cut the caller off, help refused outright', () => {
  it('reads them as blunt', () => {
    has(
      [
        'Ça suffit maintenant !',
        'Bon, ça suffit.',
        'Répondez à ma question !',
        'Écoutez-moi bien.',
        'On n’envoie pas une ambulance pour ça.',
        'On ne se déplace pas pour une fièvre.',
        'Les pompiers n’interviennent pas pour ça.',
      ],
      'blunt',
    );
  });

  it('does not call a limit set politely blunt', () => {
    hasNot(
      [
        'Je ne peux pas vous laisser parler ainsi, je vais devoir raccrocher si vous continuez.',
        'Je vous demande de rester poli, sinon je serai obligée de mettre fin à l’appel.',
        'Si vous continuez à m’insulter, je vais devoir raccrocher.',
        'Un comprimé, ça suffit pour la nuit.',
      ],
      'blunt',
    );
  });

  it('keeps the refusal blunt when no alternative comes, not when one does', () => {
    has(['On ne se déplace pas pour ça, c’est comme ça.'], 'blunt');
    hasNot(['On ne se déplace pas pour ça, mais appelez SOS Médecins au 3624.'], 'blunt');
  });
});

describe('orientation numbers are redirects', () => {
  it('reads the poison centre, the national lines and the police', () => {
    has(
      [
        'Appelez le centre antipoison.',
        'Contactez le centre antipoison de Lyon.',
        'Vous pouvez appeler le 3919, c’est gratuit et anonyme.',
        'Pour les personnes sourdes, il y a le 114 par SMS.',
        'Appelez le 3114, quelqu’un vous répondra jour et nuit.',
        'Faites le 17.',
        'Appelez le 112.',
        'SOS Médecins au 36 24.',
        'Appelez la police.',
        'Il faut prévenir la gendarmerie.',
      ],
      'redirect',
    );
  });
});

describe('secretary phrasing: other ways in, messages passed on, impatience, own offices', () => {
  it('reads another way in as a proposal', () => {
    has(
      [
        'Vous pouvez venir sans rendez-vous le matin.',
        'Vous pouvez passer à l’accueil à partir de 8 h.',
        'Vous pouvez aussi vous présenter directement au cabinet.',
        'Nous avons une consultation sans rendez-vous le samedi.',
        'On a des créneaux sans rendez-vous tous les matins.',
      ],
      'proposal',
    );
  });

  it('reads the message passed on and the trainee doing what it takes as reassurance', () => {
    has(
      [
        'Je note et je le fais suivre.',
        'Je lui fais passer le message.',
        'Je vais lui en parler dès qu’il sort de consultation.',
        'Je vais faire au plus vite.',
        'Je vais faire tout mon possible.',
      ],
      'reassurance',
    );
  });

  it('reads impatience, « vous voulez quoi ? » and a condescending opening as blunt', () => {
    has(
      [
        'Il y a du monde qui attend, madame.',
        'J’ai d’autres patients qui attendent.',
        'Vous voulez quoi exactement ?',
        'Vous appelez le 15 pour ça ?',
        'Je ne sais pas, moi.',
        'Ce n’est pas mon travail.',
        'Ce n’est pas le bon numéro.',
        'Mais madame, je vous ai déjà dit que c’était complet.',
        'Ben monsieur, il fallait regarder avant.',
      ],
      'blunt',
    );
    hasNot(
      [
        'Mais madame, je vais voir ce que je peux faire pour vous.',
        'Ce n’est pas le bon numéro, appelez le laboratoire.',
        'Je ne sais pas encore, je vous rappelle dès que j’ai la réponse.',
      ],
      'blunt',
    );
  });

  it('reads a concern called exaggerated or imagined as minimizing', () => {
    has(
      [
        'N’exagérons rien.',
        'Il ne faut pas exagérer non plus.',
        'C’est dans votre tête.',
        'Vous vous faites des idées.',
      ],
      'minimizing',
    );
  });

  it('reads the caller sent to their own doctor, insurer or office as a redirect', () => {
    has(
      [
        'Adressez-vous à la mairie.',
        'Voyez avec votre médecin traitant.',
        'Appelez votre médecin traitant.',
        'Rapprochez-vous de votre caisse.',
        'Contactez votre employeur.',
      ],
      'redirect',
    );
    hasNot(['Les pompiers vont l’emmener à l’hôpital.', 'SOS Médecins bonsoir.'], 'redirect');
  });
});

describe('an emergency operator’s guidance', () => {
  it('reads checking the patient, keeping them awake, CPR rhythm and choking as medical advice', () => {
    has(
      [
        'Vérifiez s’il respire.',
        'Regardez si sa poitrine se soulève.',
        'Appuyez plus fort.',
        'Appuyez avec vos deux mains, bras tendus.',
        'Gardez-le éveillé.',
        'Ne la laissez pas s’endormir.',
        'Ne poussez pas, madame.',
        'Penchez-le en avant.',
        'Faites-lui la manœuvre de Heimlich.',
        'Ne percez pas les cloques.',
        'Donnez-lui un morceau de sucre.',
        'Dégagez-lui les voies aériennes.',
      ],
      'medical_advice',
    );
    hasNot(
      ['Regardez si le docteur est disponible.', 'Vérifiez votre boîte mail.', 'Appuyez sur la touche 1.'],
      'medical_advice',
    );
  });

  it('reads a diagnosis or a prognosis of an emergency as medical advice', () => {
    has(
      [
        'C’est sûrement une crise d’épilepsie.',
        'Ça ressemble à une réaction allergique.',
        'Il va s’en sortir, ne vous inquiétez pas.',
        'Elle va reprendre connaissance.',
      ],
      'medical_advice',
    );
  });

  it('reads guidance and encouragement as reassurance', () => {
    has(
      [
        'Je vais vous guider.',
        'Je vais vous expliquer ce qu’il faut faire.',
        'Vous faites ça très bien.',
        'C’est bien, continuez.',
        'Ils ne vont pas tarder.',
        'Ils sont à deux minutes.',
        'Tenez bon, ils arrivent.',
      ],
      'reassurance',
    );
    hasNot(['Ils arrivent à quelle heure ?', 'Je vais vous guider vers le bon service.'], 'reassurance');
  });

  it('reads a patient said to be faking, or only drunk, as minimizing', () => {
    has(['Il fait du cinéma.', 'C’est psychologique.', 'Elle a juste un peu bu.'], 'minimizing');
  });

  it('reads cutting the caller off as blunt', () => {
    has(
      [
        'Laissez-moi parler !',
        'C’est moi qui pose les questions.',
        'Arrêtez de m’interrompre.',
        'Taisez-vous.',
      ],
      'blunt',
    );
  });
});

describe('openings that only name the place, messages offered with a hold, elsewhere', () => {
  it('reads a short opening that names the place as a greeting', () => {
    has(
      ['Cabinet du Dr Martin !', 'Centre médical des Lilas. Je vous écoute.', 'Secrétariat du docteur Roux.'],
      'greeting',
    );
    hasNot(['Cabinet fermé le samedi.', 'Pharmacie de garde : 3237.', 'Le cabinet est fermé.'], 'greeting');
  });

  it('reads a message offered beside a hold as a proposal', () => {
    for (const line of [
      'Désirez-vous patienter ou préférez-vous laisser un message ?',
      'Voulez-vous patienter encore un peu, ou être rappelée ?',
    ]) {
      expect(labels(line), line).toContain('hold_request');
      expect(labels(line), line).toContain('proposal');
    }
    hasNot(['Voulez-vous patienter un instant ?'], 'proposal');
  });

  it('reads a transfer of the call as a proposal and another place as a redirect', () => {
    has(
      ['Restez en ligne, je passe votre appel au docteur.', 'Je passe la communication à ma collègue.'],
      'proposal',
    );
    has(['Essayez de trouver dans un autre cabinet.', 'Vous pouvez chercher un autre médecin.'], 'redirect');
  });

  it('reads a walk-in clinic named as a proposal', () => {
    has(
      ['On a une clinique sans rendez-vous le samedi matin.', 'Il y a un centre sans rendez-vous à côté.'],
      'proposal',
    );
  });
});

describe('reassurance: the doctor informed, the request recorded, a callback promised', () => {
  it('reads them as reassurance', () => {
    has(
      [
        'C’est noté, le docteur sera prévenu.',
        'Le docteur est déjà au courant.',
        'Votre demande a bien été enregistrée.',
        'Je vous recontacte dans la journée.',
        'Je garde votre numéro et je vous rappelle s’il y a une annulation.',
        'On trouvera une solution.',
        'On fera le point avec le docteur.',
      ],
      'reassurance',
    );
  });

  it('leaves a reminder, a question and a bare « c’est noté » alone', () => {
    hasNot(
      ['Je vous rappelle que le cabinet ferme à midi.', 'Le docteur est au courant ?', 'Martin, c’est noté.'],
      'reassurance',
    );
  });
});

describe('a prognosis is a judgement, a time clause that names the future is not', () => {
  it('reads « ça ira mieux » said as a forecast', () => {
    has(
      [
        'Ça ira mieux demain, vous verrez.',
        'Ne vous en faites pas, ça passera.',
        'La douleur partira toute seule.',
      ],
      'medical_advice',
    );
  });

  it('leaves « quand ça ira mieux », « dès que ça ira mieux », « si ça passe » alone', () => {
    hasNot(
      [
        'Plus tard, quand ça ira un peu mieux, il y a aussi le 3114.',
        'Dès que ça ira mieux, rappelez-nous pour reprendre rendez-vous.',
        'Lorsque ça ira mieux, vous pourrez reprendre un rendez-vous.',
        'Une fois que ça passera, on reprogrammera la séance.',
      ],
      'medical_advice',
    );
  });
});
