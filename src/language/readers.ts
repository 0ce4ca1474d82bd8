/**
 * Careful readings of a line for the scorer (src/scoring/readings.ts merges them with the
 * analyser's intents; findings.ts and the closing criterion ask them directly): a modest reading
 * of the same contract as `analyze`. Once the analyser reads an intent, these patterns only add what it missed; each
 * looks for an unmistakable phrasing and stands back on negation.
 * Word lists first (data), structure below (code).
 */
import type { IntentType } from './labels.ts';
import { lazy } from './lazy.ts';
import { fold } from './normalize.ts';

// ---------------------------------------------------------------- word lists

const ASK_NAME = [
  '(?:votre|son|sa|le) (?:nom|prenom|nom de famille|identite)\\b',
  'vous vous appelez',
  "c'est de la part de qui",
  'de la part de qui',
  "qui est a l'appareil",
  'a quel nom',
  'au nom de qui',
  "comment (?:vous vous appelez|il s'appelle|elle s'appelle|s'appelle)",
  "(?:m'|me )?epele[rz]?",
  'vous etes (?:madame|monsieur) \\?',
];
const ASK_BIRTHDATE = [
  'date de naissance',
  'nee? quand',
  'nee? le combien',
  '(?:quel|son|votre) age',
  'age exact',
  'quel age',
  'il a quel age|elle a quel age',
];
const ASK_PHONE = [
  'numero (?:de telephone|de portable|de rappel|ou (?:vous|on peut vous) (?:joindre|rappeler)|pour vous (?:joindre|rappeler))',
  'votre (?:numero|telephone|portable)',
  '(?:vous|te) (?:joindre|recontacter)',
  'un numero (?:ou|pour)',
  'vos coordonnees',
];
const CONFIRM = [
  "c'est note",
  'je (?:vous )?(?:confirme|recapitule)',
  'je (?:vous )?(?:ai )?(?:note|inscrite?|mise?|reserve|enregistre)e?s? (?:pour|le|un|sur|jeudi|lundi|mardi|mercredi|vendredi|samedi|demain)',
  'recapitulons|pour recapituler|je resume',
  'vous avez (?:donc )?(?:bien )?rendez-vous',
  '(?:votre )?rendez-vous est (?:bien )?(?:pris|fixe|confirme|note|reserve)',
  "(?:donc|alors),? (?:c'est|ce sera) (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|demain|aujourd'hui|le \\d)",
  'nous vous attendons|on vous attend|je vous attends',
  "c'est (?:bon|fait),? (?:pour|vous etes)",
];
/** « Autre chose ? »: the open question before leaving (GUIDE §1.8). */
const ANYTHING_ELSE = [
  'autre chose',
  "d'autres? questions?",
  'autre question',
  'je peux (?:encore )?(?:faire|vous aider) (?:quelque chose|pour autre)',
  "(?:c'est|ce sera) tout pour vous",
  "besoin d'autre",
  "quelque chose d'autre",
  "vous avez tout ce qu'il vous faut",
];
/** Cover, origin, handicap, age or pathology: what a refusal must never cite (GUIDE §5). */
const DISCRIMINATION_GROUNDS = [
  'cmu(?:-?c)?',
  'c2s',
  'css',
  'ame',
  'aide medicale',
  'complementaire (?:sante )?solidaire',
  'pas de mutuelle|sans mutuelle|(?:votre|leur|une) mutuelle',
  'couverture (?:sante|maladie)',
  'etrangers?',
  'origine',
  'sans papiers',
  'nationalite',
  'handicap\\w*',
  'fauteuil roulant',
  '(?:trop )?(?:age|agee|vieux|vieille)s?',
  'personnes? agees?',
  'seropositi\\w*|vih|sida',
  'toxicomane\\w*|drogue\\w*',
  'cancer|chimio\\w*',
];
/** Verbs of a refusal of care, and the refusals said without a verb. */
const REFUSAL =
  "\\b(?:ne|n')\\s*(?:pas|plus|jamais) (?:en |les |vous |la |le )?(?:prendre|accepter|recevoir|soigner|suivre|inscrire)\\b|\\b(?:ne|n')\\s*(?:\\w+\\s+){0,2}?(?:pren\\w*|prend\\w*|accept\\w*|recev\\w*|recoi\\w*|soign\\w*|suiv\\w*|inscri\\w*|travaill\\w*|peu[tx]|pouvons|pourrons|fai[st]|faisons)\\b[^.?!]{0,20}?\\b(?:pas|plus|jamais|aucun\\w*)\\b|\\bpas (?:de|les|d')(?: nouveaux?)? patients?\\b|\\b(?:refus\\w*|impossible|pas possible|exclu\\w*)\\b|\\bpas (?:pour|avec) (?:les|vous|votre)\\b|\\b(?:prefer\\w*|veulent|voudraient|doivent|essai\\w*) (?:de |d')?(?:limiter|eviter|restreindre|reduire)\\b|\\b(?:limit\\w*|evit\\w*|restrei\\w*) (?:les|ces|ce type de|ce genre de) (?:dossiers?|patients?|cas)\\b";
