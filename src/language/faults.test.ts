/**
 * The fault acts read by structure (issue #14): clause frames around a drug, a dose, a care, a
 * food or a symptom; hedged, relayed and verbless advice; prognoses; minimising and curt frames.
 * Each class has several wordings, and near-misses that must not fire.
 */
import { describe, expect, it } from 'vitest';
import { has, hasNot, labels } from '../../tests/unit/acts.ts';

describe('medical advice by structure', () => {
  it('reads a modal said in the past, the conditional or negatively around a drug', () => {
    has(
      [
        'Le docteur m’a dit que vous pouviez doubler la dose de Kardégic.',
        'Il vaut mieux ne pas lui donner d’ibuprofène, plutôt du paracétamol.',
        'Vous pourrez reprendre le sirop dès ce soir.',
        'Il vaudrait mieux qu’il reste allongé et qu’il boive.',
      ],
      'medical_advice',
    );
  });

  it('reads what the patient may or must do with a drug, said of them', () => {
    has(
      [
        'Elle peut continuer son traitement comme d’habitude.',
        'Votre mari peut prendre son Kardégic comme d’habitude avant l’opération.',
        'Il doit très bien reprendre les antibiotiques demain.',
      ],
      'medical_advice',
    );
    hasNot(
      [
        'Le pharmacien peut vous donner une boîte de Doliprane en attendant.',
        'Le docteur vous dira s’il peut reprendre son traitement.',
      ],
      'medical_advice',
    );
  });

  it('reads a dose schedule or a dose limit without a verb', () => {
    has(
      [
        'Un doliprane 500 toutes les six heures, pas plus.',
        'Le sirop matin et soir pendant cinq jours.',
        'Pas plus de trois grammes de paracétamol par jour.',
        'Deux comprimés maximum.',
        'Un demi-comprimé suffira pour un enfant de son poids.',
      ],
      'medical_advice',
    );
    hasNot(
      [
        'Il prend du Kardégic matin et soir, je le note.',
        'Vous prenez du Kardégic, je le note.',
        'Sur votre ordonnance, c’est un comprimé matin et soir.',
      ],
      'medical_advice',
    );
  });

  it('reads a diet in the subjunctive or the imperative', () => {
    has(
      [
        'Il faudrait peut-être qu’il arrête le lait de vache quelques jours.',
        'Il vaut mieux que vous évitiez le café en ce moment.',
        'Évitez les laitages jusqu’à ce que ça aille mieux.',
        'Supprimez le gluten quelques jours, pour voir.',
      ],
      'medical_advice',
    );
    hasNot(['Il faut venir à jeun, sans café, pour la prise de sang, c’est la consigne.'], 'medical_advice');
  });

  it('reads a drug to get and a treatment said without a verb', () => {
    has(
      [
        'C’est sûrement allergique, demandez un antihistaminique à la pharmacie.',
        'Achetez du sérum phy et lavez-lui le nez.',
        'Pour la constipation, des pruneaux et beaucoup d’eau.',
        'Pour la toux, un peu de miel le soir.',
      ],
      'medical_advice',
    );
    hasNot(
      ['Demandez au docteur si elle peut prendre du Doliprane.', 'Pour la fièvre, le docteur vous rappelle.'],
      'medical_advice',
    );
  });

  it('reads an effect claimed for a home care', () => {
    has(
      [
        'Une tisane de thym le soir, ça dégage bien les bronches.',
        'Une infusion et au lit, c’est ce qu’il y a de mieux.',
        'Des inhalations, ça décongestionne très bien.',
      ],
      'medical_advice',
    );
  });

  it('reads prognoses, contagion and diagnoses ruled out', () => {
    has(
      [
        'Dans deux ou trois jours il n’y aura plus rien.',
        'Il s’en remettra vite, les enfants récupèrent bien.',
        'Elle pourra retourner à la crèche mercredi, d’ici là ce sera guéri.',
        'Il ne sera plus contagieux demain.',
        'Je ne pense pas que ce soit le cœur, il aurait plus mal.',
        'Ça n’a sûrement rien à voir avec le cœur, c’est plutôt l’estomac.',
        'Elle a sûrement couvé quelque chose à la crèche.',
        'Ça se traite très bien avec une crème.',
      ],
      'medical_advice',
    );
  });

  it('reads a symptom judged ordinary as medical advice and minimizing', () => {
    for (const line of [
      'Ce genre de toux, ça traîne deux ou trois semaines, c’est normal.',
      'Des crampes après le sport, c’est classique.',
      'On ne va pas s’affoler pour une petite toux.',
      'Ça arrive à tout le monde, la tête qui tourne quand on se lève vite.',
    ]) {
      expect(labels(line), line).toContain('medical_advice');
      expect(labels(line), line).toContain('minimizing');
    }
    hasNot(
      ['C’est normal de vous inquiéter quand il a de la fièvre.', 'Il a mal depuis quand ? C’est normal ?'],
      'medical_advice',
    );
  });

  it('keeps first aid out of objects kept at hand, and safety that defers to the poison centre', () => {
    hasNot(
      [
        'Gardez la plaquette à la main.',
        'Ne le faites pas vomir et composez immédiatement le numéro du centre antipoison.',
        'Ne lui donnez rien à boire, appelez le centre antipoison tout de suite.',
      ],
      'medical_advice',
    );
    has(
      ['Laissez la plaie à l’air, ça cicatrise mieux.', 'Il faut moins le couvrir, il a trop chaud.'],
      'medical_advice',
    );
  });

  it('keeps relayed dose changes as advice unless the instruction is written', () => {
    has(
      [
        'Le docteur veut que vous doubliez les doses de Lasilix jusqu’à lundi.',
        'Le docteur conseille d’arrêter le Kardégic deux jours.',
      ],
      'medical_advice',
    );
    hasNot(
      [
        'Le docteur demande d’arrêter le Kardégic cinq jours avant l’opération, c’est dans la consigne.',
        'Le docteur demande de venir à jeun pour la prise de sang.',
      ],
      'medical_advice',
    );
  });

  it('reads results read with a judgement, not results announced or asked about', () => {
    has(
      [
        'Votre INR est à 3,5, c’est un peu haut.',
        'Ses plaquettes sont basses, il faudra contrôler.',
        'La CRP est à 40, c’est élevé.',
        'Le test est négatif, ce n’est pas le covid.',
      ],
      'medical_advice',
    );
    hasNot(
      [
        'Vos résultats sont arrivés, le docteur va les regarder.',
        'Son INR, il est à combien ?',
        'Le bilan sanguin est prévu jeudi à 8 h, à jeun.',
        'Le test, c’est bon, je vous ai inscrite pour jeudi.',
      ],
      'medical_advice',
    );
  });

  it('reads a drug by its class, its suffix or an unknown brand after a verb of giving', () => {
    has(
      [
        'Vous pouvez diminuer le Tahor de moitié.',
        'Il peut reprendre son périndopril demain matin.',
        'Mettez-lui de la Zorbaline sur le bouton.',
        'Vous pouvez lui redonner son Brufaxol ce soir.',
        'Le ramipril, vous pouvez le prendre le soir plutôt.',
      ],
      'medical_advice',
    );
    hasNot(
      [
        'Prenez le Tramway jusqu’au centre.',
        'Donnez-moi votre Nom et votre date de naissance.',
        'Il prend du Brufaxol, je le note.',
        'Prenez rendez-vous avec le Dr Martin.',
      ],
      'medical_advice',
    );
  });

  it('reads a diagnosis suggested and a care judged needless', () => {
    has(
      [
        'Ça a tout d’une otite, ce que vous décrivez.',
        'Les symptômes font penser à une cystite.',
        'Il a tout l’air d’avoir une varicelle.',
        'Pas besoin d’antibiotiques pour un virus.',
        'Le mieux, c’est qu’il dorme et qu’il mange léger.',
      ],
      'medical_advice',
    );
  });

  it('reads no advice in an indirect question or an opinion withheld', () => {
    hasNot(
      [
        'Je ne sais pas si ça va passer, c’est au médecin d’en juger.',
        'Le docteur vous dira si ça va passer tout seul.',
        'Je ne peux pas vous dire si c’est grave.',
      ],
      'medical_advice',
    );
  });
});

