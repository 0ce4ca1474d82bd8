/**
 * One pass over an attempt log that finds what every criterion asks about: who spoke when,
 * which tool actions were done, the caller's stress before each entry, the final outcome.
 * Each trainee line is read again by the analyser (readings.ts): the acts, facts and greeting
 * stored in the log are never trusted, so a stored attempt scores as the analyser reads it now.
 * Stored logs are only loosely checked (src/storage/records.ts), so missing arrays are read as
 * empty and unknown entry types are skipped.
 */
import type { LogEntry, LogEntryOf } from '../machines/events.ts';
import { BUILTIN_OUTCOMES } from '../scenarios/builtins.ts';
import type { Act, ActLabel, Intent, IntentType } from '../language/labels.ts';
import type { Outcome, ScenarioBundle } from '../scenarios/schema.ts';
import { readLine, type Reading } from './readings.ts';
import { quoteOf } from './text.ts';
import type { Evidence, Quote } from './types.ts';

/** A trainee line with the reading the scorer made of it. */
export type Say = LogEntryOf<'trainee.say'> &
  Pick<Reading, 'intents' | 'entities' | 'confidence' | 'restated' | 'rephrase'>;
export type Action = LogEntryOf<'trainee.action'>;
export type CallerSay = LogEntryOf<'caller.say'>;

export interface Trace {
  bundle: ScenarioBundle;
  /** The log, each trainee line carrying the scorer's reading of it (`Say`). */
  log: readonly LogEntry[];
  /** Index of the pickup, -1 for a missed call. */
  pickup: number;
  /** Rings heard before the pickup (all of them for a missed call). */
  rings: number;
  /** Indices of the trainee's utterances, in order. */
  says: number[];
  /** Indices of the caller's lines. */
  callerLines: number[];
  /** Indices of the trainee's tool actions, refused ones included. */
  actions: number[];
  holds: number[];
  resumes: number[];
  /** Index of the last `outcome` entry, -1 if none. */
  outcome: number;
  /** Index of the hang-up, -1 if the log has none. */
  hangup: number;
  /** Index of the first non-refused tool action or settled outcome: where the trainee acted. */
  acting: number;
  /** The caller's stress before each entry (index-aligned with the log). */
  stressBefore: number[];
  /**
   * The after-call time (« travail après appel »): from the caller's hang-up to the trainee
   * closing the attempt. Its tool actions are real work; its time is neither silence nor call.
   * -1 when the log has none.
   */
  wrapupStart: number;
  wrapupEnd: number;
}

export function acts(entry: Say): readonly Act[] {
  return Array.isArray(entry.acts) ? entry.acts : [];
}

/** The first of these intents the line carries. */
export function intentOf(entry: Say, ...types: IntentType[]): Intent | undefined {
  return (Array.isArray(entry.intents) ? entry.intents : []).find((i) => types.includes(i.type));
}

export function hasAct(entry: Say, ...types: ActLabel[]): boolean {
  return acts(entry).some((a) => types.includes(a.type));
}

export function firstAct(entry: Say, ...types: ActLabel[]): Act | undefined {
  return acts(entry).find((a) => types.includes(a.type));
}

export function textOf(entry: LogEntryOf<'trainee.say'>): string {
  return typeof entry.text === 'string' ? entry.text : '';
}

export function isDone(entry: Action): boolean {
  return !entry.refused;
}

function reread(bundle: ScenarioBundle, e: LogEntryOf<'trainee.say'>): Say {
  const reading = readLine(bundle, typeof e.text === 'string' ? e.text : '');
  const say: Say = {
    t: e.t,
    type: 'trainee.say',
    text: e.text,
    acts: reading.acts,
    facts: reading.facts,
    intents: reading.intents,
    entities: reading.entities,
    confidence: reading.confidence,
    restated: reading.restated,
  };
  if (reading.rephrase) say.rephrase = reading.rephrase;
  if (reading.greeting) say.greeting = reading.greeting;
  return say;
}

