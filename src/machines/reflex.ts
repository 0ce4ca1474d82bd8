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
import { checkOffer, chosenOption, type OfferCheck } from './offer.ts';
import { ruleHolds, type CallContext, type CallUpdate } from './turn.ts';
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

export function askedTopics(analysis: Analysis): AnswerTopic[] {
  const topics: AnswerTopic[] = [];
  for (const intent of analysis.intents ?? []) {
    const topic = ASKED[intent.type];
    if (topic && !topics.includes(topic)) topics.push(topic);
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
  return rules.find((r) => !r.when.did && ruleHolds(ctx, r, { kind: 'say', text, analysis }));
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
  const check = checkOffer(analysis, ctx.agenda, ctx.bundle);
  // A line that does more than offer (gives a number, rephrases) goes to the rules first; so does
  // a choice with a free option in it (the dialogue may react to the dates said).
  if (
    check &&
    check.verdict !== 'free' &&
    !(check.options && chosenOption(check)) &&
    analysis.acts.every((a) => OFFER_ONLY.has(a.type))
  )
    return { kind: 'offer', check };
  const topics = askedTopics(analysis);
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
  return undefined;
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
  const check = checkOffer(analysis, ctx.agenda, ctx.bundle);
  if (check)
    return check.options && chosenOption(check) ? { kind: 'choice', check } : { kind: 'offer', check };
  const topics = askedTopics(analysis);
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
  // Something was understood, just not something this moment of the call expects; or a long
  // line nothing was made of.
  if (analysis.acts.length || intents.size || unsure(analysis)) return { kind: 'clarify' };
  return undefined;
}

/** Side questions a line asks that a dialogue rule's reply leaves unanswered. */
export function sideTopics(analysis: Analysis): AnswerTopic[] {
  return askedTopics(analysis).filter((t) => SIDE_TOPICS.has(t));
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
  for (const topic of topics) {
    const lines = answerOf(ctx, topic);
    const times = asked.filter((t) => t === topic).length;
    asked.push(topic);
    if (lines) parts.push(pickLine(lines, mood, times));
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
  // What the rule's reply already said is not said again.
  const replied = ctx.log.findLast((e) => e.type === 'caller.say');
  const said = replied?.type === 'caller.say' ? replied.text : '';
  const topics = sideTopics(analysis).filter((t) => {
    const lines = answerOf(ctx, t);
    return !lines || !lineTexts(lines).some((l) => said.includes(l.replace(/[.…]+$/, '')));
  });
  return topics.length ? answer(new Update(ctx), topics).done() : {};
}
