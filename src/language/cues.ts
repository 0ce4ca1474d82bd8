/**
 * The cues of entities and intents: what the scanner looks for at word starts (pattern sources,
 * rules.ts sugar). entities.ts and intents.ts read structure around them.
 */
import { DATE_NUMBERS, DAYS, DATE_WORDS, HOURS_IN_WORDS, TIME_NUMBERS, TIME_WORDS } from './dates.ts';
import {
  BARE_NUMBERS,
  DOSE_NUMBERS,
  DOSE_WORDS,
  DRUGS,
  GROUNDS,
  HOME_CARE,
  NOT_A_NUMBER_AFTER,
  PRIVATE_ITEMS,
  RELATIVES,
  SERVICE_NUMBERS,
} from './lexicon.ts';
import { lazy } from './lazy.ts';
import { compileTagged, Scanner } from './scan.ts';

export const CUE_SOURCES = {
  // — entities
  date: DATE_WORDS,
  date_n: DATE_NUMBERS,
  time: TIME_WORDS,
  time_n: TIME_NUMBERS,
  time_w: HOURS_IN_WORDS,
  phone: '0[1-9](?:[\\s.-]?\\d\\d){4}|33\\s?[1-9](?:[\\s.-]?\\d\\d){4}',
  emergency: `(?:(?:(?:faire|faites|fais|composer|composez|compose|appeler|appelez|appelle|rappelez|contactez|joindre) )?(?:le|au|du) (?:15|17|18)|${BARE_NUMBERS})${NOT_A_NUMBER_AFTER}`,
  service: SERVICE_NUMBERS.map(([words]) => words).join('|'),
  drug: DRUGS,
  care: HOME_CARE,
  dose: DOSE_WORDS,
  dose_n: DOSE_NUMBERS,
  self: "a l'appareil|je m'appelle|moi c'est|c'est|ici|je suis",

  // — what a question or a request is about
  ask_reason:
    "que puis je|qu'est ce que je peux faire pour vous|en quoi puis je|(?:c'est )?a quel sujet|(?:c'est )?(?:a propos de|pour) quoi|pour quelle raison|quel (?:est (?:le|votre) )?motif|qu'est ce qui vous amene|vous appelez pour|je vous ecoute|que desirez vous|que souhaitez vous",
  ask_name:
    "(?:votre|vos|son|sa|leur) (?:nom|prenom|noms)|nom (?:de famille|et prenom|du patient|de l'enfant|de la patiente)|(?:a|sous) quel nom|de la part de qui|(?:c'est|c) de la part|vous vous appelez|(?:il|elle) s'appelle|vous etes (?:madame|monsieur)|qui est a l'appareil|a qui ai je",
  ask_spelling: "epel\\w*|(?:ca |cela )?s'ecrit|orthographe",
  ask_birthdate:
    'date de naissance|(?:il|elle|vous) est nee?|(?:nee?|naissance) (?:le|quand|en quelle)|quel age|son age|votre age|annee de naissance',
  ask_phone:
    '(?:votre|vos|son|sa|un|une|le bon) (?:numero|telephone|portable|tel|mobile|fixe|coordonnees)|numero (?:de telephone|de portable|ou vous joindre|pour vous (?:joindre|rappeler))|vous joindre|joignable|(?:vous|te|la|le) rappeler (?:a|sur) quel',
  ask_address:
    "(?:votre|son|sa|l') adresse|adresse (?:postale|exacte)|habitez|habite t (?:il|elle)|(?:il|elle) habite|domicile|code postal|(?:quelle|votre|dans quelle) ville",
  ask_gp: 'medecin traitant|(?:qui|quel medecin) vous suit|votre medecin (?:habituel|de famille)|generaliste',
  ask_patient_status:
    'deja (?:venue?s?|patiente?s?|suivie?s?|consulte|un dossier|connue?s?|vue?s?|eu rendez vous)|premiere (?:fois|visite|consultation)|nouveaux? patients?|nouvelles? patientes?|connue? (?:du|au) cabinet|(?:un|votre) dossier (?:chez nous|au cabinet|ici)|patiente? (?:du|au|chez) (?:cabinet|docteur|dr|nous)',
  ask_symptom:
    "qu'est ce qu'(?:il|elle|ils|elles|vous) (?:a|avez|ont|ressent\\w*)|qu'est ce qui (?:se passe|ne va pas|vous arrive|lui arrive)|(?:quels?|vos|ses|les) symptomes|(?:de la )?fievre|temperature|(?:des )?douleurs?|mal (?:a|au|aux)|(?:il|elle|vous) (?:tousse|vomi\\w*|respire|saigne)|(?:quel|quoi) (?:genre|type) de (?:douleur|mal)|comment (?:va t (?:il|elle)|vous sentez vous|il va|elle va|ca va depuis|se sent)|(?:il|elle) a (?:quoi|mal)|decri\\w*|ou (?:avez vous|a t (?:il|elle)) mal|(?:ca|cela) se passe comment",
  ask_onset:
    "depuis quand|depuis combien|(?:ca|cela|c'est|les douleurs|la douleur|la fievre|les symptomes) (?:a |ont )?(?:commence|debute|apparu)e?s? quand|(?:c'est|c) arrive quand|quand (?:est ce que )?(?:ca|cela|les symptomes|la fievre|la douleur|c'est) (?:a |ont |est )?(?:commence|debute|apparu|arrive)|depuis (?:hier|ce matin|longtemps|cette nuit|le debut)",
  ask_treatment:
    '(?:un |son |votre |ses |vos |le )?traitements?|medicaments?|(?:il|elle|vous) prend (?:quelque chose|des|un)|(?:vous )?(?:lui )?avez (?:vous )?(?:deja )?(?:donne|pris) quelque chose|allergi\\w*|(?:il|elle|vous) (?:a|avez) pris (?:quelque chose|des|un)',

  // — frames
  request:
    "il me (?:faudrait|faut|faudra)|(?:j'ai|j'aurais|j'aurai|je vais avoir) besoin|je vais (?:vous demander|prendre|noter|avoir)|je dois (?:vous demander|avoir|noter|prendre)|(?:pouvez|pourriez) vous me|vous (?:pouvez|pourriez) me|donnez moi|dites moi|je vous demande|(?:je|j') (?:peux|pourrais) avoir|je (?:prends|note) (?:votre|vos|son|sa|ses)|s'il vous plait|svp|rappelez moi (?:votre|vos)|je vous (?:laisse|ecoute) (?:me|m')|merci de me",
  confirm:
    "(?:c'est|c) (?:bien |donc |tout )?note|(?:c'est|c) (?:bon|ok|parfait|entendu|d'accord|fait) pour|je vous (?:le )?confirme|(?:je |j')(?:vous |l')?(?:ai|l'ai) (?:bien |donc )?(?:mise?|notee?|inscrite?|reservee?|enregistree?|pose|bloque)|vous etes (?:bien |donc )?(?:inscrite?|notee?|enregistree?)|(?:votre|le|son|ton) (?:rendez vous|rdv|creneau) (?:est|sera) (?:bien |donc )?|(?:c'est|c) (?:bien )?(?:reserve|confirme|enregistre|cale|bloque)|je recapitule|pour recapituler|(?:on se|nous nous) (?:voit|dit|verrons) donc|rendez vous (?:pris|confirme|fixe)|je vous (?:note|inscris|mets|reserve|cale) (?:donc |bien )|(?:je vous|on vous|nous vous|le docteur vous) attend|je recap",
  callback: "rappel\\w*|recontact\\w*|revenez|reappel\\w*|appelez nous|consultez|n'hesitez pas|urgences",
  action:
    "je (?:regarde|verifie|cherche|consulte|check|ouvre|transmets|previens|envoie|demande au|demande a la|fais le necessaire|m'en occupe|m'occupe)|je vais (?:regarder|verifier|voir|chercher|consulter|transmettre|prevenir|demander|envoyer|appeler|m'en occuper|me renseigner|jeter un oeil)|laissez moi (?:regarder|verifier|voir|chercher|consulter)|on (?:regarde|va regarder|va voir)|je jette un (?:oeil|coup d'oeil)|je (?:vous )?(?:passe|transfere) (?:le|la|au|a la)|je (?:lui |leur )?(?:laisse|mets|fais passer|transmets|envoie) un (?:petit )?(?:message|mot)|je (?:lui|leur) (?:transmets|fais passer|demande de)",
  ground: GROUNDS,
  third: `(?:votre|sa|son|ses|leur) (?:${RELATIVES})|(?:son|sa|ses|leur|leurs) (?:${PRIVATE_ITEMS})|(?:il|elle) (?:est|etait) (?:venue?|passee?|la|hospitalisee?|suivie?|enceinte|malade|sortie?|operee?)|(?:il|elle) (?:a|avait) (?:eu )?(?:rendez vous|rdv|consulte|ete vue?|ete hospitalisee?|ete operee?)|(?:il|elle) (?:vient|viendra) (?:le |demain|ce |cet |a \\d|${DAYS.slice(1).join('|')})`,
} as const;
export type CueTag = keyof typeof CUE_SOURCES;

