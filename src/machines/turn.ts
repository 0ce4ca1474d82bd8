/**
 * What each moment of a call does to the call's context: the bodies of the call machine's
 * actions, as pure functions from a context (and an event) to the changed part of it.
 */
import type { Analysis } from '../language/labels.ts';
import { BUILTIN_OUTCOMES } from '../scenarios/builtins.ts';
import type { MoodLines, Rule, CallBundle, Outcome } from '../scenarios/schema.ts';
import { applyToAgenda } from './agenda.ts';
import { conditionsHold, type CallFacts, type DoneAction, type Turn } from './conditions.ts';
import type { CallerLineCause, HangupReason, LogEntry, StressCause, ToolAction } from './events.ts';
import {
  actsStressDelta,
  clampStress,
  CONFUSED_STRESS,
  lineFor,
  moodOf,
  SILENCE_PROMPT_STRESS,
} from './mood.ts';
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
  outcome?: SettledOutcome;
}

export type CallUpdate = Partial<CallContext>;

export function initialContext(bundle: CallBundle, now: () => number): CallContext {
  return {
    bundle,
    now,
    log: [],
    rings: 0,
    stress: bundle.caller.stress,
    node: bundle.scenario.start,
    turnsInNode: 0,
    covered: [],
    done: [],
    agenda: bundle.practice.agenda.map((s) => ({ ...s })),
    onHold: false,
    leaving: false,
  };
}

// A small builder so that one action can append several entries and stress changes in order.
// The log is append-only and appended in place: copying it at every turn made a call of n turns
// cost n² (a 100,000-step script never finished). Sessions hand out snapshots of it
// (`CallSession.view().log`), never the array itself.
class Update {
  readonly log: LogEntry[];
  stress: number;
  readonly patch: CallUpdate = {};

  constructor(readonly ctx: CallContext) {
    this.log = ctx.log;
    this.stress = ctx.stress;
  }

  add(entry: DistributiveOmit<LogEntry, 't'>): this {
    this.log.push({ t: this.ctx.now(), ...entry } as LogEntry);
    return this;
  }

  moveStress(delta: number, why: StressCause): this {
    const value = clampStress(this.stress + delta);
    if (value !== this.stress) this.add({ type: 'stress', value, delta: value - this.stress, why });
    this.stress = value;
    return this;
  }

  say(lines: MoodLines, cause: CallerLineCause, node = this.patch.node ?? this.ctx.node): this {
    const mood = moodOf(this.stress);
    return this.add({ type: 'caller.say', text: lineFor(lines, mood), node, mood, cause });
  }

  settle(id: string): this {
    const current = this.patch.outcome ?? this.ctx.outcome;
    if (current?.critical) return this;
    const outcome = outcomeById(this.ctx.bundle, id);
    this.patch.outcome = outcome;
    return this.add({
      type: 'outcome',
      id,
      verdict: outcome.verdict,
      ...(outcome.critical ? { critical: outcome.critical } : {}),
    });
  }

  done(): CallUpdate {
    return { ...this.patch, log: this.log, stress: this.stress };
  }
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

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
  return { kind: 'action', done: { action, ...(change.slot ? { slot: change.slot } : {}) } };
}

export function ruleHolds(ctx: CallContext, rule: Rule, turn: Turn): boolean {
  return conditionsHold(rule.when, callFacts(ctx, turn), turn);
}

// ---------------------------------------------------------------- the moments of a call

export function ring(ctx: CallContext): CallUpdate {
  const rings = ctx.rings + 1;
  return { ...new Update(ctx).add({ type: 'ring', n: rings }).done(), rings };
}

export function pickUp(ctx: CallContext): CallUpdate {
  const { scenario } = ctx.bundle;
  const start = scenario.nodes[scenario.start]!;
  return new Update(ctx).add({ type: 'pickup' }).say(start.say, 'node', scenario.start).done();
}

export function hearUtterance(ctx: CallContext, text: string, analysis: Analysis): CallUpdate {
  const u = new Update(ctx).add({
    type: 'trainee.say',
    text,
    acts: analysis.acts,
    facts: analysis.facts,
    ...(analysis.greeting ? { greeting: analysis.greeting } : {}),
  });
  if (!ctx.onHold) u.moveStress(actsStressDelta(analysis.acts), 'act');
  const covered = [...ctx.covered, ...analysis.facts.filter((f) => !ctx.covered.includes(f))];
  return { ...u.done(), covered, turnsInNode: ctx.turnsInNode + 1 };
}

export function doAction(ctx: CallContext, action: ToolAction): CallUpdate {
  const change = resolveAction(ctx, action);
  const u = new Update(ctx).add({
    type: 'trainee.action',
    action,
    ...(change.slot ? { slot: change.slot } : {}),
    ...(change.refused ? { refused: change.refused } : {}),
  });
  if (change.refused) return u.done();
  const done: DoneAction = { action, ...(change.slot ? { slot: change.slot } : {}) };
  return { ...u.done(), agenda: [...change.agenda], done: [...ctx.done, done] };
}

/** Fires a rule, on a context where the trainee's utterance or action is already recorded. */
export function applyRule(ctx: CallContext, rule: Rule): CallUpdate {
  const u = new Update(ctx);
  if (rule.effects?.stress) u.moveStress(rule.effects.stress, 'rule');
  if (rule.settle) u.settle(rule.settle);
  if (rule.goto && rule.goto !== ctx.node) {
    u.patch.node = rule.goto;
    u.patch.turnsInNode = 0;
  }
  const target = rule.goto ? ctx.bundle.scenario.nodes[rule.goto] : undefined;
  if (rule.reply) u.say(rule.reply, 'reply');
  else if (target) u.say(target.say, 'node');
  if (rule.end) u.patch.leaving = true;
  return u.done();
}

/** Nothing the scenario expects: the caller asks again, a little more on edge. */
export function confused(ctx: CallContext): CallUpdate {
  const node = ctx.bundle.scenario.nodes[ctx.node];
  return new Update(ctx)
    .moveStress(CONFUSED_STRESS, 'confused')
    .say(node?.otherwise ?? ctx.bundle.caller.lines.confused, 'confused')
    .done();
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
  if (!ctx.outcome) u.settle(unsettledOutcome(ctx, by, reason));
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
