/**
 * The French utterance analyser: which conversational acts (../shared/eval/LABELS.md) a
 * trainee's line carries, with the span of text behind each. Rule-based, deterministic, no
 * network: the lexicon lives in rules.ts, the conventions between acts are applied here.
 *
 *   analyze("Je comprends, madame. Depuis quand a-t-il de la fièvre ?")
 *   // → { acts: [{ type: 'empathy', span: [0, 13] }, { type: 'question', span: [22, 55] }], facts: [] }
 */
import type { Act, ActLabel, Analysis, AnalysisContext } from './labels.ts';
import { fold, sentences, type Segment, type Sentence } from './normalize.ts';
import { re, rules, startKey, type Rule } from './rules.ts';

interface Hit {
  label: ActLabel;
  start: number;
  end: number;
  kind?: 'refusal' | 'salutation' | 'question-offer';
}

/** « quel », « quand ? », « est-ce que », « avez-vous »…: words that make a clause a question. */
const INTERROGATIVE = re(
  "quel|quelle|quels|quelles|combien|pourquoi|est ce que|est ce qu'|qu'est ce|en quoi|que puis je|qu'est ce qui|a quel|depuis quand|depuis combien|pour quand|a quelle|lequel|laquelle|c'est (?:a|pour) quel|c'?\\s?(?:etait|est) quand|que (?:desirez|souhaitez|voulez) vous|[a-z]+ t (?:il|elle|on)|(?:avez|etes|pouvez|pourriez|voulez|souhaitez|preferez|connaissez|savez|prenez|auriez|seriez|habitez|venez|sentez|arrivez|respirez|appelez) vous|(?:as|es|peux|veux) tu|(?:a|est|peut) (?:il|elle)|puis je (?:avoir|vous demander|savoir|prendre)",
  '',
);
const FILLERS =
  "^(?:(?:et|alors|euh|bon|d'accord|ok|oui|tres bien|madame|monsieur|pardon|excusez moi|mais|vas y|allez)[\\s,-]+)*";