describe('blunt and not blunt', () => {
  it('does not call a medical opinion withheld blunt', () => {
    hasNot(
      [
        'Je ne peux pas vous dire si c’est grave.',
        'Je ne peux pas vous donner d’avis médical, c’est au médecin de juger.',
        'jpeux pas vs dire si cest grave, jsuis pas medecin',
      ],
      'blunt',
    );
    has(['Je ne peux rien pour vous.', 'Je ne peux pas, c’est complet.'], 'blunt');
  });

  it('reads the caller hurried, blamed or told to hang up', () => {
    has(
      [
        'Écoutez, j’ai dix appels en attente, faites vite.',
        'Ah ben fallait pas annuler la dernière fois.',
        'Bon, fallait y penser avant.',
        'Si c’est pour râler, vous pouvez raccrocher.',
        'Écoutez, j’ai dit non.',
        'Il faudra vous en contenter.',
        'Pas avant trois semaines. Au revoir.',
      ],
      'blunt',
    );
    hasNot(
      [
        'Il vous fallait autre chose ?',
        'Il n’y a aucune honte à appeler pour ça.',
        'Raccrochez et appelez le 15 tout de suite.',
        'Vous pouvez raccrocher et les appeler tout de suite.',
      ],
      'blunt',
    );
  });

  it('reads the caller reproached, unless help comes in the same line', () => {
    has(
      [
        'C’est écrit noir sur blanc dans le courrier.',
        'Vous attendrez votre tour.',
        'C’est à vous de vous en occuper, pas à moi.',
        'Vous êtes toujours en train de vous plaindre.',
        'Ça fait trois fois que vous appelez, le docteur n’a pas changé d’avis.',
        'Le docteur n’a pas que ça à faire.',
        'Faites ce que vous voulez.',
        'C’est pas compliqué pourtant, il faut prendre rendez-vous en ligne.',
      ],
      'blunt',
    );
    hasNot(
      [
        'C’est la troisième fois que vous appelez pour ce certificat, je suis navrée, je m’en occupe personnellement.',
        'C’est écrit noir sur blanc dans le courrier, mais je peux vous le renvoyer si vous voulez.',
      ],
      'blunt',
    );
  });

  it('does not call a limit set politely blunt', () => {
    hasNot(
      [
        'Je dois vous arrêter, monsieur, je ne peux pas accepter qu’on me parle ainsi. Reprenons : quel est le nom du patient ?',
        'Monsieur, je comprends votre colère, mais je ne peux pas rester en ligne si vous m’insultez.',
      ],
      'blunt',
    );
    hasNot(['Je ne peux pas rester en ligne si vous m’insultez.'], 'hold_request');
  });
});

