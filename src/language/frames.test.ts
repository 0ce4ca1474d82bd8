/** The acts of frames.ts, as classes of wordings, with the near misses each must leave alone. */
import { describe, expect, it } from 'vitest';
import { has, hasNot, labels } from '../../tests/unit/acts.ts';

describe('medical advice in an instruction frame or an effect claim', () => {
  it('reads a declarative instruction about a drug or a care', () => {
    has(
      [
        'Vous continuez à lui donner le sirop ce soir.',
        'Continuez de prendre l’ibuprofène jusqu’à jeudi.',
        'Vous lui donnez un Doliprane et vous le couchez.',
        'Vous n’avez qu’à prendre un Doliprane.',
        'Je vais vous donner du paracétamol en attendant.',
        'Pensez à lui mettre de la crème matin et soir.',
        'On va lui redonner une dose de sirop.',
      ],
      'medical_advice',
    );
  });

  it('reads a pointer to the leaflet and home care for a child', () => {
    has(
      [
        'Il faut lire la notice, c’est marqué dedans.',
        'Lisez bien la posologie.',
        'C’est indiqué dans la notice.',
        'Gardez-le au chaud et donnez-lui à boire.',
        'Laissez-la au calme, en sous-vêtements.',
      ],
      'medical_advice',
    );
  });

  it('reads claims of what a drug does or does not do', () => {
    has(
      [
        'Ce médicament n’a pas d’effets secondaires.',
        'Ça n’a aucun effet indésirable.',
        'Des effets indésirables, il y en a pour tous les médicaments.',
        'Les antibiotiques, ça ne sert à rien contre un virus.',
        'C’est totalement sans danger.',
        'Ça ne peut pas lui faire de mal.',
      ],
      'medical_advice',
    );
  });

  it('leaves questions about the treatment, refusals and the doctor’s own instruction alone', () => {
    hasNot(
      [
        'Vous lui donnez du Doliprane en ce moment ?',
        'Vous prenez un traitement pour la tension ?',
        'Je ne peux pas vous dire s’il y a des effets secondaires.',
        'Je vais vous donner le numéro du docteur.',
        'Le docteur demande de continuer le traitement.',
      ],
      'medical_advice',
    );
  });
});

describe('reassurance in its usual forms', () => {
  it('reads a reassurance without a stock promise', () => {
    has(
      [
        'Ne vous inquiétez pas.',
        'Rassurez-vous, tout va bien se passer.',
        'Soyez rassurée, madame.',
        'Pas d’inquiétude, on est là pour ça.',
        'Le docteur est parfaitement à même de vous soigner.',
        'Nos infirmières sont tout à fait compétentes pour ça.',
        'Vous allez être reçue rapidement.',
        'Vous êtes au bon endroit.',
        'Appelez le 15, ils vous diront où aller.',
      ],
      'reassurance',
    );
  });

  it('leaves « ne vous inquiétez pas » to the dismissal that follows it', () => {
    const dismissals = ['Ne vous inquiétez pas, c’est rien.', 'Ne vous inquiétez pas pour si peu.'];
    has(dismissals, 'minimizing');
    hasNot([...dismissals, 'Ne vous inquiétez pas, c’est sûrement une petite angine.'], 'reassurance');
  });
});

describe('curt, rule-citing and scornful answers', () => {
  it('reads them as blunt', () => {
    has(
      [
        'Les délais sont les délais.',
        'Le règlement, c’est le règlement.',
        'Vous pouvez toujours essayer de rappeler.',
        'Vous pouvez toujours attendre.',
        'Envoyez toujours un courrier.',
        'Alors je vous fais payer !',
        'C’est affiché dans la salle d’attente.',
        'C’est pourtant écrit sur notre site.',
        'On n’est pas un hôtel.',
        'Ici, ce n’est pas un supermarché.',
        'Il faudrait regarder sur internet.',
        'Faut vous organiser, madame.',
        'On m’a dit de ne plus en prendre.',
        'Je ne sais pas quand il pourra.',
        'Vous n’allez qu’à aller dans le privé.',
        'Tu n’auras qu’à revenir demain.',
        'Dans ce cas, je ne crois pas pouvoir vous aider.',
        'Je ne pense pas qu’on puisse vous prendre.',
      ],
      'blunt',
    );
  });

  it('leaves a refusal with an alternative and plain facts alone', () => {
    hasNot(
      [
        'Je ne sais pas quand il pourra, je lui demande et je vous rappelle.',
        'Le docteur est toujours là le mardi.',
        'La pharmacie est toujours ouverte le samedi.',
        'On n’est pas loin de la gare.',
        'Je ne crois pas pouvoir vous prendre jeudi, mais vendredi 9 h, ça vous irait ?',
        'Il faudrait que vous vous organisiez pour venir un soir, pour la dernière consultation.',
      ],
      'blunt',
    );
  });
});

