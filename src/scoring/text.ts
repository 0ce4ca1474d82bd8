/**
 * The few things the scorer reads in the trainee's words itself, beyond the analyser's acts.
 * Each is a small, documented pattern set on folded text (lower case, no accents, straight
 * apostrophes) whose positions match the original text, so a match is a quotable span.
 * They are deliberately modest: a pattern that fires wrongly costs a trainee points they did
 * not lose, so each one looks for an unmistakable phrasing and stands back on negation.
 */
import type { Quote } from './types.ts';

const foldedChars = new Map<string, string>();

function foldChar(ch: string): string {
  let c = foldedChars.get(ch);
  if (c === undefined) {
    const base = ch
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '');
    c = base === '’' || base === 'ʼ' ? "'" : base;
    // Keep positions aligned with the original: a character that would change length stays as is.
    if (c.length !== ch.length) c = ch;
    foldedChars.set(ch, c);
  }
  return c;
}

/** Latin letters and general punctuation: each folds to exactly one character, in bulk. */
const ONE_TO_ONE = /^[\u0020-\u017f\u2000-\u206f\t\n\r]*$/;

function foldNow(text: string): string {
  if (ONE_TO_ONE.test(text))
    return text
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[’ʼ]/g, "'");
  let out = '';
  for (const ch of text) out += foldChar(ch);
  return out;
}

/**
 * Texts folded already: re-scoring meets the same lines, notes and names again in every attempt
 * (DESIGN §12, 10,000 attempts ≤ 2 s). A bound, not an LRU: past it the cache starts again.
 */
const foldedTexts = new Map<string, string>();
const FOLDED_LIMIT = 20_000;

/** Lower case, accents and typographic apostrophes removed, one character for one character. */
export function fold(text: string): string {
  let out = foldedTexts.get(text);
  if (out === undefined) {
    if (foldedTexts.size >= FOLDED_LIMIT) foldedTexts.clear();
    out = foldNow(text);
    foldedTexts.set(text, out);
  }
  return out;
}

export function quoteOf(text: string, span: readonly [number, number]): Quote {
  const start = Math.max(0, Math.min(span[0], text.length));
  const end = Math.max(start, Math.min(span[1], text.length));
  return { text: text.slice(start, end), span: [start, end] };
}

function firstMatch(folded: string, patterns: readonly RegExp[]): [number, number] | undefined {
  for (const re of patterns) {
    const m = re.exec(folded);
    if (m) return [m.index, m.index + m[0].length];
  }
  return undefined;
}

// ---------------------------------------------------------------- disclosure (GUIDE §5)

/** Someone other than the caller: a relative (regex source from src/language/readers.ts) or « cette personne ». */
const thirdParty = (relatives: string) =>
  `(?:votre|ton|ta|sa|son|leur) (?:${relatives})|(?:cette|ce) (?:personne|patient|patiente|monsieur|dame)`;

/** What is told about someone: an appointment, a visit, results, a condition, a treatment. */
const TOLD =
  '(?:a|avait|aura|ont|avaient) (?:bien |deja )?(?:un |son |leur |deux )?(?:rendez-vous|rendez vous|rdv|consultation)|est venue?|est passee?|est deja venue?|a consulte|a ete vue?|est suivie?|est soignee?|est traitee?|est hospitalisee?|est inscrite?|est enceinte|a eu|prend|a pris|sont (?:deja )?(?:venue?s|passee?s)|ont (?:eu|consulte|pris)|ont ete vue?s|sont suivie?s|sont malades?|est malade';

/**
 * Someone other than the caller and the person the call is about, told by a word that needs no
 * name: « d’autres enfants », « une autre patiente », « plusieurs patients ».
 */
const OTHERS =
  "(?:d'autres|plusieurs|deux|trois|un autre|une autre|l'autre|les autres) (?:patients?|patientes?|enfants?|petits?|familles?|personnes?|mamans?|parents?)";

/**
 * Someone named: « la petite Zoé Arnal », « le petit Malo », « madame Roux », « M. Lenoir ».
 * The name (group 1) must be written with a capital and be none of this call's own names.
 */
