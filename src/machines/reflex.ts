/**
 * What the caller does on their own, from what they understood of a line, beside the scenario's
 * dialogue rules (docs/engine-semantics.md, « Ce que l’appelant comprend »): answer what is asked,
 * react to a slot offered in words, wait while the trainee looks, acknowledge a recap, ask when
 * unsure. Pure: decisions from the call's context and the line's analysis, and the updates they make.
 */
import { CLARIFY_BELOW } from '../language/confidence.ts';
import { announcesLookup } from '../language/intents.ts';
import { FAULT_ACTS, type ActLabel, type Analysis, type IntentType } from '../language/labels.ts';
import type { AnswerTopic, LineVariants, Rule } from '../scenarios/schema.ts';
import { DEFAULT_LINES, OFFER_QUESTIONED } from './lines.fr.ts';
import { moodOf } from './mood.ts';
import { checkOffer, chosenOption, recalledOffer, type OfferCheck } from './offer.ts';
import { ruleHolds, saidBefore, staysPut, type CallContext, type CallUpdate } from './turn.ts';
import { pickLine, Update } from './update.ts';

/** Below the analyser's threshold the caller asks rather than react to a guess. */
export { CLARIFY_BELOW };

const ASKED: Partial<Record<IntentType, AnswerTopic>> = {
  ask_name: 'name',
  ask_spelling: 'spelling',
  ask_birthdate: 'birthdate',
  ask_phone: 'phone',
  ask_address: 'address',
  ask_gp: 'gp',
  ask_patient_status: 'patientStatus',
  ask_symptom: 'symptoms',
  ask_onset: 'onset',
  ask_treatment: 'treatment',
};

/**
 * Questions the story does not hang on: the caller answers them at once, whatever node the
 * dialogue is in. What is wrong (symptoms) is the dialogue's to answer, in context.
 */
const SIDE_TOPICS: ReadonlySet<AnswerTopic> = new Set([
  'name',
  'spelling',
  'birthdate',
  'phone',
  'address',
  'gp',
  'patientStatus',
  'onset',
  'treatment',
]);

/** Acts a question may carry without doing more than asking. */
const COURTESY: ReadonlySet<ActLabel> = new Set(['question', 'greeting', 'empathy', 'reassurance']);
/** Acts an offer may carry and still be only an offer (« désolée, je peux vous proposer… ? »). */
export const OFFER_ONLY: ReadonlySet<ActLabel> = new Set([
  'proposal',
  'question',
  'empathy',
  'reassurance',
  'greeting',
]);
/** Acts that move a story on: a line with one of them goes to the dialogue's rules first. */
const STORY: ReadonlySet<ActLabel> = new Set(['reformulation', 'proposal', 'redirect', 'closing']);

export type Reflex =
  | { kind: 'clarify' }
  | { kind: 'otherwise' }
  | { kind: 'holdReturn' }
  | { kind: 'noSlot' }
  | { kind: 'safetyNet' }
  | { kind: 'answer'; topics: AnswerTopic[] }
  | { kind: 'offer'; check: OfferCheck }
  | { kind: 'choice'; check: OfferCheck }
  | { kind: 'leave' }
  | { kind: 'wait' }
  | { kind: 'ack' }
  | { kind: 'deferred' };

const intentsOf = (a: Analysis) => new Set((a.intents ?? []).map((i) => i.type));
const hasFault = (a: Analysis) => a.acts.some((act) => FAULT_ACTS.includes(act.type));

const unsure = (analysis: Analysis) =>
  analysis.confidence !== undefined && analysis.confidence < CLARIFY_BELOW;

/**
 * Something was read, too unsure to react to. A line nothing was read of still goes to the rules
 * (their `mentions` read words), and is asked about only if none fires.
 */
export function uncertain(analysis: Analysis): boolean {
  return unsure(analysis) && (analysis.acts.length > 0 || (analysis.intents?.length ?? 0) > 0);
}

