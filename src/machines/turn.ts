/**
 * What each moment of a call does to the call's context: the bodies of the call machine's
 * actions, as pure functions from a context (and an event) to the changed part of it.
 */
import type { Analysis } from '../language/labels.ts';
import { BUILTIN_OUTCOMES } from '../scenarios/builtins.ts';
import type { AnswerTopic, LineVariants, MoodLines, Rule, CallBundle, Outcome } from '../scenarios/schema.ts';
import { applyToAgenda, callAgenda } from './agenda.ts';
import { conditionsHold, type CallFacts, type DoneAction, type Turn } from './conditions.ts';
import type { CallerLineCause, HangupReason, LogEntry, LogEntryOf, ToolAction } from './events.ts';
import { actsStressDelta, clampStress, CONFUSED_STRESS, SILENCE_PROMPT_STRESS } from './mood.ts';
import { callerLine, saysWhen } from './reflex.ts';
import { Update } from './update.ts';
import type { AgendaSlot } from './session.ts';

export interface SettledOutcome {
  id: string;
  label: string;
  verdict: Outcome['verdict'];
  critical?: Outcome['critical'];
}

export interface CallContext {
  bundle: CallBundle;
  now: () => number;
  log: LogEntry[];
  rings: number;
  stress: number;
  node: string;
  turnsInNode: number;
  covered: string[];
  done: DoneAction[];
  agenda: AgendaSlot[];
  onHold: boolean;
  /** The caller has said goodbye and hangs up at once. */
  leaving: boolean;
  /** How many caller lines of each cause were said: variants are said in turn. */
  lineCounts: Partial<Record<CallerLineCause, number>>;
  outcome?: SettledOutcome;
  /** Topics the caller has answered, in order (a topic asked again gets the next variant). */
  answered: AnswerTopic[];
  /**
   * A slot offered in words, accepted, that moved the conversation as its booking would: booking
   * it with the tool settles what the booking rule settles (`settle`).
   */
  offer?: { start: string; practitioner: string; settle?: string };
  /** After a booking done without a word, the line the caller keeps until told when it is. */
  deferredLine?: LineVariants;
  /** The trainee said they are looking or doing something: the caller waits longer in silence. */
  waiting: boolean;
  /**
   * Picked up, and the caller has not spoken yet: they wait for the secretary's greeting
   * (`OPENING_WAIT_MS`) before their opening line.
   */
  opening?: boolean;
}

/**
 * After the pickup the caller waits this long for the secretary's words (typing restarts the
 * wait), then says their opening line (« Allô ? … »).
 */
export const OPENING_WAIT_MS = 3500;

/** Words that only answer the phone: « allô », « oui, bonjour », « c’est bien le cabinet ? ». */
const PHATIC_WORDS =
  /\b(?:allo|oui|ouais|bonjour|bonsoir|madame|monsieur|mademoiselle|ah|enfin|hein|euh|docteure?|cabinet|medical|chez|le|la|de|du|des|c'est|bien)\b/g;

function foldLine(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[’‘]/g, "'");
}

/**
 * Whether every variant of the opening line only answers the phone (« Allô ? Oui, bonjour. »,
 * « C’est bien le cabinet de pédiatrie ? »): once the secretary has greeted, such a line is not
 * said and the caller comes to their request. A line that tells something (who calls, « c’est
 * urgent », « c’est pour mon bébé ») is said after the greeting.
 */
export function onlyAnswersThePhone(lines: LineVariants): boolean {
  const texts = (Array.isArray(lines) ? lines : [lines]).flatMap((l) =>
    typeof l === 'string' ? [l] : Object.values(l).filter((x): x is string => typeof x === 'string'),
  );
  return texts.every((text) => {
    const rest = foldLine(text)
      .replace(/\([^)]*\)/g, ' ')
      // « c’est bien le cabinet de la docteure Aubrac ? »: asking whether it is the right number.
      .replace(/c'est (?:bien )?(?:le|la|chez)\b[^?.!]*\?/g, ' ')
      .replace(PHATIC_WORDS, ' ');
    return !/\p{L}/u.test(rest);
  });
}

export type CallUpdate = Partial<CallContext>;

export function initialContext(
  bundle: CallBundle,
  now: () => number,
  variation?: LogEntryOf<'variation'>,
): CallContext {
  return {
    bundle,
    now,
    log: variation ? [variation] : [],
    rings: 0,
    stress: bundle.caller.stress,
    node: bundle.scenario.start,
    turnsInNode: 0,
    covered: [],
    done: [],
    agenda: callAgenda(bundle),
    onHold: false,
    leaving: false,
    lineCounts: {},
    answered: [],
    waiting: false,
  };
}

/**
 * Records an outcome, unless a critical one is already settled: it can never be replaced, except
 * by a critical outcome of another rule, which is logged too (advice given, then a bébé fiévreux
 * booked for Friday: both faults stand, the scorer reads every critical outcome of the log).
 */