describe('spoken offers', () => {
  it('reads an offer of a slot, a transfer or a callback as a proposal', () => {
    has(
      [
        'Premier rendez-vous le 8 novembre.',
        'Prochaine disponibilité jeudi à 10 h.',
        'Je vous le commande ?',
        'Je lui dis de vous rappeler ?',
        'Alors, je vous le réserve ?',
        'Laissez-moi votre numéro, on vous rappelle.',
        'Voilà le numéro de notre plateforme.',
        'Vous pourriez venir mardi matin ?',
        'Je vous transfère au docteur Roux.',
      ],
      'proposal',
    );
  });

  it('leaves questions that ask for information alone', () => {
    hasNot(
      [
        'C’est à quel sujet, je vous prie ?',
        'Je vous ai bien comprise ?',
        'Je vous confirme le rendez-vous du 15, avez-vous d’autres questions ?',
      ],
      'proposal',
    );
  });
});

describe('holds announced by what the trainee goes to do', () => {
  it('reads them as hold requests', () => {
    has(
      [
        'Je vous reviens tout de suite.',
        'Je vais regarder.',
        'Je vais vérifier, un instant.',
        'Laissez-moi regarder.',
        'Je me renseigne.',
        'Je vais voir si M. Tremblay est disponible.',
        'Je suis actuellement en ligne, merci de patienter.',
        'Merci de patienter.',
      ],
      'hold_request',
    );
  });

  it('leaves a thank-you for waiting alone', () => {
    hasNot(['Merci d’avoir patienté.', 'Merci de votre patience, madame.'], 'hold_request');
  });
});

describe('redirects said by structure', () => {
  it('reads another service named as the one to call', () => {
    has(
      [
        'C’est l’hôpital qu’il faut appeler.',
        'C’est la CPAM que vous devez contacter.',
        'Renseignez-vous auprès de la mairie.',
        'Voyez auprès de votre mutuelle.',
      ],
      'redirect',
    );
  });

  it('leaves the practice’s own doctor alone', () => {
    hasNot(['Renseignez-vous auprès du docteur lors de la consultation.'], 'redirect');
  });
});

describe('empathy in the practice’s name', () => {
  it('reads apologies, regret and patience offered as empathy', () => {
    has(
      [
        'Excusez-nous encore.',
        'Toutes nos excuses pour ce contretemps.',
        'Nous nous excusons pour l’attente.',
        'Je suis au regret de vous dire non.',
        'Nous regrettons ce changement.',
        'Je vous écoute, prenez votre temps.',
        'Cela va être compliqué, je sais. Courage.',
      ],
      'empathy',
    );
  });

  it('leaves a closing wish alone', () => {
    hasNot(['Au revoir madame, et bon courage pour la suite.'], 'empathy');
  });
});

describe('requests for information said as statements', () => {
  it('reads them as questions', () => {
    has(
      [
        'Pour vous soigner au mieux, j’ai besoin de quelques renseignements complémentaires.',
        'J’ai besoin de deux précisions.',
        'J’ai besoin de vos coordonnées.',
        'Pourrais-je parler à madame Henry…',
        'Suis-je bien chez monsieur Henry…',
      ],
      'question',
    );
  });
});

describe('a symptom or a side effect judged ordinary', () => {
  it('reads it as minimizing and as medical advice', () => {
    for (const line of [
      'C’est normal d’avoir mal.',
      'C’est tout à fait normal d’avoir un peu de fièvre après le vaccin.',
      'Des effets secondaires, il y en a avec tous les traitements.',
    ]) {
      expect(labels(line), line).toContain('minimizing');
      expect(labels(line), line).toContain('medical_advice');
    }
  });

  it('leaves a feeling said normal to empathy', () => {
    hasNot(['C’est normal d’être inquiète.', 'C’est normal d’avoir peur.'], 'minimizing');
  });

  it('reads being annoyed « pour rien » as minimizing, with or without a space after the apostrophe', () => {
    has(
      ['Tu t’énerves pour rien.', 'Vous vous énervez pour rien.', 'Te fâche pas pour si peu.'],
      'minimizing',
    );
  });
});

describe('other services by structure', () => {
  it('reads an emergency service or a platform’s number as a redirect', () => {
    has(
      [
        'Appelez le service d’urgence le week-end.',
        'Je vous donne le numéro de notre plateforme.',
        'Voici les coordonnées de la plateforme.',
      ],
      'redirect',
    );
  });

  it('leaves the practice describing itself alone', () => {
    hasNot(['Non, nous ne donnons pas de rendez-vous à l’avance, c’est un service d’urgences.'], 'redirect');
  });
});