/**
 * A goodbye read in the same sentence as « je regarde… » is part of what is looked at (« je
 * regarde ce qu’on a la semaine prochaine »), not a farewell.
 */
function closingOnlyInAnnounce(analysis: Analysis, text: string): boolean {
  const announces = (analysis.intents ?? []).filter((i) => i.type === 'announce_action');
  const closings = analysis.acts.filter((a) => a.type === 'closing');
  if (!announces.length || !closings.length) return false;
  const sentenceOf = (at: number) => {
    const before = text.slice(0, at).search(/[.!?…][^.!?…]*$/);
    return before < 0 ? 0 : before + 1;
  };
  return closings.every((c) => announces.some((a) => sentenceOf(a.span[0]) === sentenceOf(c.span[0])));
}

/**
 * What a restatement names rather than asks: « vous cherchez un médecin traitant, c'est bien
 * ça ? », « pour renouveler votre traitement, c'est ça ? ». Who one is and how to reach them are
 * asked even inside a check (« votre nom, c'est Auriol, c'est ça ? »).
 */
const RESTATABLE: ReadonlySet<AnswerTopic> = new Set([
  'gp',
  'treatment',
  'patientStatus',
  'onset',
  'symptoms',
]);

/** The start of the sentence around `at` (after the last . ? ! … before it). */
function sentenceStart(text: string, at: number): number {
  const before = text.slice(0, at).search(/[.!?…][^.!?…]*$/);
  return before < 0 ? 0 : before + 1;
}

/** The intent is read in a sentence that restates what the caller said. */
function inRestatement(analysis: Analysis, text: string, span: readonly [number, number]): boolean {
  if (!text) return false;
  const at = sentenceStart(text, span[0]);
  return analysis.acts.some((a) => a.type === 'reformulation' && sentenceStart(text, a.span[0]) === at);
}

export function askedTopics(analysis: Analysis, text = ''): AnswerTopic[] {
  const topics: AnswerTopic[] = [];
  for (const intent of analysis.intents ?? []) {
    const topic = ASKED[intent.type];
    if (!topic || topics.includes(topic)) continue;
    if (RESTATABLE.has(topic) && inRestatement(analysis, text, intent.span)) continue;
    topics.push(topic);
  }
  return topics;
}

/** The line says when: a recap, an offer, a date or a time. */
export function saysWhen(analysis: Analysis): boolean {
  const intents = intentsOf(analysis);
  return (
    intents.has('confirm') ||
    intents.has('offer_slot') ||
    Boolean(analysis.entities?.some((e) => e.kind === 'date' || e.kind === 'time'))
  );
}

/** Acts a line back from a hold may carry and still be only that (« désolée pour l'attente »). */
const HOLD_RETURN_ONLY: ReadonlySet<ActLabel> = new Set(['empathy', 'greeting', 'question', 'reassurance']);

/**
 * « Merci d'avoir patienté », « me revoilà »: the trainee is back and says nothing more yet. Heard
 * before the rules, so an apology for the wait is not taken for an answer to the caller's worry.
 */
function onlyBackFromHold(analysis: Analysis): boolean {
  const intents = intentsOf(analysis);
  return (
    intents.has('hold_return') &&
    [...intents].every((i) => i === 'hold_return') &&
    analysis.acts.every((a) => HOLD_RETURN_ONLY.has(a.type))
  );
}

/** The acts a rule may listen for and still be only a generic reaction to « anything polite ». */
const GENERIC_ACTS: ReadonlySet<ActLabel> = new Set([
  'question',
  'empathy',
  'reassurance',
  'reformulation',
  'proposal',
  'greeting',
  'hold_request',
]);

/**
 * A rule that only answers « something polite or a question » where the caller stands (« Non,
 * c'est tout. Merci. », « … Je ne dors plus. »): no words listened for, no outcome, no next step.
 */