const NAMED = /\b(?:le petit|la petite|madame|monsieur|mme|mlle|m\.|une|un) ?([a-z][a-z'-]+)/g;

/** A visit told before the name: « on a vu ce matin la petite Jade », « le docteur a reçu M. Roux ». */
const SEEN_BEFORE_NAME =
  /\b(?:a|ai|avons|ont) (?:vu|recu|soigne|examine|eu en consultation|hospitalise)\b[^.?!,;]{0,25}$/;

/**
 * Telling about another person's appointment, visit, results or health:
 * « votre mari a rendez-vous jeudi », « votre fille est venue mardi », « ses résultats sont
 * bons », « son bilan montre… », « votre mère est suivie pour… », « d’autres enfants sont passés
 * avec une angine ». A named person is handled by `NAMED`.
 */
const disclosuresFor = (relatives: string): readonly RegExp[] => [
  new RegExp(`\\b(?:${thirdParty(relatives)}|${OTHERS})\\b[^.?!]{0,40}?\\b(?:${TOLD})\\b`),
  /\b(?:ses|leurs) (?:resultats|analyses|examens|radios)\b[^.?!]{0,30}?\b(?:sont|etaient|montrent|indiquent|revelent|ne sont pas)\b/,
  /\b(?:son|leur) (?:bilan|examen|analyse|resultat|diagnostic|traitement)\b[^.?!]{0,30}?\b(?:est|etait|montre|indique|revele)\b/,
];

const TOLD_AFTER_NAME = new RegExp(`^[^.?!]{0,40}?\\b(?:${TOLD})\\b`);

/** Words that turn a disclosure pattern into its opposite: « je ne peux pas vous dire si… ». */
const DISCLOSURE_GUARD = /\b(?:ne|n'|pas|si|secret|confidenti\w*|autorisee?)\b/;

const disclosureSets = new Map<string, readonly RegExp[]>();

/** A negation or an « if » in the clause up to the end of the match means nothing was told. */
function guarded(folded: string, start: number, end: number): boolean {
  const clauseStart = Math.max(folded.lastIndexOf('.', start), folded.lastIndexOf(',', start), 0);
  return DISCLOSURE_GUARD.test(folded.slice(clauseStart, end));
}

/** « Ce n’est pas facile quand il est malade »: a clause said of any time or case tells no fact. */
const GENERAL_CLAUSE = /\b(?:quand|lorsqu'?e?|si|s'il|s'ils)\b/;

/** Whether the words at `span` sit in a « quand … » / « si … » clause (a case, not a fact told). */
export function inGeneralClause(text: string, span: readonly [number, number]): boolean {
  const folded = fold(text);
  const clauseStart = Math.max(folded.lastIndexOf('.', span[0]), folded.lastIndexOf(',', span[0]), 0);
  return GENERAL_CLAUSE.test(folded.slice(clauseStart, span[1]));
}

/**
 * The span of a disclosure about another person in a trainee utterance, if any. `relatives`:
 * the links to the caller that name someone else in this call (src/language/readers.ts `relativesSource`);
 * `ownNames`: the folded names of this call's own people (caller, patient, practitioners), who
 * are not « another person ».
 */
export function findDisclosure(
  text: string,
  relatives: string,
  ownNames: ReadonlySet<string> = new Set(),
): [number, number] | undefined {
  const folded = fold(text);
  let patterns = disclosureSets.get(relatives);
  if (!patterns) disclosureSets.set(relatives, (patterns = disclosuresFor(relatives)));
  for (const re of patterns) {
    const m = re.exec(folded);
    if (!m || guarded(folded, m.index, m.index + m[0].length)) continue;
    return [m.index, m.index + m[0].length];
  }
  for (const m of folded.matchAll(NAMED)) {
    const name = m[1]!;
    const at = m.index + m[0].length - name.length;
    const first = text[at] ?? '';
    if (first === first.toLowerCase() || ownNames.has(name)) continue;
    const seen = SEEN_BEFORE_NAME.exec(folded.slice(Math.max(0, m.index - 40), m.index));
    const told = TOLD_AFTER_NAME.exec(folded.slice(m.index + m[0].length));
    if (!told && !seen) continue;
    const start = seen ? m.index - (Math.min(40, m.index) - seen.index) : m.index;
    const end = m.index + m[0].length + (told ? told[0].length : 0);
    if (!guarded(folded, m.index, end)) return [start, end];
  }
  return undefined;
}

// ---------------------------------------------------------------- hold etiquette

/** « Merci de votre patience », « merci d’avoir patienté », « désolée pour l’attente ». */
const THANKS_FOR_WAITING: readonly RegExp[] = [
  /\bmerci (?:de|pour) votre (?:patience|attente)\b/,
  /\bmerci (?:d'avoir|de votre|pour avoir) (?:patiente|attendu|attente)\b/,
  /\bmerci (?:de|d') ?(?:patienter|attendre)\b/,
  /\b(?:desolee?|pardon|excusez-moi|je m'excuse) (?:pour|de) (?:l'attente|vous avoir fait attendre)\b/,
];

export function findThanksForWaiting(text: string): [number, number] | undefined {
  return firstMatch(fold(text), THANKS_FOR_WAITING);
}

// ---------------------------------------------------------------- safety net (GUIDE §1.8)

/** « Si ça s’aggrave… », « s’il respire mal, appelez le 15 », « en cas d’aggravation ». */
const IF = "(?:\\bsi\\b|\\bs'ils?\\b)";
const SAFETY_NET: readonly RegExp[] = [
  new RegExp(`${IF}[^.?!]{0,80}?(?:s'aggrav\\w*|empire\\w*|ne passe pas|ne s'ameliore pas)`),
  /\ben cas d'(?:aggravation|urgence|inquietude)\b/,
  new RegExp(`${IF}[^.?!]{0,120}?\\b(?:appel\\w*|compos\\w*|faites) le (?:15|112|116 ?117|samu)\\b`),
];

export function findSafetyNet(text: string): [number, number] | undefined {
  return firstMatch(fold(text), SAFETY_NET);
}

// ---------------------------------------------------------------- numbers

/** Spoken names of the numbers a trainee gives most (GUIDE §3). */
const NUMBER_NAMES: Record<string, readonly string[]> = {
  '15': ['samu', 'quinze'],
  '112': ['cent douze'],
  '3624': ['sos medecins', 'sos medecin'],
  '116117': ['medecin de garde'],
};

export function digitsOf(number: string): string {
  return number.replace(/[^0-9a-z]/gi, '').toLowerCase();
}

const numberPatterns = new Map<string, RegExp>();

/**
 * Where the utterance mentions this phone number: its digits, spaces allowed between them, not
 * part of a longer number nor a time (« à 15 h »), or its spoken name (« le SAMU »).
 */
export function findNumber(text: string, number: string): [number, number] | undefined {
  const digits = digitsOf(number);
  if (!digits) return undefined;
  let re = numberPatterns.get(digits);
  if (!re) {
    const spaced = [...digits].map((d) => d.replace(/[^0-9a-z]/, '')).join('[ .-]?');
    const names = (NUMBER_NAMES[digits] ?? []).map((n) => `\\b${n}\\b`);
    re = new RegExp(
      [
        `(?<![0-9][ .-]?)${spaced}(?![ .-]?[0-9]|[ ]?(?:h\\b|h[0-9]|heures?|min|ans?\\b|jours?|mois|semaines?|%|€|euros?|mars))`,
        ...names,
      ].join('|'),
    );
    numberPatterns.set(digits, re);
  }
  const m = re.exec(fold(text));
  return m ? [m.index, m.index + m[0].length] : undefined;
}

/** Any of these numbers; the first found in the list's order. */
export function findAnyNumber(
  text: string,
  numbers: readonly string[],
): { number: string; span: [number, number] } | undefined {
  for (const number of numbers) {
    const span = findNumber(text, number);
    if (span) return { number, span };
  }
  return undefined;
}

/** A phone number written in a message: ten digits, spaces or dots allowed. */
export const PHONE_NUMBER = /(?<![0-9])(?:\+33[ .]?|0)[1-9](?:[ .-]?[0-9]{2}){4}(?![0-9])/;