/**
 * « quelle que soit votre couverture », « la même règle pour tous »: the ground is denied. « À cet
 * âge, je ne peux pas vous conseiller de traitement »: what is refused is advice (the secretary's
 * duty), not care, and the age is the patient's reason for urgency.
 */
const NOT_A_GROUND =
  "quel(?:le)?s? que soi(?:t|ent)|ne depend (?:pas|jamais|en rien)|rien a voir|peu importe|independamment|meme regle|pour tous|pour tout le monde|pas a cause|pas parce qu|pas une question de|ce n'est pas (?:lie|du) a|\\b(?:ne|n')\\s*(?:peux|pouvons|suis|sommes) pas (?:habilitee?s? a )?(?:vous |lui )?(?:conseiller|donner (?:de |d'|un |une )?(?:conseils?|avis|traitement|dose))";
/** Drugs, doses and home care: what an instruction must not be about (GUIDE §5). */
const CARE =
  'doliprane|dafalgan|efferalgan|paracetamol|ibuprofene|advil|nurofen|aspirine|kardegic|antibiotique\\w*|antalgique\\w*|sirop|suppositoire\\w*|comprime\\w*|gelule\\w*|cachet\\w*|dose\\w*|goutte\\w*|pommade|creme|spray|ventoline|cortisone|trinitrine|natispray|bain (?:tiede|frais|froid)|gant (?:mouille|humide|frais|froid)|linge (?:mouille|humide|frais)|poche de glace|glacon\\w*|compresse\\w*|deshabill\\w*|decouvr\\w*|en body|au calme|au frais|tisane\\w*|mg\\b|milligrammes?|vomir|doubler|lasilix|furosemide|diuretique\\w*';
/** What an instruction about care does to a drug or a care: give, put, cut, space out… */
const CARE_VERB =
  '(?:donner|mettre|faire|prendre|appliquer|passer|essayer|redonner|doubler|augmenter|arreter|couper|espacer|diviser|sauter|reduire|diminuer|remplacer|decouvrir|laisser|installer)';
/** Frames that make a care word an instruction: impersonal, hedged, relayed or imperative. */
const INSTRUCTION = `\\bon (?:peut|pourrait|doit|devrait) (?:lui |leur |vous |le |la |les |l')?${CARE_VERB}|\\bon (?:le |la |les |l'|lui |leur )(?:donne|met|fait|decouvre|laisse|passe|applique|coupe|double|deshabille)\\b|\\b(?:il|elle) (?:peut|pourra|pourrait|doit|devra) (?:lui |leur )?${CARE_VERB}|\\bvous (?:pouvez|pourriez|devez|devriez) (?:lui |leur |le |la |les |l')?${CARE_VERB}|\\bil (?:faut|faudrait|suffit de) (?:lui |leur |vous |le |la |les |l')?${CARE_VERB}|\\b(?:donnez|mettez|faites|prenez|appliquez|passez|essayez|doublez|augmentez|arretez|coupez|espacez|installez|allongez|decouvrez|laissez)(?:-lui|-leur|-le|-la|-les|-vous| lui| leur)?\\b|\\b(?:ca|cela|un \\w+|une \\w+),? (?:ca )?(?:fait|aide a|permet de) (?:\\w+ )?(?:baisser|tomber|descendre|passer|calmer|soulager)|\\b(?:docteure?|dr|medecin|il|elle) (?:\\w+ )?(?:dit|demande|conseille|recommande|veut|souhaite)(?: [\\w']+){0,4} (?:de\\b|d'|qu)`;
/** « Je ne peux pas vous dire de… », « ne lui donnez rien »: the instruction is refused. */
const INSTRUCTION_DENIED =
  "\\b(?:ne|n')\\s*(?:\\w+\\s+){0,2}(?:pas|rien|jamais)\\b[^.?!]{0,20}$|pas (?:a moi|mon role)|je ne suis pas (?:medecin|docteur)";