export function genericInPlace(rule: Rule, node: string): boolean {
  const { when } = rule;
  const keys = Object.keys(when) as (keyof Rule['when'])[];
  const generic = keys.every((k) =>
    ['said', 'saidAny', 'notSaid', 'turnsAtLeast', 'stressAbove', 'stressBelow'].includes(k),
  );
  const acts = [...(when.said ?? []), ...(when.saidAny ?? [])];
  return (
    generic &&
    acts.every((a) => GENERIC_ACTS.has(a)) &&
    !rule.settle &&
    !rule.end &&
    (rule.goto === undefined || rule.goto === node)
  );
}

/** The dialogue rule an utterance would fire here, if any (the node's rules, then `anytime`'s). */
export function sayRuleFor(ctx: CallContext, analysis: Analysis, text: string): Rule | undefined {
  const { scenario } = ctx.bundle;
  const rules = [...(scenario.nodes[ctx.node]?.on ?? []), ...scenario.anytime];
  // Asked again once the line is logged (an action after its guard): the turn is counted once.
  const before = heardAlready(ctx, text) ? { ...ctx, turnsInNode: ctx.turnsInNode - 1 } : ctx;
  return rules.find((r) => !r.when.did && ruleHolds(before, r, { kind: 'say', text, analysis }));
}

/** The line is logged already, and nothing answered it yet but the opening line. */
function heardAlready(ctx: CallContext, text: string): boolean {
  for (let i = ctx.log.length - 1; i >= 0; i--) {
    const e = ctx.log[i]!;
    if (e.type === 'trainee.say') return e.text === text;
    if (e.type === 'caller.say' && e.cause !== 'node') return false;
    if (e.type !== 'stress' && e.type !== 'caller.say') return false;
  }
  return false;
}

/** A refusal citing the patient's cover, origin, handicap, age or pathology was heard. */
export function heardDiscrimination(analysis: Analysis): boolean {
  return (analysis.intents ?? []).some((i) => i.type === 'discriminatory_refusal' && i.confidence >= 0.75);
}

/** The outcome is the scenario's (or a built-in) critical discrimination. */
export function settlesDiscrimination(bundle: CallContext['bundle'], outcome: string): boolean {
  return bundle.scenario.outcomes[outcome]?.critical === 'discrimination';
}

/** Somewhere to call has been given: a redirect done, or said now or earlier (not on a condition). */
function redirectKnown(ctx: CallContext, analysis: Analysis): boolean {
  const now = (acts: Analysis['acts']) => acts.some((a) => a.type === 'redirect' && !a.conditional);
  if (now(analysis.acts) || ctx.done.some((d) => d.action.kind === 'redirect')) return true;
  return ctx.log.some((e) => e.type === 'trainee.say' && now(e.acts ?? []));
}

/** « Raccrochez et appelez-les »: told to hang up and call where they were sent. */
export function sentOff(ctx: CallContext, analysis: Analysis): boolean {
  return intentsOf(analysis).has('send_off') && !hasFault(analysis) && redirectKnown(ctx, analysis);
}

