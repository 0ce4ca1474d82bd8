/**
 * Act rules read from the frame of a sentence rather than from one stock phrase (issue #14):
 * instructions and effect claims around a drug or a care, curt and rule-citing refusals,
 * reassurance in its usual forms, spoken offers, holds and redirects. Same pattern sugar as
 * rules.ts (`re`); rules.ts compiles them with the others.
 *
 * Kind `refusal`: blunt only without an alternative. analyze.ts also drops medical advice said
 * as a statement to the caller (« vous lui donnez le sirop ») when the sentence asks, and a
 * reassurance that a dismissal in the same line cancels (« ne vous inquiétez pas, c'est rien »).
 */
import type { ActLabel } from './labels.ts';
import {
  AID_IMPERATIVES,
  AID_INFINITIVES,
  AID_MAKE,
  AID_MOVES,
  AID_OBJECTS,
  CARE_OTHER,
  DOSE_NUMBERS,
  DOSE_WORDS,
  DRUGS,
  FOODS,
  GROUNDS,
  HOME_CARE,
  RESCUE,
} from './lexicon.ts';
import { DAYS } from './dates.ts';

/**
 * `refusal`: blunt only without an alternative. `dispatch`: help sent to the caller (« les
 * pompiers arrivent »), which names a service without sending the caller to it (no redirect).
 */
export type FrameKind = 'refusal' | 'dispatch';
export type Frame = readonly [label: ActLabel, source: string, kind?: FrameKind];

/** Measures a result is read on (« votre INR », « ses plaquettes », « le test »). */
const ANALYTES =
  'inr|plaquettes|tsh|t4|glycemie|hemoglobine(?: glyquee)?|hba1c|ferritine|crp|psa|creatinine|potassium|sodium|calcium|vitamine d|globules (?:blancs|rouges)|leucocytes|hematies|cholesterol|ldl|hdl|triglycerides|transaminases|gamma gt|d dimeres|troponine|(?:beta )?hcg|saturation|frottis|mammographie|ecg|electrocardiogramme|test|depistage|taux|tension';
/** What a result is said to be (« un peu haut », « basses », « dans la norme », « négatif »). */
const JUDGEMENT =
  "(?:un peu |tres |trop |assez |plutot |legerement |bien |super |tout a fait |encore |un petit peu )?(?:basse?s?|hautes?|hauts?|elevee?s?|limites?|correcte?s?|normale?s?|normaux|(?:bons?|bonnes?)(?!\\s*,?\\s*(?:je|j'|on|nous) )|parfaite?s?|mauvaise?s?|inquietante?s?|rassurante?s?|negati(?:f|fs|ve|ves)|positi(?:f|fs|ve|ves)|dans (?:la|les) normes?|excellente?s?|pas terrible|au dessus|en dessous|trop bas|trop haut)";

/** Organs a diagnosis ruled in or out names (« ce n'est pas le cœur », « c'est plutôt l'estomac »). */
const ORGANS =
  'c(?:oe|o)ur|estomac|foie|poumons?|reins?|intestins?|vesicule|thyroide|colonne|vessie|prostate|appendice|cerveau|sinus|oreilles?';

/** What a drug or care frame may have between the verb and the care word. */
const GAP = `\\b(?:(?!rendez vous|rdv|ordonnance|consultation|creneau)[^.?!,;:]){0,40}?(?<![a-z])(?:${DRUGS}|${HOME_CARE}|${CARE_OTHER})`;
const GIVE =
  '(?:lui |leur |vous |le |la |les |en )?(?:donner|redonner|prendre|reprendre|mettre|remettre|appliquer|passer|augmenter|diminuer|doubler|arreter|continuer|utiliser|essayer)';

/** What a first-aid frame may have between the verb and the body, the wound or the gesture. */
const AID_GAP = `\\b[^.?!,;:]{0,40}?(?<![a-z])(?:${AID_OBJECTS})`;
/** « il faut », « vous allez », « essayez de »…: an instruction said with an infinitive. */
const MODAL =
  "(?:il ne faut (?:surtout )?pas|faut (?:surtout )?pas|surtout ne pas|evitez de|il faut|faut|il faudrait|faudrait|vous devez|tu dois|vous allez|tu vas|on va|essayez de|essaie de|vous pouvez|tu peux|on peut|le mieux c'est de|le mieux est de|mieux vaut|il vaut mieux|(?<!vous )pensez a|n'oubliez pas de|surtout)";
/** « Gardez la plaquette à la main », « tenez l'ordonnance »: the box or the papers kept at hand, no first aid. */
const NOT_THE_PACK =
  '(?! (?:la |le |les |l\u0027|votre |vos |sa |son |ses |cette |ce )?(?:plaquettes?|boites?|emballages?|ordonnances?|cartes?|papiers?|telephone|notice|flacons?|tubes?|numeros?)(?![a-z]))';
/** A patient pronoun after an imperative (« couchez-le », « ne la bougez pas »), not an article (« tournez la page »). */
const PATIENT =
  '(?:(?:le|la|les)(?=\\s*(?:[,.!;]|$|sur |en |dans |au |a |sous |contre |avec |doucement|delicatement|bien |tout de suite|immediatement|surtout|pas |et |jusqu))|(?:lui|leur)(?! (?:son |sa |ses |le |la |votre |un |une )?(?:rendez vous|rdv|dossier|creneau|consultation|numero|message)))';

/**
 * An instruction said through a modal, impersonal or hedged (« il faut juste arrêter la statine »,
 * « on peut lui couper le comprimé », « vous pourriez lui redonner du sirop »): modal, an optional
 * adverb, an optional object pronoun, a verb of giving or stopping, then the drug or the care.
 */
const INSTRUCTING =
  "(?:il ne faut (?:surtout )?pas|il faut|faut|il faudrait|faudrait|il faudra|il suffit (?:de|d')|suffit (?:de|d')|vous devez|vous devriez|vous pouvez|vous pourriez|vous pouviez|vous pourrez|tu dois|tu peux|on peut|on pourrait|on doit|il vaut mieux|mieux vaut|il vaudrait mieux|vaudrait mieux|le mieux (?:c'est|est|serait) (?:de|d')|essayez (?:de|d')|(?<!vous )pensez a|n'oubliez pas (?:de|d'))";
/** A restatement of what the caller does (« si je comprends bien, vous prenez de l'Eliquis »): no instruction. */
const RESTATING =
  "(?<!(?:si (?:je |j'ai |j')(?:vous suis|comprends|ai compris|ai bien compris|resume)|je resume|je recapitule|donc)[^.?!]{0,200})";
const ADVERB =
  "(?:juste |simplement |seulement |bien |surtout |plutot |d'abord |tout de suite |quand meme |aussi |toujours |peut etre |deja |donc |vite |alors )?";
const OBJECT = "(?:lui en |leur en |lui |leur |le |la |les |l'|vous |en )?";
/** « il vaut mieux ne pas lui en donner », « surtout ne pas arrêter »: the instruction said negatively. */
const NOT_TO = '(?:ne (?:surtout )?pas |surtout pas |(?:tres bien|tout a fait|sans probleme) )?';
/** Said of the patient: « elle peut continuer son traitement », « il doit reprendre le sirop » (not the pharmacist). */
const PATIENT_MAY =
  '(?:il|elle|(?:votre|son|sa|ton|ta|le|la) (?!pharmac|docteu|medecin|kine|infirm|dentiste|secretaire|labo)[a-z]+) (?:peut|pourra|pourrait|doit|devrait|devra) (?:tres bien |tout a fait |quand meme |toujours |juste |simplement )?';
/** How often a drug is taken (« toutes les six heures », « matin et soir », « trois fois par jour »). */
const SCHEDULE =
  'toutes les (?:\\d+|deux|trois|quatre|cinq|six|huit|douze) ?(?:h|heures)\\b|(?:\\d|une|deux|trois|quatre) fois par jour|matin,? midi et soir|matin et soir|(?:pendant|avant|apres|au cours) (?:les |des |du )?repas|au coucher';