/**
 * Results read aloud with a judgement on them (« le cholestérol a bien baissé », « vos analyses
 * sont bonnes »): an interpretation of results, outside the secretary's role (GUIDE §5).
 */
const RESULT =
  'resultats?|analyses?|bilans?|prises? de sang|radios?|examens?|cholesterol|glycemie|taux|tension|echographie|scanner|irm';
const RESULT_JUDGED =
  '(?:est|sont|etait|etaient|a|ont|avait|avaient) (?:bien |tres |plutot |tout a fait |un peu )?(?:bons?|bonnes?|normale?s?|normaux|rassurante?s?|inquietante?s?|mauvaise?s?|baisse|monte|remonte|augmente|diminue|ok)\\b|(?:le docteur|la docteure|le medecin) (?:etait|est|a ete) (?:contente?|satisfaite?|rassuree?|inquiete?)';
/** A diagnosis guessed from another case: « ils ont dû se la passer », « c'est sûrement la même chose ». */
const DIAGNOSIS_GUESS =
  "\\b(?:ont|a|avez|as) (?:du|surement|sans doute|probablement) (?:se la |se le |se l'|l'|la |le )?(?:passer|attraper|refiler|transmettre|choper)\\b|\\b(?:c'est|ca doit etre|il a|elle a) (?:surement|sans doute|probablement|certainement|srement) (?:la meme chose|pareil|la meme)\\b";
/** Admin objects: « ce n'est qu'une ordonnance » minimises a request, not a symptom. */
const PAPERWORK =
  "^\\s*(?:une? |le |la |l'|des )?(?:petite? |simple )?(?:ordonnance|renouvellement|rendez-vous|rdv|papier|certificat|formalite|signature|question|controle|courrier|dossier|attestation)s?\\b";

/** Other people, named by their link to the caller (children only when the call is not about them). */
const RELATIVES = [
  'mari',
  'femme',
  'epouse',
  'epoux',
  'conjointe?',
  'compagnon',
  'compagne',
  'pere',
  'mere',
  'frere',
  's(?:oe|œ)ur',
  'fille',
  'fils',
  'enfant',
  'petite?-(?:fille|fils)',
  'voisine?',
  'collegue',
  'amie?',
  'patron',
  'beau-pere',
  'belle-mere',
  'oncle',
  'tante',
  'cousine?',
];

/** Words that put a number or an instruction on a condition or for later (pattern 1 of issue #14). */
const CONDITION_BEFORE =
  "\\bsi\\b(?! je (?:comprends|resume|ne me trompe)| j'ai bien)|\\bs'(?:il|ils|elle|elles)\\b(?! vous plait| te plait)|\\ben cas d|\\bau cas ou|\\bdes que\\b|\\blorsque\\b|\\bquand (?:ca|il|elle|vous)\\b|\\bsinon\\b";
const DEFERRED_AFTER =
  "\\bsi\\b|\\bs'(?:il|ils|elle)\\b|\\bce soir\\b|\\bcette nuit\\b|\\bplus tard\\b|\\bdemain\\b|\\btout a l'heure\\b|\\ben cas d|\\bau cas ou|\\bdes que\\b|\\bsinon\\b|\\bapres (?:le|votre|la)\\b|\\bdans (?:une|un|deux|\\d)";

/** What a test or an exam measures or shows: the subject of a reading of results. */
const RESULT_SUBJECT =
  '\\b(?:resultats?|analyses?|bilan|prise de sang|cholesterol|sucre|glycemie|inr|taux|hemoglobine|creatinine|tsh|plaquettes|globules|ferritine|psa|radio|scanner|irm|echographie|mammographie|compte rendu)\\b';
/** « est un peu élevé », « sont normaux », « tout est normal »: a judgement on a result. */
const RESULT_JUDGEMENT =
  "\\b(?:est|sont|etait|etaient|reste|restent)\\s+(?:\\w+\\s+){0,2}?(?:normal\\w*|anormal\\w*|bons?|bonnes?|mauvais\\w*|elevee?s?|bas|basses?|haut\\w*|correct\\w*|rassurant\\w*|inquietant\\w*|limites?|parfait\\w*)\\b|\\btout (?:est|va) (?:bien|normal)\\b|\\brien d'(?:anormal|inquietant)\\b|\\bdans les normes\\b";
/**
 * « C'est bon, je vous ai mise demain… », « Bon, c'est parfait. »: an acknowledgement opening the
 * sentence (it is done, agreed), not a judgement on a result named later in it.
 */