/** What the caller does before the dialogue's rules are tried, if anything. */
export function reflexBeforeRules(ctx: CallContext, analysis: Analysis, text = ''): Reflex | undefined {
  if (hasFault(analysis)) return undefined;
  if (onlyBackFromHold(analysis)) return { kind: 'holdReturn' };
  if (ctx.deferredLine !== undefined && saysWhen(analysis)) return { kind: 'deferred' };
  // Sent to call elsewhere already, now told to hang up: they go (a line that redirects again
  // goes to the rules first, which may settle where).
  if (
    sentOff(ctx, analysis) &&
    !analysis.acts.some((a) => a.type === 'redirect') &&
    genericRuleOnly(ctx, analysis, text)
  )
    return { kind: 'leave' };
  const check = checkOffer(recalledOffer(ctx.log, analysis, text), ctx.agenda, ctx.bundle);
  // A line that does more than offer (gives a number, rephrases) goes to the rules first; so does
  // a choice with a free option in it (the dialogue may react to the dates said).
  if (
    check &&
    check.verdict !== 'free' &&
    !(check.options && chosenOption(check)) &&
    analysis.acts.every((a) => OFFER_ONLY.has(a.type))
  )
    return { kind: 'offer', check };
  const topics = askedTopics(analysis, text);
  if (
    topics.length &&
    topics.every((t) => SIDE_TOPICS.has(t)) &&
    !intentsOf(analysis).has('ask_reason') &&
    !check &&
    ((analysis.acts.every((a) => COURTESY.has(a.type)) && !storyRule(ctx, analysis, text)) ||
      genericRuleOnly(ctx, analysis, text))
  )
    return { kind: 'answer', topics };
  const intents = intentsOf(analysis);
  const announceOnly = closingOnlyInAnnounce(analysis, text);
  if (
    intents.has('announce_action') &&
    !intents.has('offer_slot') &&
    !intents.has('confirm') &&
    !analysis.acts.some((a) => STORY.has(a.type) && !(announceOnly && a.type === 'closing'))
  )
    // Looking something up: the caller waits. Doing something for them (« je transmets ») is
    // for the dialogue to react to first, else acknowledged (reflexAfterRules).
    return announcesLookup(text, analysis) ? { kind: 'wait' } : undefined;
  return instead(ctx, analysis, text);
}

/**
 * The only rule this line would fire is a reaction where the caller stands, and the
 * caller has said its line already (« Il me rappelle quand, à peu près ? » again, after being told
 * when): what the caller understood of the line (questions asked, an announcement, no slot…)
 * answers it instead, rather than the same words again. « Pardon ? » is no better: then the rule.
 */
function instead(ctx: CallContext, analysis: Analysis, text: string): Reflex | undefined {
  const rule = sayRuleFor(ctx, analysis, text);
  if (!rule?.reply || !staysPut(rule, ctx.node) || !saidBefore(ctx, rule.reply)) return undefined;
  const late = reflexAfterRules(ctx, analysis, text);
  if (!late || late.kind === 'clarify' || late.kind === 'otherwise') return undefined;
  // « … c'est bien ça ? » checks a restatement: the rule's « oui » still answers it.
  if (late.kind === 'ack' && analysis.acts.some((a) => a.type === 'reformulation')) return undefined;
  return late;
}

/**
 * The rule this line would fire listens for its very words or facts, or settles the call
 * (« votre date de naissance ? » → « Le 12 avril 1956 », and the story moves on): the dialogue
 * answers, not the reflex.
 */
function storyRule(ctx: CallContext, analysis: Analysis, text: string): boolean {
  const rule = sayRuleFor(ctx, analysis, text);
  return !!rule && (!!rule.when.mentions || !!rule.when.covered || !!rule.settle || !!rule.end);
}

/**
 * The line asks for a name, a date of birth, a number…, and the only rule it would fire is a
 * generic reaction where the caller stands: they answer what was asked instead.
 */
function genericRuleOnly(ctx: CallContext, analysis: Analysis, text: string): boolean {
  // « Si je comprends bien, vous cherchez un médecin traitant ? » checks a restatement: the
  // dialogue confirms it.
  if (analysis.acts.some((a) => a.type === 'reformulation')) return false;
  const rule = sayRuleFor(ctx, analysis, text);
  return rule === undefined || genericInPlace(rule, ctx.node);
}