const CARE_VERB =
  '(?:donner|redonner|prendre|reprendre|mettre|remettre|appliquer|augmenter|diminuer|baisser|reduire|doubler|arreter|stopper|suspendre|interrompre|continuer|poursuivre|utiliser|essayer|couper|ecraser|espacer|sauter|remplacer|alterner|avaler)';
/** The care word within the clause, not past an appointment or a prescription (« prendre rendez-vous pour son traitement »). */
const CARE_GAP = `\\b(?:(?!rendez vous|rdv|ordonnance|consultation|creneau)[^.?!,;:]){0,40}?(?<![a-z])(?:${DRUGS}|${HOME_CARE}|${CARE_OTHER})`;

/** A refusal verb (the practice not taking, limiting or refusing someone). */
const REFUSE =
  "(?<!ne )(?<!n\\u0027)(?:limit\\w*|restrei\\w*|restreign\\w*|evit\\w*|refus\\w*|filtr\\w*|trient)|(?:ne |n')(?:en |les |vous |la |le )?(?:prennent|prend|prenons|acceptent|accepte|acceptons|recoivent|recoit|recevons|veulent|voulons|soignent|soigne|suivent|suit) (?:plus|pas|jamais)";
const DAY = `${DAYS.join('|')}|demain|apres demain|la semaine prochaine`;