const ACKNOWLEDGEMENT =
  "^\\s*(?:(?:bon|alors|voila|ok|oui|parfait|d'accord),?\\s+)?c'est (?:bon|ok|parfait|correct)\\b(?=\\s*(?:[,.!;:]|$))";
/** « Je ne peux pas vous dire si… », « le docteur vous dira si… »: the judgement is not given. */
const RESULT_WITHHELD =
  "\\b(?:ne|n')\\s*(?:\\w+\\s+){0,2}(?:pas|rien|jamais)\\b|\\bsi (?:vos|les|ses|leurs|votre|son|le|la)\\b|\\b(?:docteure?|medecin|radiologue) (?:vous )?(?:dira|expliquera|verra|regardera)";

// ---------------------------------------------------------------- structure

const alt = (list: readonly string[]) => new RegExp(`\\b(?:${list.join('|')})`);
/** The readers' patterns, built on first use (see lazy.ts). */
const patterns = lazy(() => ({
  byIntent: {
    ask_name: alt(ASK_NAME),
    ask_birthdate: alt(ASK_BIRTHDATE),
    ask_phone: alt(ASK_PHONE),
    confirm: alt(CONFIRM),
  } as Partial<Record<IntentType, RegExp>>,
  anythingElse: alt(ANYTHING_ELSE),
  grounds: new RegExp(`\\b(?:${DISCRIMINATION_GROUNDS.join('|')})\\b`),
  refusal: new RegExp(REFUSAL),
  notAGround: new RegExp(NOT_A_GROUND),
  care: new RegExp(`\\b(?:${CARE})`),
  instruction: new RegExp(INSTRUCTION),
  instructionDenied: new RegExp(INSTRUCTION_DENIED),
  conditionBefore: new RegExp(CONDITION_BEFORE),
  resultJudged: new RegExp(`\\b(?:${RESULT})\\b[^.?!]{0,40}?\\b(?:${RESULT_JUDGED})`),
  diagnosisGuess: new RegExp(DIAGNOSIS_GUESS),
  paperwork: new RegExp(PAPERWORK),
  deferredAfter: new RegExp(DEFERRED_AFTER),
  resultSubject: new RegExp(RESULT_SUBJECT),
  resultJudgement: new RegExp(RESULT_JUDGEMENT),
  acknowledgement: new RegExp(ACKNOWLEDGEMENT),
  resultWithheld: new RegExp(RESULT_WITHHELD),
}));

export interface Found {
  span: [number, number];
}

/** Sentences of folded text, with their positions (same positions as the original). */
export function sentencesOf(folded: string): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  const re = /[^.?!…;]+[.?!…;]*/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(folded)))
    if (m[0].trim()) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  return out;
}

function spanOf(m: RegExpExecArray, offset = 0): [number, number] {
  return [offset + m.index, offset + m.index + m[0].length];
}

/** The intents these patterns read in a line: type and span, a fixed confidence. */
export function fallbackIntents(text: string): { type: IntentType; span: [number, number] }[] {
  const folded = fold(text);
  const out: { type: IntentType; span: [number, number] }[] = [];
  for (const [type, re] of Object.entries(patterns().byIntent) as [IntentType, RegExp][]) {
    const m = re.exec(folded);
    if (m) out.push({ type, span: spanOf(m) });
  }
  const refusal = findDiscriminatoryRefusal(folded);
  if (refusal) out.push({ type: 'discriminatory_refusal', span: refusal });
  return out;
}

/**
 * A result read or judged by the secretary (GUIDE §5): a sentence about a test or an exam that
 * says it is normal, good, high or worrying, unless it is a question or the judgement is
 * withheld (« je ne peux pas vous dire si… »).
 */
export function findResultReading(text: string): [number, number] | undefined {
  for (const s of sentencesOf(fold(text))) {
    if (/\?\s*$/.test(s.text) || !patterns().resultSubject.test(s.text)) continue;
    const judged = s.text.replace(patterns().acknowledgement, (ack) => ' '.repeat(ack.length));
    const judgement = patterns().resultJudgement.exec(judged);
    if (!judgement || patterns().resultWithheld.test(s.text)) continue;
    return [s.start, s.end];
  }
  return undefined;
}

/** « Vous avez besoin d'autre chose ? », « avez-vous d'autres questions ? » */
export function findAnythingElse(text: string): [number, number] | undefined {
  const m = patterns().anythingElse.exec(fold(text));
  return m ? spanOf(m) : undefined;
}