/** Clause openings that make a question even without a question mark. */
const STRONG_START = new RegExp(
  `${FILLERS}(?:quel(?:le)?s?\\b|c'?\\s?est quoi|comment|combien|pourquoi|est[\\s-]+ce[\\s-]+qu|qu'est|qu est|en quoi|que puis|depuis quand|depuis combien|c'?\\s?est (?:pour|a quel)|c (?:pour|pr)|(?:pour|pr) quel(?:le)?s?\\b|vous appelez pour|c'est de la part|de la part de qui|a quel|a quelle|puis[\\s-]+je|pouvez[\\s-]+vous|pourriez[\\s-]+vous|avez[\\s-]+vous|etes[\\s-]+vous|vous etes ne|t'es ne|(?:vous pouvez|vous pourriez|tu peux|tu pourrais) (?:me|m')|(?:dites|dis|racontez|raconte|expliquez|explique|precisez|decrivez)[\\s-]+moi (?:ce qu|ce que|quand|comment|pourquoi|ou|votre|vos|ton|ta|tes|quel|depuis|si|un peu|plus))`,
);
/** Openings that only ask when the sentence ends with a question mark (« où… ? », « qui… ? »). */
const QUESTION_START = new RegExp(`${FILLERS}(?:quand|ou|qui|comment)\\b`);
const QUESTION_END = /\b(?:quand|comment|ou ca|lequel|laquelle|(?<!(?:sais|savez) )quoi)\s*\??$/;
/** « …, vous le voulez ou pas ? » */
const OR_NOT = /\bou (?:pas|non)\s*\??$/;
/** A question that offers something is a proposal (« …vous irait ? », « je regarde ? »). */
const OFFER_QUESTION = re(
  "(?:et )?pourquoi pas (?:une?|le|la|en|plutot)|(?:pourrait|pourraient|peut|pourra) (?:vous|te) (?:convenir|aller|arranger|interesser)|(?:on|je) (?:essaie|essaye|tente|part sur|garde|retient|bloque|cale)\\b|je (?:vous |te )?(?:le |la |les )?(?:dicte|donne|envoie)\\b|(?:tu veux|vous voulez|vous preferez|tu preferes) (?:pas )?plutot|(?:vous voulez|voulez vous|tu veux|souhaitez vous) (?:le numero|les coordonnees|l'adresse|le contact|le nom)|qu'est ce (?:que|qui) (?:vous |te )?(?:preferez|preferes|arrange|arrangerait|convient|conviendrait|irait)|(?:ca|cela) (?:vous |te )?(?:irait|conviendrait|arrangerait)|(?:vous|te|t') (?:irait|iraient|conviendrait|convient|arrangerait|arrange|dirait)|(?:ca|cela) (?:vous|te) (?:va|dit)|voulez vous que|vous voulez que (?!j'y)|tu veux que (?!j'y)|souhaitez vous que|je (?:vous |te )?(?:inscris|mets|reserve|note|regarde|propose|transfere|passe)",
  '',
);
const SYMPTOM = re(
  'taches?|boutons?|plaques?|gonfl\\w*|rouges?|violet\\w*|pale|froid|mou|reveill\\w*|crise|diarrh\\w*|ingere|comprimes|medicaments|mois|degres|douleurs?|mal|respir\\w*|etouff\\w*|saign\\w*|fievre|bouche|bras|parler|parle|poitrine|tete|vomi\\w*|conscien\\w*|malaise|brul\\w*|tousse|sang|paralys\\w*|levres|bleue?s?|avale|convuls\\w*|tombe|chute|serre|oppress\\w*',
  '',
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
  /^(?:(?:euh|oui|bonjour|bonsoir|allo)\W+)?(?:vous etes (?:bien )?(?:au|chez|a)|cabinet|cardio\w*|radiologie|imagerie|secretariat|centre|maison|clinique|pediatrie|kine|laboratoire|labo|pharmacie|service|hopital|institut|polyclinique|pole|espace|le cabinet|ici|c'est le cabinet|c'est le secretariat|accueil|standard)/;
const PRACTICE_ANSWER =
  /\b(?:j'ecoute|je vous ecoute|a votre ecoute|a l'appareil|que puis[\s-]+je|en quoi puis[\s-]+je)\b/;
/** « j'écoute ? » invites the caller to speak; it asks nothing. */
const LISTENING = /^(?:oui,?\s*)?(?:j'ecoute|je vous ecoute|je t'ecoute)\s*$/;
/** A trainee who relays the doctor's own instruction is not giving medical advice. */
const DOCTOR_SAYS = re(
  "(?:docteure?|dr|medecin|kine|cabinet|pediatre|cardiologue|il|elle) (?:nous |vous )?(?:demande|demandent|a laisse|souhaite|veut|conseille|recommande|prescrit|a prescrit|precise|insiste)|la consigne|une consigne|sur (?:l'|votre |son |sa )ordonnance|le protocole",
  '',
);
/** « je ne vous dis pas de vous calmer »: the fault is named to be denied. */
const DENIED =
  /\bje ne (?:peux|sais) pas (?:vous )?dire\b|\b(?:ne|n')\s*(?:vous |te )?(?:dis|demande|dit|dirai|demanderai)\s+(?:pas|jamais)\b|\bne vais pas (?:vous |te )?(?:dire|demander)\b|\bje ne dis pas\b|\bje (?:ne )?(?:vous )?dis pas que\b|\bne pas (?:vous |te )?dire\b|\bpas a moi de\b|\bje ne suis pas (?:medecin|docteur)\b/;
const NEGATED_BEFORE = /\b(?:ne|n'|pas|jamais|sans)\s*(?:\w+\s+){0,2}$/;

const SPEAKER_NAME = re(
  "([a-z]+) a l'appareil|je m'appelle ([a-z]+)|(?:moi )?c'est ([a-z]+),? (?:du|de la|au|a l'accueil|votre secretaire|la secretaire|le secretaire|,|a votre)|ici ([a-z]+)|([a-z]+),? a votre ecoute|([a-z]+),? (?:secretaire|assistante?|a l'accueil)|je suis ([a-z]+),? (?:la |le |votre )?(?:secretaire|assistante?)",
  '',
);
const NOT_NAMES = new Set([
  'le',
  'la',
  'les',
  'un',
  'une',
  'moi',
  'vous',
  'bien',
  'desolee',
  'desole',
  'navree',
  'navre',
  'secretaire',
  'cabinet',
  'secretariat',
  'docteur',
  'dr',
  'madame',
  'monsieur',
  'accueil',
  'bonjour',
  'la',
  'toujours',
  'pour',
  'qui',
]);
const GENERIC_PRACTICE_WORDS = new Set([
  'cabinet',
  'medical',
  'medicale',
  'maison',
  'docteur',
  'docteure',
  'docteurs',
  'centre',
  'sante',
  'pediatrie',
  'cardiologie',
  'kinesitherapie',
  'dermatologie',
  'groupe',
  'des',
  'du',
  'de',
  'la',
  'le',
  'les',
  'dr',
]);

/**
 * For each way a word can start (its first two characters, or its first letter), the rules that
 * may match there, as bits (rule i: bit i); rules that may start anywhere are in every mask.
 */
let tables: { RULES: readonly Rule[]; MAY_START: Map<string, number>; ANYWHERE: number } | undefined;

/** Built at the first analysis (the rules are compiled then, unless warmed ahead: rules.ts). */
function ruleTables() {
  if (tables) return tables;
  const RULES = rules();
  const MAY_START = new Map<string, number>();
  RULES.forEach((r, i) =>
    r.firstChars?.forEach((key) => MAY_START.set(key, (MAY_START.get(key) ?? 0) | (1 << i))),
  );
  const ANYWHERE = RULES.reduce((mask, r, i) => (r.firstChars ? mask : mask | (1 << i)), 0);
  if (RULES.length > 31) throw new Error('collectHits: more rules than bits in a mask');
  return (tables = { RULES, MAY_START, ANYWHERE });
}

/** Rules are tried at word starts only (sticky): several times faster than scanning every position. */
function collectHits(folded: string): Hit[] {
  const { RULES, MAY_START, ANYWHERE } = ruleTables();
  const starts: number[] = [];
  const masks: number[] = [];
  let previousIsWord = false;
  for (let i = 0; i < folded.length; i++) {
    const code = folded.charCodeAt(i);
    const isWord = (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
    if (isWord && !previousIsWord) {
      starts.push(i);
      // The rules worth trying at this word, read once for all of them.
      masks.push((MAY_START.get(startKey(folded, i)) ?? 0) | (MAY_START.get(folded[i]!) ?? 0) | ANYWHERE);
    }
    previousIsWord = isWord;
  }
  const hits: Hit[] = [];
  RULES.forEach((r, i) => {
    const bit = 1 << i;
    let from = 0;
    for (let w = 0; w < starts.length; w++) {
      const start = starts[w]!;
      if (start < from || !(masks[w]! & bit)) continue;
      const pattern = r.pattern;
      pattern.lastIndex = start;
      // Sticky: a match leaves lastIndex at its end (no match array to allocate).
      if (!pattern.test(folded) || pattern.lastIndex === start) continue;
      const end = pattern.lastIndex;
      hits.push(r.kind ? { label: r.label, start, end, kind: r.kind } : { label: r.label, start, end });
      from = end;
    }
  });
  return hits;
}

const inside = (hit: { start: number }, seg: Segment) => hit.start >= seg.start && hit.start < seg.end;

function sentenceOf(all: Sentence[], at: number): Sentence | undefined {
  return all.find((s) => at >= s.start && at < s.end);
}

/** Is the salutation at the opening of the call (not « allez, salut » at its end)? */
function opensCall(folded: string, all: Sentence[], hit: Hit): boolean {
  const before = folded.slice(0, hit.start);
  if (GREETING_PREFIX.test(before))
    return !/^salut\W+a (?:demain|plus|bientot)/.test(folded.slice(hit.start));
  const first = all[0];
  return !!first && inside(hit, first) && PRACTICE_OPENING.test(first.text);
}

/** « …, d'accord ? »: a tag that checks agreement, not a question. */
const TAG = /^(?:d'accord|ok|okay|hein|non|oui|vous voyez|tu vois|n'est ce pas|ca marche|entendu)$/;

function questionClause(s: Sentence): Segment | undefined {
  const last = s.clauses.at(-1);
  if (s.asks && last && !TAG.test(last.text)) return last;
  return s.clauses.find((c) => STRONG_START.test(c.text) || QUESTION_END.test(c.text));
}

/** The clause asks by its words (not only by its question mark). */
function hasInterrogative(text: string): boolean {
  return (
    INTERROGATIVE.test(text) ||
    STRONG_START.test(text) ||
    QUESTION_START.test(text) ||
    QUESTION_END.test(text) ||
    OR_NOT.test(text)
  );
}

/** The clause asks for new information (« …, elle est pour quand ? »), beyond a check of what was said. */
function asksForMore(text: string): boolean {
  return INTERROGATIVE.test(text) || QUESTION_END.test(text) || OR_NOT.test(text);
}

/** « …ou alors je demande au docteur, comme vous préférez »: options offered, not a promise. */
const OPTIONS =
  /\b(?:ou alors|comme vous (?:preferez|voulez)|si vous (?:preferez|voulez|le souhaitez|etes d'accord|voulez bien)|si ca vous va|au choix)\b/;
/** « ça ne sert à rien de foncer aux urgences »: a service named to be dismissed. */
const DISMISSED = /\b(?:ne sert a rien|pas la peine|inutile|pas besoin)\s+d(?:e|')\s*(?:\w+\s+){0,2}$/;
/** A measured value (« 38 », « une tension à 15 ») judged by the trainee; not a number to call (« le 15 »). */
const CLINICAL_VALUE =
  /(?<!\b(?:le|au|du)\s+)\b(?:\d{2}(?:[.,]\d)?(?!\s*(?:h\b|heures?|min|ans|jours|mois|semaines|fois|euros?|%|\d))|\d+\s*(?:degres|de fievre|de tension))/;
/** « un bébé ça pleure, c'est normal »: a dismissal that also judges the symptom. */
/** « une rougeur, c'est rien du tout »: a symptom judged harmless. */
const NOTHING = /\b(?:c'est rien|ce n'est rien|c rien|rien du tout|pas grave)\b/;
const SYMPTOM_NOUN =
  /\b(?:douleurs?|mal|fievre|toux|chutes?|palpitations?|rougeurs?|boutons?|plaques?|taches?|saigne\w*|sang|vomi\w*|diarrhee|brulures?|gonfl\w*|cicatrices?|crampes?|reactions?|eruptions?|bosses?|bleus?|coupures?|plaies?|boule|demangeaisons?)\b/;
const JUDGED = /\b(?:c'est normal|ca va passer|ca passera)\b/;
/** « je vérifie si le docteur peut vous prendre »: the reason for a hold, not an offer. */
/** « Quel numéro je peux noter ? »: a question, not an offer. */
const ASKING = /\bquel(?:le)?s?\b[^,]*$/;
/** « vous êtes bien au centre de vaccination… »: the practice introducing itself, not a redirect. */
const INTRODUCES = /(?:vous etes (?:bien )?|de la part |ici )$/;
const HOLD_REASON =
  /\b(?:verifie|verifier|regarde|regarder|vois|voir|demande|demander|check)\s+(?:\w+\s+){0,5}?(?:si\b|s'|avec\b)/;

export function analyze(text: string, context: AnalysisContext = {}): Analysis {
  const folded = fold(text);
  const all = sentences(folded);
  const hits: Hit[] = [];
  let doctorSays: boolean | undefined;

  for (const hit of collectHits(folded)) {
    const s = sentenceOf(all, hit.start);
    const before = s ? folded.slice(s.start, hit.start) : '';
    if (['minimizing', 'medical_advice', 'blunt'].includes(hit.label) && DENIED.test(before)) continue;
    if (hit.label === 'medical_advice' && (doctorSays ??= testOnce(DOCTOR_SAYS, folded))) continue;
    if (hit.label === 'greeting' && !opensCall(folded, all, hit)) continue;
    if (
      (hit.label === 'proposal' || hit.label === 'reassurance') &&
      NEGATED_BEFORE.test(folded.slice(Math.max(0, hit.start - 12), hit.start)) &&
      /\b(?:ne|n')\s*$/.test(folded.slice(Math.max(0, hit.start - 4), hit.start))
    )
      continue;
    if (hit.label === 'proposal' && (HOLD_REASON.test(before) || ASKING.test(before))) continue;
    if (hit.label === 'reassurance' && s && HOLD_REASON.test(folded.slice(hit.start, s.end))) continue;
    if (hit.label === 'redirect' && INTRODUCES.test(before)) continue;
    if (
      hit.label === 'reassurance' &&
      s &&
      (OPTIONS.test(s.text) || /\bqu(?:e|')\s*$/.test(before) || (s.asks && testOnce(OFFER_QUESTION, s.text)))
    )
      continue;
    if (hit.label === 'redirect' && DISMISSED.test(before)) continue;
    hits.push(hit);
  }

  const has = (label: ActLabel, seg?: Segment) =>
    hits.some((h) => h.label === label && (!seg || inside(h, seg)));

  // « Centre médical Pasteur, j'écoute » opens the call without a salutation.
  const first = all[0];
  if (first && !has('greeting') && PRACTICE_OPENING.test(first.text) && PRACTICE_ANSWER.test(first.text)) {
    hits.push({ label: 'greeting', start: first.clauses[0]!.start, end: first.clauses[0]!.end });
  }

  // Questions and the declarative questions that restate the caller's words.
  for (const [i, s] of all.entries()) {
    const clause = questionClause(s);
    if (!clause) continue;
    // « Si je résume : c'est … ? »: the check announced by a reformulation is the reformulation.
    const announced = all[i - 1];
    if (announced && has('reformulation', announced) && /:\s*$/.test(folded.slice(announced.start, s.start)))
      if (!asksForMore(clause.text)) continue;
    if (has('hold_request', s) || LISTENING.test(clause.text)) continue;
    // « Allô, cabinet de pédiatrie, bonsoir ? »: a greeting said as a question asks nothing.
    if (has('greeting', clause) && !hasInterrogative(clause.text)) continue;
    const interrogative = hasInterrogative(clause.text) || hasInterrogative(s.text.slice(0, 40));
    const offers =
      testOnce(OFFER_QUESTION, s.text) && !(/^(?:quel|quelle)\b/.test(clause.text) && !has('proposal'));
    if (offers || (has('proposal', s) && !asksForMore(clause.text))) {
      if (!has('proposal', s)) hits.push({ label: 'proposal', start: clause.start, end: clause.end });
      continue;
    }
    if (has('minimizing', s) || has('blunt', s)) {
      if (!interrogative) continue;
    }
    if (has('reformulation', s) && !asksForMore(clause.text)) continue;
    if (s.asks && !interrogative && !/\bou\b/.test(s.text)) {
      const redirectAfter = hits.some((h) => h.label === 'redirect' && h.start >= s.end);
      if (
        TWO_FACTS.test(s.text.replace(/^(?:et|alors|donc|mais)\s+/, '')) ||
        (redirectAfter && (testOnce(SYMPTOM, s.text) || CLINICAL_VALUE.test(s.text)))
      ) {
        hits.push({ label: 'reformulation', start: s.start, end: s.end });
        continue;
      }
    }
    hits.push({ label: 'question', start: clause.start, end: clause.end });
  }

  // « D'accord, vous avez une toux depuis dix jours et ça ne passe pas. Vous avez de la fièvre ? »:
  // the caller's situation restated before the next question.
  all.forEach((s, i) => {
    const next = all[i + 1];
    if (!s.asks && next?.asks && RESTATED.test(s.text) && TWO_FACTS.test(s.text) && !has('reformulation', s))
      hits.push({ label: 'reformulation', start: s.start, end: s.end });
  });

  // Repeating a name or a number back (« 06 12 34 56 78, c'est ça ? ») is not a reformulation.
  for (const s of all) {
    if (!CHECK.test(s.text) || !has('reformulation', s)) continue;
    const content = s.text.replace(CHECK, ' ').replace(/\d+|[^a-z\s]/g, ' ');
    if (content.split(/\s+/).filter((w) => w.length >= 3).length < 2) {
      for (let i = hits.length - 1; i >= 0; i--)
        if (hits[i]!.label === 'reformulation' && inside(hits[i]!, s)) hits.splice(i, 1);
    }
  }

  // Judging a measured value (« 38, c'est rien ») is medical advice as well as minimizing.
  for (const s of all) {
    const minimizing = hits.find((h) => h.label === 'minimizing' && inside(h, s));
    const judged =
      CLINICAL_VALUE.test(s.text) ||
      JUDGED.test(s.text) ||
      (NOTHING.test(s.text) && SYMPTOM_NOUN.test(s.text));
    if (minimizing && !has('medical_advice', s) && judged)
      hits.push({ label: 'medical_advice', start: minimizing.start, end: minimizing.end });
  }

  // A refusal that comes with an alternative is a proposal, not a blunt answer.
  const offersSomething = has('proposal') || has('redirect') || has('reassurance');
  const kept = hits.filter((h) => !(h.kind === 'refusal' && offersSomething));

  const acts = firstOfEach(kept);
  const analysis: Analysis = { acts, facts: [] };
  if (acts.some((a) => a.type === 'reformulation') && context.facts) {
    analysis.facts = coveredFacts(folded, context.facts);
  }
  if (acts.some((a) => a.type === 'greeting')) analysis.greeting = greetingDetails(folded, context);
  return analysis;
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
    if (!first.has(h.label)) first.set(h.label, h);
  }
  return [...first.values()].map((h) => ({ type: h.label, span: [h.start, h.end] as [number, number] }));
}

const padded = (folded: string) => ` ${folded.replace(/[^a-z0-9]+/g, ' ').trim()} `;

/** The context's facts whose keywords the utterance contains (a keyword of 5+ letters matches as a word start). */
export function coveredFacts(folded: string, facts: NonNullable<AnalysisContext['facts']>): string[] {
  const text = padded(folded);
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

function greetingDetails(folded: string, context: AnalysisContext): NonNullable<Analysis['greeting']> {
  const text = padded(folded);
  const names = (context.practiceNames ?? [])
    .flatMap((name) => padded(fold(name)).trim().split(' '))
    .filter((w) => w.length >= 3 && !GENERIC_PRACTICE_WORDS.has(w));
  const namesPractice =
    names.length > 0
      ? names.some((w) => text.includes(` ${w} `))
      : /\b(?:cabinet|secretariat|centre|docteur|dr|maison medicale)\b/.test(folded);
  const m = SPEAKER_NAME.exec(folded);
  const speaker = m?.slice(1).find((g) => g !== undefined);
  const namesSpeaker = !!speaker && !NOT_NAMES.has(speaker);
  return { namesPractice, namesSpeaker };
}
