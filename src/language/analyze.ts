/**
 * The French utterance analyser: which conversational acts (../shared/eval/LABELS.md) a
 * trainee's line carries, with the span of text behind each. Rule-based, deterministic, no
 * network: the lexicon lives in rules.ts, the conventions between acts are applied here.
 *
 *   analyze("Je comprends, madame. Depuis quand a-t-il de la fièvre ?")
 *   // → { acts: [{ type: 'empathy', span: [0, 13] }, { type: 'question', span: [22, 55] }], facts: [] }
 */
import type { Act, ActLabel, Analysis, AnalysisContext, Entity, Intent } from './labels.ts';
import { fold, sentences, type Segment, type Sentence } from './normalize.ts';
import { actRules, re, type Rule } from './rules.ts';
import { lazy } from './lazy.ts';
import { Scanner, words, wordsWithin, type Match, type Words } from './scan.ts';
import { Guarded, lineOf, type Line } from './triples.ts';
import { lineConfidence, ruleConfidence } from './confidence.ts';
import { askScanner, CUE_BITS, cueScanner, type CueTag, SELF_HINT, CONDITION_HINT } from './cues.ts';
import { DOSE_HINT } from './lexicon.ts';
import { NOT_NAMES, readEntities } from './entities.ts';
import { readIntents, type ReadAct } from './intents.ts';
import { findResultReading } from './readers.ts';

interface Hit {
  label: ActLabel;
  start: number;
  end: number;
  kind?: Rule['kind'];
  /** Set where an act is read from structure rather than from a rule (see confidence.ts). */
  confidence?: number;
  conditional?: boolean;
}

/** « quel », « quand ? », « est-ce que », « avez-vous »…: words that make a clause a question. */
const INTERROGATIVE = lazy(() =>
  re(
    "(?:quel|quelle|quels|quelles)(?! que | qu')|combien|pourquoi|est ce que|est ce qu'|qu'est ce|en quoi|que puis je|qu'est ce qui|a quel|depuis quand|depuis combien|pour quand|a quelle|lequel|laquelle|c'est (?:a|pour) quel|c'?\\s?(?:etait|est) quand|que (?:desirez|souhaitez|voulez) vous|[a-z]+ t (?:il|elle|on)|(?:avez|etes|pouvez|pourriez|voulez|souhaitez|preferez|connaissez|savez|prenez|auriez|seriez|habitez|venez|sentez|arrivez|respirez|appelez) vous|(?:as|es|peux|veux) tu|(?:a|est|peut) (?:il|elle)|puis je (?:avoir|vous demander|savoir|prendre)",
    '',
  ),
);
const FILLERS =
  "^(?:(?:et|alors|euh|bon|d'accord|ok|oui|tres bien|madame|monsieur|pardon|excusez moi|mais|vas y|allez)[\\s,-]+)*";
/** Clause openings that make a question even without a question mark. */
const STRONG_START = lazy(
  () =>
    new RegExp(
      `${FILLERS}(?:quel(?:le)?s?\\b(?! que | qu')|c'?\\s?est quoi|comment|combien|pourquoi|est[\\s-]+ce[\\s-]+qu|qu'est|qu est|en quoi|que puis|(?:pourrais|suis|aurais|serais)[\\s-]+je\\b|depuis quand|depuis combien|c'?\\s?est (?:pour|a quel)|c (?:pour|pr)|(?:pour|pr) quel(?:le)?s?\\b|vous appelez pour|c'est de la part|de la part de qui|a quel|a quelle|puis[\\s-]+je|pouvez[\\s-]+vous|pourriez[\\s-]+vous|avez[\\s-]+vous|etes[\\s-]+vous|vous etes ne|t'es ne|(?:vous pouvez|vous pourriez|tu peux|tu pourrais) (?:me|m')|(?:dites|dis|racontez|raconte|expliquez|explique|precisez|decrivez)[\\s-]+moi (?:ce qu|ce que|quand|comment|pourquoi|ou|votre|vos|ton|ta|tes|quel|depuis|si|un peu|plus))`,
    ),
);
/** Openings that only ask when the sentence ends with a question mark (« où… ? », « qui… ? »). */
const QUESTION_START = new RegExp(`${FILLERS}(?:quand|ou|qui|comment)\\b`);
const QUESTION_END = /\b(?:quand|comment|ou ca|lequel|laquelle|(?<!(?:sais|savez) )quoi)\s*\??$/;
/** « …, vous le voulez ou pas ? » */
const OR_NOT = /\bou (?:pas|non)\s*\??$/;
/** « Quelle angoisse », « quel dommage »: « quel » and a noun, nothing asked. */
const EXCLAIMED =
  /^(?:(?:oh|ah|mon dieu|ben|eh bien)\W+)*quel(?:le)?s? [a-z]+(?: [a-z]+)?(?: pour (?:vous|toi|lui|elle|eux|votre [a-z]+))?\s*[!.]*$/;