/** What the caller does when no rule of the dialogue fired, if anything but « Pardon ? ». */
export function reflexAfterRules(ctx: CallContext, analysis: Analysis, text = ''): Reflex | undefined {
  if (hasFault(analysis)) return undefined;
  if (sentOff(ctx, analysis)) return { kind: 'leave' };
  const check = checkOffer(recalledOffer(ctx.log, analysis, text), ctx.agenda, ctx.bundle);
  if (check)
    return check.options && chosenOption(check) ? { kind: 'choice', check } : { kind: 'offer', check };
  const topics = askedTopics(analysis, text);
  if (topics.length) return { kind: 'answer', topics };
  const intents = intentsOf(analysis);
  // « Je regarde… Voilà, je l'ai. »: the look-up is over, nothing to wait for.
  if (intents.has('announce_hold') && announcesLookup(text, analysis, 'announce_hold'))
    return { kind: 'wait' };
  if (intents.has('announce_action'))
    return announcesLookup(text, analysis) ? { kind: 'wait' } : { kind: 'ack' };
  if (intents.has('confirm')) return { kind: 'ack' };
  // « Je n'ai rien demain »: no slot then, so the caller asks when, rather than take it for one.
  if (intents.has('no_slot')) return { kind: 'noSlot' };
  // « Rappelez si ça empire »: advice for later, heard as such (not as the 15 given now).
  if (intents.has('safety_net')) return { kind: 'safetyNet' };
  if (intents.has('hold_return')) return { kind: 'holdReturn' };
  // Something was understood, just not something this moment of the call expects: the caller
  // says what they would say here to anything else (the node's own line, in character), rather
  // than « Pardon ? » to a clear line. Unsure, or no such line: they ask.
  if (analysis.acts.length || intents.size || unsure(analysis))
    return !unsure(analysis) && ctx.bundle.scenario.nodes[ctx.node]?.otherwise
      ? { kind: 'otherwise' }
      : { kind: 'clarify' };
  return undefined;
}

/** Side questions a line asks that a dialogue rule's reply leaves unanswered. */
export function sideTopics(analysis: Analysis, text = ''): AnswerTopic[] {
  return askedTopics(analysis, text).filter((t) => SIDE_TOPICS.has(t));
}

// ---------------------------------------------------------------- the caller's lines

type LineName = keyof typeof DEFAULT_LINES;

/** A caller file may replace any built-in line it names; the rest are the built-in ones. */
export function callerLine(ctx: CallContext, name: LineName): LineVariants {
  const own: Partial<Record<LineName, LineVariants>> = ctx.bundle.caller.lines;
  return own[name] ?? DEFAULT_LINES[name];
}

const lineTexts = (lines: LineVariants): string[] =>
  (Array.isArray(lines) ? lines : [lines]).flatMap((l) =>
    typeof l === 'string' ? [l] : [l.calm, l.tense, l.upset].filter((x): x is string => x !== undefined),
  );

function answerOf(ctx: CallContext, topic: AnswerTopic): LineVariants | undefined {
  return ctx.bundle.scenario.answers?.[topic] ?? ctx.bundle.caller.answers?.[topic];
}

/** The caller answers each topic in turn; what they do not know, they say once. */
export function answer(u: Update, topics: readonly AnswerTopic[]): Update {
  const { ctx } = u;
  const mood = moodOf(u.stress);
  const asked = [...(u.patch.answered ?? ctx.answered)];
  const parts: string[] = [];
  let unknown = false;
  // The line just heard: « Il a quel âge ? » gets an age, not a date of birth.
  const heard = u.log.findLast((e) => e.type === 'trainee.say');
  const ageOnly = heard?.type === 'trainee.say' && asksAgeOnly(heard.text);
  // « Quel est le nom du patient ? » asked of someone calling about another person.
  const patientAsked = heard?.type === 'trainee.say' && asksPatientName(heard.text);
  for (const topic of topics) {
    const lines = answerOf(ctx, topic);
    const times = asked.filter((t) => t === topic).length;
    asked.push(topic);
    const line =
      topic === 'name' && patientAsked
        ? patientNameLine(ctx, mood, times)
        : lines && pickLine(lines, mood, times);
    const age =
      line && topic === 'birthdate' && ageOnly
        ? ageAnswer(line, ctx.bundle.scenario.moment, !ctx.bundle.caller.forWhom)
        : undefined;
    if (line) parts.push(age ?? line);
    else unknown = true;
  }
  u.patch.answered = asked;
  if (unknown) {
    const index = u.log.filter((e) => e.type === 'caller.say' && e.cause === 'dont-know').length;
    const text = pickLine(callerLine(ctx, 'dontKnow'), mood, index);
    if (!parts.length) return u.add({ type: 'caller.say', text, node: ctx.node, mood, cause: 'dont-know' });
    parts.push(text);
  }
  return u.add({
    type: 'caller.say',
    text: parts.join(' '),
    node: u.patch.node ?? ctx.node,
    mood,
    cause: 'answer',
  });
}