export function settle(u: Update, id: string): Update {
  const current = u.patch.outcome ?? u.ctx.outcome;
  const outcome = outcomeById(u.ctx.bundle, id);
  if (
    current?.critical &&
    (!outcome.critical || u.log.some((e) => e.type === 'outcome' && e.critical === outcome.critical))
  )
    return u;
  u.patch.outcome = outcome;
  return u.add({
    type: 'outcome',
    id,
    verdict: outcome.verdict,
    ...(outcome.critical ? { critical: outcome.critical } : {}),
  });
}

export function outcomeById(bundle: CallBundle, id: string): SettledOutcome {
  const outcome: Outcome | undefined =
    bundle.scenario.outcomes[id] ?? (BUILTIN_OUTCOMES as Record<string, Outcome>)[id];
  if (!outcome) throw new Error(`Issue inconnue : « ${id} »`);
  return {
    id,
    label: outcome.label,
    verdict: outcome.verdict,
    ...(outcome.critical ? { critical: outcome.critical } : {}),
  };
}

export function callFacts(ctx: CallContext, turn: Turn): CallFacts {
  const stress =
    turn.kind === 'say' ? clampStress(ctx.stress + actsStressDelta(turn.analysis.acts)) : ctx.stress;
  return {
    covered: ctx.covered,
    done: ctx.done,
    stress,
    turnsInNode: ctx.turnsInNode + (turn.kind === 'say' ? 1 : 0),
    directory: ctx.bundle.practice.directory,
  };
}

/** The tool action as it would resolve against the agenda now. */
export function resolveAction(ctx: CallContext, action: ToolAction) {
  return applyToAgenda(ctx.agenda, action, ctx.bundle.scenario.moment, ctx.bundle.practice);
}

export function actionTurn(ctx: CallContext, action: ToolAction): Turn {
  const change = resolveAction(ctx, action);
  if (change.refused) return { kind: 'none' };
  return { kind: 'action', done: doneOf(action, change) };
}

function doneOf(action: ToolAction, change: ReturnType<typeof resolveAction>): DoneAction {
  return {
    action,
    ...(change.slot ? { slot: change.slot } : {}),
    ...(change.from ? { from: change.from } : {}),
  };
}

export function ruleHolds(ctx: CallContext, rule: Rule, turn: Turn): boolean {
  return conditionsHold(rule.when, callFacts(ctx, turn), turn);
}

// ---------------------------------------------------------------- the moments of a call

export function ring(ctx: CallContext): CallUpdate {
  const rings = ctx.rings + 1;
  return { ...new Update(ctx).add({ type: 'ring', n: rings }).done(), rings };
}

/** The caller picks up the line and waits for the secretary to speak first. */
export function pickUp(ctx: CallContext): CallUpdate {
  return { ...new Update(ctx).add({ type: 'pickup' }).done(), opening: true };
}

/** Nobody spoke after the pickup: the caller says their opening line (« Allô ? »). */
export function sayOpening(ctx: CallContext): CallUpdate {
  if (!ctx.opening) return {};
  const { scenario } = ctx.bundle;
  const start = scenario.nodes[scenario.start]!;
  return { ...new Update(ctx).say(start.say, 'node', { node: scenario.start }).done(), opening: false };
}

export function hearUtterance(ctx: CallContext, text: string, analysis: Analysis): CallUpdate {
  const u = new Update(ctx).add({
    type: 'trainee.say',
    text,
    acts: analysis.acts,
    facts: analysis.facts,
    ...(analysis.greeting ? { greeting: analysis.greeting } : {}),
    ...(analysis.intents?.length ? { intents: analysis.intents } : {}),
    ...(analysis.entities?.length ? { entities: analysis.entities } : {}),
    ...(analysis.confidence !== undefined ? { confidence: analysis.confidence } : {}),
  });
  if (!ctx.onHold) u.moveStress(actsStressDelta(analysis.acts), 'act');
  // The secretary spoke first: the caller's opening line answers it, unless it only answers the
  // phone; the line is then heard by the opening node's rules as before.
  const start = ctx.bundle.scenario.nodes[ctx.bundle.scenario.start]!;
  if (ctx.opening && !onlyAnswersThePhone(start.say))
    u.say(start.say, 'node', { node: ctx.bundle.scenario.start });
  const covered = [...ctx.covered, ...analysis.facts.filter((f) => !ctx.covered.includes(f))];
  // The line kept after a silent booking waits for the trainee to say when; anything else drops it.
  const keep = ctx.deferredLine !== undefined && saysWhen(analysis);
  return {
    ...u.done(),
    covered,
    turnsInNode: ctx.turnsInNode + 1,
    waiting: false,
    opening: false,
    ...(keep ? {} : { deferredLine: undefined }),
  };
}