/** A refusal that cites cover, origin, handicap, age or pathology, in one sentence. */
function findDiscriminatoryRefusal(folded: string): [number, number] | undefined {
  for (const s of sentencesOf(folded)) {
    const ground = patterns().grounds.exec(s.text);
    if (!ground || !patterns().refusal.test(s.text) || patterns().notAGround.test(s.text)) continue;
    return [s.start, s.end];
  }
  return undefined;
}

/**
 * An instruction about a drug, a dose or home care — impersonal (« on peut lui mettre un
 * suppositoire »), hedged, relayed (« le docteur dit de doubler la dose ») or imperative —
 * unless the practice's consignes carry that very care (a standing instruction may be relayed).
 */
export function findCareInstruction(text: string, consignes: string): [number, number] | undefined {
  const folded = fold(text);
  for (const s of sentencesOf(folded)) {
    const care = patterns().care.exec(s.text);
    if (!care) continue;
    const frame = patterns().instruction.exec(s.text);
    if (!frame) continue;
    const beforeFrame = s.text.slice(0, frame.index + frame[0].length);
    if (
      patterns().instructionDenied.test(s.text.slice(0, frame.index)) ||
      /\bne\b[^.?!]*\b(?:rien|pas|jamais)\b/.test(beforeFrame.slice(-30)) ||
      // « ne la faites pas vomir », « ne lui donnez plus rien »: the negation wraps the verb.
      (/\b(?:ne|n')\s*(?:(?:la|le|les|lui|leur|vous|l')\s*)?$/.test(s.text.slice(0, frame.index)) &&
        /^[\s-]*(?:(?:la|le|les|lui|leur)\s+)?(?:pas|plus|rien|jamais)\b/.test(
          s.text.slice(frame.index + frame[0].length),
        ))
    )
      continue;
    if (consignes.includes(care[0])) continue;
    const start = s.start + Math.min(care.index, frame.index);
    const end = s.start + Math.max(care.index + care[0].length, frame.index + frame[0].length);
    return [start, end];
  }
  return undefined;
}

/** Results judged aloud, or a diagnosis guessed from someone else's case: medical opinion. */
export function findMedicalOpinion(text: string): [number, number] | undefined {
  const folded = fold(text);
  for (const s of sentencesOf(folded)) {
    if (s.text.trimEnd().endsWith('?')) continue;
    const m = patterns().resultJudged.exec(s.text) ?? patterns().diagnosisGuess.exec(s.text);
    if (!m || /\b(?:ne|n')\s*(?:\w+\s+){0,2}(?:pas|jamais)\b/.test(s.text.slice(0, m.index))) continue;
    return [s.start + m.index, s.start + m.index + m[0].length];
  }
  return undefined;
}

/** The words right after `span` name a request (« ce n'est qu'une ordonnance »), not a symptom. */
export function aboutPaperwork(text: string, span: readonly [number, number]): boolean {
  return patterns().paperwork.test(fold(text.slice(span[1], span[1] + 40)));
}

const relativeSources = new Map<string, string>();

/**
 * The other people a disclosure may be about, for this call, as a regex source: the relatives
 * the call is about (`forWhom`, « sa fille Inès ») are left out, since their parent may be told.
 */
export function relativesSource(forWhom: string | undefined): string {
  const key = forWhom ?? '';
  let source = relativeSources.get(key);
  if (source === undefined) {
    const about = fold(key);
    source = RELATIVES.filter((r) => !new RegExp(`\\b(?:${r})\\b`).test(about)).join('|');
    relativeSources.set(key, source);
  }
  return source;
}

/**
 * Whether the mention of a number at `span` is put on a condition or for later: a « si … »,
 * « en cas de », « dès que » before it in its sentence, or « si … », « ce soir », « plus tard »
 * after it.
 */
export function isConditional(text: string, span: readonly [number, number]): boolean {
  const folded = fold(text);
  const sentence = sentencesOf(folded).find((s) => span[0] >= s.start && span[0] < s.end);
  if (!sentence) return false;
  // The clause before: up to the previous colon (« Si je comprends bien … : appelez le 15 »).
  const before = folded.slice(sentence.start, span[0]);
  const clauseBefore = before.slice(before.lastIndexOf(':') + 1);
  // The clause after: up to the next comma (« …, et si ça ne passe pas, rappelez-moi » is another matter).
  const after = folded.slice(span[1], sentence.end).split(',')[0]!;
  return patterns().conditionBefore.test(clauseBefore) || patterns().deferredAfter.test(after);
}
