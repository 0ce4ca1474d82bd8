/**
 * The scorer's own reading of issue #14's intents, as classes of sentences: several wordings of
 * each, and the near misses it must leave alone.
 */
import { describe, expect, it } from 'vitest';
import {
  aboutPaperwork,
  fallbackIntents,
  findAnythingElse,
  findCareInstruction,
  findMedicalOpinion,
  findResultReading,
  isConditional,
} from './readers.ts';
import { fold } from './normalize.ts';

const intents = (text: string) => fallbackIntents(text).map((i) => i.type);

describe('asking who the patient is', () => {
  it.each([
    'Quel est votre nom, s’il vous plaît ?',
    'Vous pouvez m’épeler votre nom de famille ?',
    'C’est de la part de qui ?',
    'Il me faudrait le nom de l’enfant.',
    'Et vous vous appelez ?',
    'Le rendez-vous, je le mets à quel nom ?',
  ])('reads ask_name in « %s »', (text) => expect(intents(text)).toContain('ask_name'));

  it.each([
    'Quelle est sa date de naissance ?',
    'Il me faudrait votre date de naissance.',
    'Elle est née quand ?',
    'Il a quel âge, votre fils ?',
    'Vous pouvez me rappeler votre âge ?',
  ])('reads ask_birthdate in « %s »', (text) => expect(intents(text)).toContain('ask_birthdate'));

  it.each([
    'Un numéro où vous joindre ?',
    'Quel est votre numéro de téléphone ?',
    'Je note un numéro de rappel ?',
    'Vous me laissez vos coordonnées ?',
    'Le docteur peut vous joindre à quel numéro ?',
  ])('reads ask_phone in « %s »', (text) => expect(intents(text)).toContain('ask_phone'));

  it.each(['Je vous propose jeudi à 9 h.', 'Le docteur est en consultation.', 'Bonjour madame.'])(
    'reads no identity question in « %s »',
    (text) => expect(intents(text).filter((i) => i.startsWith('ask_'))).toEqual([]),
  );
});

describe('confirming and opening before the goodbye', () => {
  it.each([
    'C’est noté pour jeudi 9 h.',
    'Je vous confirme demain 18 h 20 avec le docteur Lefèvre.',
    'Je récapitule : mardi 17 à 15 h 15, apportez vos anciens ECG.',
    'Votre rendez-vous est bien pris pour lundi.',
    'Donc c’est mardi à 10 h, nous vous attendons.',
  ])('reads confirm in « %s »', (text) => expect(intents(text)).toContain('confirm'));

  it.each(['Je peux vous proposer jeudi ?', 'Quel jour vous arrange ?'])(
    'reads no confirmation in « %s »',
    (text) => expect(intents(text)).not.toContain('confirm'),
  );

  it.each([
    'Avez-vous d’autres questions ?',
    'Il vous faut autre chose ?',
    'Je peux faire autre chose pour vous ?',
    'Vous avez besoin d’autre chose ?',
    'Y a-t-il une autre question ?',
  ])('finds « autre chose ? » in « %s »', (text) => expect(findAnythingElse(text)).toBeDefined());
});

describe('a discriminatory refusal', () => {
  it.each([
    'Désolée, nous ne prenons pas les patients à la CMU.',
    'Les patients à l’AME, on ne les prend pas ici.',
    'Sans mutuelle, ce n’est pas possible chez nous.',
    'Le docteur ne reçoit pas les personnes en fauteuil roulant.',
    'On n’accepte plus les patients de la C2S.',
    'Pour les étrangers, c’est impossible.',
  ])('is read in « %s »', (text) => expect(intents(text)).toContain('discriminatory_refusal'));

  it.each([
    'Ça n’a rien à voir avec votre couverture, c’est la même règle pour tout le monde.',
    'Quelle que soit votre mutuelle, nos médecins ne prennent plus de nouveaux patients.',
    'Nous ne prenons plus de nouveaux patients, je suis désolée.',
    'Vous avez une mutuelle ? Je la note pour le dossier.',
    'Votre carte Vitale et votre attestation AME, pensez à les apporter.',
    'À cet âge, la docteure doit vous parler tout de suite : je ne peux pas vous conseiller de traitement.',
    'Je ne peux pas vous donner d’avis pour une personne âgée, mais je vous passe le docteur.',
  ])('is not read in « %s »', (text) => expect(intents(text)).not.toContain('discriminatory_refusal'));
});

