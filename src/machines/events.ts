/**
 * What goes into a call (trainee inputs) and what comes out of it (the attempt log).
 * The log is append-only; `t` is milliseconds since the phone started ringing.
 * Replaying the trainee inputs of a log at the same `t` reproduces the log exactly.
 */
import type { Act, Confidence, Entity, Intent } from '../language/labels.ts';
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
      /** The patient's date of birth, as typed. */
      birthdate?: string;
      callbackNumber?: string;
      /** Treatments in progress, where the practice asks for them. */
      treatment?: string;
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
  | 'when-booked'; // a booking done without a word: the caller asks when it is

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
      /** What the line asks, offers or announces, and the dates, numbers… it says (issue #14). */
      intents?: Intent[];
      entities?: Entity[];
      confidence?: Confidence;
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
  /** The caller has hung up: after-call work (message, agenda) until the trainee is done. */
  | { type: 'wrapup.start' }
  /** After-call work is over: by « Terminer » or at its time limit. */
  | { type: 'wrapup.end' }
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

/** The inputs of a log, with their times: what a replay feeds a fresh call. */
export function traineeInputs(log: readonly LogEntry[]): { t: number; input: TraineeInput }[] {
  const inputs: { t: number; input: TraineeInput }[] = [];
  for (const e of log) {
    if (e.type === 'pickup') inputs.push({ t: e.t, input: { type: 'trainee.pickup' } });
    else if (e.type === 'trainee.say') inputs.push({ t: e.t, input: { type: 'trainee.say', text: e.text } });
    else if (e.type === 'trainee.action')
      inputs.push({ t: e.t, input: { type: 'trainee.action', action: e.action } });
    else if (e.type === 'hold') inputs.push({ t: e.t, input: { type: 'trainee.hold' } });
    else if (e.type === 'resume') inputs.push({ t: e.t, input: { type: 'trainee.resume' } });
    else if (e.type === 'trainee.typing') inputs.push({ t: e.t, input: { type: 'trainee.typing' } });
    else if (e.type === 'hangup' && e.by === 'trainee')
      inputs.push({ t: e.t, input: { type: 'trainee.hangup' } });
    // At its time limit the end comes by itself first; a « done » at the same time is then ignored.
    else if (e.type === 'wrapup.end') inputs.push({ t: e.t, input: { type: 'trainee.done' } });
    else if (e.type === 'trainee.flag')
      inputs.push({ t: e.t, input: { type: 'trainee.flag', turn: e.turn } });
  }
  return inputs;
}
