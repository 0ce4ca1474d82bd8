/**
 * What goes into a call (trainee inputs) and what comes out of it (the attempt log).
 * The log is append-only; `t` is milliseconds since the phone started ringing.
 * Replaying the trainee inputs of a log at the same `t` reproduces the log exactly.
 */
import type { Act } from '../language/labels.ts';
import type { Mood, Verdict, CriticalRule } from '../scenarios/schema.ts';

/** A tool action of the trainee. */
export type ToolAction =
  | { kind: 'book'; slot: string; type?: string; patient?: string; practitioner?: string }
  | { kind: 'move'; from: string; to: string }
  | { kind: 'cancel'; slot: string }
  | { kind: 'waitlist'; patient?: string; note?: string }
  | { kind: 'callback'; number?: string; note?: string }
  | {
      kind: 'message';
      text: string;
      from?: string;
      callbackNumber?: string;
      urgency?: 'normal' | 'urgent';
      for?: string;
    }
  | { kind: 'transfer'; to: 'doctor' }
  | { kind: 'redirect'; to: string };

export type TraineeInput =
  | { type: 'trainee.pickup' }
  | { type: 'trainee.say'; text: string }
  | { type: 'trainee.action'; action: ToolAction }
  | { type: 'trainee.hold' }
  | { type: 'trainee.resume' }
  | { type: 'trainee.hangup' }
  /** The trainee is typing a reply: on the phone they would already be speaking. */
  | { type: 'trainee.typing' };

export type CallerLineCause =
  | 'node' // the line of the node the conversation moved to
  | 'reply' // a rule's own reply
  | 'prompt' // after a silence
  | 'confused' // nothing matched what the trainee said or did
  | 'hold-back' // back from hold
  | 'hangup'; // the caller's last words before hanging up

export type HangupReason =
  | 'trainee' // the trainee hung up
  | 'done' // the caller hung up at the end of the conversation
  | 'silence' // past the caller's patience after a silence prompt
  | 'hold' // left on hold too long
  | 'stress' // the caller's stress reached their limit
  | 'missed'; // nobody picked up

/** The slot a book / move / cancel resolved to, as the agenda had it. */
export interface ResolvedSlot {
  start: string;
  minutes: number;
  practitioner: string;
  /** What the slot was before the action: free, urgent (kept for urgencies) or booked. */
  was: 'free' | 'urgent' | 'booked';
  type?: string;
}

export type LogEntry = { t: number } & (
  | { type: 'ring'; n: number }
  | { type: 'pickup' }
  | {
      type: 'trainee.say';
      text: string;
      acts: Act[];
      facts: string[];
      greeting?: { namesPractice: boolean; namesSpeaker: boolean };
    }
  | {
      type: 'trainee.action';
      action: ToolAction;
      /** The slot the action touched, for book / move / cancel. */
      slot?: ResolvedSlot;
      /** Why the action could not be done, in French (no such slot, already taken…). */
      refused?: string;
    }
  | { type: 'hold' }
  | { type: 'resume' }
  | { type: 'trainee.typing' }
  | { type: 'caller.say'; text: string; node: string; mood: Mood; cause: CallerLineCause }
  | { type: 'stress'; value: number; delta: number; why: StressCause }
  | { type: 'outcome'; id: string; verdict: Verdict; critical?: CriticalRule }
  | { type: 'hangup'; by: 'trainee' | 'caller'; reason: HangupReason }
);

export type StressCause =
  | 'act' // an act of the utterance (empathy calms, a blunt refusal angers…)
  | 'rule' // an effect of the scenario
  | 'silence'
  | 'confused'
  | 'hold';

export type LogEntryOf<T extends LogEntry['type']> = Extract<LogEntry, { type: T }>;

type InputReader = { [K in LogEntry['type']]?: (entry: LogEntryOf<K>) => TraineeInput | undefined };

/**
 * Every log entry that records a trainee input, and the input it records: the one list a
 * replay (resuming a call, `src/scoring/replay.ts`) reads. An entry type not listed here is
 * derived (the machines write it), never read back. A new kind of input adds one line.
 */
const INPUT_READERS: InputReader = {
  pickup: () => ({ type: 'trainee.pickup' }),
  'trainee.say': (e) => ({ type: 'trainee.say', text: e.text }),
  'trainee.action': (e) => ({ type: 'trainee.action', action: e.action }),
  hold: () => ({ type: 'trainee.hold' }),
  resume: () => ({ type: 'trainee.resume' }),
  'trainee.typing': () => ({ type: 'trainee.typing' }),
  hangup: (e) => (e.by === 'trainee' ? { type: 'trainee.hangup' } : undefined),
};

/** True when entries of this type may record a trainee input. */
export function isInputEntryType(type: string): boolean {
  return Object.hasOwn(INPUT_READERS, type);
}

/** The trainee input a log entry records, if it records one. */
export function inputOf(entry: LogEntry): TraineeInput | undefined {
  if (!isInputEntryType(entry.type)) return undefined;
  const read = INPUT_READERS[entry.type] as ((e: LogEntry) => TraineeInput | undefined) | undefined;
  return read?.(entry);
}

/** The inputs of a log, with their times: what a replay feeds a fresh call. */
export function traineeInputs(log: readonly LogEntry[]): { t: number; input: TraineeInput }[] {
  const inputs: { t: number; input: TraineeInput }[] = [];
  for (const e of log) {
    const input = inputOf(e);
    if (input) inputs.push({ t: e.t, input });
  }
  return inputs;
}
