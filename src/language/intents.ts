/**
 * What a trainee line asks, offers or announces (labels.ts INTENTS), read from the cues
 * (cues.ts), the acts and the entities found in the same sentence.
 */
import { ASK_TAGS, type CueTag } from './cues.ts';
import type { ActLabel, Entity, Intent, IntentType } from './labels.ts';
import type { Sentence } from './normalize.ts';
import type { Match } from './scan.ts';

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
  /\b(?:propos\w*|place|creneau|rendez[\s-]vous|rdv|dispo\w*|libre|mettre|mets|inscri\w*|reserv\w*|cale\w*|caser|prendre|recevoir|voir|venir|passer|irait|convien\w*|arrange\w*|va)\b/;
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
): Intent[] {
  const out: Intent[] = [];
  for (const s of all) {
    let cued = false;
    for (const c of cues) if (within(c, s)) cued = true;
    let acted = false;
    for (const a of acts) if (within(a, s)) acted = true;
    if (!cued && !acted) continue;
    const when: Entity[] = [];
    for (const e of entities)
      if ((e.kind === 'date' || e.kind === 'time') && e.span[0] >= s.start && e.span[0] < s.end) when.push(e);
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
    const proposal = find(acts, 'label', 'proposal', s);
    const confirm = find(cues, 'tag', 'confirm', s);
    if (proposal && (!confirm || s.asks)) {
      if (when.length > 0 && SLOT_WORDS.test(s.text))
        add(out, 'offer_slot', proposal.start, when.at(-1)!.span[1], when.length > 1 ? 0.9 : 0.8);
      else if (/\b(?:creneau|place|rendez[\s-]vous|rdv|disponibilite)\b/.test(s.text))
        add(out, 'offer_slot', proposal.start, proposal.end, 0.55);
    }
    // « Jeudi 9 h, ou vendredi à midi ? »: a time asked about is offered.
    else if (!proposal && s.asks && when.length > 0 && !find(acts, 'label', 'reformulation', s))
      add(out, 'offer_slot', s.start, s.end, 0.75);
    if (confirm && !(s.asks && proposal))
      add(out, 'confirm', confirm.start, confirm.end, when.length > 0 ? 0.9 : 0.75);
    else if (when.length > 0 && !proposal) {
      if (!s.asks && /^(?:(?:bon|parfait|tres bien|ok|d'accord|alors)\W+)*donc\b/.test(s.text))
        add(out, 'confirm', s.start, s.end, 0.7);
      else if (find(acts, 'label', 'reformulation', s)) add(out, 'confirm', s.start, s.end, 0.7);
      // « Le 17 à 15 h 15, avec le docteur Rey. »: a bare date said back, most likely a recap.
      else if (!s.asks && !acted) add(out, 'confirm', s.start, s.end, 0.55);
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