/** The reaction of a reflex, on a context where the utterance is already recorded. */
export function react(ctx: CallContext, reflex: Reflex): CallUpdate {
  const u = new Update(ctx);
  switch (reflex.kind) {
    case 'clarify':
      return u.say(callerLine(ctx, 'clarify'), 'clarify').done();
    case 'otherwise':
      return u.say(ctx.bundle.scenario.nodes[ctx.node]!.otherwise!, 'clarify').done();
    case 'holdReturn':
      return u.say(callerLine(ctx, 'holdReturn'), 'hold-return').done();
    case 'noSlot':
      return u.say(callerLine(ctx, 'noSlot'), 'no-slot').done();
    case 'safetyNet':
      return u.say(callerLine(ctx, 'safetyNet'), 'safety-net').done();
    case 'answer':
      return answer(u, reflex.topics).done();
    case 'wait':
      return { ...u.say(callerLine(ctx, 'wait'), 'wait').done(), waiting: true };
    case 'ack':
      return u.say(callerLine(ctx, 'ack'), 'ack').done();
    case 'leave':
      return { ...u.say(callerLine(ctx, 'leave'), 'hangup').done(), leaving: true };
    case 'choice': {
      const chosen = chosenOption(reflex.check)!;
      const { start, practitioner } = chosen.slot!;
      return {
        ...u.say(callerLine(ctx, 'offerChoice'), 'offer', { slot: chosen.said }).done(),
        offer: { start, practitioner },
      };
    }
    case 'deferred': {
      const line = ctx.deferredLine!;
      return { ...u.say(line, 'reply').done(), deferredLine: undefined };
    }
    case 'offer': {
      const { check } = reflex;
      if (check.verdict === 'free')
        return u.say(callerLine(ctx, 'offerAccepted'), 'offer', { slot: check.said }).done();
      const own = ctx.bundle.caller.lines.offerQuestioned;
      return u.say(own ?? OFFER_QUESTIONED[check.verdict], 'offer', { slot: check.said }).done();
    }
  }
}

/** After a dialogue rule's reply: the side questions of the line get their answers too. */
export function answerUnanswered(ctx: CallContext, analysis: Analysis): CallUpdate {
  if (hasFault(analysis) || ctx.leaving) return {};
  // What the caller said in reply to this line is not said again.
  const heard = ctx.log.findLastIndex((e) => e.type === 'trainee.say');
  const line = ctx.log[heard];
  const said = ctx.log
    .slice(heard + 1)
    .map((e) => (e.type === 'caller.say' ? e.text : ''))
    .join(' ');
  const text = line?.type === 'trainee.say' ? line.text : '';
  const topics = sideTopics(analysis, text).filter((t) => {
    const lines = answerOf(ctx, t);
    if (lines && lineTexts(lines).some((l) => said.includes(l.replace(/[.…]+$/, '')))) return false;
    return !alreadySaid(t, said, lines);
  });
  return topics.length ? answer(new Update(ctx), topics).done() : {};
}

const YEAR_OR_AGE =
  /\b(?:1[89]\d\d|20\d\d)\b|\b(?:\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze)\s+(?:ans|mois|semaines)\b/i;