export function doAction(ctx: CallContext, action: ToolAction): CallUpdate {
  const change = resolveAction(ctx, action);
  const u = new Update(ctx).add({
    type: 'trainee.action',
    action,
    ...(change.slot ? { slot: change.slot } : {}),
    ...(change.from ? { from: change.from } : {}),
    ...(change.refused ? { refused: change.refused } : {}),
  });
  if (change.refused) return u.done();
  const done = doneOf(action, change);
  return { ...u.done(), agenda: [...change.agenda], done: [...ctx.done, done] };
}

export interface RuleOptions {
  /** Record the rule's outcome (not for a slot only agreed in words: the tool books it). */
  settle?: boolean;
  /** A booking done without a word: the caller asks when, and keeps the rule's line for later. */
  silentBooking?: boolean;
  /**
   * A tool action that records what the caller already heard (the 15 said aloud, then the
   * redirect clicked): a rule that keeps them where they are says nothing, rather than make
   * them repeat the line they just said.
   */
  action?: boolean;
}

/** Fires a rule, on a context where the trainee's utterance or action is already recorded. */
export function applyRule(ctx: CallContext, rule: Rule, options: RuleOptions = {}): CallUpdate {
  const u = new Update(ctx);
  if (rule.effects?.stress) u.moveStress(rule.effects.stress, 'rule');
  if (rule.settle && options.settle !== false) settle(u, rule.settle);
  if (rule.goto && rule.goto !== ctx.node) {
    u.patch.node = rule.goto;
    u.patch.turnsInNode = 0;
  }
  const target = rule.goto ? ctx.bundle.scenario.nodes[rule.goto] : undefined;
  const line = rule.reply ?? target?.say;
  if (line && options.silentBooking && !rule.end) {
    u.say(callerLine(ctx, 'whenBooked'), 'when-booked');
    u.patch.deferredLine = line;
  } else if (rule.reply && options.action && justSaid(ctx, rule.reply)) {
    // The tool records what was just agreed in words (« je vous inscris sur la liste ? » « Oui,
    // inscrivez-moi »): the caller does not say it twice.
  } else if (rule.reply)
    u.say(
      !Array.isArray(rule.reply) && staysPut(rule, ctx.node) && saidBefore(ctx, rule.reply)
        ? recalled(rule.reply)
        : rule.reply,
      'reply',
    );
  else if (target && !(options.action && rule.goto === ctx.node)) u.say(target.say, 'node');
  if (rule.end) u.patch.leaving = true;
  return u.done();
}

/** A rule that keeps the caller where they stand and settles nothing: a reaction, not a step. */
export const staysPut = (rule: Rule, node: string) =>
  !rule.settle && !rule.end && (rule.goto === undefined || rule.goto === node);

const textsOf = (lines: LineVariants): string[] =>
  (Array.isArray(lines) ? lines : [lines]).flatMap((l: MoodLines) =>
    typeof l === 'string' ? [l] : [l.calm, l.tense, l.upset].filter((x): x is string => x !== undefined),
  );

/** The caller said one of these lines in reply to the trainee's last words. */
function justSaid(ctx: CallContext, lines: LineVariants): boolean {
  const texts = new Set(textsOf(lines));
  for (let i = ctx.log.length - 1; i >= 0; i--) {
    const e = ctx.log[i]!;
    if (e.type === 'trainee.say') return false;
    if (e.type === 'caller.say' && texts.has(e.text)) return true;
  }
  return false;
}

/** The caller already said one of these lines in this call. */
export function saidBefore(ctx: CallContext, lines: LineVariants): boolean {
  const texts = new Set(textsOf(lines));
  return ctx.log.some((e) => e.type === 'caller.say' && (texts.has(e.text) || texts.has(unrecalled(e.text))));
}

/**
 * A long line said again is said as a reminder (« Je vous l'ai dit… », « Je vous demandais… »),
 * not word for word as if new.
 */
const RECALL = 'Je vous l’ai dit… ';
const ASKED_AGAIN = 'Je vous demandais… ';
const LONG_LINE = 60;
const unrecalled = (text: string) =>
  text.startsWith(RECALL)
    ? text.slice(RECALL.length)
    : text.startsWith(ASKED_AGAIN)
      ? text.slice(ASKED_AGAIN.length)
      : text;
function recall(text: string): string {
  if (text.length < LONG_LINE) return text;
  return (text.trim().endsWith('?') ? ASKED_AGAIN : RECALL) + text.replace(/^…\s*/, '');
}
function recalled(lines: LineVariants): LineVariants {
  const one = (l: MoodLines): MoodLines =>
    typeof l === 'string'
      ? recall(l)
      : {
          calm: recall(l.calm),
          ...(l.tense !== undefined ? { tense: recall(l.tense) } : {}),
          ...(l.upset !== undefined ? { upset: recall(l.upset) } : {}),
        };
  return Array.isArray(lines) ? lines.map(one) : one(lines);
}