/** What is asked about: read only in sentences that ask or request (most do not). */
export const ASK_TAGS = [
  'ask_name',
  'ask_spelling',
  'ask_birthdate',
  'ask_phone',
  'ask_address',
  'ask_gp',
  'ask_patient_status',
  'ask_symptom',
  'ask_onset',
  'ask_treatment',
] as const satisfies readonly CueTag[];
/** Read only in lines with digits. */
const NUMBER_TAGS: readonly CueTag[] = ['date_n', 'time_n', 'phone', 'emergency', 'dose_n'];
/** Each read only where a hint says it may be there (see analyze.ts). */
const RARE_TAGS: readonly CueTag[] = ['time_w', 'dose', 'self', 'callback', 'ground'];

const asked = (tag: CueTag) => (ASK_TAGS as readonly CueTag[]).includes(tag);
const scanned = (tags: readonly CueTag[]) =>
  new Scanner(compileTagged(tags.map((tag) => ({ tag, source: CUE_SOURCES[tag] }))));
const COMMON_TAGS = (Object.keys(CUE_SOURCES) as CueTag[]).filter(
  (tag) => !asked(tag) && !RARE_TAGS.includes(tag) && !NUMBER_TAGS.includes(tag),
);
const CUE_TAGS = [...COMMON_TAGS, ...NUMBER_TAGS, ...RARE_TAGS];
/** Every cue but what is asked about, in one scanner: a line reads those its hints allow (`cueBits`). */
export const cueScanner = lazy(() => scanned(CUE_TAGS));
export const askScanner = lazy(() => scanned(ASK_TAGS));
/** The scanner's bits of these cues. */
const bits = (tags: readonly CueTag[]) => tags.reduce((m, tag) => m | (1 << CUE_TAGS.indexOf(tag)), 0);
export const CUE_BITS = {
  common: bits(COMMON_TAGS),
  number: bits(NUMBER_TAGS),
  hour: bits(['time_w']),
  dose: bits(['dose']),
  self: bits(['self']),
  callback: bits(['callback']),
  ground: bits(['ground']),
};
/** A line may name its speaker only with a capital after its first letter, or one of these. */
export const SELF_HINT = /appareil|appelle|moi c|secretaire|assistante|accueil/;
/** Advice for later needs a condition. */
export const CONDITION_HINT = /\b(?:si|s'il|s'ils|s'elle|en cas|au moindre)\b/;