describe('a result read or judged by the secretary', () => {
  it.each([
    'Vos résultats sont arrivés : le cholestérol est un peu élevé, mais tout est normal pour le sucre.',
    'Votre prise de sang est normale.',
    'L’INR est trop haut, il faut arrêter le Préviscan.',
    'Le compte rendu de l’IRM est rassurant.',
    // An acknowledgement first does not hide a judgement after it, nor one on the result itself.
    'C’est bon, vos analyses sont normales.',
    'Alors, c’est parfait : votre bilan est bien normal.',
    'Le bilan, c’est bon, rien d’anormal.',
  ])('is read in « %s »', (text) => expect(findResultReading(text)).toBeDefined());

  it.each([
    'Je ne peux pas vous dire si vos résultats sont bons, je transmets au docteur.',
    'Vos résultats sont-ils arrivés au laboratoire ?',
    'Le docteur vous dira si le bilan est normal.',
    'Vos résultats sont arrivés, le docteur les regarde et vous rappelle.',
    'La radio est sans rendez-vous, le matin.',
    // « C'est bon » opening a sentence says it is done, not that a result is good.
    'C’est bon, je vous ai mise demain à 13 h 15, c’est un bilan de 45 minutes.',
    'Bon, c’est parfait, je vous note pour le bilan de jeudi 10 h.',
    'D’accord, c’est OK : votre échographie est prévue lundi à 9 h.',
    'Voilà, c’est bon. Apportez l’ordonnance pour la prise de sang.',
  ])('is not read in « %s »', (text) => expect(findResultReading(text)).toBeUndefined());
});

describe('an instruction about care, impersonal, hedged or relayed', () => {
  const consignes = 'le docteur demande de venir a jeun pour la prise de sang.';
  it.each([
    'On peut lui mettre un suppositoire.',
    'Un bain tiède, ça fait baisser la fièvre.',
    'Le docteur dit de doubler la dose.',
    'Vous pouvez lui redonner du Doliprane dans deux heures.',
    'Il faudrait lui donner de l’ibuprofène.',
    'Donnez-lui un demi-comprimé ce soir.',
    'Faites-la vomir tout de suite, et surveillez-la.',
    'S’il prend deux kilos, il peut doubler son Lasilix.',
  ])('is advice in « %s »', (text) => expect(findCareInstruction(text, consignes)).toBeDefined());

  it.each([
    'Je ne peux pas vous dire de lui donner du Doliprane, c’est au docteur de voir.',
    'Ne lui donnez rien sans l’avis du médecin.',
    'Le docteur demande de venir à jeun.',
    'Pensez à apporter la liste de vos médicaments.',
    'Notez bien la dose qu’il a prise, le docteur vous la demandera.',
    'Elle a avalé trois comprimés : ne la faites pas vomir, appelez le centre antipoison.',
    'Ne lui donnez plus rien, le docteur vous rappelle.',
    'Il a vomi deux fois depuis ce matin, c’est bien ça ?',
    'Il peut prendre rendez-vous avec la docteure dès jeudi.',
  ])('is not advice in « %s »', (text) => expect(findCareInstruction(text, consignes)).toBeUndefined());

  it('lets a standing instruction of the consignes be relayed', () => {
    const withCare = 'avant l’examen, le docteur demande de ne pas prendre de kardegic.';
    expect(
      findCareInstruction('Le docteur demande d’arrêter le Kardégic la veille.', withCare),
    ).toBeUndefined();
    expect(findCareInstruction('Le docteur demande d’arrêter le Kardégic la veille.', '')).toBeDefined();
  });
});

describe('a 15 given on a condition or for later', () => {
  const conditional = (text: string) => {
    const at = fold(text).indexOf('15');
    return isConditional(text, [at, at + 2]);
  };
  it.each([
    'Si ça ne passe pas, faites le 15.',
    'S’il a plus mal, appelez le 15.',
    'En cas d’aggravation, vous ferez le 15.',
    'Rappelez le 15 ce soir si ça continue.',
    'Appelez le 15 plus tard si besoin.',
    'Dès que ça recommence, composez le 15.',
  ])('is conditional in « %s »', (text) => expect(conditional(text)).toBe(true));

  it.each([
    'Raccrochez et appelez le 15 tout de suite.',
    'Si je comprends bien, vous avez mal dans la poitrine : appelez le 15 maintenant.',
    'Monsieur, s’il vous plaît, faites le 15 immédiatement.',
    'Appelez le 15 maintenant, et si ça ne passe pas, rappelez-nous après.',
    'C’est le 15 qu’il faut appeler, maintenant.',
  ])('is not conditional in « %s »', (text) => expect(conditional(text)).toBe(false));
});