/** Nothing the scenario expects: the caller asks again, a little more on edge. */
export function confused(ctx: CallContext): CallUpdate {
  const node = ctx.bundle.scenario.nodes[ctx.node];
  return new Update(ctx)
    .moveStress(CONFUSED_STRESS, 'confused')
    .say(node?.otherwise ?? ctx.bundle.caller.lines.confused, 'confused')
    .done();
}

/** A caller says about 15 characters a second; a reply is heard out before silence counts. */
export const SPEAKING_MS_PER_CHAR = 1000 / 15;
/** The longest a reply is taken to last (a long story is cut in by the secretary). */
export const SPEAKING_MS_MAX = 20_000;

/**
 * How long the caller's reply to the trainee's last input lasts when said aloud: the lines said
 * since that input, at a speaking pace. « Allô ? » 10 s after a 300-character story would cut
 * the caller's own words.
 */
export function replySpeakingMs(ctx: CallContext): number {
  let chars = 0;
  for (let i = ctx.log.length - 1; i >= 0; i--) {
    const e = ctx.log[i]!;
    if (e.type === 'caller.say') chars += e.text.length;
    else if (e.type !== 'stress' && e.type !== 'outcome') break;
  }
  return Math.min(SPEAKING_MS_MAX, Math.round(chars * SPEAKING_MS_PER_CHAR));
}

export function silencePrompt(ctx: CallContext): CallUpdate {
  const node = ctx.bundle.scenario.nodes[ctx.node];
  return new Update(ctx)
    .moveStress(SILENCE_PROMPT_STRESS, 'silence')
    .say(node?.prompt ?? ctx.bundle.caller.lines.prompt, 'prompt')
    .done();
}

/** The trainee started or went on typing a reply: noted, and the caller keeps listening. */
export function typing(ctx: CallContext): CallUpdate {
  return new Update(ctx).add({ type: 'trainee.typing' }).done();
}

/** On hold past their patience, the caller checks in; their stress rises as after a silence. */
export function holdCheck(ctx: CallContext): CallUpdate {
  return new Update(ctx)
    .moveStress(SILENCE_PROMPT_STRESS, 'hold')
    .say(callerLine(ctx, 'holdCheck'), 'hold-check')
    .done();
}

/** The caller has hung up: the trainee may still finish the message or the agenda. */
export function startWrapUp(ctx: CallContext): CallUpdate {
  return new Update(ctx).add({ type: 'wrapup.start' }).done();
}

/** The after-call time is over: the trainee said so, or its time limit came. */
export function endWrapUp(ctx: CallContext, by: 'trainee' | 'limit'): CallUpdate {
  return new Update(ctx).add({ type: 'wrapup.end', by }).done();
}

/** A line flagged as misunderstood; a flag on anything but a trainee's line is ignored. */
export function flag(ctx: CallContext, turn: number): CallUpdate {
  if (ctx.log[turn]?.type !== 'trainee.say') return {};
  if (ctx.log.some((e) => e.type === 'trainee.flag' && e.turn === turn)) return {};
  return new Update(ctx).add({ type: 'trainee.flag', turn }).done();
}

export function putOnHold(ctx: CallContext): CallUpdate {
  return { ...new Update(ctx).add({ type: 'hold' }).done(), onHold: true };
}

export function resume(ctx: CallContext): CallUpdate {
  return {
    ...new Update(ctx).add({ type: 'resume' }).say(ctx.bundle.caller.lines.holdBack, 'hold-back').done(),
    onHold: false,
  };
}

/** The call ends: last words, the hang-up, and the outcome if none was settled. */
export function hangUp(ctx: CallContext, by: 'trainee' | 'caller', reason: HangupReason): CallUpdate {
  const u = new Update(ctx);
  if (by === 'caller' && reason !== 'done' && reason !== 'missed')
    u.say(ctx.bundle.caller.lines.hangup, 'hangup');
  u.add({ type: 'hangup', by, reason });
  if (!ctx.outcome) settle(u, unsettledOutcome(ctx, by, reason));
  return { ...u.done(), onHold: false };
}

function unsettledOutcome(ctx: CallContext, by: 'trainee' | 'caller', reason: HangupReason): string {
  if (reason === 'missed') return 'appel-manque';
  if (by === 'caller') return 'raccrochage-appelant';
  if (ctx.log.some((e) => e.type === 'pickup')) {
    const facts = callFacts(ctx, { kind: 'none' });
    const rule = ctx.bundle.scenario.onHangup.find((r) => conditionsHold(r.when, facts, { kind: 'none' }));
    if (rule) return rule.outcome;
  }
  return 'sans-suite';
}
