/**
 * A live call: the compiled call machine on its own clock, behind the small CallSession
 * interface the UI, the CLI and the tests share. Utterances are analysed here, once, so the
 * machine's guards only read the acts.
 */
import { createActor } from 'xstate';
import { analyze } from '../language/analyze.ts';
import { actsForCaller } from './register.ts';
import { cleanLine, cleanText } from '../language/clean.ts';
import type { AnalysisContext } from '../language/labels.ts';
import type { CallBundle } from '../scenarios/schema.ts';
import { compileCallMachine, type CallEvent, type CallMachine } from './callMachine.ts';
import { CallClock } from './clock.ts';
import { seedOf, traineeInputs, type LogEntry, type TraineeInput } from './events.ts';
import { attemptBundle } from '../scenarios/variables.ts';
import { moodOf } from './mood.ts';
import type { CallSession, CallStatus, CallView } from './session.ts';

const compiled = new WeakMap<CallBundle, CallMachine>();

/** The machine of a scenario, compiled once per bundle. */
export function callMachineFor(bundle: CallBundle): CallMachine {
  let machine = compiled.get(bundle);
  if (!machine) compiled.set(bundle, (machine = compileCallMachine(bundle)));
  return machine;
}

export function analysisContext(bundle: CallBundle): AnalysisContext {
  return {
    facts: bundle.scenario.facts,
    practiceNames: [bundle.practice.name, ...bundle.practice.practitioners.map((p) => p.name)],
    now: bundle.scenario.moment,
    practitioners: bundle.practice.practitioners.map((p) => p.name),
  };
}

/**
 * What the trainee typed, cleaned before it is logged and analysed (NFC, no zero-width or
 * control characters): the spans of its acts index the logged text, and a replay of the log
 * gives the same text again.
 */
export function cleanInput(input: TraineeInput): TraineeInput {
  if (input.type === 'trainee.say') return { ...input, text: cleanLine(input.text) };
  if (input.type !== 'trainee.action') return input;
  const action: Record<string, unknown> = { ...input.action };
  for (const [key, value] of Object.entries(action))
    if (typeof value === 'string') action[key] = key === 'text' ? cleanText(value).trim() : cleanLine(value);
  return { ...input, action: action as typeof input.action };
}

export interface CallOptions {
  /** The log of a call in progress: its trainee inputs are replayed at their times (and its seed). */
  log?: readonly LogEntry[];
  /**
   * The seed a scenario's variables are drawn from (a new attempt: a random one; a script: its
   * own, else 0). A log's own seed wins. Ignored when the scenario has no variables.
   */
  seed?: number;
}

export function createCallSession(template: CallBundle, options: CallOptions = {}): CallSession {
  return prepareCallSession(template, options)();
}

/**
 * A session in two steps: the scenario's variations drawn and its machine compiled now, the
 * session made and started (its log replayed) when the returned function is called. A page does
 * each in a task of its own (DESIGN §12: TBT); `createCallSession` does both at once.
 */
export function prepareCallSession(template: CallBundle, options: CallOptions = {}): () => CallSession {
  const { bundle, variation } = attemptBundle(template, seedOf(options.log) ?? options.seed);
  const machine = callMachineFor(bundle);
  return () => startCallSession(bundle, machine, variation, options);
}

function startCallSession(
  bundle: CallBundle,
  machine: CallMachine,
  variation: ReturnType<typeof attemptBundle>['variation'],
  options: CallOptions,
): CallSession {
  const clock = new CallClock();
  const actor = createActor(machine, {
    clock,
    input: { bundle, now: () => clock.now(), ...(variation ? { variation } : {}) },
  });
  const analysis = analysisContext(bundle);
  const listeners = new Set<(view: CallView) => void>();
  let cached: CallView | undefined;

  const view = (): CallView => {
    if (cached) return cached;
    const snapshot = actor.getSnapshot();
    const { context } = snapshot;
    const status: CallStatus = snapshot.matches('ringing')
      ? 'ringing'
      : snapshot.status === 'done'
        ? 'ended'
        : snapshot.matches('wrapUp')
          ? 'wrapUp'
          : context.onHold
            ? 'onHold'
            : 'talking';
    // The context's log grows in place: a view reads it as it stood, copied only when asked.
    const length = context.log.length;
    let log: readonly LogEntry[] | undefined;
    return (cached = {
      status,
      rings: context.rings,
      t: clock.now(),
      stress: context.stress,
      mood: moodOf(context.stress),
      node: context.node,
      get log() {
        return (log ??= context.log.slice(0, length));
      },
      agenda: context.agenda,
      ...(context.outcome ? { outcome: context.outcome } : {}),
    });
  };

  actor.subscribe(() => {
    cached = undefined;
    if (listeners.size) {
      const current = view();
      for (const listener of listeners) listener(current);
    }
  });
  actor.start();

  /** The analyser's reading, in the register owed to this caller (a child is told « tu »). */
  const heard = (text: string) => {
    const reading = analyze(text, analysis);
    return { ...reading, acts: actsForCaller(reading.acts, text, bundle.caller) };
  };

  const send = (raw: TraineeInput) => {
    if (actor.getSnapshot().status !== 'active') return;
    const input = cleanInput(raw);
    const event: CallEvent = input.type === 'trainee.say' ? { ...input, analysis: heard(input.text) } : input;
    actor.send(event);
  };

  const session: CallSession = {
    bundle,
    view,
    send,
    advance(ms) {
      clock.advance(ms);
      cached = undefined;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stop() {
      listeners.clear();
      actor.stop();
    },
  };

  if (options.log?.length) {
    for (const { t, input } of traineeInputs(options.log)) {
      clock.advanceTo(t);
      send(input);
    }
    clock.advanceTo(options.log.at(-1)!.t);
    cached = undefined;
  }
  return session;
}