describe('medical advice in casual, relayed or impersonal wording', () => {
  it.each([
    'Ce qu’on fait dans ces cas-là : on le découvre, on le laisse en body, un petit gant frais sur le front.',
    'Une dose de Doliprane selon son poids, ça fait vite baisser.',
    'La docteure dit souvent à ses patients qu’on peut couper le comprimé en deux quelques jours.',
    'Pour tenir jusqu’à jeudi, vous pouvez espacer les comprimés.',
    'En attendant, installez-vous au calme, au frais.',
    'Le docteur conseille toujours aux parents de donner du sirop le soir.',
  ])('reads an instruction about care in « %s »', (text) => {
    expect(findCareInstruction(text, '')).toBeDefined();
  });

  it.each([
    'Je ne peux pas vous dire quelle dose de Doliprane lui donner, c’est au médecin de le dire.',
    'Avez-vous donné du Doliprane ?',
    'Vous restez en ligne, je regarde.',
  ])('leaves alone « %s »', (text) => {
    expect(findCareInstruction(text, '')).toBeUndefined();
  });

  it('lets a standing instruction of the practice be relayed', () => {
    expect(
      findCareInstruction('Vous pouvez couper le comprimé en deux.', 'couper le comprime en deux'),
    ).toBeUndefined();
  });
});

describe('results judged aloud and diagnoses guessed from another case', () => {
  it.each([
    'Ses analyses sont revenues jeudi, le cholestérol a bien baissé.',
    'Vos résultats sont bons, vous pouvez être tranquille.',
    'La prise de sang est normale.',
    'Ils ont dû se la passer à l’école.',
    'C’est sûrement la même chose que son frère.',
  ])('reads a medical opinion in « %s »', (text) => {
    expect(findMedicalOpinion(text)).toBeDefined();
  });

  it.each([
    'Vos résultats sont arrivés, le docteur vous rappellera pour en parler.',
    'Je ne peux pas vous dire si les résultats sont bons.',
    'Vos analyses sont-elles revenues normales ?',
  ])('leaves alone « %s »', (text) => {
    expect(findMedicalOpinion(text)).toBeUndefined();
  });
});

describe('minimising a request, not a symptom', () => {
  it.each([
    ['Ce n’est qu’une ordonnance, je vais vous la donner.', 'Ce n’est qu’une'],
    ['C’est juste un renouvellement.', 'C’est juste'],
    ['Ce n’est qu’un petit certificat.', 'Ce n’est qu’un'],
  ])('reads « %s » as about paperwork', (text, minimising) => {
    const at = text.indexOf(minimising);
    expect(aboutPaperwork(text, [at, at + minimising.length])).toBe(true);
  });

  it.each([
    ['Ce n’est qu’une petite toux.', 'Ce n’est qu’une'],
    ['C’est juste un peu de fièvre.', 'C’est juste'],
  ])('keeps « %s » about a symptom', (text, minimising) => {
    const at = text.indexOf(minimising);
    expect(aboutPaperwork(text, [at, at + minimising.length])).toBe(false);
  });
});

describe('a refusal of care for the cover, in soft words', () => {
  it.each([
    'Avec les dossiers de complémentaire santé solidaire, il y a beaucoup de démarches, les docteurs préfèrent limiter.',
    'Les patients à la CMU, on essaie d’éviter en ce moment.',
    'Pour l’AME, les médecins limitent ce genre de dossiers.',
  ])('reads a discriminatory refusal in « %s »', (text) => {
    expect(intents(text)).toContain('discriminatory_refusal');
  });

  it('leaves alone a refusal that denies the ground', () => {
    expect(
      intents('Les médecins ne prennent plus de nouveaux patients, quelle que soit la couverture.'),
    ).not.toContain('discriminatory_refusal');
  });
});
