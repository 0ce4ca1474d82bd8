/**
 * What a trainee line asks, offers or announces (labels.ts INTENTS), read from the cues
 * (cues.ts), the acts and the entities found in the same sentence.
 */
import { ASK_TAGS, type CueTag } from './cues.ts';
import type { ActLabel, Analysis, Entity, Intent, IntentType } from './labels.ts';
import { fold, type Sentence } from './normalize.ts';
import type { Match } from './scan.ts';
import { Guarded, lineOf, type Line } from './triples.ts';

export interface ReadAct {
  label: ActLabel;
  start: number;
  end: number;
  conditional?: boolean;
  confidence: number;
}

/** Invitations to say why one calls, question mark or not. */
const INVITES = /^(?:je vous ecoute|que puis|en quoi puis|qu'est ce que je peux)/;
/** An offer names a slot, or a verb of booking. */
const SLOT_WORDS =
  /\b(?:propos\w*|place|creneau|rendez[\s-]vous|rdv|dispo\w*|libre|mettre|mets|inscri\w*|reserv\w*|cale\w*|caser|prendre|recevoir|voir|venir|passer|irait|convien\w*|arrange\w*|va|trouver|bloqu\w*|donne\w*|garde\w*|reste)\b/;
/**
 * A slot offered in words without the proposal act: what the agenda has (« il me reste »,
 * « la première place, c'est »), what the trainee can do (« je peux vous trouver »), or a booking
 * verb in the present (« je vous bloque »). Only with a date or a time in the same sentence.
 */
const OFFER_FRAME =
  /\b(?:(?:j'ai|on a|nous avons|il y a)(?: (?:encore|aussi|egalement|bien))? (?=(?:le |la )?(?:\d|demain|apres demain|lundi|mardi|mercredi|jeudi|vendredi|samedi|ce (?:matin|soir)|cet apres))|il (?:ne )?(?:me |nous )?reste|n'y a (?:plus )?que|(?:je|on) n'(?:ai|a) (?:plus )?que|(?:j'ai|on a|nous avons|il y a)(?: encore)? (?:de la place|une place|un creneau|un rendez[\s-]vous|une disponibilite|une dispo|quelque chose)|(?:le|la) (?:premier|premiere|prochain|prochaine) (?:creneau|place|rendez[\s-]vous|date|disponibilite|dispo|libre|disponible|echographie|consultation|seance|examen)|le plus tot|au plus tot|(?:je|on) (?:peux|pourrais|pourrait|peut) vous (?:trouver|donner|mettre|caser|prendre|recevoir|inscrire|reserver|bloquer|garder|noter|proposer)|je vous (?:bloque|reserve|garde|mets|inscris|cale|donne|prends|propose)|ce que (?:je peux|j'ai|on a|nous avons)|(?:ca|cela) vous (?:irait|va|convient|conviendrait|arrange\w*)|vous (?:seriez|etes) (?:disponible|libre)|ce serait)\b/;
/**
 * No slot then: a negated availability (« je n'ai rien demain », « je ne peux pas vous proposer
 * jeudi », « il n'y a plus de place »), « complet », « pas possible ». « Il ne reste que… » and
 * « il n'y a plus que… » offer what is left.
 */
const NO_SLOT = new Guarded(
  new RegExp(
    [
      // « je n'ai rien demain », « il n'y a plus de place », « on n'a pas de créneau »
      "(?:n'|ne )\\s*(?:y )?(?:ai|a|avons|reste|trouve|vois|dispose)\\s+(?:(?:plus|pas|vraiment|absolument|malheureusement|plus du tout)\\s+)*(?:rien|de (?:places?|creneaux?|rendez[\\s-]vous|rdv|disponibilites?|dispos?|libre)|d'(?:autres? )?(?:places?|creneaux?|disponibilites?)|aucun\\w*)",
      // « je ne peux pas vous proposer jeudi », « je ne vais pas pouvoir vous donner… »
      "(?:ne|n')\\s*(?:peux|pourrai\\w*|vais|va|pouvons|peut|sais|saurai\\w*)\\s+(?:pas|plus)\\s+(?:\\w+\\s+)?(?:vous\\s+)?(?:propos\\w*|donner|trouver|mettre|caser|prendre|recevoir|offrir|avoir)",
      // « plus de place », « pas de créneau libre », « aucune disponibilité »
      "(?:plus|pas|aucun\\w*) (?:de |d')?(?:places?|creneaux?|rendez[\\s-]vous|rdv|disponibilites?|dispos?)",
      // « c'est complet », « on est pleins », « ce n'est pas possible »
      "(?:c'est|c'etait|on est|nous sommes|je suis|est|sont|sera) (?:\\w+ )?(?:complets?|completes?|pleins?|pleines?|satures?|saturees?|deja pris\\w*)",
      'impossible|pas possible|pas disponibles?',
      // « rien de libre demain », « plus rien de disponible »
      'rien de (?:libre|disponible|dispo|possible)',
      // spoken French drops the « ne »: « y a rien cette semaine », « j'ai plus rien avant avril »
      "(?:il )?y a (?:plus |pas )?rien|(?:j'ai|on a) (?:plus |pas )?rien (?=(?:de |d'|avant|apres|cette|ce |cet |demain|aujourd|pour|le |la |les |en |ce soir|ce matin))",
    ]
      .map((p) => `\\b(?:${p})\\b`)
      .join('|') + '|^rien\\b',
  ),
);
/**
 * The doctor will call back (« il vous rappellera entre midi et deux », « pour qu'elle vous
 * recontacte demain matin »): a time for a phone call, not a slot offered, unless an appointment
 * is named in the same sentence.
 */
const CALLBACK_TIME = /\b(?:rappel\w*|recontact\w*|telephon\w*|(?:vous|te|la|le|les) joindr\w*)\b/;
const APPOINTMENT_NAMED = /\b(?:rendez[\s-]vous|rdv|creneau|consultation|place|seance|bilan|visite)\b/;
/** Every date and time of the sentence comes after « vous rappellera »: they say when it calls. */
function onlyCallback(s: Sentence, when: readonly Entity[]): boolean {
  const call = CALLBACK_TIME.exec(s.text);
  if (!call || APPOINTMENT_NAMED.test(s.text)) return false;
  return when.every((e) => e.span[0] - s.start >= call.index);
}
/**
 * « Le 29 à 9 h ou le 4 mai à 9 h », « mardi ou jeudi matin »: dates or times given as
 * alternatives offer a choice; a booking is never confirmed as one thing or another.
 */
function offersChoice(s: Sentence, when: readonly Entity[]): boolean {
  if (when.length < 2 || onlyCallback(s, when)) return false;
  // « dans la matinée ou en début d'après-midi » names no slot.
  if (!when.some((e) => e.kind === 'date' || /^\d/.test(e.value))) return false;
  const between = s.text.slice(when[0]!.span[1] - s.start, when.at(-1)!.span[0] - s.start);
  return /\bou(?: bien| alors| sinon| plutot)?\b/.test(between);
}
/**
 * « Avant samedi », « d'ici jeudi », « au plus tard mardi »: a date said as a limit (the trip, the
 * deadline), not the slot offered or confirmed.
 */
const DEADLINE =
  /\b(?:avant|d'ici(?: a)?|jusqu'a|au plus tard|au-dela de|pas apres)\s+(?:le |la |l'|ce |cette |ce soir )?$/;
/** The date or time at `at` is said as a limit (« avant samedi »), not as a slot. */
export function saysDeadline(folded: string, at: number, from = 0): boolean {
  return DEADLINE.test(folded.slice(Math.max(from, at - 24), at));
}
/** What comes after a refusal and offers instead (« je n'ai rien demain, mais jeudi 9 h »). */
const CONTRAST = /\b(?:mais|par contre|en revanche|sinon|cependant|toutefois|seulement|en tout cas)\b/g;
/** Back from a hold: thanks for waiting, « me revoilà », an apology for the wait. */
const HOLD_RETURN = new Guarded(
  /\b(?:merci (?:de|pour) (?:votre|cette) (?:patience|attente)|(?:je vous )?remercie (?:de|pour) (?:votre|cette) (?:patience|attente)|(?:merci|je vous remercie) d'avoir (?:bien )?(?:patiente|attendu|patienter)|merci de m'avoir attendue?|me (?:re)?voila|je suis de retour|rebonjour|je reviens vers vous|(?:desolee?|pardon|excusez[\s-]moi|je m'excuse|navree?) (?:pour|de) (?:l'attente|cette attente|l'attente|vous avoir fait (?:attendre|patienter))|(?:desolee?|pardon|excusez[\s-]moi|je m'excuse)[^.?!]{0,20}\b(?:d'avoir ete (?:un peu )?longue?|c'etait un peu long))\b/,
);
/** « Rappelez si ça empire », « en cas de fièvre, rappelez-nous »: the imperative to call back later. */
const CALL_BACK_IF = new Guarded(
  /\b(?:rappelez|recontactez|reappelez|rappelle[sz]?[\s-]+(?:nous|moi))\b[^.?!]*\b(?:si|s'il|s'ils|s'elle|en cas d\w*|au moindre)\b|\b(?:si|s'il|s'ils|s'elle|en cas d\w*|au moindre|si jamais)\b[^.?!]*\b(?:rappelez|recontactez|reappelez)\b/,
);
/** What a clause after a refusal says when it refuses again (« jeudi non plus », « ni vendredi »). */
const REFUSED_TOO =
  /\b(?:non plus|pas (?:plus|non plus)|ni|aucun\w*|rien|complet\w*|plein\w*|pas (?:de|d'))\b/;

/**
 * A sentence that says the slot is not available: its span, and where an offer may start after
 * it: at « mais », « par contre », « sinon »…, or at the next clause when that clause does not
 * refuse as well (« demain c'est complet, je peux vous mettre vendredi 16 h 20 »).
 */
function refusalOf(line: Line, text: string): { at: number; end: number; resumes?: number } | undefined {
  const m = NO_SLOT.exec(line, text);
  if (!m) return undefined;
  const end = m.index + m[0].length;
  CONTRAST.lastIndex = m.index + 1;
  const c = CONTRAST.exec(text);
  if (c) return { at: m.index, end, resumes: c.index };
  const comma = text.slice(end).search(/[,:]/);
  if (comma >= 0) {
    const rest = text.slice(end + comma + 1);
    if (!REFUSED_TOO.test(rest) && !NO_SLOT.test(line, rest))
      return { at: m.index, end, resumes: end + comma + 1 };
  }
  return { at: m.index, end };
}

/**
 * A date or a time said to be available (« jeudi 9 h, c'est libre », « mardi matin serait
 * possible », « lundi il y a de la place »): a slot offered without an offer verb.
 */
const AVAILABLE_SAID =
  /\b(?:(?:c'est|c|est|sont|serait|seraient|sera|reste|restent|etait) (?:encore |toujours |bien |tout a fait )?(?:libres?|disponibles?|dispos?|possibles?|faisable)|(?:j'ai|on a|nous avons|il y a|il reste|j'aurais|on aurait|il y aurait) (?:encore )?(?:de la place|une place|un creneau|quelque chose|une possibilite|un trou)|(?:ca|cela) (?:peut|pourrait) (?:se faire|aller|marcher|le faire))\b/;

/**
 * A question with a date or a time offers a slot only when it is about one (« jeudi 9 h, ça vous
 * va ? », « vous pourriez venir demain ? ») or says little else (« Jeudi 9 h, ou vendredi à
 * midi ? »): « vous pensez à vous faire du mal ce soir ? » asks about the evening, offers nothing.
 */
function asksAboutSlot(s: Sentence, when: readonly Entity[]): boolean {
  // « Le matin ou l'après-midi ? » asks what suits; it names no slot.
  if (when.every((e) => e.kind === 'time' && !/^\d/.test(e.value))) return false;
  if (SLOT_WORDS.test(s.text)) return true;
  let rest = s.text;
  for (const e of [...when].sort((a, b) => b.span[0] - a.span[0]))
    rest = rest.slice(0, e.span[0] - s.start) + ' ' + rest.slice(e.span[1] - s.start);
  const words = rest
    .split(/[^a-z0-9']+/)
    .filter(
      (w) =>
        w &&
        !/^(?:ou|et|alors|plutot|sinon|a|le|la|les|du|de|au|vers|bien|donc|ca|c'est|avec|docteur|docteure|dr|madame|monsieur)$/.test(
          w,
        ),
    );
  return words.length <= 2;
}

/**
 * « Raccrochez et appelez le 15 », « vous pouvez raccrocher », « appelez-les tout de suite »,
 * « je vous laisse les appeler »: the caller is told to end this call and call elsewhere now. Not
 * « ne raccrochez pas », not on a condition, not asked.
 */
const SEND_OFF = new Guarded(
  /\b(?:raccrochez|raccroche|(?:vous|tu) (?:pouvez |pourriez |allez |peux |vas |devez )?raccroch\w*|je vous laisse (?:les |la |le |l')?(?:appeler|raccrocher|composer|contacter|joindre|faire le)|(?:appelez|contactez|composez|faites)[\s-](?:les|le|la)[\s-]+(?:tout de suite|maintenant|immediatement|vite|des maintenant|sans attendre|sans tarder|de suite|directement)|allez[\s-]y,? (?:appelez|composez|contactez|faites))(?![\s-]+pas)/,
);
const SEND_OFF_DENIED = /\b(?:ne|n')\s*(?:\w+\s+)?$/;
const CONDITION_BEFORE =
  /\b(?:si|s'il|s'ils|s'elle|en cas d\w*|au moindre|si jamais|quand|lorsqu\w*)\b(?! (?:vous (?:voulez|preferez|le souhaitez|etes d'accord|permettez)|je\b|j'|vous plait|te plait))[^.?!]*$/;

/**
 * « Vous êtes où ? », « où habitez-vous ? », « elle se trouve où ? »: where the caller or the
 * patient is, asked without the word « adresse ».
 */
const WHERE =
  /\b(?:ou (?:etes[\s-]vous|es[\s-]tu|habitez|habites|vivez|residez|vous trouvez|se trouve|est[\s-](?:il|elle)|sont[\s-](?:ils|elles)|etes[\s-]vous (?:actuellement|en ce moment|exactement))|(?:vous etes|vous habitez|vous vivez|vous vous trouvez|(?:il|elle) est|(?:il|elle) se trouve|tu es|t'es|vous etes actuellement|vous etes exactement) ou)\b/;

/** « Si ça s'aggrave, rappelez-nous »: what to do later, on a condition. */
const SAFETY_IF =
  /\b(?:si|s'il|s'ils|s'elle|en cas d|au moindre|si jamais)\b(?! (?:vous (?:voulez|preferez|le souhaitez|etes d'accord|permettez)|je\b|j'|vous plait|te plait))[^.?!]*?\b(?:rappel\w*|recontact\w*|revenez|reappel\w*|appelez[\s-]+nous|consultez|n'hesitez pas|urgences)\b/;
const SAFETY_THEN =
  /\b(?:rappelez[\s-]+(?:nous|moi)|recontactez[\s-]+nous|n'hesitez pas a (?:nous )?rappeler)\b[^.?!]*?\b(?:si|s'il|s'ils|s'elle|en cas d|au moindre)\b/;
/** A refusal (« on ne prend pas », « ce n'est pas possible »). */
const REFUSAL =
  /\b(?:ne|n')\s*(?:\w+\s+){0,3}?(?:pas|plus|jamais)\b|\b(?:impossible|pas possible|refus\w*|pas de (?:nouveaux? )?patients?)\b/;
/** What is told about another person, after the person is named. */
const DISCLOSED =
  /^[^.?!]*?\b(?:est (?:venue?|passee?|suivie?|hospitalisee?|enceinte|malade|sortie?|operee?)|etait (?:la|venue?)|a (?:eu |bien )?(?:rendez[\s-]vous|rdv|consulte|ete (?:vue?|hospitalisee?|operee?))|(?:rendez[\s-]vous|rdv|resultats?|analyses?) (?:est|sont|etait|etaient|sera)|vient|viendra|a pris|prend)\b/;
const STATED =
  /^\s*(?:\w+\s+){0,2}?(?:est|sont|etait|etaient|sera|seront|a ete|ont ete|a eu lieu|montre\w*|indique\w*)\b/;
const DENIAL =
  /\b(?:ne|n')\s*(?:peux|peut|pouvons|suis|sommes|ai|avons)\s+pas\b|\bsecret\b|\bconfidenti\w*|\bpas le droit\b/;

const within = (x: { start: number }, s: Sentence) => x.start >= s.start && x.start < s.end;

function add(out: Intent[], type: IntentType, start: number, end: number, confidence: number): void {
  if (!out.some((i) => i.type === type)) out.push({ type, span: [start, end], confidence });
}

function find<T extends { start: number }, K extends keyof T>(
  items: readonly T[],
  key: K,
  value: T[K],
  s: Sentence,
): T | undefined {
  for (const x of items) if (x[key] === value && within(x, s)) return x;
  return undefined;
}

export function readIntents(
  folded: string,
  all: readonly Sentence[],
  cues: readonly Match<CueTag>[],
  entities: readonly Entity[],
  acts: readonly ReadAct[],
  line: Line = lineOf(folded),
): Intent[] {
  const out: Intent[] = [];
  for (const [index, s] of all.entries()) {
    const back = HOLD_RETURN.exec(line, s.text);
    if (back) add(out, 'hold_return', s.start + back.index, s.start + back.index + back[0].length, 0.9);
    const refusal = refusalOf(line, s.text);
    if (refusal) add(out, 'no_slot', s.start + refusal.at, s.start + refusal.end, 0.8);
    if (!s.asks && CALL_BACK_IF.test(line, s.text)) add(out, 'safety_net', s.start, s.end, 0.8);
    const off = s.asks ? null : SEND_OFF.exec(line, s.text);
    if (
      off &&
      !SEND_OFF_DENIED.test(s.text.slice(0, off.index)) &&
      !CONDITION_BEFORE.test(s.text.slice(0, off.index))
    )
      add(out, 'send_off', s.start + off.index, s.start + off.index + off[0].length, 0.85);
    const where = s.asks ? WHERE.exec(s.text) : null;
    if (where) add(out, 'ask_address', s.start + where.index, s.start + where.index + where[0].length, 0.85);
    let cued = false;
    for (const c of cues) if (within(c, s)) cued = true;
    let acted = false;
    for (const a of acts) if (within(a, s)) acted = true;
    if (!cued && !acted) continue;
    const when: Entity[] = [];
    // After a refusal, only what follows « mais… » may be offered or confirmed.
    const from = refusal ? (refusal.resumes !== undefined ? s.start + refusal.resumes : s.end) : s.start;
    for (const e of entities)
      if ((e.kind === 'date' || e.kind === 'time') && e.span[0] >= from && e.span[0] < s.end) when.push(e);
    // What may be offered: not a date said as a limit (« vous l'aurez avant samedi »).
    const slotWhen = when.filter((e) => !saysDeadline(folded, e.span[0], s.start));
    const request = find(cues, 'tag', 'request', s);
    const asks = s.asks || !!find(acts, 'label', 'question', s);

    // — questions and requests (« il me faudrait votre date de naissance »)
    if (asks || request) {
      for (const c of cues) {
        if (within(c, s) && (ASK_TAGS as readonly CueTag[]).includes(c.tag))
          add(out, c.tag as IntentType, c.start, c.end, asks ? 0.9 : 0.85);
      }
    }
    const reason = find(cues, 'tag', 'ask_reason', s);
    if (reason && (asks || request || INVITES.test(folded.slice(reason.start, reason.end))))
      add(out, 'ask_reason', reason.start, reason.end, 0.9);

    // — a slot offered in words, a booking confirmed
    // « Je vous propose deux créneaux : jeudi à 9 h, ou vendredi… »: the list after the colon is
    // what the sentence before it proposes.
    const before = all[index - 1];
    const listed =
      before && folded.slice(before.end, s.start).includes(':')
        ? find(acts, 'label', 'proposal', before)
        : undefined;
    const proposal = find(acts, 'label', 'proposal', s) ?? listed;
    const slotText = listed ? `${before!.text} ${s.text}` : s.text;
    const confirm = find(cues, 'tag', 'confirm', s);
    if (proposal && (!confirm || s.asks) && !(refusal && when.length === 0) && !onlyCallback(s, when)) {
      if (slotWhen.length > 0 && (SLOT_WORDS.test(slotText) || OFFER_FRAME.test(slotText)))
        add(
          out,
          'offer_slot',
          Math.min(proposal.start, slotWhen[0]!.span[0]),
          Math.max(proposal.end, slotWhen.at(-1)!.span[1]),
          slotWhen.length > 1 ? 0.9 : 0.8,
        );
      else if (/\b(?:creneau|place|rendez[\s-]vous|rdv|disponibilite)\b/.test(s.text))
        add(out, 'offer_slot', proposal.start, proposal.end, 0.55);
    }
    // « Jeudi 9 h, ou vendredi à midi ? »: a time asked about is offered.
    else if (
      !proposal &&
      s.asks &&
      when.length > 0 &&
      !find(acts, 'label', 'reformulation', s) &&
      asksAboutSlot(s, when)
    )
      add(out, 'offer_slot', s.start, s.end, 0.75);
    // « Il me reste mardi 21 avril à 9 h », « la première place, c'est… », « je n'ai rien demain,
    // par contre jeudi 9 h »: offered without the act.
    else if (!proposal && !confirm && when.length > 0 && !onlyCallback(s, when)) {
      const frame =
        OFFER_FRAME.exec(folded.slice(from, s.end)) ?? AVAILABLE_SAID.exec(folded.slice(from, s.end));
      if (frame) {
        const start = Math.min(from + frame.index, when[0]!.span[0]);
        add(
          out,
          'offer_slot',
          start,
          Math.max(from + frame.index + frame[0].length, when.at(-1)!.span[1]),
          0.8,
        );
      } else if (refusal?.resumes !== undefined) add(out, 'offer_slot', from, when.at(-1)!.span[1], 0.8);
      else if (!find(acts, 'label', 'reformulation', s) && offersChoice(s, slotWhen))
        add(out, 'offer_slot', slotWhen[0]!.span[0], slotWhen.at(-1)!.span[1], 0.8);
    }
    const offered = out.some((i) => i.type === 'offer_slot' && i.span[0] >= s.start && i.span[0] < s.end);
    if (confirm && !(s.asks && proposal) && !(refusal && when.length === 0))
      add(out, 'confirm', confirm.start, confirm.end, when.length > 0 ? 0.9 : 0.75);
    else if (when.length > 0 && !proposal && !offered) {
      if (!s.asks && /^(?:(?:bon|parfait|tres bien|ok|d'accord|alors)\W+)*donc\b/.test(s.text))
        add(out, 'confirm', s.start, s.end, 0.7);
      else if (find(acts, 'label', 'reformulation', s)) add(out, 'confirm', s.start, s.end, 0.7);
      // « Le 17 à 15 h 15, avec le docteur Rey. »: a bare date said back, most likely a recap.
      else if (!s.asks && !acted && !refusal) add(out, 'confirm', s.start, s.end, 0.55);
    }

    // — what the trainee does now
    const action = find(cues, 'tag', 'action', s);
    if (action && !s.asks) add(out, 'announce_action', action.start, action.end, 0.8);
    const hold = find(acts, 'label', 'hold_request', s);
    if (hold) add(out, 'announce_hold', hold.start, hold.end, hold.confidence);

    // — advice for later
    const redirect = acts.find((a) => a.label === 'redirect' && a.conditional && within(a, s));
    if (redirect) add(out, 'safety_net', redirect.start, redirect.end, 0.85);
    else if (find(cues, 'tag', 'callback', s) && (SAFETY_IF.test(s.text) || SAFETY_THEN.test(s.text)))
      add(out, 'safety_net', s.start, s.end, 0.8);

    // — faults the acts do not name
    if (find(cues, 'tag', 'ground', s) && (find(acts, 'label', 'blunt', s) || REFUSAL.test(s.text)))
      add(out, 'discriminatory_refusal', s.start, s.end, 0.85);
    const third = find(cues, 'tag', 'third', s);
    if (third && !s.asks && !DENIAL.test(folded.slice(s.start, third.start))) {
      const confidence = disclosure(folded.slice(third.start, third.end), folded.slice(third.end, s.end));
      if (confidence > 0) add(out, 'third_party_disclosure', third.start, s.end, confidence);
    }
  }
  // A refusal in one sentence and its ground in the next (« C'est non. Pas avec l'AME. »).
  const ground = cues.find((c) => c.tag === 'ground');
  if (
    ground &&
    !out.some((i) => i.type === 'discriminatory_refusal') &&
    acts.some((a) => a.label === 'blunt')
  )
    add(out, 'discriminatory_refusal', ground.start, ground.end, 0.6);
  return out.sort((a, b) => a.span[0] - b.span[0]);
}

/** How sure it is that what follows a person or their private item tells something about them. */
function disclosure(said: string, after: string): number {
  if (/^(?:il|elle) /.test(said)) return 0.6;
  if (!/^(?:son|sa|ses|leurs?) /.test(said) || RELATIVE_AFTER_POSSESSIVE.test(said))
    return DISCLOSED.test(after) ? 0.8 : 0;
  return STATED.test(after) ? 0.75 : 0;
}
const RELATIVE_AFTER_POSSESSIVE =
  /^(?:son|sa|ses|leurs?) (?:fille|fils|mari|femme|epouse|mere|pere|frere|soeur|enfant)/;

/** What the trainee goes to look up (the caller waits), not what they do for them (« je transmets »). */
const LOOKUP =
  /\b(?:regard\w*|verifi\w*|cherch\w*|recherch\w*|consult\w*|voir|vois|jett\w*|ouvr\w*|check\w*|renseign\w*)\b/;

/**
 * The line announces a look-up and ends there (« je regarde ce qu'on a », « laissez-moi
 * vérifier »): the caller waits. « Je regarde… Voilà, je l'ai. Je vous l'annule. » has found it;
 * « je transmets au docteur » is done for them: nothing to wait for.
 */
export function announcesLookup(
  text: string,
  analysis: Analysis,
  type: IntentType = 'announce_action',
): boolean {
  const folded = fold(text);
  return (analysis.intents ?? []).some((i) => {
    if (i.type !== type) return false;
    if (type === 'announce_action' && !LOOKUP.test(folded.slice(i.span[0], i.span[1]))) return false;
    // Nothing said after the sentence of the look-up.
    const after = folded.slice(i.span[1]).replace(/^[^.!?…]*[.!?…]*/, '');
    return !/[a-z]{2}/.test(after);
  });
}
