/**
 * What goes into a call (trainee inputs) and what comes out of it (the attempt log).
 * The log is append-only; `t` is milliseconds since the phone started ringing.
 * Replaying the trainee inputs of a log at the same `t` reproduces the log exactly.
 */
import type { Act, Confidence, Entity, Intent } from '../language/labels.ts';
import type { Mood, Verdict, CriticalRule } from '../scenarios/schema.ts';

/** What an SMS about an appointment is for. */
export type SmsPurpose = 'confirmation' | 'reminder' | 'cancellation';

/** A tool action of the trainee. */
export type ToolAction =
  | { kind: 'book'; slot: string; type?: string; patient?: string; practitioner?: string }
  /** `practitioner`: the appointment's (several practitioners may share a time). */
  | { kind: 'move'; from: string; to: string; practitioner?: string }
  | { kind: 'cancel'; slot: string; practitioner?: string }
  /** An SMS about an appointment, where the practice sends them (`rules.sms`). */
  | { kind: 'sms'; slot: string; practitioner?: string; purpose: SmsPurpose }
  | { kind: 'waitlist'; patient?: string; note?: string }
  | { kind: 'callback'; number?: string; note?: string }
  | {
      kind: 'message';
      text: string;
      from?: string;
      callbackNumber?: string;
      urgency?: 'normal' | 'urgent';
      for?: string;
      /** The patient's date of birth, as typed. Absent: the form had no such field (before rubric 2). */
      birthDate?: string;
      /** Treatments in progress, where the practice asks for them. Absent: no such field. */
      treatment?: string;
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
  | { type: 'trainee.typing' }
  /** After-call work is over (« Terminer »): the attempt closes. */
  | { type: 'trainee.done' }
  /** « Ce n’est pas ce que je voulais dire »: `turn` is the log index of the trainee's line. */
  | { type: 'trainee.flag'; turn: number };

export type CallerLineCause =
  | 'node' // the line of the node the conversation moved to
  | 'reply' // a rule's own reply
  | 'prompt' // after a silence
  | 'confused' // nothing matched what the trainee said or did
  | 'hold-back' // back from hold
  | 'hold-check' // on hold past their patience, the caller checks in
  | 'hangup' // the caller's last words before hanging up
  | 'answer' // the caller answers what was asked (name, date of birth…)
  | 'dont-know' // asked something the caller does not know
  | 'clarify' // the caller did not quite get the line and asks
  | 'wait' // the trainee is looking or doing something: the caller waits
  | 'ack' // a recap or confirmation acknowledged
  | 'offer' // a slot offered in words, accepted or questioned
  | 'when-booked' // a booking done without a word: the caller asks when it is
  | 'hold-return' // « merci d'avoir patienté »: the trainee is back
  | 'no-slot' // « je n'ai rien demain »: the caller asks when, then
  | 'safety-net'; // « rappelez si ça empire »: advice for later, acknowledged

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
  /** The patient of a booked slot touched (move's origin, cancel, sms). */
  patient?: string;
  /** The appointment touched is the caller's own (the scenario's `appointment`). */
  own?: true;
}

export type LogEntry = { t: number } &
  /**
   * First entry of a call whose scenario has variables: the seed its values were drawn from
   * (a replay draws them again from it) and, for reading, the values drawn.
   */
  (
    | { type: 'variation'; seed: number; values: Record<string, string | Record<string, string>> }
    | { type: 'ring'; n: number }
    | { type: 'pickup' }
    | {
        type: 'trainee.say';
        text: string;
        acts: Act[];
        facts: string[];
        greeting?: { namesPractice: boolean; namesSpeaker: boolean };
        /** What the line asks, offers or announces, and the dates, numbers… it says (issue #14). */
        intents?: Intent[];
        entities?: Entity[];
        confidence?: Confidence;
      }
    | {
        type: 'trainee.action';
        action: ToolAction;
        /** The slot the action touched, for book / move / cancel / sms (for move: where it went). */
        slot?: ResolvedSlot;
        /** move: the appointment as it was before it moved. */
        from?: ResolvedSlot;
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
    /** The caller has hung up: after-call work (message, agenda) until the trainee is done. */
    | { type: 'wrapup.start' }
    /** After-call work is over: by « Terminer » or at its time limit. */
    | { type: 'wrapup.end'; by: 'trainee' | 'limit' }
    /** The trainee flagged a line as misunderstood; `turn` is the index of its `trainee.say`. */
    | { type: 'trainee.flag'; turn: number }
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
  // The end of after-call time is an input only when the trainee ended it, not at its time limit.
  'wrapup.end': (e) => (e.by === 'limit' ? undefined : { type: 'trainee.done' }),
  'trainee.flag': (e) => ({ type: 'trainee.flag', turn: e.turn }),
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

/** The seed a log's variations were drawn from, if its scenario has variables. */
export function seedOf(log: readonly unknown[] | undefined): number | undefined {
  const first = log?.[0] as { type?: unknown; seed?: unknown } | undefined;
  return first?.type === 'variation' && typeof first.seed === 'number' && Number.isInteger(first.seed)
    ? first.seed
    : undefined;
}