describe('minimizing and familiarity', () => {
  it('reads the concern scaled down or the caller called oversensitive', () => {
    has(
      [
        'C’est pas si terrible que ça.',
        'Ne faites pas toute une histoire pour un rendez-vous décalé.',
        'N’en faites pas tout un plat.',
        'Mais bon, c’est souvent rien.',
        'Vous êtes un peu hypocondriaque, non ?',
        'Pff, c’est une égratignure.',
      ],
      'minimizing',
    );
    hasNot(
      [
        'Vous n’exagérez pas du tout, c’est normal de vouloir une réponse.',
        'Ce n’est pas urgent pour le renouvellement, vous avez le temps jusqu’à samedi.',
        'Donc vous venez d’emménager, mais ce n’est pas urgent, c’est bien ça ?',
      ],
      'minimizing',
    );
  });

  it('reads courage asked, self-listening and age made the norm as minimizing', () => {
    has(
      [
        'Un peu de courage, quand même.',
        'Vous vous écoutez un peu trop.',
        'À votre âge, c’est normal.',
        'Oh, à 80 ans, c’est normal d’être fatigué.',
        'C’est de la fatigue, rien d’autre.',
      ],
      'minimizing',
    );
    hasNot(['Bon courage pour la suite, madame.', 'Je vous écoute, madame.'], 'minimizing');
  });

  it('reads slang and condescending titles as familiarity', () => {
    has(
      [
        'Calmos, calmos, je vous entends.',
        'Ah mais carrément, c’est top ça.',
        'Bah écoutez mon petit monsieur, c’est plein.',
        'Yes, c’est calé pour mardi.',
      ],
      'familiarity',
    );
    hasNot(['C’est en haut de la liste.', 'Oui, c’est tout à fait possible.'], 'familiarity');
  });
});

describe('the other acts in unusual wordings', () => {
  it('reads empathy without stock markers', () => {
    has(
      [
        'Vous avez le droit d’être en colère, je vais voir ce que je peux faire pour vous.',
        'Il n’y a aucune honte à appeler pour ça.',
        'Personne ici ne vous reproche d’avoir appelé tard.',
        'Une semaine à attendre un résultat, c’est long, je m’en rends bien compte.',
        'Pas facile quand on ne parle pas bien français.',
      ],
      'empathy',
    );
  });

  it('reads reassurance said of a practitioner or a document', () => {
    has(
      [
        'Le cardiologue regardera votre électrocardiogramme avant de vous rappeler.',
        'Le compte rendu partira chez votre médecin traitant dès demain.',
        'Je note tout pour le docteur.',
        'Le docteur a bien reçu votre résultat, il vous appelle aujourd’hui.',
      ],
      'reassurance',
    );
  });

  it('reads requests said as statements or imperatives as questions, not « rappelez-moi »', () => {
    has(
      [
        'Redites-moi le nom, lettre par lettre.',
        'Il me manque juste le nom de votre médecin traitant.',
        'Je veux bien votre numéro de sécurité sociale.',
      ],
      'question',
    );
    hasNot(['Rappelez-moi le mercredi entre 14 h et 18 h.'], 'question');
  });

  it('reads a familiar « raccroche pas » as a hold, not « je ne raccroche pas »', () => {
    has(['Je te passe la doc, raccroche pas.', 'Quitte pas, je regarde.'], 'hold_request');
    hasNot(['Je ne raccroche pas, je reste avec vous.'], 'hold_request');
  });
});