/** A question that offers something is a proposal (« …vous irait ? », « je regarde ? »). */
const OFFER_QUESTION = lazy(
  () =>
    new Guarded(
      re(
        "(?:et )?pourquoi pas (?:une?|le|la|en|plutot)|(?:desirez|voulez|souhaitez|voudriez|aimeriez|preferez) vous (?:laisser|patienter|etre (?:rappelee?|recontactee?)|un rendez vous|une place|un creneau)|que diriez vous (?:de|d'|du)|(?:peut|pourrait|pourra) (?:il|elle) vous (?:rappeler|recontacter)|(?:pourrait|pourraient|peut|pourra) (?:vous|te) (?:convenir|aller|arranger|interesser)|(?:on|je) (?:essaie|essaye|tente|part sur|garde|retient|bloque|cale)\\b|je (?:vous |te )?(?:le |la |les )?(?:dicte|donne|envoie)\\b|(?:tu veux|vous voulez|vous preferez|tu preferes) (?:pas )?plutot|(?:vous voulez|voulez vous|tu veux|souhaitez vous) (?:le numero|les coordonnees|l'adresse|le contact|le nom)|qu'est ce (?:que|qui) (?:vous |te )?(?:preferez|preferes|arrange|arrangerait|convient|conviendrait|irait)|(?:ca|cela) (?:vous |te )?(?:irait|conviendrait|arrangerait)|(?:vous|te|t') (?:irait|iraient|ira|iront|conviendrait|convient|conviendra|arrangerait|arrange|arrangera|dirait)|(?:ca|cela) (?:vous|te) (?:va|dit)|(?<=\\d ?h(?: ?\\d\\d)?,? )(?:ca|cela) (?:va|irait|marche|vous va)|(?:vous voulez|voulez vous|souhaitez vous|vous souhaitez) (?:en )?(?:reprendre|prendre|fixer|caler|refixer) (?:un|une) (?:autre|nouveau|nouvel)?|voulez vous que|vous voulez que (?!j'y)|tu veux que (?!j'y)|souhaitez vous que|je (?:vous |te )?(?:inscris|mets|reserve|note|regarde|propose|transfere|passe)",
        '',
      ),
    ),
);
/** « Je vous le commande ? », « Je lui dis de vous rappeler ? »: something the trainee would do, asked. */
const OFFER_START =
  /^(?:(?:et|alors|bon|ok|d'accord|sinon|oui|non|donc|euh)\W+)*(?:je|on) (?:vous|lui|leur|te|le|la|les|l')(?! ?(?:ai|avais|demande|pose|prie|en prie|remercie|souhaite|rappelle que|entends|ecoute|comprends|dis que|dirais)\b)/;
const offersByStart = (clause: string) => OFFER_START.test(clause) && !hasInterrogative(clause);
const SYMPTOM = lazy(() =>
  re(
    'taches?|boutons?|plaques?|gonfl\\w*|rouges?|violet\\w*|pale|froid|mou|reveill\\w*|crise|diarrh\\w*|ingere|comprimes|medicaments|mois|degres|douleurs?|mal|respir\\w*|etouff\\w*|saign\\w*|fievre|bouche|bras|parler|parle|poitrine|tete|vomi\\w*|conscien\\w*|malaise|brul\\w*|tousse|sang|paralys\\w*|levres|bleue?s?|avale|convuls\\w*|tombe|chute|serre|oppress\\w*',
    '',
  ),
);
/** A sentence about the caller or their relative (« vous avez… », « votre fils s'est… »). */
const RESTATED =
  /^(?:(?:d'accord|ok|bon|alors|tres bien|entendu|donc)[\s,]+)*(?:vous (?:avez|etes)|votre \w+|il (?:a|est)|elle (?:a|est)|t'as|tu as)\b/;
/** « …, c'est bien ça ? »: a check of what was said. */
const CHECK = /\b(?:c'?\s?est|c)\s+(?:bien\s+)?(?:ca|cela)\b/;
const TWO_FACTS =
  /\bet (?:il|elle|ils|elles|vous|ses|son|sa|personne|le|la|les|depuis|ca|\d)|\bdepuis\s+[a-z0-9]/;
/** Words that only open a greeting (« euh », « oui allô »…). */
const GREETING_PREFIX = /^(?:[\s,!.]|euh|oui|ah|alors|allo|ouais|all[oô]|hello|bon|wesh)*$/;
const PRACTICE_OPENING =
  /^(?:(?:euh|oui|bonjour|bonsoir|allo|madame|monsieur)\W+)*(?:vous etes (?:bien )?(?:au|chez|a|sur)|cabinet|cardio\w*|radiologie|imagerie|secretariat|centre|maison|clinique|pediatrie|kine|laboratoire|labo|pharmacie|service|hopital|institut|polyclinique|pole|espace|le cabinet|ici|c'est le cabinet|c'est le secretariat|accueil|standard)/;
const PRACTICE_ANSWER =
  /\b(?:j'ecoute|je vous ecoute|a votre ecoute|a l'appareil|que puis[\s-]+je|en quoi puis[\s-]+je|comment (?:puis[\s-]+(?:je|vous)|pouvons[\s-]+nous|peut[\s-]+on) (?:vous )?aider|vous etes (?:bien )?(?:au|chez|sur))\b/;
const AT_SERVICE = /\ba votre (?:service|ecoute|disposition)\b/;
const TITLE = '(?:(?:[Mm]adame|[Mm]onsieur|[Mm]me|M\\.|[Mm]lle|[Mm]a[iî]tre|Me|[Dd]octeur|[Dd]r)\\.?\\s+)?';
const NAME = '[A-ZÀ-Ý][a-zà-ÿ]+';
/** The speaker's name said at the opening, after at most a short name of the place (« Service des ventes, ici Marie »). */
const SELF_INTRO = lazy(
  () =>
    new RegExp(
      `^\\W*(?:[^,.;!?]{1,40},\\s*)?(?:[Ii]ci|[Jj]e suis|[Jj]e m[’']appelle|[Cc][’']est|[Mm]oi,? c[’']est)\\s+${TITLE}${NAME}`,
      'u',
    ),
);
/** « Service des communications, Line Blondeau. », « Daniel Roux, service après-vente »: a place and a full name. */
const PLACE_AND_NAME = lazy(
  () =>
    new RegExp(
      `^\\W*(?:[^,.;!?]{1,40},\\s*${TITLE}${NAME}\\s+${NAME}\\W*$|${NAME}\\s+${NAME}\\s*,\\s*(?:service|bureau|cabinet|secr[ée]tariat|accueil)\\b)`,
      'u',
    ),
);
/** « Ici Lucie Roux », « Je suis madame Roux », « Daniel Roux, service après-vente »: the line opens on the speaker's name. */
function introducesSelf(text: string, first: Segment): boolean {
  const said = text.slice(first.start, first.end);
  return SELF_INTRO().test(said) || PLACE_AND_NAME().test(said);
}
/** « j'écoute ? » invites the caller to speak; it asks nothing. */
const LISTENING = /^(?:oui,?\s*)?(?:j'ecoute|je vous ecoute|je t'ecoute|all?o(?: oui)?)\s*$/;
/** A trainee who relays the doctor's own instruction is not giving medical advice. */
const DOCTOR_SAYS = lazy(() =>
  re(
    "(?:docteure?|dr|medecin|kine|cabinet|pediatre|cardiologue|il|elle) (?:nous |vous |le |l')?(?:demande|demandent|a laisse|souhaite|veut|conseille|recommande|prescrit|a prescrit|precise|insiste)|la consigne|une consigne|(?:les|des|de|nos|ses) consignes|sur (?:l'|votre |son |sa )ordonnance|le protocole",
    '',
  ),
);
/** A written standing instruction (« c'est dans la consigne », « sur votre ordonnance »): relaying it is fine. */
const WRITTEN =
  /\b(?:consignes?|protocole|ordonnance|instructions? (?:ecrites?|laissees?)|(?:il|elle) nous a laisse|c'est (?:ecrit|note|marque))\b/;
/** …but a dose changed on the doctor's say-so is advice relayed (« le docteur veut que vous doubliez »). */
const DOSE_CHANGE = /\b(?:doubl|augment|diminu|baiss|redui|arret|coup|saut|espac|stopp)\w*/;
/** The trainee relays the doctor's standing instruction, not advice of their own. */
const relaysInstruction = (folded: string) =>
  testOnce(DOCTOR_SAYS(), folded) && (WRITTEN.test(folded) || !DOSE_CHANGE.test(folded));
/** « je ne vous dis pas de vous calmer »: the fault is named to be denied. */
const DENIED =
  /\bje ne (?:peux|sais) pas (?:vous )?dire\b|\b(?:ne|n')\s*(?:vous |te )?(?:dis|demande|dit|dirai|demanderai)\s+(?:pas|jamais)\b|\bne vais pas (?:vous |te )?(?:dire|demander)\b|\bje ne dis pas\b|\bje (?:ne )?(?:vous )?dis pas que\b|\bne pas (?:vous |te )?dire\b|\bpas a moi de\b|\bje ne suis pas (?:medecin|docteur)\b|\b(?:sais|savez|sait|savons|savoir) pas si\b|\b(?:dira|dire|juger|jugera|verra|voir|evaluer|decider|decidera|savoir) (?:si|s'(?=il|ils))\b[^,;:]*$/;
/**
 * « Je ne peux pas vous dire si c'est grave », « je ne peux pas vous donner d'avis médical, c'est au
 * médecin de juger »: a medical opinion withheld is the secretary's duty, not a curt refusal.
 */
const OPINION_WITHHELD =
  /\b(?:je ne (?:peux|pourrai|vais) pas|je (?:ne )?peux pas|j ?'?peux pas|je ne suis pas (?:habilitee?|autorisee?) a) (?:vous |vs |lui |leur )?(?:dire|donner|juger|conseiller|repondre|confirmer|affirmer)\b[^.!?]{0,40}?(?:\bsi\b|\bs'|\bavis\b|\bconseils?\b|\bdiagnostic|\bgrave|\bnormal|\bce qu'(?:il|elle|vous) a)/;
/** « Vous prenez du Kardégic, je le note »: the caller's treatment noted, not prescribed. */
const NOTED =
  /\b(?:je (?:le |l'|vous le )?(?:note|notes|ajoute|inscris)|c'est note|je prends note|dans (?:le|votre|son) dossier)\b/;
const NEGATED_BEFORE = /\b(?:ne|n'|pas|jamais|sans)\s*(?:\w+\s+){0,2}$/;

const SPEAKER_NAME = lazy(() =>
  re(
    "([a-z]+) a l'appareil|je m'appelle ([a-z]+)|(?:moi )?c'est ([a-z]+),? (?:du|de la|au|a l'accueil|votre secretaire|la secretaire|le secretaire|,|a votre)|ici ([a-z]+)|([a-z]+),? a votre ecoute|([a-z]+),? (?:secretaire|assistante?|a l'accueil)|je suis ([a-z]+),? (?:la |le |votre )?(?:secretaire|assistante?)",
    '',
  ),
);
const GENERIC_PRACTICE_WORDS = new Set(
  'cabinet medical medicale maison docteur docteure docteurs centre sante pediatrie cardiologie kinesitherapie dermatologie groupe des du de la le les dr'.split(
    ' ',
  ),
);

const ACT_SCANNER = lazy(
  () =>
    new Scanner<Rule>(actRules().map((r) => ({ tag: r, pattern: r.pattern, alternatives: r.alternatives }))),
);

function collectHits(folded: string, w: Words, line: Line): Hit[] {
  return ACT_SCANNER()
    .scan(folded, w, -1, line)
    .map(({ tag, start, end }) => ({
      label: tag.label,
      start,
      end,
      kind: tag.kind,
      confidence: undefined,
      conditional: undefined,
    }));
}

const inside = (hit: { start: number }, seg: Segment) => hit.start >= seg.start && hit.start < seg.end;

function sentenceOf(all: Sentence[], at: number): Sentence | undefined {
  return all.find((s) => at >= s.start && at < s.end);
}

const NOT_A_FIRST_NAME =
  /^(?:allez|alors|bon|ok|merci|voila|parfait|bien|madame|monsieur|euh|ah|oh|eh|bah|ben|salut|super|oui|non|cabinet)$/;

/** Is the salutation at the opening of the call (not « allez, salut » at its end)? */
function opensCall(text: string, folded: string, all: Sentence[], hit: Hit): boolean {
  const before = folded.slice(0, hit.start);
  // « Oui allô ? » checks the line: no greeting.
  if (/^\W*(?:(?:oui|ouais|euh)\W+)?all?o\W*(?:oui\W*)?$/.test(folded)) return false;
  // « Lucie, bonjour »: the speaker's first name, then the salutation.
  const name = /^\W*(?:oui\W+)?([a-z]+)\s*,\s*$/.exec(before);
  if (name && !NOT_A_FIRST_NAME.test(name[1]!) && /^\W*(?:oui\W+)?[A-ZÀ-Ý]/.test(text)) return true;
  if (GREETING_PREFIX.test(before))
    return !/^salut\W+a (?:demain|plus|bientot)/.test(folded.slice(hit.start));
  // « Cabinet Dupont, bonjour », « Monsieur Roux ? Bonsoir »: « bonjour » in the opening sentences
  // greets whatever names come before it (not « passez-lui le bonjour »).
  if (
    /^(?:re)?bon(?:jour|soir)/.test(folded.slice(hit.start)) &&
    !/\b(?:le|dire|dis|dites|passe\w*)\s*$/.test(before) &&
    all.findIndex((s) => hit.start < s.end) <= 1
  )
    return true;
  const first = all[0];
  return !!first && inside(hit, first) && PRACTICE_OPENING.test(first.text);
}

/** « …, d'accord ? »: a tag that checks agreement, not a question. */
const TAG = /^(?:d'accord|ok|okay|hein|non|oui|vous voyez|tu vois|n'est ce pas|ca marche|entendu)$/;

function questionClause(s: Sentence): Segment | undefined {
  const last = s.clauses.at(-1);
  if (s.asks && last && !TAG.test(last.text)) return last;
  return s.clauses.find((c) => STRONG_START().test(c.text) || QUESTION_END.test(c.text));
}

/** The clause asks by its words (not only by its question mark). */
function hasInterrogative(text: string): boolean {
  return (
    INTERROGATIVE().test(text) ||
    STRONG_START().test(text) ||
    QUESTION_START.test(text) ||
    QUESTION_END.test(text) ||
    OR_NOT.test(text)
  );
}

/** The clause asks for new information (« …, elle est pour quand ? »), beyond a check of what was said. */
function asksForMore(text: string): boolean {
  return INTERROGATIVE().test(text) || QUESTION_END.test(text) || OR_NOT.test(text);
}

/** « …ou alors je demande au docteur, comme vous préférez »: options offered, not a promise. */
const OPTIONS =
  /\b(?:ou alors|comme vous (?:preferez|voulez)|si vous (?:preferez|voulez|le souhaitez|etes d'accord|voulez bien)|si ca vous va|au choix)\b/;
/** « ça ne sert à rien de foncer aux urgences »: a service named to be dismissed. */
/** « On n'est pas un service d'urgence »: the service named is what the practice is not. */
const NOT_THIS =
  /\b(?:(?:n'est|ne sommes|n'etes|ne suis|on est|c'est|nous sommes) pas|(?:ne |n')(?:prend|prenons|prennent|fait|faisons|gere|gerons|traite|traitons|accepte|acceptons|recoit|recevons) (?:pas|plus|jamais)) (?:un |une |le |la |les |des |l'|de |d')?$/;
/** « La place de 17 h est gardée pour les urgences »: slots kept for emergencies, no redirect. */
const RESERVED =
  /\b(?:(?:gard|reserv|bloqu|laiss|destin|prevu)\w*(?:\s+(?:\w+\s+){0,2}?(?:pour|a))?|(?:sont|est|c'est) pour|qu'on garde pour)\s*$/;
const DISMISSED = /\b(?:ne sert a rien|pas la peine|inutile|pas besoin)\s+d(?:e|')\s*(?:\w+\s+){0,2}$/;
/** A measured value (« 38 », « une tension à 15 ») judged by the trainee; not a number to call (« le 15 »). */
const CLINICAL_VALUE =
  /(?<!\b(?:le|au|du)\s+)\b(?:\d{2}(?:[.,]\d)?(?!\s*(?:h\b|heures?|min|ans|jours|mois|semaines|fois|euros?|%|\d))|\d+\s*(?:degres|de fievre|de tension))/;
/** « un bébé ça pleure, c'est normal »: a dismissal that also judges the symptom. */
/** « une rougeur, c'est rien du tout »: a symptom judged harmless. */
const NOTHING = /\b(?:c'est rien|ce n'est rien|c rien|rien du tout|pas grave|pas la mort)\b/;
const SYMPTOM_NOUN =
  /\b(?:douleurs?|mal|fievre|toux|chutes?|palpitations?|rougeurs?|boutons?|plaques?|taches?|saigne\w*|sang|vomi\w*|diarrhee|brulures?|gonfl\w*|cicatrices?|crampes?|reactions?|eruptions?|bosses?|bleus?|coupures?|plaies?|boule|demangeaisons?)\b/;
const JUDGED = /\b(?:c'est (?:tout a fait |bien )?normal|ca va passer|ca passera)\b/;
/**
 * « s'affoler pour une petite toux », « la tête qui tourne, ça arrive à tout le monde »: a symptom
 * made small or ordinary, which judges it (medical advice) as well as dismissing it. (« C'est juste
 * une petite fièvre » alone is minimizing only, as the dev set labels it.)
 */
const SYMPTOM_MADE_SMALL =
  /\bpour (?:une?|des|deux|trois) (?:petite?s?|simples?|betes?|legere?s?|malheureuse?s?) (?:toux|fievre|douleurs?|mal de \w+|rhume|vertiges?|nausees?|bosses?|bleus?|egratignures?|eraflures?|coupures?|brulures?|boutons?|rougeurs?|crampes?|saignements?)\b|\b(?:ca|cela) arrive (?:a tout le monde|souvent|a tout age)\b[^.!?]*\b(?:tete qui tourne|vertiges?|nausees?|douleurs?|mal (?:a|au|aux|de)|fievre|toux|palpitations?|crampes?)\b|\b(?:tete qui tourne|vertiges?|nausees?|douleurs?|mal (?:a|au|aux|de) \w+|palpitations?|crampes?)\b[^.!?]*\b(?:ca|cela) arrive (?:a tout le monde|souvent|a tout age)\b/;
/** « …, c'est normal », « c'est classique » after a symptom (not « c'est normal de vous inquiéter »). */
const SYMPTOM_ORDINARY =
  /\b(?:c'est|c|ca reste|ca|cela) (?:tout a fait |bien |assez |tres |super |plutot )?(?:normal|classique|banal|courant|frequent|habituel)(?! (?:de |d'|que |qu'|pour vous|a votre))\b/;
/** A safety instruction said as what not to do (« ne le faites pas vomir », « ne lui donnez rien »). */
const DONT = /\b(?:ne|n')\s*(?:\w+\s+){0,2}$|^(?:ne|n')\b/;
/** « je vérifie si le docteur peut vous prendre »: the reason for a hold, not an offer. */
/** « je vais voir ce que je peux faire »: a relative clause, not an offer. */
const RELATIVE = /\b(?:voir|verifier|regarder|savoir|sais pas|vois pas) ce (?:que|qu')\s*$/;
/** « Quel numéro je peux noter ? »: a question, not an offer. */
const ASKING = /\bquel(?:le)?s?\b[^,]*$/;
/** « vous êtes bien au centre de vaccination… »: the practice introducing itself, not a redirect. */
const INTRODUCES = /\b(?:vous etes (?:bien )?|de la part |ici |(?:c'est|nous sommes|on est) (?:un |une ))$/;
/** « c'est un service d'urgences »: the place described, not another service to call. */
const DESCRIBES = /(?:c'est|nous sommes|on est|ici,? c'est) $/;
const HOLD_REASON =
  /\b(?:verifie|verifier|regarde|regarder|vois|voir|demande|demander|check)\s+(?:\w+\s+){0,5}?(?:si\b|s'|avec\b)/;

/** A reassurance that a dismissal in the same line makes part of it (« ne vous inquiétez pas, c'est rien »). */
const SOFT =
  /^(?:(?:ne )?(?:vous |t')?(?:inquiet|en faites)|rassurez|soyez rassur|(?:pas|aucune) d'inquietude)|(?:se passer|s'arranger|va aller|la pour (?:ca|vous)|bon endroit|bien tombee?)$/;
/** A polite limit: what the trainee cannot let pass, and what follows only if it goes on. */
const LIMIT_SET = new Guarded(
  /\b(?:je ne (?:peux|vais) pas (?:vous )?laisser (?:vous )?(?:me |m')?(?:parler|insulter|crier|hurler|traiter)|je vous (?:demande|prie|demanderai) (?:de|d') ?(?:rester|etre|garder) (?:poli|courtois|correct|calme|respectueu)|(?:je (?:vais|serai|serais|vais etre) (?:devoir|obligee? de|contrainte? de)|je devrai) (?:raccrocher|mettre fin|interrompre|couper)[^.!?]*\b(?:si|sinon)\b|\bsi vous continuez\b[^.!?]*\b(?:raccrocher|mettre fin|interrompre|couper)|je ne (?:peux|vais) pas accepter (?:qu'on|que l'on|que vous) me (?:parle|parliez|traite|traitiez|insulte|insultiez|crie|criiez)|je ne (?:peux|vais) pas (?:rester|continuer)[^.!?]{0,30}\bsi vous (?:m'insultez|me parlez|criez|hurlez|continuez|etes))/,
);
/** A message or a callback offered in a question (« …ou préférez-vous laisser un message ? »). */
const MESSAGE_OFFER =
  /\b(?:laisser un message|etre rappelee?|qu'(?:il|elle|on) vous rappelle|que je (?:lui )?transmette)\b/;
/** A short opening that only names the place (« Cabinet du Dr Martin ! »). */
const PLACE_ONLY = /^[^,:\d]{3,60}$/;
const NOT_A_NAME_ONLY =
  /\b(?:est|sont|etait|ferme|fermee|ouvert|ouverte|complet|complete|sera|a|ont|n'|ne|pas|vous|je|nous|on)\b/;
/** Words that send the caller somewhere (a greeting clause without them only names the place). */
const CONTACT_VERB =
  /\b(?:appel\w*|compos\w*|contact\w*|faites|fais|allez|aller|joign\w*|joindre|adressez|voyez|essayez|numero)\b/;
/** Right after a service named as the subject: it acts (or refuses) itself. */
const SERVICE_ACTS =
  /^\s*(?:ne |n'|vont |va |arrivent|arrive |l'emm|vous emm|le transport|la transport|les transport|l'ont|ont ete|sont en route|sont partis|sont prevenus|sont la)/;
/** A diagnosis said as a check (« c'est sûrement une gastro ? ») stays medical advice. */
const DIAGNOSIS = /^(?:c'est|c|ca|cela|ce n'est) /;
/** Medical advice said as what the caller does (« vous lui donnez… »): a question when asked. */
const TO_CALLER = /^(?:vous|tu) /;

/** The sentence at `at` restates the caller's words (a reformulation read in it). */
function restatedIn(hits: readonly Hit[], all: Sentence[], at: number): boolean {
  const s = sentenceOf(all, at);
  return !!s && hasHit(hits, 'reformulation', s);
}

function hasHit(hits: readonly Hit[], label: ActLabel, seg?: Segment): boolean {
  return hits.some((h) => h.label === label && (!seg || inside(h, seg)));
}

function asksAt(all: Sentence[], at: number): boolean {
  const s = sentenceOf(all, at);
  return !!s?.asks && !TAG.test(s.clauses.at(-1)?.text ?? '');
}

/**
 * « Prenez-vous un traitement ? », « Il prend quoi comme médicament ? »: the clause that asks is
 * a question about the treatment, not an instruction (a clause before it may still instruct).
 */
function asksInClause(all: Sentence[], at: number): boolean {
  const s = sentenceOf(all, at);
  const last = s?.clauses.at(-1);
  return !!s?.asks && !!last && at >= last.start && !TAG.test(last.text);
}

/** « SOS Médecins, bonsoir »: the service answering names itself. */
function answersAs(all: Sentence[], hits: readonly Hit[], h: Hit): boolean {
  const clause = sentenceOf(all, h.start)?.clauses.find((c) => inside(h, c));
  return (
    !!clause &&
    hits.some((g) => g.label === 'greeting' && inside(g, clause)) &&
    !CONTACT_VERB.test(clause.text)
  );
}

export function analyze(text: string, context: AnalysisContext = {}): Analysis {
  const folded = fold(text);
  const all = sentences(folded);
  const hits: Hit[] = [];
  let doctorSays: boolean | undefined;

  const w = words(folded);
  // The line's letter triples, read once for every scanner and guarded pattern (triples.ts).
  const line = lineOf(folded);
  for (const hit of collectHits(folded, w, line)) {
    const s = sentenceOf(all, hit.start);
    const before = s ? folded.slice(s.start, hit.start) : '';
    if (['minimizing', 'medical_advice', 'blunt'].includes(hit.label) && DENIED.test(before)) continue;
    if (hit.label === 'medical_advice' && (doctorSays ??= relaysInstruction(folded))) continue;
    if (hit.label === 'greeting' && !opensCall(text, folded, all, hit)) continue;
    if (
      (hit.label === 'proposal' || hit.label === 'reassurance') &&
      NEGATED_BEFORE.test(folded.slice(Math.max(0, hit.start - 12), hit.start)) &&
      /\b(?:ne|n')\s*$/.test(folded.slice(Math.max(0, hit.start - 4), hit.start))
    )
      continue;
    if (
      hit.label === 'proposal' &&
      (HOLD_REASON.test(before) || ASKING.test(before) || RELATIVE.test(before))
    )
      continue;
    if (hit.label === 'reassurance' && s && HOLD_REASON.test(folded.slice(hit.start, s.end))) continue;
    if (
      hit.label === 'redirect' &&
      (INTRODUCES.test(before) || (DESCRIBES.test(before) && /^une? /.test(folded.slice(hit.start, hit.end))))
    )
      continue;
    if (
      hit.label === 'reassurance' &&
      s &&
      (OPTIONS.test(s.text) ||
        /\bqu(?:e|')\s*$/.test(before) ||
        (s.asks && (OFFER_QUESTION().test(line, s.text) || offersByStart(s.clauses.at(-1)?.text ?? ''))))
    )
      continue;
    if (
      hit.label === 'redirect' &&
      (DISMISSED.test(before) || NOT_THIS.test(before) || RESERVED.test(before))
    )
      continue;
    // « Les pompiers n'interviennent pas pour ça », « les pompiers vont l'emmener »: the service is
    // what acts, not where the caller must call.
    if (hit.label === 'redirect' && SERVICE_ACTS.test(folded.slice(hit.end, hit.end + 16))) continue;
    hits.push(hit);
  }

  // « Centre médical Pasteur, j'écoute » opens the call without a salutation; so does a short
  // opening that offers service or names the speaker (« Marie, à votre service », « Ici Lucie Roux. »).
  const first = all[0];
  if (
    first &&
    !hasHit(hits, 'greeting') &&
    ((PRACTICE_OPENING.test(first.text) && PRACTICE_ANSWER.test(first.text)) ||
      (PRACTICE_OPENING.test(first.text) &&
        PLACE_ONLY.test(first.text) &&
        first.text.split(' ').length <= 6 &&
        !first.asks &&
        !NOT_A_NAME_ONLY.test(first.text) &&
        !/^\s*:/.test(folded.slice(first.end))) ||
      (first.text.split(' ').length <= 8 && AT_SERVICE.test(first.text)) ||
      introducesSelf(text, first))
  ) {
    hits.push({
      label: 'greeting',
      start: first.clauses[0]!.start,
      end: first.clauses[0]!.end,
      confidence: 0.85,
    });
  }

  // Questions and the declarative questions that restate the caller's words.
  for (const [i, s] of all.entries()) {
    const clause = questionClause(s);
    if (!clause) continue;
    // « Si je résume : c'est … ? »: the check announced by a reformulation is the reformulation.
    const announced = all[i - 1];
    if (
      announced &&
      hasHit(hits, 'reformulation', announced) &&
      /:\s*$/.test(folded.slice(announced.start, s.start))
    )
      if (!asksForMore(clause.text)) continue;
    if (hasHit(hits, 'hold_request', s) || LISTENING.test(clause.text)) {
      // « Désirez-vous patienter ou préférez-vous laisser un message ? »: a message offered too.
      if (hasHit(hits, 'hold_request', s) && MESSAGE_OFFER.test(clause.text) && !hasHit(hits, 'proposal', s))
        hits.push({ label: 'proposal', start: clause.start, end: clause.end, confidence: 0.8 });
      continue;
    }
    // « Quelle angoisse ! », « quel dommage, j'imagine »: an exclamation, not a question.
    if (EXCLAIMED.test(clause.text) && !/\?/.test(s.text)) continue;
    // « Allô, cabinet de pédiatrie, bonsoir ? »: a greeting said as a question asks nothing.
    if (hasHit(hits, 'greeting', clause) && !hasInterrogative(clause.text)) continue;
    const interrogative = hasInterrogative(clause.text) || hasInterrogative(s.text.slice(0, 40));
    const offers =
      (OFFER_QUESTION().test(line, s.text) &&
        !(/^(?:quel|quelle)\b/.test(clause.text) && !hasHit(hits, 'proposal'))) ||
      (s.asks && offersByStart(clause.text));
    if (offers || (hasHit(hits, 'proposal', s) && !asksForMore(clause.text))) {
      if (!hasHit(hits, 'proposal', s))
        hits.push({ label: 'proposal', start: clause.start, end: clause.end, confidence: 0.85 });
      continue;
    }
    if (hasHit(hits, 'minimizing', s) || hasHit(hits, 'blunt', s)) {
      if (!interrogative) continue;
    }
    if (hasHit(hits, 'reformulation', s) && !asksForMore(clause.text)) continue;
    if (s.asks && !interrogative && !/\bou\b/.test(s.text)) {
      const redirectAfter = hits.some((h) => h.label === 'redirect' && h.start >= s.end);
      if (
        TWO_FACTS.test(s.text.replace(/^(?:et|alors|donc|mais)\s+/, '')) ||
        (redirectAfter && (testOnce(SYMPTOM(), s.text) || CLINICAL_VALUE.test(s.text)))
      ) {
        hits.push({ label: 'reformulation', start: s.start, end: s.end, confidence: 0.65 });
        continue;
      }
    }
    hits.push({
      label: 'question',
      start: clause.start,
      end: clause.end,
      confidence: interrogative ? 0.9 : 0.7,
    });
  }

  // « D'accord, vous avez une toux depuis dix jours et ça ne passe pas. Vous avez de la fièvre ? »:
  // the caller's situation restated before the next question.
  all.forEach((s, i) => {
    const next = all[i + 1];
    if (
      !s.asks &&
      next?.asks &&
      RESTATED.test(s.text) &&
      TWO_FACTS.test(s.text) &&
      !hasHit(hits, 'reformulation', s)
    )
      hits.push({ label: 'reformulation', start: s.start, end: s.end, confidence: 0.7 });
  });

  // Repeating a name or a number back (« 06 12 34 56 78, c'est ça ? ») is not a reformulation.
  for (const s of all) {
    if (!CHECK.test(s.text) || !hasHit(hits, 'reformulation', s)) continue;
    const content = s.text.replace(CHECK, ' ').replace(/\d+|[^a-z\s]/g, ' ');
    if (content.split(/\s+/).filter((w) => w.length >= 3).length < 2) {
      for (let i = hits.length - 1; i >= 0; i--)
        if (hits[i]!.label === 'reformulation' && inside(hits[i]!, s)) hits.splice(i, 1);
    }
  }

  // Judging a measured value (« 38, c'est rien ») is medical advice as well as minimizing.
  for (const s of all) {
    // « Des crampes après le sport, c'est normal », « ce genre de toux, c'est classique »: a
    // symptom judged ordinary, said as a statement.
    const ordinary = SYMPTOM_ORDINARY.exec(s.text);
    if (
      ordinary &&
      !s.asks &&
      SYMPTOM_NOUN.test(s.text.slice(0, ordinary.index)) &&
      !DENIED.test(s.text.slice(0, ordinary.index))
    ) {
      const at = s.start + ordinary.index;
      const span = { start: at, end: at + ordinary[0].length };
      if (!hasHit(hits, 'minimizing', s)) hits.push({ label: 'minimizing', ...span, confidence: 0.7 });
      if (!hasHit(hits, 'medical_advice', s))
        hits.push({ label: 'medical_advice', ...span, confidence: 0.7 });
    }
    const minimizing = hits.find((h) => h.label === 'minimizing' && inside(h, s));
    if (
      minimizing &&
      !hasHit(hits, 'medical_advice', s) &&
      (CLINICAL_VALUE.test(s.text) ||
        JUDGED.test(s.text) ||
        (NOTHING.test(s.text) && SYMPTOM_NOUN.test(s.text)) ||
        SYMPTOM_MADE_SMALL.test(s.text))
    )
      hits.push({ label: 'medical_advice', start: minimizing.start, end: minimizing.end, confidence: 0.7 });
  }

  // A refusal that comes with an alternative is a proposal, not a blunt answer; « ne vous
  // inquiétez pas » before a dismissal is part of it; an instruction asked about is a question.
  const offersSomething = hasHit(hits, 'proposal') || hasHit(hits, 'redirect') || hasHit(hits, 'reassurance');
  const dismisses = hasHit(hits, 'minimizing') || hasHit(hits, 'medical_advice');
  // « Je ne peux pas vous laisser parler ainsi, je vais devoir raccrocher si… »: a limit set politely.
  const limitSet = LIMIT_SET.test(line, folded);
  const withheld = OPINION_WITHHELD.exec(folded);
  const opinionWithheld = withheld
    ? { start: withheld.index, end: withheld.index + withheld[0].length }
    : undefined;
  const dispatched = hits.filter((h) => h.kind === 'dispatch');
  const kept = hits.filter(
    (h) =>
      !(h.kind === 'refusal' && offersSomething) &&
      !(h.label === 'reassurance' && dismisses && SOFT.test(folded.slice(h.start, h.end))) &&
      !(
        h.label === 'medical_advice' &&
        TO_CALLER.test(folded.slice(h.start, h.end)) &&
        asksAt(all, h.start)
      ) &&
      !(
        h.label === 'medical_advice' &&
        asksInClause(all, h.start) &&
        !DIAGNOSIS.test(folded.slice(h.start, h.end))
      ) &&
      !(h.label === 'blunt' && limitSet) &&
      // « Ne le faites pas vomir et appelez le centre antipoison »: a safety instruction that defers.
      !(
        h.label === 'medical_advice' &&
        DONT.test(folded.slice(Math.max(0, h.start - 12), h.start) || folded.slice(h.start, h.end)) &&
        hasHit(hits, 'redirect')
      ) &&
      !(
        h.label === 'blunt' &&
        opinionWithheld &&
        overlapsHit(h, opinionWithheld.start, opinionWithheld.end)
      ) &&
      !(
        h.label === 'medical_advice' &&
        TO_CALLER.test(folded.slice(h.start, h.end)) &&
        NOTED.test(sentenceOf(all, h.start)?.text ?? '')
      ) &&
      // « …mais ce n'est pas urgent, c'est bien ça ? »: the caller's words checked, not dismissed.
      !(h.label === 'minimizing' && asksAt(all, h.start) && restatedIn(hits, all, h.start)) &&
      // « Les pompiers arrivent »: help sent, not a service the caller must call.
      !(h.label === 'redirect' && dispatched.some((d) => overlapsHit(d, h.start, h.end))) &&
      // « SOS Médecins, bonsoir »: the service answering names itself.
      !(h.label === 'redirect' && answersAs(all, hits, h)) &&
      // « je transmets votre appel à… » offers the transfer; it promises nothing more.
      !(h.label === 'reassurance' && hits.some((p) => p.label === 'proposal' && p.start === h.start)),
  );

  afterTheFact(folded, all, kept);

  for (const h of kept) {
    h.confidence ??= ruleConfidence(h.label, folded.slice(h.start, h.end), h.kind === 'refusal');
    if (h.label === 'redirect') {
      const s = sentenceOf(all, h.start);
      h.conditional = !!s && isConditional(folded, s, h);
    }
  }

  return understand(text, folded, w, line, all, kept, context);
}

/** Words without which no result is read (readers.ts reads the rest). */
const RESULT_HINT = new Guarded(
  /resultat|analyse|bilan|prise de sang|cholesterol|sucre|glycemie|inr|taux|hemoglobine|creatinine|tsh|plaquettes|globules|ferritine|psa|radio|scanner|irm|echographie|mammographie|compte rendu/,
);
/** « Je récapitule : jeudi 9 h… »: a recap of what was booked. */
const RECAP = /\b(?:recapitul\w*|recap|resume|resumons)\b/;
const BOOKED_TIME = /\b\d{1,2}\s?h(?:\s?\d\d)?\b|\b\d{1,2}:\d\d\b/;
/** …unless it restates the caller's own situation or request. */
const CALLER_STATE =
  /\bvous (?:voulez|souhaitez|voudriez|avez|etes|cherchez|venez|appelez)\b|\bau nom de\b|\b(?:votre|son|sa) (?:mere|pere|fils|fille|enfant|mari|femme|epouse|bebe)\b|\bdepuis\b/;
/** « Je vous mets sur la liste d'attente » said, not offered. */
const WAITLIST =
  /\b(?:je|on) (?:vous |te )(?:\w+ )?(?:mets|inscris|ajoute|rajoute|note|laisse)(?: \w+){0,2} sur (?:la|une|notre) liste\b/;
const OFFERED = /\b(?:je (?:peux|pourrais|propose)|si vous (?:voulez|le souhaitez|preferez|voulez bien))\b/;
/** « Je regarde » alone: a pause only when it ends the turn. */
const BARE_LOOK =
  /^je (?:regarde|verifie|check|cherche)(?: ca| tout de suite| de suite| pour (?:aujourd'hui|demain|ce soir|cette semaine|la semaine prochaine|vous))?$/;
/** « Je vous donne leur numéro »: a number given, a redirect only. */
const GIVES_NUMBER =
  /\bje (?:vous )?(?:donne|redonne|dicte) (?:son|leur|le|les) (?:numero|coordonnees)\b(?! (?:de|du|des) (?:notre|nos)\b)/;

/**
 * Bookkeeping said after the fact (the trainee lines' conventions): a recap of a booking is not a
 * reformulation; the waiting list announced is reassurance; a bare « je regarde » followed by
 * more of the turn announces no pause; a number given is a redirect, not a proposal.
 */
function afterTheFact(folded: string, all: Sentence[], kept: Hit[]): void {
  const last = all.at(-1);
  for (let i = kept.length - 1; i >= 0; i--) {
    const h = kept[i]!;
    const s = sentenceOf(all, h.start);
    if (!s) continue;
    const said = folded.slice(h.start, h.end);
    const next = folded.slice(h.end, h.end + 160);
    if (h.label === 'reformulation' && RECAP.test(said) && BOOKED_TIME.test(next) && !CALLER_STATE.test(next))
      kept.splice(i, 1);
    else if (h.label === 'proposal' && !s.asks && WAITLIST.test(s.text) && !OFFERED.test(s.text)) {
      if (kept.some((r) => r.label === 'reassurance' && inside(r, s))) kept.splice(i, 1);
      else h.label = 'reassurance';
    } else if (h.label === 'hold_request' && BARE_LOOK.test(said) && last && s.start < last.start)
      kept.splice(i, 1);
    else if (
      h.label === 'proposal' &&
      !s.asks &&
      GIVES_NUMBER.test(s.text) &&
      !OFFERED.test(s.text) &&
      kept.some((r) => r.label === 'redirect' && inside(r, s))
    )
      kept.splice(i, 1);
  }
}

/** « Il me reste 17 h 40 », « Jeudi 8 h 40. », « le premier créneau, c'est mardi 9 h »: a slot said. */
const SLOT_SAID =
  /^(?:(?:alors|bon|sinon|et|ou|donc|euh|par contre|en revanche|oui|ah|ok|d'accord|tres bien)\W+)*(?:(?:il y a|il reste|il me reste|j'ai|j'aurais|on a|on aurait|nous avons|nous aurions)\b|(?:le|la) (?:premier|premiere|prochain|prochaine) (?:creneau|rendez vous|rdv|place|date|disponibilite)\b|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|apres demain)\b(?:\W+\w+){0,9}\W*$)/;
/** …not a booking already made or recalled. */
const BOOKED =
  /\b(?:note|notee|confirme|recap\w*|reserve|enregistree?|calee?|bloquee?|mis|mise|inscrite?|prevue?|annule|enleve|aviez|etait|fait|voila|rendez vous (?:est|sera))\b/;

const DOSE_HINTED = new Guarded(DOSE_HINT);
const SELF_HINTED = new Guarded(SELF_HINT);
/** Words of a refusal, that a discriminatory ground may come with. */
const REFUSAL_HINT = new Guarded(
  /impossible|pas possible|refus|(?:prend|prenons|accepte|acceptons|recoit|recevons|soigne|suit|suivons) (?:pas|plus)/,
);

/** Beyond the hits of the act rules: the acts, and the intents, entities and facts around them. */
function understand(
  text: string,
  folded: string,
  w: Words,
  line: Line,
  all: Sentence[],
  kept: Hit[],
  context: AnalysisContext,
): Analysis {
  let acts = firstOfEach(kept);
  // Grounds only where something is refused; the rarer cues only where a hint says they may be.
  let allow = CUE_BITS.common;
  if (/\d/.test(folded)) allow |= CUE_BITS.number;
  if (folded.includes('heure')) allow |= CUE_BITS.hour;
  if (DOSE_HINTED.test(line, folded)) allow |= CUE_BITS.dose;
  if (SELF_HINTED.test(line, folded) || /[A-ZÀ-Ý]/.test(text.slice(1))) allow |= CUE_BITS.self;
  if (CONDITION_HINT.test(folded)) allow |= CUE_BITS.callback;
  if (acts.some((a) => a.type === 'blunt') || REFUSAL_HINT.test(line, folded)) allow |= CUE_BITS.ground;
  const cues = cueScanner().scan(folded, w, allow, line);
  // What is asked about is read only where something is asked.
  const asking = all.filter(
    (s) =>
      s.asks ||
      kept.some((h) => h.label === 'question' && inside(h, s)) ||
      cues.some((c) => c.tag === 'request' && inside(c, s)),
  );
  if (asking.length > 0) cues.push(...askScanner().scan(folded, wordsWithin(w, asking), -1, line));
  const entities = readEntities(text, folded, cues, context);
  const intents = readIntents(folded, all, cues, entities, kept as ReadAct[], line);
  if (readFromUnderstanding(folded, all, kept, cues, entities, intents)) {
    // A slot said in words is an alternative too: a refusal elsewhere in the line is not blunt.
    if (kept.some((h) => h.label === 'proposal'))
      for (let i = kept.length - 1; i >= 0; i--) if (kept[i]!.kind === 'refusal') kept.splice(i, 1);
    acts = firstOfEach(kept);
  }
  // « Le cholestérol est encore un peu haut, le reste est bon »: results read with a judgement.
  if (RESULT_HINT.test(line, folded) && !kept.some((h) => h.label === 'medical_advice')) {
    const reading = findResultReading(text);
    if (reading) {
      kept.push({ label: 'medical_advice', start: reading[0], end: reading[1], confidence: 0.75 });
      acts = firstOfEach(kept);
    }
  }
  // « Mettez-lui de la Fucidine », « prenez un Xyzall le soir »: a brand the lexicon does not know.
  if (!kept.some((h) => h.label === 'medical_advice')) {
    const named = findUnknownDrugGiven(text, folded, all);
    if (named) {
      kept.push({ label: 'medical_advice', start: named[0], end: named[1], confidence: 0.65 });
      acts = firstOfEach(kept);
    }
  }
  let facts: string[] = [];
  if (context.facts && restatesFacts(folded, all, kept, context.facts)) acts = firstOfEach(kept);
  if (context.facts) {
    const restating = all.filter(
      (s) => !s.asks || kept.some((h) => h.label === 'reformulation' && inside(h, s)),
    );
    if (restating.length > 0) facts = coveredFacts(folded, context.facts, restating);
  }
  const greeting = acts.some((a) => a.type === 'greeting')
    ? greetingDetails(
        folded,
        context,
        entities.some((e) => e.kind === 'speaker_name'),
      )
    : undefined;
  return {
    acts,
    facts,
    ...(greeting ? { greeting } : {}),
    intents,
    entities,
    confidence: lineConfidence(acts, intents, folded),
  };
}

/**
 * « Ça vous serre dans la poitrine, ça descend dans le bras et vous avez des sueurs. »: a
 * statement that restates at least two of the caller's facts, and half of them, is a
 * reformulation even without a marker. Returns whether one was added.
 */
function restatesFacts(
  folded: string,
  all: Sentence[],
  kept: Hit[],
  facts: NonNullable<AnalysisContext['facts']>,
): boolean {
  if (facts.length < 2 || kept.some((h) => h.label === 'reformulation')) return false;
  for (const s of all) {
    if (s.asks || /^(?:si|s'il|en cas|quand)\b/.test(s.text)) continue;
    if (
      kept.some(
        (h) =>
          inside(h, s) && (h.label === 'redirect' || h.label === 'medical_advice' || h.label === 'proposal'),
      )
    )
      continue;
    const covered = coveredFacts(folded, facts, [s]).length;
    if (covered >= 2 && covered * 2 >= facts.length) {
      kept.push({ label: 'reformulation', start: s.start, end: s.end, confidence: 0.75 });
      return true;
    }
  }
  return false;
}

/** Giving or taking a drug, a dose or a care: an instruction frame before it. */
const INSTRUCTION =
  /\b(?<!\b(?:si|s')\s*(?:il |on |vous |tu |elle )?)(?:on (?:peut|pourrait)|vous (?:pouvez|pourriez|devez)|tu peux|il faut|il faudrait|faut|il suffit|suffit|le mieux|mieux vaut|il vaut mieux|essayez|(?<!vous )pensez a|(?:docteure?|medecin|dr|il|elle) (?:\w+ )?(?:dit|a dit|conseille|recommande|prescrit|veut)|donnez|mettez|prenez|appliquez|faites|passez|redonnez|doublez|augmentez|baissez)\b[^.?!]*$/;
/** …or a claim of what it does after it (« un bain tiède, ça fait baisser la fièvre »). */
/** …or said enough or effective as the subject (« un Doliprane suffit », « un sirop fera l'affaire »). */
/** « La boîte de Doliprane suffira jusqu'à lundi »: a supply, not a care. */
const SUPPLY = /\b(?:boites?|plaquettes?|flacons?|stock|reserve|ordonnance) (?:de |d')\s*$/;
const SUFFICES =
  /^(?![^.?!]*\b(?:ne|n'|pas|plus|jamais)\b)\s*(?:[a-z]+\s+){0,3}?(?:suffit|suffira|suffirait|devrait suffire|fera l'affaire|fait l'affaire|ferait l'affaire|soulagera|soulagerait|calmera|calmerait|fait (?:baisser|tomber|passer|du bien))\b/;
const EFFECT =
  /^[^.?!]*?\b(?:ca|cela|c'est|ca va|qui)\s+(?:\w+\s+){0,2}?(?:fait (?:baisser|du bien|passer|tomber|des merveilles)|soulage\w*|calme\w*|aide\w*|marche\w*|efficace|degage\w*|apaise\w*|decongestionn\w*|fluidifi\w*|guerit|soigne|fait des miracles|devrait (?:aider|soulager|suffire|passer|calmer)|ne peut pas faire de mal|fait pas de mal|suffi\w*)|^[^.?!]*?\b(?:c'est|ca reste) (?:ce qu'il y a de mieux|le mieux|l'ideal|radical|souverain)\b/;
/** A slot said available (« c'est possible », « sinon… »). */
const AVAILABLE = /^(?:sinon|ou alors|ou bien)\b|\b(?<!pas )(?:possible|disponible|libre|dispo)\b/;
/** …said of the caller's own availability (« vous n'êtes libre que le matin »). */
const CALLER_FREE = /\bvous (?:etes|n'etes|seriez|serez)\b/;
const NEGATED = /\b(?:ne|n')\s*(?:\w+\s+){0,2}pas\b/;

const overlapsHit = (h: Hit, start: number, end: number) => h.start <= end && h.end >= start;

/** Removes the hits of `label` in `s` that `drop` selects; says whether any was removed. */
function dropHits(kept: Hit[], label: ActLabel, s: Segment, drop: (h: Hit) => boolean): boolean {
  let removed = false;
  for (let i = kept.length - 1; i >= 0; i--) {
    const h = kept[i]!;
    if (h.label === label && inside(h, s) && drop(h)) {
      kept.splice(i, 1);
      removed = true;
    }
  }
  return removed;
}

/**
 * Acts read from the intents and entities: a request for information is a question; an
 * instruction about a drug, a dose or a care is medical advice; a refusal that keeps a secret is
 * not blunt. Returns whether the hits changed.
 */
function readFromUnderstanding(
  folded: string,
  all: Sentence[],
  kept: Hit[],
  cues: readonly Match<CueTag>[],
  entities: readonly Entity[],
  intents: readonly Intent[],
): boolean {
  let changed = false;
  for (const s of all) {
    // « Il me faudrait votre date de naissance. »
    const request = cues.find((c) => c.tag === 'request' && inside(c, s));
    const asked =
      request &&
      intents.find(
        (i) => i.type.startsWith('ask_') && i.type !== 'ask_reason' && inside({ start: i.span[0] }, s),
      );
    if (request && asked && !kept.some((h) => h.label === 'question' && inside(h, s))) {
      kept.push({ label: 'question', start: request.start, end: asked.span[1], confidence: 0.8 });
      dropHits(kept, 'reassurance', s, (h) => overlapsHit(h, request.start, request.end));
      changed = true;
    }
    // « On peut lui mettre un suppositoire », « un bain tiède, ça fait baisser la fièvre »
    if (
      !s.asks &&
      !kept.some((h) => (h.label === 'medical_advice' || h.label === 'reformulation') && inside(h, s))
    ) {
      const care = entities.find(
        (e) =>
          (e.kind === 'drug' || e.kind === 'home_care' || e.kind === 'dose') &&
          inside({ start: e.span[0] }, s),
      );
      // The frame is in the same clause as what it gives (not « il vous faut une ordonnance, il reste deux comprimés »).
      const lead = care ? folded.slice(s.start, care.span[0]).replace(/^.*[,;:]/, '') : '';
      if (
        care &&
        (INSTRUCTION.test(lead) ||
          EFFECT.test(folded.slice(care.span[1], s.end)) ||
          (SUFFICES.test(folded.slice(care.span[1], s.end)) && !SUPPLY.test(lead))) &&
        !DENIED.test(lead) &&
        !NEGATED.test(lead) &&
        !(TO_CALLER.test(lead.trimStart()) && NOTED.test(s.text)) &&
        !relaysInstruction(folded)
      ) {
        kept.push({ label: 'medical_advice', start: s.start, end: care.span[1], confidence: 0.8 });
        dropHits(kept, 'proposal', s, (h) => h.start < care.span[0]);
        changed = true;
      }
    }
    // « Le mercredi 2, ce serait possible vers 15 heures », « Sinon, demain matin avec le docteur Roux »:
    // a date or a time said available is a slot offered.
    if (
      !s.asks &&
      AVAILABLE.test(s.text) &&
      !NEGATED.test(s.text) &&
      !CALLER_FREE.test(s.text) &&
      !kept.some(
        (h) =>
          inside(h, s) &&
          (h.label === 'proposal' ||
            h.label === 'blunt' ||
            h.label === 'reformulation' ||
            h.label === 'reassurance'),
      ) &&
      entities.some((e) => (e.kind === 'date' || e.kind === 'time') && inside({ start: e.span[0] }, s))
    ) {
      kept.push({ label: 'proposal', start: s.start, end: s.end, confidence: 0.7 });
      changed = true;
    }
    if (
      !s.asks &&
      SLOT_SAID.test(s.text) &&
      // The sentence before too: « Je récapitule : mardi 14 h… »
      !BOOKED.test(folded.slice(Math.max(0, s.start - 40), s.end)) &&
      !kept.some(
        (h) =>
          inside(h, s) &&
          (h.label === 'proposal' ||
            h.label === 'blunt' ||
            h.label === 'reformulation' ||
            h.label === 'reassurance'),
      ) &&
      entities.some((e) => e.kind === 'time' && inside({ start: e.span[0] }, s))
    ) {
      kept.push({ label: 'proposal', start: s.start, end: s.end, confidence: 0.7 });
      changed = true;
    }
  }
  return changed;
}

/** A verb of giving or taking, then an article: what follows is given (« donnez-lui du… »). */
const GIVEN_ARTICLE =
  /\b(?:donne[rz]?|redonne[rz]?|mett(?:re|ez)|mets|pren(?:dre|ez|ds)|repren(?:dre|ez)|appliqu(?:er|ez)|doubl(?:er|ez)|augment(?:er|ez)|baiss(?:er|ez)|diminu(?:er|ez)|arret(?:er|ez)|continu(?:er|ez)|altern(?:er|ez))(?:[\s-]+(?:lui|leur|vous|le|la|les))?\s+(un|une|du|de la|le|la|les|son|sa|ses|des|votre|vos|de|d'|l')\s*/g;
/** Capitalised words after such a verb that are places, people or days, not drugs. */
const NOT_A_DRUG =
  /^(?:Dr|Docteure?|Madame|Monsieur|Mme|Mlle|Samu|Centre|Cabinet|Pharmacie|Clinique|H[oô]pital|Maison|Polyclinique|Laboratoire|Labo|Service|Urgences|Caisse|Mutuelle|Cpam|CPAM|Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi|Dimanche|Carte|Vitale|Ligne|Rue|Avenue|Route|Place|Gare|Mairie|Ecole|École)$/;
/**
 * A capitalised word right after a verb of giving or taking, in a statement that is not negated
 * and not a note of what the patient takes: a drug by its brand name. Returns its span.
 */
function findUnknownDrugGiven(text: string, folded: string, all: Sentence[]): [number, number] | undefined {
  GIVEN_ARTICLE.lastIndex = 0;
  for (let m = GIVEN_ARTICLE.exec(folded); m; m = GIVEN_ARTICLE.exec(folded)) {
    const at = m.index + m[0].length;
    const name = /^[A-ZÀ-Ý][\p{L}]{3,}/u.exec(text.slice(at))?.[0];
    if (!name || NOT_A_DRUG.test(name)) continue;
    // « Prenez le tramway », « prenez la rocade »: a definite article after « prendre » is a way, not a drug.
    if (/^(?:re)?pren/.test(m[0]) && /^(?:le|la|les|l')$/.test(m[1]!)) continue;
    const s = sentenceOf(all, m.index);
    if (!s || s.asks) continue;
    const lead = folded.slice(s.start, m.index);
    if (
      NEGATED.test(lead.replace(/^.*[,;:]/, '')) ||
      DENIED.test(lead) ||
      NOTED.test(s.text) ||
      /\b(?:il|elle|ils|elles|je|on|qui)\s+(?:\w+\s+)?$/.test(lead) ||
      relaysInstruction(folded)
    )
      continue;
    return [m.index, at + name.length];
  }
  return undefined;
}

/** Words that put the 15 on a condition or for later (« si ça ne passe pas », « ce soir »). */
const CONDITION =
  /\b(?:si|s'il|s'ils|s'elle|sinon|en cas d|au cas ou|au moindre|si jamais|lorsqu|quand)\b(?! (?:vous (?:voulez|preferez|le souhaitez|etes d'accord|permettez)|vous plait|te plait|possible|je\b|j'))/;
const CONDITION_START =
  /^(?:si|s'il|s'ils|s'elle|en cas d|au cas ou|au moindre|si jamais)\b(?! (?:vous (?:voulez|preferez|le souhaitez|etes d'accord|permettez)|vous plait|te plait|possible))/;
const LATER =
  /\b(?:ce soir|cette nuit|plus tard|demain|(?:ce|le) week[\s-]?end|apres \d+\s*h|a partir de|si besoin|au besoin|le cas echeant|eventuellement|la nuit|le soir|en dehors des heures|pendant (?:la nuit|le week[\s-]?end))\b/;
const NOW =
  /\b(?:tout de suite|immediatement|maintenant|sans attendre|des maintenant|sans tarder|au plus vite|de suite|en urgence)\b/;

/** Is the number given for later or on a condition, rather than to call now? */
function isConditional(folded: string, s: Sentence, hit: Hit): boolean {
  const at = s.clauses.findIndex((c) => hit.start >= c.start && hit.start < c.end);
  const clause = s.clauses[at];
  if (!clause || NOW.test(clause.text)) return false;
  const before = folded.slice(s.start, hit.start);
  const next = s.clauses[at + 1];
  return (
    CONDITION.test(before) ||
    /^[^,;]*?\b(?:si|s'il|s'ils|s'elle|en cas d|au cas ou|au moindre)\b/.test(
      folded.slice(hit.end, clause.end),
    ) ||
    (!!next && CONDITION_START.test(next.text)) ||
    LATER.test(folded.slice(s.start, clause.end))
  );
}

function testOnce(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  const found = pattern.test(text);
  pattern.lastIndex = 0;
  return found;
}

/** One act per label, at its first occurrence, in text order. */
function firstOfEach(hits: Hit[]): Act[] {
  const first = new Map<ActLabel, Hit>();
  for (const h of [...hits].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const kept = first.get(h.label);
    // A redirect said now counts over one said on a condition.
    if (!kept || (kept.conditional && !h.conditional)) first.set(h.label, h);
  }
  // An act read several times is as sure as its surest reading.
  const surest = new Map<ActLabel, number>();
  for (const h of hits) surest.set(h.label, Math.max(surest.get(h.label) ?? 0, h.confidence ?? 0.9));
  return [...first.values()]
    .sort((a, b) => a.start - b.start)
    .map((h) => {
      const act: Act = { type: h.label, span: [h.start, h.end], confidence: surest.get(h.label)! };
      if (h.label === 'redirect') act.conditional = !!h.conditional;
      return act;
    });
}

const padded = (folded: string) => ` ${folded.replace(/[^a-z0-9]+/g, ' ').trim()} `;

/** The context's facts whose keywords the utterance contains (a keyword of 5+ letters matches as a word start). */
export function coveredFacts(
  folded: string,
  facts: NonNullable<AnalysisContext['facts']>,
  within: readonly Segment[] = [{ start: 0, end: folded.length, text: folded }],
): string[] {
  const text = within.map((s) => padded(s.text)).join('|');
  return facts
    .filter((fact) =>
      fact.keywords.some((keyword) => {
        const k = padded(fold(keyword)).trimEnd();
        if (k.trim() === '') return false;
        return k.trim().length >= 5 ? text.includes(k) : text.includes(`${k} `);
      }),
    )
    .map((fact) => fact.id);
}

function greetingDetails(
  folded: string,
  context: AnalysisContext,
  namedSelf: boolean,
): NonNullable<Analysis['greeting']> {
  const text = padded(folded);
  const names = (context.practiceNames ?? [])
    .flatMap((name) => padded(fold(name)).trim().split(' '))
    .filter((w) => w.length >= 3 && !GENERIC_PRACTICE_WORDS.has(w));
  const namesPractice =
    names.length > 0
      ? names.some((w) => text.includes(` ${w} `))
      : /\b(?:cabinet|secretariat|centre|docteur|dr|maison medicale)\b/.test(folded);
  const m = SPEAKER_NAME().exec(folded);
  const speaker = m?.slice(1).find((g) => g !== undefined);
  const namesSpeaker = namedSelf || (!!speaker && !NOT_NAMES.has(speaker));
  return { namesPractice, namesSpeaker };
}