export function buildTrace(bundle: ScenarioBundle, original: readonly LogEntry[]): Trace {
  const log = original.map((e) => (e.type === 'trainee.say' ? reread(bundle, e) : e));
  const trace: Trace = {
    bundle,
    log,
    pickup: -1,
    rings: 0,
    says: [],
    callerLines: [],
    actions: [],
    holds: [],
    resumes: [],
    outcome: -1,
    hangup: -1,
    acting: -1,
    stressBefore: new Array<number>(log.length),
    wrapupStart: -1,
    wrapupEnd: -1,
  };
  let stress = bundle.caller.stress;
  for (let i = 0; i < log.length; i++) {
    const e = log[i]!;
    trace.stressBefore[i] = stress;
    switch (e.type) {
      case 'ring':
        if (trace.pickup < 0) trace.rings++;
        break;
      case 'pickup':
        if (trace.pickup < 0) trace.pickup = i;
        break;
      case 'trainee.say':
        trace.says.push(i);
        break;
      case 'caller.say':
        trace.callerLines.push(i);
        break;
      case 'trainee.action':
        trace.actions.push(i);
        if (trace.acting < 0 && isDone(e)) trace.acting = i;
        break;
      case 'hold':
        trace.holds.push(i);
        break;
      case 'resume':
        trace.resumes.push(i);
        break;
      case 'stress':
        if (typeof e.value === 'number') stress = e.value;
        break;
      case 'outcome':
        trace.outcome = i;
        if (trace.acting < 0) trace.acting = i;
        break;
      case 'hangup':
        if (trace.hangup < 0) trace.hangup = i;
        break;
      case 'wrapup.start':
        if (trace.wrapupStart < 0) trace.wrapupStart = i;
        break;
      case 'wrapup.end':
        if (trace.wrapupEnd < 0) trace.wrapupEnd = i;
        break;
    }
  }
  return trace;
}

/** The entry at an index, narrowed to its type (the trace only stores indices of that type). */
export function at<T extends LogEntry['type']>(
  trace: Trace,
  index: number,
  _type: T,
): T extends 'trainee.say' ? Say : LogEntryOf<T> {
  return trace.log[index] as T extends 'trainee.say' ? Say : LogEntryOf<T>;
}

/** Whether a log entry falls in the after-call time (after the caller hung up). */
export function inWrapup(trace: Trace, index: number): boolean {
  return (
    trace.wrapupStart >= 0 && index > trace.wrapupStart && (trace.wrapupEnd < 0 || index < trace.wrapupEnd)
  );
}

/** The last index of the call: the hang-up, or the last entry of an unfinished log. */
export function endIndex(trace: Trace): number {
  return trace.hangup >= 0 ? trace.hangup : Math.max(0, trace.log.length - 1);
}

/** Evidence about a log entry, with a quote of the trainee's words when a span is given. */
export function evidence(
  trace: Trace,
  turn: number,
  points: number,
  why: string,
  span?: readonly [number, number],
): Evidence {
  const entry = trace.log[turn];
  const item: Evidence = { turn, t: entry?.t ?? 0, points, why };
  if (span && entry?.type === 'trainee.say') item.quote = quoteOf(textOf(entry), span);
  return item;
}

export function quoteAct(entry: Say, act: Act | undefined): Quote | undefined {
  return act ? quoteOf(textOf(entry), act.span) : undefined;
}

export interface OutcomeInfo extends Outcome {
  id: string;
}

/** The final outcome as the scenario (or the built-ins) define it; `sans-suite` if none was logged. */
export function finalOutcome(trace: Trace): OutcomeInfo {
  return outcomeAt(trace, trace.outcome);
}

/**
 * The last outcome settled before `index` that is not critical: where the call was going when a
 * critical outcome took over (a booking right, then a disclosure). Undefined when none.
 */
export function pathBefore(trace: Trace, index: number): { index: number; outcome: OutcomeInfo } | undefined {
  for (let i = index - 1; i > trace.pickup; i--) {
    if (trace.log[i]?.type !== 'outcome') continue;
    const outcome = outcomeAt(trace, i);
    if (!outcome.critical) return { index: i, outcome };
  }
  return undefined;
}

/** The outcome logged at an index (`sans-suite` when the index holds none). */
export function outcomeAt(trace: Trace, index: number): OutcomeInfo {
  const logged = index >= 0 ? trace.log[index] : undefined;
  const entry = logged?.type === 'outcome' ? logged : undefined;
  const id = entry?.id ?? 'sans-suite';
  const defined: Outcome | undefined =
    trace.bundle.scenario.outcomes[id] ?? (BUILTIN_OUTCOMES as Record<string, Outcome>)[id];
  const outcome: OutcomeInfo = {
    id,
    label: defined?.label ?? id,
    reason: defined?.reason ?? '',
    verdict: entry?.verdict ?? defined?.verdict ?? 'wrong',
  };
  const critical = entry ? entry.critical : defined?.critical;
  if (critical) outcome.critical = critical;
  return outcome;
}

/** Index of the next trainee utterance after `index`, or -1. */
export function nextSays(trace: Trace, index: number, count: number): number[] {
  const out: number[] = [];
  for (const i of trace.says) {
    if (i > index) out.push(i);
    if (out.length === count) break;
  }
  return out;
}