const PHONE = /\b0\d(?:[\s.]?\d\d){4}\b/;
const SINCE =
  /\b(?:depuis|il y a|ça a commencé|ce matin|hier|cette nuit|demi-heure|(?:\d+|une?|deux|trois|quatre|cinq|dix|quinze|vingt) (?:minutes?|heures?|jours?|semaines?|mois))\b/i;
const STREET =
  /\b\d+,?\s+(?:bis\s+)?(?:rue|avenue|boulevard|bd|chemin|place|allée|impasse|route|quai|cours)\b/i;

/**
 * The caller's reply already gives what the topic asks, in other words than its answer line (« Je
 * suis née le 21 juin 1967, et mon portable, c’est le 06… »): a date of birth or an age, a phone
 * number, since when, a street; else a name of the answer line said in the reply.
 */
function alreadySaid(topic: AnswerTopic, said: string, lines: LineVariants | undefined): boolean {
  if (!said) return false;
  if (topic === 'birthdate') return YEAR_OR_AGE.test(said);
  if (topic === 'phone') return PHONE.test(said);
  if (topic === 'onset') return SINCE.test(said);
  if (topic === 'address') return STREET.test(said);
  const names = (lines ? lineTexts(lines) : []).flatMap(
    (l) => l.match(/(?<=\p{L}[^.?!…]*\s)\p{Lu}[\p{Ll}'’-]{3,}/gu) ?? [],
  );
  return names.some((n) => said.includes(n));
}

/**
 * A reflex's reaction, then the answers to what the line also asked (« Demain 8 h 50 ? Parfait. »
 * and « Noé Berthier » to « … C’est à quel nom ? »).
 */
export function reactAndAnswer(ctx: CallContext, reflex: Reflex, analysis: Analysis): CallUpdate {
  const update = react(ctx, reflex);
  if (['answer', 'clarify', 'otherwise', 'leave'].includes(reflex.kind)) return update;
  return { ...update, ...answerUnanswered({ ...ctx, ...update }, analysis) };
}

// ---------------------------------------------------------------- an age asked, not a date

const MONTH_NUMBERS: Record<string, number> = {
  janvier: 1,
  fevrier: 2,
  mars: 3,
  avril: 4,
  mai: 5,
  juin: 6,
  juillet: 7,
  aout: 8,
  septembre: 9,
  octobre: 10,
  novembre: 11,
  decembre: 12,
};

const foldAccents = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[’‘]/g, "'");

/** « Il a quel âge ? », « quel âge a-t-il », « son âge », « combien de mois ». */
const AGE_ASKED =
  /\b(?:quel age|son age|votre age|ton age|leur age|age exact|combien de (?:semaines|mois|ans))\b/;
/** « Sa date de naissance ? », « il est né quand ? »: the date itself is asked. */
const DATE_ASKED = /\bdate de naissance\b|\bnee?s? (?:le|quand|en)\b|\bannee de naissance\b/;

/** The trainee's line asks an age and not a date of birth. */
export function asksAgeOnly(text: string): boolean {
  const folded = foldAccents(text);
  return AGE_ASKED.test(folded) && !DATE_ASKED.test(folded);
}

/** An age already said in the caller's line: « Il a six semaines. », « J’ai sept ans. ». */
const AGE_SAID =
  /(?:^|[.?!…]\s+)((?:il|elle|j['’]ai)\b[^.?!…]*?\b(?:ans?|mois|semaines?)\b[^.?!…]*[.?!…]?)/iu;
/** « le 4 février 2026 », « 2 novembre… 1939 », « 14 septembre 1964 ». */
const DATE_SAID =
  /\b(?:le\s+)?(\d{1,2}|1er)\s*(?:…|\.\.\.)?\s*(janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)\s*(?:…|\.\.\.)?\s*(\d{4})?/u;

function ageWords(born: Date, now: Date): string {
  const days = Math.floor((now.getTime() - born.getTime()) / 86_400_000);
  if (days < 61) return `${Math.max(1, Math.floor(days / 7))} semaines`;
  let months = (now.getFullYear() - born.getFullYear()) * 12 + now.getMonth() - born.getMonth();
  if (now.getDate() < born.getDate()) months--;
  if (months < 24) return `${months} mois`;
  return `${Math.floor(months / 12)} ans`;
}

/**
 * The answer to an age asked, from the caller's date-of-birth line: the age it already says, or
 * the age on the day of the call. Undefined when the line gives no date to count from.
 * `ownLine`: the caller is the patient (« J’ai 61 ans »).
 */
export function ageAnswer(line: string, moment: string, ownLine: boolean): string | undefined {
  const said = AGE_SAID.exec(line);
  if (said) return said[1]!.charAt(0).toUpperCase() + said[1]!.slice(1);
  const folded = foldAccents(line);
  const date = DATE_SAID.exec(folded);
  if (!date) return undefined;
  const now = new Date(moment);
  const day = date[1] === '1er' ? 1 : Number(date[1]);
  const month = MONTH_NUMBERS[date[2]!]! - 1;
  let year = date[3] ? Number(date[3]) : now.getFullYear();
  if (!date[3] && new Date(year, month, day) > now) year--;
  const age = ageWords(new Date(year, month, day), now);
  // What comes before the date says whose it is: « Le patient ? M. Henri Lapeyre, né le… ».
  const before = line
    .slice(0, date.index)
    .replace(/[,\s]*\b(?:est\s+)?n[ée]e?s?\s*$/iu, '')
    .replace(/[\s,]+$/u, '');
  if (/«$/u.test(before)) return `${before} ${age}. »`;
  if (before && !/^(?:le|la)$/iu.test(before)) return `${before}${/[?]$/.test(before) ? ' ' : ', '}${age}.`;
  return ownLine ? `J’ai ${age}.` : `${age.charAt(0).toUpperCase()}${age.slice(1)}.`;
}

// ---------------------------------------------------------------- the patient's name, not the caller's

/**
 * « Le nom du patient ? », « de quel patient s’agit-il ? », « il s’appelle comment ? », « son
 * nom ? »: the name asked is the patient's, not the caller's.
 */
const PATIENT_NAME_ASKED =
  /\b(?:nom|prenom|identite)\b[^?.!]{0,30}\b(?:du patient|de la patiente|de l'enfant|du bebe|de la personne|de votre (?:patient|patiente|fils|fille|mari|femme|epouse|mere|pere|enfant))\b|\b(?:quel|quelle) (?:patient|patiente)\b|\bpour quel(?:le)? patient|\b(?:il|elle) s'appelle\b|\bs'appelle[- ]t[- ](?:il|elle)\b|\b(?:son|leur) (?:nom|prenom)\b|\bc'est pour qui\b|\bpour qui (?:est|c'est)\b/;

export function asksPatientName(text: string): boolean {
  return PATIENT_NAME_ASKED.test(foldAccents(text));
}

/**
 * Who the call is about, by name: the `patientName` answer, else the first words of the caller's
 * `forWhom` when their own name line does not say it (a pharmacist, a lab, a ward calling), else
 * their name line (a parent's names both).
 */
function patientNameLine(
  ctx: CallContext,
  mood: ReturnType<typeof moodOf>,
  times: number,
): string | undefined {
  const own = answerOf(ctx, 'patientName');
  if (own) return pickLine(own, mood, times);
  const nameLine = answerOf(ctx, 'name');
  const said = nameLine ? pickLine(nameLine, mood, times) : undefined;
  const forWhom = ctx.bundle.caller.forWhom?.split(',')[0]?.trim();
  const named = forWhom?.match(/\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*/u)?.[0];
  if (forWhom && named && !(said ?? '').includes(named)) return `C’est pour ${forWhom}.`;
  return said;
}