export const FRAMES: readonly Frame[] = [
  // — medical advice: an instruction about a drug or a care said through a modal
  // « Je ne sais pas s'il faut… », « le docteur vous dira si on peut… »: an indirect question, no instruction.
  [
    'medical_advice',
    // The lookbehinds come last: they cost only where the whole frame matched.
    `${INSTRUCTING} ${ADVERB}${NOT_TO}${OBJECT}${CARE_VERB}${CARE_GAP}${RESTATING}(?<!\\b(?:si|s\\u0027)\\s*(?:il |on |vous |tu |elle |ils |elles )?${INSTRUCTING}[^.?!]*)`,
  ],
  // — medical advice: what the patient may or must do with a drug (« elle peut continuer son
  // traitement », « il peut très bien reprendre le sirop »); not the pharmacist, not asked with « si ».
  [
    'medical_advice',
    `${PATIENT_MAY}${NOT_TO}${OBJECT}${CARE_VERB}${CARE_GAP}${RESTATING}(?<!\\b(?:si|s\\u0027)\\s*(?:il|elle) \\w+ [^.?!]*)(?<!pharmac\\w*[^.?!]*)`,
  ],
  // — medical advice: a diet or a drug said in the subjunctive (« il faudrait qu'il arrête le lait
  // de vache », « il vaut mieux que vous évitiez le café »)
  [
    'medical_advice',
    `(?:${INSTRUCTING}|(?:il|elle) (?:peut|pourra|pourrait|doit|devrait|devra)) ${ADVERB}(?:qu'(?:il|elle|ils|elles|on) |que vous )(?:ne (?:plus|pas) )?${OBJECT}(?:(?:arret\\w*|evit\\w*|supprim\\w*|limit\\w*|diminu\\w*|reduis\\w*|mang\\w*|boiv\\w*|prenn\\w*|preni\\w*|mett\\w*|continu\\w*|reprenn\\w*|repreni\\w*|doubl\\w*|augment\\w*|appliqu\\w*|donn\\w*)\\b[^.?!,;:]{0,25}?(?<![a-z])(?:${FOODS}|${DRUGS}|${HOME_CARE}|${CARE_OTHER})(?![a-z])|(?:reste|restent) (?:allongee?s?|couchee?s?|au lit|au calme|au chaud|au frais)|boive\\w*(?=\\s*(?:[,.!]|$| beaucoup| souvent| de l'eau| bien| plus)))(?<!\\b(?:si|s\\u0027)\\s*(?:il |on |vous |elle )?(?:faut|faudrait|doit|peut)[^.?!]*)`,
  ],
  // — medical advice: a diet prescribed (« évitez les laitages », « supprimez le gluten quelques jours »)
  [
    'medical_advice',
    `(?:evitez|supprimez|arretez|limitez|diminuez|reduisez|eviter|supprimer|limiter) (?:un peu |plutot |donc )?(?:le |la |les |l'|du |de la |des |tout |toute )?(?:${FOODS})(?![a-z])`,
  ],
  // — medical advice: a drug to get (« demandez un antihistaminique à la pharmacie », « achetez du sérum phy »)
  [
    'medical_advice',
    `(?:demandez|achetez|procurez vous|prevoyez)(?! (?:au|a la|a votre|a son) (?:docteure?|medecin|dr|praticien))\\b(?:(?!rendez vous|rdv|ordonnance|\\bsi\\b|s\\u0027)[^.?!,;:]){0,40}?(?<![a-z])(?:${DRUGS}|${HOME_CARE})`,
  ],

  // — medical advice: a dose limit (« pas plus de trois grammes par jour », « deux comprimés maximum »)
  [
    'medical_advice',
    `(?:pas plus de|jamais plus de|au maximum|maximum|au plus|max) (?:${DOSE_NUMBERS}|${DOSE_WORDS})|(?:${DOSE_NUMBERS}|${DOSE_WORDS}) (?:\\w+ ){0,3}?(?:par jour|par prise|maximum|max|au maximum)(?![a-z])`,
  ],
  // — medical advice: the end of a treatment prescribed (« il faut finir la boîte »)
  [
    'medical_advice',
    `${INSTRUCTING} ${ADVERB}(?:finir|terminer|aller au bout de) (?:la boite|le flacon|la plaquette|le tube|le traitement|les antibiotiques|l'antibiotique|les comprimes|le sirop)(?![a-z])`,
  ],
  // — medical advice: a treatment given without a verb (« pour la constipation, des pruneaux et
  // beaucoup d'eau », « pour la toux, du miel »)
  [
    'medical_advice',
    `(?<=(?:^|[.!;:]|\\b(?:et|alors|bon|sinon))\\s*)pour (?:la |le |les |l'|sa |son |ses |votre |vos |une |un )?(?:toux|fievre|douleurs?|mal de [a-z]+|gorge|constipation|diarrhee|nausees?|brulures?|rhume|nez qui coule|boutons?|piqures?|coups? de soleil|crampes?|insomnies?)\\s*,\\s*(?:du |de la |des |de l'|un |une |un peu de |un peu d'|beaucoup de |beaucoup d')?(?:[a-z]+ ){0,2}?(?:${DRUGS}|${HOME_CARE}|${FOODS}|pruneaux|eau|repos)(?![a-z])`,
  ],
  // — medical advice: a prognosis, a contagion or a diagnosis ruled out (« il s'en remettra vite »,
  // « il ne sera plus contagieux », « je ne pense pas que ce soit le cœur »)
  [
    'medical_advice',
    `(?:il n'y aura|il y aura) plus rien(?![a-z])|(?:il|elle|vous) s'en remettr\\w*|(?:ca|ce|cela) (?:sera|serait) (?:gueri|passe|parti|fini|resorbe)e?(?![a-z])|ne laissera (?:pas|aucune) (?:de )?(?:traces?|cicatrices?|sequelles?)|(?:n'est|ne sera|n'est plus|ne sera plus|est|sera|est encore|sera encore) (?:plus )?contagieu(?:x|se)|(?:je ne pense pas|je pense pas|je ne crois pas|je crois pas|ca m'etonnerait) (?:que|qu') (?:ce soit|ca soit|ce sont|ca vienne) (?:\\w+ )?(?:${ORGANS}|appendicite|infarctus|grave|serieux|une? [a-z]+ite)(?![a-z])|(?:ca|cela|ce) n'a (?:surement |probablement |sans doute |certainement |rien )?(?:rien )?a voir avec (?:le |la |les |l'|son |sa |votre |ses )?(?:${ORGANS})(?![a-z])|(?:ce n'est|c'est) (?:surement |sans doute |probablement |certainement |donc )?pas (?:le |la |l'|les |du |de la )(?:${ORGANS})(?![a-z])|(?:c'est|c) (?:plutot|surement|sans doute|probablement) (?:le |la |l'|les |du |de la )(?:${ORGANS})(?![a-z])|(?:ca|cela|la toux|une toux|ce genre de toux) (?:peut )?trainer?\\w* (?:\\w+ ){0,3}(?:jours|semaines)|(?:une |la |c'est la |c'est une )?reaction (?:normale|classique|habituelle|banale)|(?:il|elle|vous) (?:pourra|peut|pourrez|pouvez|pourriez) (?:retourner|aller|reprendre|retourner a) (?:a l'|a la |au |l'|la |le )?(?:ecole|creche|travail|boulot|sport|piscine|college|lycee|nounou)(?![a-z])`,
  ],

  // — medical advice: results read with a judgement (« votre INR est à 3,5, c'est un peu haut », « ses
  // plaquettes sont basses », « le test est négatif »), not asked (a question is dropped in analyze.ts)
  [
    'medical_advice',
    `(?:${ANALYTES})(?![a-z])[^.?!;]{0,40}?(?:est|sont|etait|etaient|c'est|reste|restent|parait|semble|semblent|revenue?s?)(?![a-z])[^.?!;]{0,16}?(?:${JUDGEMENT})(?![a-z])`,
  ],
  // — medical advice: a care or an exam judged needless (« pas besoin d'antibiotiques pour un virus »)
  [
    'medical_advice',
    "pas (?:besoin|la peine|necessaire|utile) (?:de |d')(?:prendre |donner |lui donner |faire )?(?:des |les |un |une |d'|de )?(?:antibiotiques?|traitement|medicaments?|sirop|consulter|voir (?:un|le|la) (?:medecin|docteure?)|aller aux urgences|radio|examens?|analyses?|prise de sang)(?![a-z])",
  ],
  // — medical advice: a drug named first, then the instruction (« le ramipril, vous pouvez le prendre le soir »)
  [
    'medical_advice',
    `(?:${DRUGS})\\s*,\\s*(?:vous pouvez|vous pourrez|il faut|faut|on peut|il peut|elle peut|vous devez|il vaut mieux) ${ADVERB}(?:le |la |les |l'|en |lui en )${CARE_VERB}(?![a-z])`,
  ],
  // — medical advice: « le mieux, c'est qu'il dorme et qu'il mange léger »
  [
    'medical_advice',
    "(?:le mieux|l'ideal|l'important),? (?:c'est|serait|est) (?:qu'(?:il|elle|ils|elles|on)|que vous) (?:se repose\\w*|vous reposiez|dorme\\w*|mange\\w* leger|boive\\w*|reste\\w* (?:au lit|allonge|au calme|au chaud|a jeun))",
  ],

  // — medical advice: a dose schedule (« un Doliprane 500 toutes les six heures », « le sirop matin
  // et soir »), not what the patient already takes (« il prend du Kardégic matin et soir »).
  [
    'medical_advice',
    `(?:${DRUGS}|${CARE_OTHER})\\b[^.?!;]{0,30}?(?:${SCHEDULE})(?<!\\b(?:il|elle|ils|elles|vous|je|tu|on|qui) (?:\\w+ )?(?:prend|prends|prenez|prenait|preniez|prennent|a pris|avez pris|ai pris|donne|donnez|donnait|a donne|avez donne|ai donne|ont)\\b[^.?!]*)(?<!(?:ordonnance|prescri\\w*|notice)[^.?!]*)`,
  ],

  // — blunt: a refusal citing cover, origin, handicap, age or pathology (« ils limitent les
  // patients à la CSS », « l'AME, les docteurs n'en prennent plus »); an alternative softens it.
  [
    'blunt',
    `(?:${REFUSE}) [^.?!]{0,50}?(?<![a-z])(?:${GROUNDS})(?![a-z])|(?<![a-z])(?:${GROUNDS})(?![a-z])[^.?!]{0,60}?(?:${REFUSE})`,
    'refusal',
  ],
  // — blunt: the practice closed to newcomers, said of anyone (« les médecins ont arrêté de
  // prendre de nouveaux patients », « ils n'ont simplement plus de place »)
  [
    'blunt',
    "(?:ont|a|avons) (?:arrete|cesse) (?:de |d')(?:prendre|recevoir|accepter|suivre|inscrire)|(?:ont|a|avons) ferme (?:leur|sa|notre|la|les) (?:patientele|liste|agenda|inscriptions)|(?:ils|elles|les medecins|les docteurs|nos medecins|nos docteurs) (?:ne |n')(?:en |les |vous )?(?:prennent|acceptent|recoivent|suivent) (?:plus|pas|aucun)|(?:n'ont|n'a|n'avons|n'ai) (?:\\w+ )?plus (?:de |aucune? )(?:place|creneau|disponibilite|rendez vous)",
    'refusal',
  ],

  // — proposals: a slot offered after a contrast (« c'est complet, mais jeudi 10 h », « sinon
  // demain matin »), unless that day is full or closed too
  [
    'proposal',
    `(?<=(?:^|[,.;:!?]|\\b(?:mais|sinon|contre|revanche|alors))\\s*)(?:mais|par contre|en revanche|sinon|ou alors) (?:(?:il me reste|il nous reste|j'ai|on a|nous avons|il y a|je peux (?:vous )?(?:proposer|mettre|donner)|ce serait|ce sera) )?(?:le |la )?(?:${DAY})(?![^.?!]*\\b(?:complet|plein|ferme|pas|plus rien|aucun|rien)\\b)(?![^.?!,]*\\b(?:vous|tu) (?!(?:convien|irait|arrange|dirait|va\\b)))`,
  ],
  // — proposals: what is left or the first slot free (« il me reste le créneau de 11 h 40 », « la
  // première échographie disponible, c'est mardi »)
  [
    'proposal',
    `il (?:me |nous )?reste (?:encore )?(?:le|la|les|un|une|des|de la|deux|trois) (?:\\w+ )?(?:places?|creneaux?|rendez vous|rdv|disponibilites?|consultations?)|(?:premier|premiere|prochain|prochaine) (?:\\w+ ){0,2}?(?:disponibles?|libres?|possibles?|dispos?),? (?:c'est|ce sera|ce serait|est|sera|serait) (?:le |la )?(?:${DAY}|\\d)`,
  ],

  // — reassurance: the case passed on, an object pronoun or not (« je le signale au radiologue »,
  // « je la préviens », « je le note et je le transmets au docteur »), and the caller reassured
  [
    'reassurance',
    "je (?:le |la |les |l'|lui en |leur en |en )(?:signale|signalerai|transmets|transmettrai|previens|previendrai|fais suivre|ferai suivre|fais passer|ferai passer|remonte|remonterai)(?! pas)|je vous rassure",
  ],

  // — medical advice: first aid, an instruction about the body without any drug (« allongez-le sur
  // le côté », « appuyez fort sur la plaie », « ne le faites pas vomir », « il faut le coucher »)
  [
    'medical_advice',
    `(?:${AID_IMPERATIVES})(?: (?:lui|leur|le|la|les))?${NOT_THE_PACK}${AID_GAP}|(?:${AID_MOVES}) ${PATIENT}|(?:ne |n')(?:le |la |les |l'|lui )(?:${AID_MOVES})(?: surtout| jamais)? (?:pas|jamais|surtout pas)|${MODAL} (?:ne pas )?(?:le |la |les |l'|lui |leur )?(?:${AID_INFINITIVES})${AID_GAP}|${MODAL} (?:ne pas )?(?:moins |plus |bien |surtout |trop )?(?:le |la |les |l')(?:allonger|coucher|tourner|retourner|basculer|surelever|asseoir|rafraichir|refroidir|rechauffer|couvrir|decouvrir|deshabiller|surveiller|immobiliser)(?![a-z])|(?:(?:le|la|les|lui|leur|l') ?)?(?:faites|fais)(?: (?:lui|leur|le|la|les))?(?: (?:surtout|jamais|pas|rien|surtout pas))? (?:${AID_MAKE})|${MODAL} (?:ne pas )?(?:le |la |les |l'|lui |leur )?faire (?:${AID_MAKE})|(?:donnez|donne|donner|proposez|proposer)(?: (?:lui|leur))?(?: (?:rien|pas|jamais|surtout pas|surtout rien|quelque chose|de l'eau|un peu d'eau|un verre d'eau))? (?:a boire|a manger|par la bouche)|(?:allongez|couchez|asseyez|assoyez|etendez) vous|restez (?:bien )?(?:allongee?s?|couchee?s?|assise?s?)`,
  ],
  // — medical advice: instruction frames around a drug or a care, effect claims
  [
    'medical_advice',
    `(?:vous (?:n'avez|avez) qu'a|vous (?:lui |leur )?continuez (?:a|de)|continuez (?:a|de)|je (?:vais |peux )?(?:vous |lui |leur )(?:donner|redonner|conseiller|prescrire|recommander|mettre|remettre)|je vous conseille (?:de |d')?(?:lui |leur )?(?:prendre|donner|mettre)?|(?:on|vous) (?:va|allez) (?:lui |vous |leur )?${GIVE}|(?<!vous )pensez a (?:lui |leur |vous )?${GIVE}|n'oubliez pas (?:de |d')(?:lui |leur )?${GIVE})${GAP}`,
  ],
  [
    'medical_advice',
    `(?:vous|tu) (?:lui |leur |le |la |les )?(?:donnez|donnes|redonnez|prenez|prends|reprenez|mettez|mets|appliquez|continuez|arretez|augmentez|diminuez|doublez|alternez|passez)${GAP}${RESTATING}`,
  ],
  [
    'medical_advice',
    "(?:lisez|lire|regardez|regarder|suivez|suivre|respectez|respecter|relisez|relire|voyez) (?:bien |attentivement )?(?:la notice|la posologie|les doses)|(?:c'est|tout est|c) (?:bien )?(?:marque|ecrit|indique) (?:sur|dans) la (?:notice|boite)|(?:donnez|gardez|couvrez|decouvrez|laissez) (?:le|la|lui|leur|les) (?:a boire|au chaud|au frais|au calme|leger|legere|en sous vetements)|(?:n'a|a|n'ont|ont|aucun|pas|peu|sans) (?:pas |aucun |peu |tres peu |beaucoup )?(?:d'|de |des )?(?:effets? (?:secondaires?|indesirables?)|contre indications?)|effets? (?:secondaires|indesirables),? (?:il y en a|y en a) (?:pour|avec|dans) (?:tous|toutes|tout|chaque)|(?:c'est|c) (?:totalement |tout a fait |completement )?(?:sans danger|sans risque|inoffensif)|(?:ca|cela) ne (?:peut|pourra) pas (?:lui |vous )?faire de mal|(?:ne|n') (?:sert|servent|serviront) a rien (?:pour|contre) (?:un|une|les|le|la) (?:virus|rhume|grippe|angine|otite|toux|fievre)",
  ],

  // — medical advice: rest and effort prescribed (« restez au lit deux jours », « évitez de porter
  // des charges », « ne forcez pas sur la jambe », « faites des étirements »)
  [
    'medical_advice',
    "(?:restez|rester|gardez le lit|garder le lit) (?:au lit|allongee?s?|couchee?s?|alitee?s?)(?: \\w+)? (?:\\w+ )?(?:jours?|heures?|semaines?|nuits?)|(?:evitez|eviter|evite) (?:de (?:porter|forcer|marcher|courir|conduire|faire du sport|vous baigner|mouiller|appuyer|plier)|le sport|les efforts|tout effort|l'alcool|les charges)|(?:ne |n')?(?:forcez|forcer) (?:pas|surtout pas|jamais) (?:sur|avec|dessus)|(?:faites|faire|faites lui|faites leur) (?:des |quelques )?(?:etirements|exercices de (?:respiration|reeducation)|inhalations|bains de (?:bouche|pieds))",
  ],

  // — medical advice: a diagnosis by analogy or by the season (« ils ont dû se la passer », « c'est
  // sûrement la même chose », « il y a beaucoup d'angines en ce moment »)
  [
    'medical_advice',
    "(?:ont|a|avez|as) (?:du|surement|sans doute|probablement) (?:(?:se la |se le |se l'|l'|la |le )(?:passer|attraper|refiler|transmettre|choper)|(?:attrape[rs]?|chope[rs]?) (?:un|une|la|le|quelque chose|un truc|froid))(?![a-z])|(?:c'est|ca doit etre|il a|elle a|vous avez) (?:surement|sans doute|probablement|certainement) (?:la meme chose|pareil|la meme)(?![a-z])|(?:toute l'ecole|toute la classe|toute la creche|tout le monde) y passe|(?:c'est|c) la serie en ce moment|(?:il y a|y a|on voit|on a) (?:beaucoup|plein|pas mal|enormement) (?:d'|de |des )(?:angines?|gastros?|grippes?|virus|otites?|bronchiolites?|rhumes?|covid|varicelles?|conjonctivites?) (?:en ce moment|qui (?:trainent|circulent)|cette (?:semaine|saison)|ces (?:jours|temps))",
  ],

  // — medical advice: checking the patient, keeping them awake or still, a prognosis
  [
    'medical_advice',
    "(?:verifiez|regardez|ecoutez|sentez|controlez|tatez|prenez|verifie|regarde)(?: (?:lui|le|la))? (?:s'il|si elle|si (?:il|elle)|si (?:sa|son|la|le)|son|sa|le|la) (?:respire|respiration|pouls|reagit|est conscient|est consciente|poitrine (?:se souleve|bouge)|ventre (?:se souleve|bouge)|souffle)|(?:gardez|maintenez|garde) (?:le|la|les) (?:eveillee?s?|reveillee?s?|conscients?|consciente?s?)|(?:ne )?(?:le |la |les )?laissez (?:le |la |les )?(?:pas |surtout pas |jamais )(?:s'endormir|dormir|seule?s?|se lever|marcher)|ne poussez (?:pas|surtout pas)|respirez (?:dans un sac|par petites|par le nez)|(?:il|elle) va s'en (?:sortir|remettre)|(?:il|elle) va (?:se reveiller|revenir a (?:lui|elle)|reprendre connaissance)|(?:il|elle) est hors de danger|ses jours ne sont pas en danger",
  ],

  // — empathy: apologies in the practice's name, regret, patience offered
  [
    'empathy',
    '(?:ca|cela) se comprend(?=\\s*(?:[,.!…]|$|tout a fait|parfaitement|bien|madame|monsieur))|excusez nous|toutes nos excuses|nous (?:nous )?excusons|(?:je suis|nous sommes) au regret|(?:je|nous) regrettons|prenez (?:tout )?votre temps|(?<=(?:^|[.!])\\s*)courage(?=\\s*[.!]*\\s*$)',
  ],

  // — requests for information said as a statement
  [
    'question',
    "j'ai besoin (?:de|d') (?:quelques|deux|trois|plus de|d'autres|certains|certaines|vos|votre|encore) (?:\\w+ )?(?:precisions|renseignements|informations|details|coordonnees)",
  ],

  // — minimizing: a symptom or a side effect judged ordinary (medical advice as well, see analyze.ts)
  [
    'minimizing',
    "(?:c'est|c) (?:tout a fait |bien |tout )?normal d'avoir (?:\\w+ ){0,3}(?:mal|fievre|douleurs?|des douleurs|des effets)|effets? (?:secondaires|indesirables),? (?:il y en a|y en a) (?:pour|avec|dans) (?:tous|toutes|tout|chaque)",
  ],

  // — minimizing: the caller told to bear it or count themselves lucky
  [
    'minimizing',
    "cessez (?:de |d')(?:pleurer|crier|vous plaindre|vous inquieter|vous affoler|paniquer|stresser|vous enerver|dramatiser|exagerer|vous agiter|hurler|vous lamenter)|estime[sz]? (?:vous|toi) (?:deja )?heureu(?:x|se)|(?<=(?:^|[,.;:!?]|\\b(?:mais|bon|ben|eh bien|bah))\\s*)(?:c'est|c) la vie(?=\\s*(?:[,.!…]|$))|(?:il )?(?:faut|faudra) faire avec(?=\\s*(?:[,.!…]|$))|prenez sur vous|(?:vous n'avez|il n'a|elle n'a|tu n'as) rien(?: du tout| de grave)?(?=\\s*(?:[,.!…]|$|madame|monsieur))(?![^.!?]*\\?)",
  ],
  // — medical advice: a prognosis or a permission (« vous serez vite sur pied », « vous pouvez
  // manger sans problème », « aucun risque à continuer »)
  [
    'medical_advice',
    "(?:il|elle) n'y paraitra plus|(?:vous n'avez|il n'a|elle n'a|tu n'as) rien(?: du tout| de grave)?(?=\\s*(?:[,.!…]|$|madame|monsieur))(?![^.!?]*\\?)|(?:serez|sera|seras|seront) (?:vite |bientot |tres vite |tres bientot )?(?:sur pied|guerie?s?|remise?s?|retablie?s?)|(?:va|vont|allez|vas) (?:vite |bien |tres vite |tres bien )?s'en (?:remettre|sortir)|(?:manger|boire|conduire|allaiter|vous baigner|prendre l'avion|faire du sport|le prendre|la prendre|les prendre|en prendre|continuer) (?:\\w+ ){0,3}?sans (?:aucun )?(?:probleme|souci|risque|danger|crainte)|(?:aucun|pas de|sans) (?:risque|danger) (?:a|de|pour) (?:manger|boire|conduire|allaiter|continuer|prendre|le prendre|la prendre|en prendre|arreter|lui donner)",
  ],
  // — minimizing: the concern called exaggerated or imagined
  [
    'minimizing',
    "(?:il|elle|vous) (?:fait|faites) (?:du cinema|semblant|la comedie|son cinema|sa comedie|un caprice)|(?:c'est|c) (?:de la comedie|du cinema|psychologique|psychosomatique)(?=\\s*(?:[,.!…]|$|madame|monsieur|tout))|(?:il|elle) (?:a|est) juste (?:un peu )?(?:bu|ivre|saoule?|fatiguee?|stressee?|angoissee?)|" +
      "n'exagerons (?:rien|pas)|n'exagerez (?:rien|pas(?! du tout)(?! une seconde)(?! un instant))|(?:il ne )?faut pas exagerer|(?:c'est|c) dans (?:votre|ta) tete|vous (?:vous )?(?:faites|en faites) (?:des idees|tout un monde|une montagne|un drame|toute une montagne)",
  ],

  // — reassurance: help on its way, the trainee staying on the line, the caller taken care of
  [
    'reassurance',
    `(?<![a-z])(?:${RESCUE}) (?:(?:est|sont|va etre|vont etre|sera|seront) )?(?:deja )?(?:en route|en chemin|partie?s?|prevenue?s?|alertee?s?|engagee?s?|envoyee?s?|declenchee?s?|arrive|arrivent|va arriver|vont arriver|arrivera|arriveront|sera la|seront la|sera sur place|seront sur place|vient|viennent|va venir|vont venir)(?![a-z])|(?:j'|je |on |nous )(?:vous |lui |leur )?(?:(?:vais|va|allons) )?(?:envoie|envoyons|envoyer|declenche|declenchons|declencher|engage|engageons|engager|fais partir|faisons partir|faire partir|fais venir|faisons venir|faire venir|alerte|alertons|alerter|previens|prevenons|prevenir) (?:tout de suite |immediatement |de suite )?(?:${RESCUE})`,
    'dispatch',
  ],
  [
    'reassurance',
    "je reste (?:en ligne |au telephone |la |ici )?(?:avec (?:vous|toi)|en ligne|au telephone|la)(?=\\s*(?:[,.!;]|$|jusqu|le temps|pendant|et |madame|monsieur))|je ne (?:vous |te )?(?:raccroche|quitte|lache) pas|je suis (?:toujours )?(?:la )?avec (?:vous|toi)(?=\\s*(?:[,.!;]|$|madame|monsieur|je |on ))|(?:on|nous) (?:s'occupe|s'en occupe|nous occupons|nous en occupons|va s'occuper|va s'en occuper|allons nous occuper|allons nous en occuper) (?:de (?:vous|toi|tout|lui|elle|votre|ton|ta|vos|tes)|(?=\\s*(?:[,.!;]|$)))|je (?:m'occupe|vais m'occuper) de (?:vous|tout|lui|elle|votre|ton|ta|vos)",
  ],

  // — reassurance: the doctor informed, the request recorded, a callback promised
  [
    'reassurance',
    "(?:le docteur|la docteure|le medecin|le dr|la dr) (?:sera|a ete|est) (?:bien |deja |tout de suite )?(?:prevenue?|informee?|au courant|avertie?)(?!\\s*\\?)|votre (?:demande|message|appel) a (?:bien )?ete (?:enregistree?|transmise?|pris(?:e)? en compte|note(?:e)?)|je vous (?:recontacte|recontacterai|rappellerai|rappelle)(?= (?:des |dans |demain|ce |cet |en |avant |apres |plus tard|rapidement|tout de suite|sans faute|s'il (?!vous plait)|si |quand |lundi|mardi|mercredi|jeudi|vendredi)|\\s*[,.!]|\\s*$)|(?:on|nous) (?:trouvera|trouverons|va trouver|allons trouver) (?:une solution|quelque chose|un moyen)|(?:on|nous|je) (?:fera|ferons|ferai|va faire|allons faire|vais faire) le point",
  ],

  // — reassurance: the caller guided and encouraged, help about to arrive
  [
    'reassurance',
    "je (?:vais )?(?:vous )?(?:guider|guide|accompagner|accompagne)(?! (?:vers|a|au|jusqu))|je vais vous expliquer (?:ce qu'il faut faire|quoi faire|les gestes)|on va y arriver|vous (?:faites|vous debrouillez|vous en sortez) (?:ca |tout )?(?:tres |vraiment |super )?(?:bien|parfaitement)|(?:c'est )?(?:tres )?bien,? continuez|tenez bon|(?:ils|elles) (?:ne vont pas|n'en ont pas pour) (?:tarder|longtemps)|(?:ils|elles) (?:sont (?:en route|en chemin|presque la|a \\w+ minutes?)|seront la|vont arriver|arrivent)(?=\\s*(?:[,.!…]|$|dans|tout de suite|bientot|d'une|madame|monsieur))|d'une minute a l'autre",
  ],

  // — reassurance: the message passed on, the trainee doing what it takes
  [
    'reassurance',
    "je (?:vous |lui |le |la |les |leur )?(?:fais|ferai|vais faire) (?:suivre|passer)(?! (?:un|une|le|la) (?:examen|test|radio))|je (?:vais )?(?:lui|leur) en (?:parle|parler|parlerai|toucherai|toucher) (?:un mot|des|tout de suite|aujourd'hui|ce|cet|a son|quand|apres)|je (?:vais )?(?:lui|leur) en parlerai|je vais faire (?:au plus vite|le plus vite possible|(?:tout )?mon possible|le necessaire)",
  ],

  // — reassurance in its usual forms
  [
    'reassurance',
    "(?:ne )?(?:vous |t')(?:inquietez|inquiete|en faites) pas(?! (?:pour|de) (?:rien|si peu|ca))|rassurez vous|soyez rassuree?s?|pas d'inquietude|aucune inquietude|(?:tout|ca|cela) va (?:bien )?se passer|(?:tout|ca|cela) va s'arranger|(?:ca|cela) va aller|on est la pour (?:ca|vous)|nous sommes la pour (?:ca|vous)|vous etes (?:au bon endroit|bien tombee?)",
  ],
  [
    'reassurance',
    "(?:parfaitement|tout a fait|tres bien|bien) (?:a meme|capables?|competente?s?|formee?s?|habituee?s?|equipee?s?) (?:de|d'|pour|a)|(?:vous|il|elle) (?:va|allez|vont) etre (?:tres )?(?:bien )?(?:recue?s?|vue?s?|pris en charge|prise en charge|rappelee?s?|aidee?s?|soignee?s?|entre de bonnes mains|orientee?s?)|(?:ils|elles|ils vous|elles vous) (?:vous )?(?:diront|sauront|orienteront|guideront|aideront|conseilleront|expliqueront)|on va (?:s'occuper de vous|prendre soin de vous|bien s'occuper)",
  ],

  // — blunt: tautologies, dismissive « toujours », threats, rule-citing, scorn
  [
    'blunt',
    "(?:les |la |le |l')(?<tautology>[a-z]{3,}),? (?:sont|est|c'est|ce sont) (?:les |la |le |l')\\k<tautology>(?![a-z])|(?:vous pouvez|tu peux) toujours (?:essayer|rappeler|attendre|tenter|ecrire|demander|courir|envoyer|chercher)|(?:envoyez|essayez|tentez|ecrivez|attendez) toujours(?! le)|je (?:vous |te )(?:fais|ferai|ferais|facture|facturerai) (?:payer|la consultation)|(?:c'est|c|tout est) (?:pourtant |bien |clairement )?(?:affiche|ecrit|marque|indique) (?:dans la salle|sur (?:le|notre) site|sur la porte|a l'entree|a l'accueil|partout|en gros)|(?:on|nous) (?:n'est|est|ne sommes|sommes) pas (?:un|une) (?!urgence)[a-z]+(?=\\s*(?:[,.!…]|$|ici|madame|monsieur))|(?:ce n'est|c'est) pas (?:un|une) (?:hotel|restaurant|garderie|supermarche|self service|service apres vente)|(?:voir|chercher|aller|essayer|trouver|regarder) ailleurs|(?:regardez|regarder|voyez|cherchez|chercher|allez) sur internet|(?:vous|tu) n'(?:allez|vas|aurez|auras|auriez|aurais|aviez|avais|avez|as) qu'a|vous verrez bien(?=\\s*[.!…]*\\s*$)|(?:il )?faut (?:vous|s') organiser(?=\\W*(?:madame|monsieur)?\\W*$)",
  ],
  [
    'blunt',
    "(?:ce n'est|c'est) pas (?:a moi|de mon ressort|mon probleme) de (?:decider|juger|voir|savoir|choisir)|(?:de|on m'a dit de|on nous a dit de) ne (?:plus|pas) (?:en |les |vous )?(?:prendre|accepter|recevoir)|je (?:ne )?sais pas quand (?:il|elle|je|le docteur|la docteure|on)|je ne (?:crois|pense) pas (?:pouvoir|qu'on puisse|que nous puissions|que ce soit possible)|(?:ne |n')(?:donne|donnons|donnent|prenons|acceptons|faisons) (?:pas|plus|jamais) (?:de |d')?(?:rendez vous|rdv|renseignements?|informations?)",
    'refusal',
  ],

  // — blunt: take it or leave it, not my remit, luck and magic refused, the caller blamed
  [
    'blunt',
    "(?:c'est|ce sera) a prendre ou a laisser|(?:c'est|ce sera|c) (?:ca|cela) ou rien|(?:vous )?contenter de (?:ca|cela)|(?<=(?:^|[,.;:!?]|\\b(?:bon|ben|bah|alors|eh bien|et))\\s*)tant pis(?=\\s*(?:[,.!…]|$|pour vous|pour toi))|je (?:ne suis|suis) pas (?:magicien\\w*|devin\\w*|voyante?|votre (?:bonne|domestique|esclave|secretaire personnelle))|je n'en sais rien|j'en sais rien|vous auriez pu (?:prevenir|appeler|rappeler|lire|penser|anticiper|vous (?:renseigner|organiser|y prendre))|(?:allez|voyez|cherchez|essayez) ailleurs|(?<=(?:^|[,.;:!?])\\s*)(?:articulez|parlez plus fort|repetez|faites un effort)(?=\\s*(?:[,.!]|$))",
  ],
  [
    'blunt',
    "(?:ne |n')(?:releve|relevent) (?:pas|aucunement|absolument pas) (?:de mes competences|de mon ressort|de mon role|de moi|du secretariat)",
    'refusal',
  ],

  // — blunt: orders that cut the caller off, services refused outright
  [
    'blunt',
    "laissez moi parler|vous (?:allez )?me laisser parler|taisez vous|tais toi|je vous (?:ai )?pose une question|c'est moi qui pose les questions|je ne vous ai pas demande (?:ca|cela)|(?:ce n'est|c'est) pas a vous de (?:decider|me dire|juger)|arretez de (?:m'interrompre|me couper|discuter)|" +
      "(?<=(?:^|[,.;:!?])\\s*(?:(?:bon|allez|non|oh|eh|bah|ben|mais)\\s*,?\\s*)*)(?:ca|cela) suffit(?=\\s*(?:[,.!]|$|maintenant|comme ca|madame|monsieur|hein))|repondez (?:a|moi a) (?:ma|la|mes|les) questions?|(?:ecoutez|ecoute) moi (?:bien|maintenant)(?=\\s*(?:[,.!]|$))|vous allez m'ecouter",
  ],
  [
    'blunt',
    "(?:on|nous|je|ils|elles|les pompiers|les secours|le samu|le smur|sos medecins?|les ambulances?|la police|les gendarmes) (?:n'|ne )(?:vous |leur |lui )?(?:envoie|envoyons|envoient|enverrai|enverrons|se deplace|se deplacent|nous deplacons|me deplace|deplace|deplacons|intervient|intervenons|interviennent) (?:pas|plus|jamais)|(?:on|nous|je) (?:ne |n')(?:va|vais|allons) pas (?:vous )?(?:envoyer|deplacer|nous deplacer|me deplacer|se deplacer|intervenir)",
    'refusal',
  ],
  [
    'blunt',
    "(?:il y a|j'ai|on a|nous avons) (?:du monde|des gens|d'autres personnes|d'autres patients|d'autres appels|plein de monde|beaucoup de monde) qui (?:attend|attendent)|(?:vous voulez|tu veux) quoi(?: (?:exactement|encore|au juste))?(?=\\s*[?!.]|\\s*$)|(?:vous (?:m'|nous )?appelez|vous derangez (?:le \\d+|les secours|les pompiers|le samu)|tu appelles) (?:le \\d+ |les secours |les pompiers |le samu )?pour (?:ca|si peu|rien|cela)(?=\\s*[?!.]|\\s*$)|(?<=(?:^|[,.;:!?])\\s*)je (?:ne )?sais pas,? moi(?=\\s*[.!…]*\\s*$)",
  ],
  [
    'blunt',
    "(?:ce n'est|c'est) pas (?:mon|notre) (?:travail|boulot|role|metier|job)|(?:ce n'est|c'est|c) pas (?:le bon (?:numero|service|endroit|cabinet)|la bonne (?:ligne|personne)|ici)(?=\\s*(?:[,.!…]|$|madame|monsieur))|^(?:(?:ah|oh|eh)\\s*,?\\s*)?(?:mais|ben|bah)\\s*,?\\s*(?:enfin\\s*,?\\s*)?(?:madame|monsieur|mademoiselle|voyons)\\b",
    'refusal',
  ],
  // — an alternative offered in a refusal: someone else may call (« elle peut nous appeler elle-même »)
  [
    'proposal',
    '(?:votre|son|sa|ton|ta) \\w+ (?:peut|pourra) (?:nous |me |vous )?(?:rappeler|appeler|contacter|joindre|passer|venir)|(?:il|elle) (?:peut|pourra) (?:nous|me) (?:rappeler|appeler|contacter|joindre)(?: (?:lui|elle) meme)?',
  ],

  // — proposals: another way in (« vous pouvez venir sans rendez-vous », « prendre rendez-vous en ligne »)
  [
    'proposal',
    "(?:vous|tu) (?:pouvez|peux|pourriez|pourrez|pourrais) (?:aussi |egalement |toujours |tout a fait )?(?:venir|passer|vous presenter|consulter)(?: \\w+){0,3}? (?:sans rendez vous|a l'accueil|au cabinet|directement|des \\d|a partir de|entre \\d)|(?:nous avons|on a|il y a) (?:aussi |egalement )?(?:une |des |un )?(?:consultations?|permanences?|creneaux?|plages?|cliniques?|centres?|services?|maisons? medicales?) (?:\\w+ )?sans rendez vous",
  ],

  // — proposals: spoken offers of a slot, a transfer, a callback
  [
    'proposal',
    `(?:premier|premiere|prochain|prochaine|1er) (?:rendez vous|rdv|creneau|disponibilite|dispo|place)(?: (?:disponible|libre|possible|dispo))? (?:le |la |a |au |en |demain|ce |cet |\\d|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)|(?:on|je|nous) (?:va|vais|allons) (?:vous |lui )?(?:donner|communiquer) (?:les coordonnees|le numero|l'adresse)|laissez (?:moi|nous) (?:votre|vos) (?:numero|coordonnees|nom)|je (?:transfere|bascule|passe|transmets) (?:votre appel|l'appel|la communication)|je vous (?:transfere|bascule|mets en relation)|(?:voila|voici) (?:le numero|les coordonnees|l'adresse)|(?:vous|tu) (?:pouvez|peux|pourriez|pourrais) (?:venir|passer) (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|en fin|en debut|dans la|cet|ce)`,
  ],

  // — proposals: a transfer to someone of the practice (« je transfère à ma collègue », « et vous
  // passe mon confrère »)
  [
    'proposal',
    "(?:transfere|transferer|bascule|basculer|passe|passer|mets en relation|mettre en relation) (?:votre appel |l'appel |la communication )?(?:a |au |aux |vers |avec )?(?:ma |mon |notre |nos )(?:collegues?|cons(?:oe|o)urs?|confreres?|associee?s?|remplacante?|infirmiere?s?|responsable|secretaire)",
  ],

  // — proposals: a slot or an option asked about as an offer (« mardi 9 h, c'est possible pour
  // vous ? », « vous préférez être rappelée sur votre portable ? »)
  [
    'proposal',
    "(?:c'est|ce serait|ca serait|cela serait|ca vous serait|est ce) (?:possible|jouable|faisable|envisageable) pour vous(?=[^.!?]*\\?)|(?:vous preferez|preferez vous|vous prefereriez|prefereriez vous) (?:etre rappelee?|qu'on vous rappelle|laisser un message|patienter|attendre)",
  ],

  // — reassurance: someone of the practice will take the caller in hand (« une opératrice va vous
  // répondre », « ma collègue vous rappelle de suite »)
  [
    'reassurance',
    "(?:une?|ma|mon|notre|nos) (?:operatrices?|operateurs?|collegues?|conseilleres?|conseillers?|agents?|infirmieres?|infirmiers?|secretaires?|equipe|assistante?s?)(?: \\w+)? (?:va |vont |pourra |pourront )?(?:vous )?(?:traiter|prendre en charge|repondre|aider|renseigner|rappeler|recontacter|rappelle|rappellera|recontactera|repond|repondra|s'occuper de vous|s'occupe de vous|s'occupera de vous)(?![a-z])(?! pas)",
  ],

  // — holds: what the trainee goes to do while the caller waits
  [
    'hold_request',
    'je vous reviens|je reviens vers vous(?=\\s*[,.!…]|\\s*$)|laissez moi (?:regarder|verifier|voir|chercher|consulter)|je (?:vais |me )?(?:regarder|verifier|voir|renseigner|renseigne)(?: (?:ca|cela|tout de suite|de suite))?(?=\\s*[,.!…]|\\s*$)|je (?:vais (?:voir|verifier|regarder)|vois|verifie|regarde) si (?:\\w+\\.? ){1,3}(?:est|sont) (?:disponibles?|libres?|la|joignables?)|(?:je suis|nous sommes) (?:actuellement |deja )?en ligne,? merci de patienter|^merci de (?:bien vouloir )?patienter\\W*$',
  ],

  // — redirects: a practitioner or a practice elsewhere that still takes patients (« la docteure
  // Blanc, à Muret, prend encore du monde », « le centre de santé de Colomiers accepte toujours »)
  [
    'redirect',
    '(?:le docteur|la docteure|le dr|la dr|le cabinet|le centre(?: de sante)?|la maison (?:de sante|medicale)|un medecin|une medecin|une generaliste|un generaliste)(?: [a-z]+)?,? (?:a|au|aux|de|du|sur|pres de) [^,.?!]{2,30}?,? (?:prend|prennent|accepte|acceptent|recoit|recoivent) (?:encore|toujours|actuellement|en ce moment|de nouveaux|des nouveaux)',
  ],

  // — redirects: the caller sent elsewhere (« il faudra voir ailleurs », « dans un autre cabinet »)
  [
    'redirect',
    "(?:voir|chercher|aller|allez|essayer|essayez|trouver|cherchez|voyez) ailleurs|(?:dans|chez|vers|aupres d'|a) (?:un|une) autre (?:cabinet|medecin|docteur|generaliste|praticien|centre|hopital|clinique|dentiste|service|structure|etablissement)|(?:trouver|chercher|cherchez|trouvez|voir|voyez|consulter|consultez) (?:un|une) autre (?:cabinet|medecin|docteur|generaliste|praticien|dentiste)",
  ],

  // — redirects: the caller sent to their own doctor, their insurer, an office
  [
    'redirect',
    "(?:appelez|appeler|contactez|contacter|voyez avec|voir avec|adressez vous a|vous adresser a|rapprochez vous de|vous rapprocher de|consultez|consulter|joignez|joindre|prevenez|prevenir|demandez a|demander a|renseignez vous a|renseignez vous aupres de) (?:directement |plutot |d'abord )?(?:votre |le |la |l'|un |une |au |a la |a l')(?:medecin traitant|mairie|employeur|assurance|caisse|ecole|creche|medecin du travail|medecine du travail|pharmacien|notaire|banque|prefecture|commissariat|gendarmerie|avocat|assistante sociale|service social|maternite|centre de sante|maison de sante)",
  ],

  // — minimizing: the concern scaled down (« ce n'est pas si terrible que ça », « n'en faites pas
  // toute une histoire », « il faudra vous en contenter »)
  [
    'minimizing',
    "(?:ce n'est|c'est|c|n'est) pas (?:si|aussi|tellement|bien) (?:terrible|dramatique|catastrophique|affreux|complique|enorme)(?: que (?:ca|cela|vous le dites|vous le pensez|ca en a l'air))?|(?:faites|faire|fais|en faites|en faire|en fais) (?:pas )?(?:toute une histoire|tout un (?:plat|drame|fromage|cinema|foin)|une montagne|un drame|des histoires)",
  ],
  // — minimizing: the symptom said to be usually nothing, to heal alone, the caller called a
  // hypochondriac (« c'est souvent rien », « ça se soigne tout seul », « vous êtes un peu hypocondriaque »)
  [
    'minimizing',
    "(?:c'est|c|ce n'est|ce sont) (?:souvent|en general|la plupart du temps|generalement|surement|sans doute|probablement|certainement) (?:rien|pas grand chose|trois fois rien)(?![a-z])|se soigne tout seule?s?(?![a-z])|(?:c'est|c) (?:juste |seulement |qu')?une? (?:petite? |simple |bete )?(?:egratignure|eraflure|griffure|ecorchure|bobo)(?![a-z])|vous etes (?:un peu |bien |trop |tres )?(?:hypocondriaque|parano\\w*|trop sensible|douillette?)",
  ],
  // — blunt: the caller hurried or blamed (« faites vite », « ben fallait pas annuler »), or told to hang up
  [
    'blunt',
    "(?<=(?:^|[,.;:!?]|\\b(?:ah|ben|bah|bon|mais|oh|eh bien))\\s*)(?:il )?fallait (?:pas |y |le |la |l'|les )?[a-z]+|(?:faites|soyez) (?:vite|bref|breve|rapide)(?![a-z])|depechez vous|(?:j'ai|on a|il y a) (?:\\d+|dix|vingt|quinze|plein d'|plein de|des|beaucoup d') ?(?:autres )?(?:appels|personnes|patients|lignes) (?:en attente|qui attendent)|(?:vous pouvez|tu peux|vous n'avez qu'a) (?:aussi |toujours |bien )?raccrocher(?! et)(?!,? (?:puis|ensuite|pour))|(?<=(?:^|[,.;:!?])\\s*)raccrochez(?= alors| donc|\\s*[.!]*\\s*$)",
  ],
  // — blunt: the caller reproached, unless help comes in the same line (« c'est écrit noir sur blanc », « ça fait trois fois que vous
  // appelez », « vous êtes toujours en train de vous plaindre », « faites ce que vous voulez »)
  [
    'blunt',
    "noir sur blanc|vous attendrez (?:votre tour|comme tout le monde|comme les autres)|(?:c'est|c) a vous (?:de |d')[^.?!]{0,40}?pas a (?:moi|nous)(?![a-z])|vous (?:etes toujours|passez votre temps|ne faites que|n'arretez pas) (?:en train )?(?:de |d'|a )?(?:vous plaindre|raler|rouspeter|appeler|rappeler|vous lamenter)|(?:ca fait|c'est la) (?:deux|trois|quatre|cinq|dix|\\d+|deuxieme|troisieme|quatrieme|cinquieme|dixieme|\\d+e|\\d+eme) fois que vous (?:appelez|rappelez|m'appelez|nous appelez)|(?:n'a|n'ai|n'avons|n'ont|a|ai|avons|ont) pas que (?:ca|cela|vous) a (?:faire|gerer)|faites (?:ce que|comme) (?:vous voulez|bon vous semble)|(?:c'est|ce n'est) (?:pourtant )?pas (?:complique|difficile|sorcier)(?: pourtant)?(?=\\s*[,.!]|\\s*$)",
    'refusal',
  ],
  // — minimizing: courage asked, the caller said to listen to themselves too much, age made the norm
  // (« un peu de courage, quand même », « vous vous écoutez trop », « à 80 ans, c'est normal »)
  [
    'minimizing',
    "(?:un peu de|du) courage,? (?:quand meme|voyons|allez|enfin)|vous vous ecoutez (?:un peu |beaucoup |bien )?trop|(?:a (?:votre|son|leur|cet) age|a \\d+ ans|passe (?:un certain age|\\d+ ans)),? (?:c'est|c|ca reste) (?:tout a fait |bien |assez )?normal",
  ],
  // — familiarity: slang (« calmos », « carrément », « c'est top »)
  [
    'familiarity',
    "calmos|tranquillou|(?<=(?:^|[,.;:!?]|\\b(?:ah|oh|mais|ouais|oui))\\s*)carrement(?=\\s*(?:[,.!]|$| c'est))|(?:c'est|c) (?:trop |super )?top(?![a-z])|(?<=(?:^|[,.;:!?])\\s*)top(?=\\s*[,.!]|\\s*$)",
  ],
  // — blunt: a « no » repeated or imposed (« j'ai dit non », « il faudra vous en contenter »)
  [
    'blunt',
    "(?:j'ai|je vous ai|je l'ai) (?:deja |bien )?dit non|non,? c'est non|(?<=(?:^|[,.;:!?])\\s*)c'est non(?=\\s*[.!…]*\\s*$)|(?:il faudra|faudra|il faut|faut|vous devrez) vous en contenter",
  ],
  // — familiarity: condescending titles and anglicisms (« mon petit monsieur », « yes »)
  [
    'familiarity',
    'mon petit monsieur|ma petite madame|ma petite demoiselle|mon petit gars|(?<=(?:^|[,.;:!?])\\s*)yes(?![a-z])',
  ],

  // — empathy without stock markers: the feeling allowed, shame and blame lifted, the wait
  // acknowledged (« vous avez le droit d'être en colère », « il n'y a aucune honte à appeler »,
  // « c'est long, je m'en rends bien compte », « pas facile quand on… »)
  [
    'empathy',
    "(?:vous avez|tu as) (?:bien |tout a fait |parfaitement )?le droit (?:d'etre|de vous sentir|de vous inquieter|de vous poser|d'avoir peur|de vous facher|de vous enerver)|(?:il n'y a|y a) (?:aucune|pas de) honte a|personne (?:ici )?ne vous (?:reproche|en veut|juge)|(?:c'est|c) (?:tout a fait |bien )?(?:normal|legitime|comprehensible) de (?:vouloir|demander|chercher|vous poser|poser)|je (?:m'en |me )rends (?:bien |tout a fait )?compte|(?<=(?:^|[,.;:!?]|\\b(?:oh|ah|bon))\\s*)(?:c'est |ce n'est )?pas (?:facile|evident|simple|drole) quand|(?:oh|ah|quelle) (?:la )?galere|pas de (?:bol|pot)(?![a-z])|(?:c'est|c) relou (?:de|d')",
  ],
  // — reassurance: what will happen, said of a practitioner or of a document (« le cardiologue
  // regardera votre ECG », « le compte rendu partira dès demain », « je note tout pour le docteur »)
  [
    'reassurance',
    "(?:le|la) (?:cardiologue|pediatre|radiologue|dermatologue|kine|kinesitherapeute|sage femme|infirmiere?|specialiste|chirurgien|dentiste|orthophoniste) (?:\\w+ ){0,2}?(?:regardera|rappellera|verra|lira|examinera|vous rappelle|vous appelle|vous appellera|vous recontactera|vous recevra)(?![a-z])|(?:le compte rendu|le courrier|l'ordonnance|le resultat|les resultats|le certificat|votre dossier|le dossier|la lettre|la convocation) (?:partira|partiront|sera (?:envoyee?|transmise?|faxee?|pret|prete|posted)|arrivera|arriveront|vous sera (?:envoyee?|transmise?))|je (?:note|prends note de|ecris) (?:tout|ca|cela|votre \\w+|vos \\w+) pour (?:le|la) (?:docteure?|medecin|kine|dr|cardiologue|pediatre)|(?:il|elle) vous (?:appelle|rappelle) (?:aujourd'hui|ce soir|demain|dans la|dans l'|cet|ce|tout a l'heure|en fin|avant)|on y arrivera",
  ],
  // — requests for information said as statements or imperatives (« redites-moi le nom », « il me
  // manque juste le nom de votre médecin », « je veux bien votre numéro »)
  [
    'question',
    "(?:redites|repetez|dictez|epelez|precisez|confirmez) moi (?:votre |vos |le |la |les |l'|son |sa |ses )|il me manque (?:juste |encore |seulement |simplement )?(?:votre |vos |le |la |les |l'|son |sa |ses )(?:nom|prenom|date|numero|adresse|telephone|medecin|mutuelle|carte|coordonnees)|je veux bien (?:votre |vos |le numero|la date|l'adresse|le nom|son |sa )",
  ],
  // — holds said familiarly (« raccroche pas », « quitte pas »)
  ['hold_request', '(?<=(?:^|[,.;:!?]|\\bet)\\s*)(?:ne )?(?:raccroche|quitte|coupe) pas(?! avec)'],

  // — redirects said by structure
  [
    'redirect',
    "(?:c'est|c) (?:l'|le |la |les |a l'|au |a la |aux )(?:hopital|pharmacie|pharmacien|urgences|labo\\w*|cpam|mutuelle|mairie|caisse|securite sociale|medecin traitant|specialiste|centre \\w+) qu(?:'il|e vous) (?:faut|devez) (?:appeler|contacter|voir|joindre)|(?:le |au |un |du )service d'urgences?|(?:le numero|les coordonnees) (?:de|du|d') ?(?:notre |la |votre )?plateforme|(?:renseignez vous|informez vous|voyez|adressez vous|demandez|vous renseigner|vous adresser|voir) aupres (?:de |du |des |d')(?!docteur|medecin|moi|nous|notre|secretariat)",
  ],
];
