/**
 * A call session: the call machine on its own simulated clock, seen as a plain view.
 * The UI drives the clock from real time (`advance` on a ticker); tests and the CLI drive it
 * from a script. Either way the same inputs at the same times give the same log.
 */
import type { Mood, CallBundle, Slot, Verdict, CriticalRule } from '../scenarios/schema.ts';
import type { LogEntry, TraineeInput } from './events.ts';

/** `wrapUp`: the caller has hung up; the trainee finishes the message or the agenda (« Terminer »). */
export type CallStatus = 'ringing' | 'talking' | 'onHold' | 'wrapUp' | 'ended';

/** A slot of the practice agenda as it stands during the call. */
export interface AgendaSlot extends Slot {
  /** Booked (or moved here) by the trainee during this call. */
  byTrainee?: boolean;
  /** The caller's own appointment (the scenario's `appointment`), wherever it has moved. */
  own?: boolean;
}

export interface CallView {
  status: CallStatus;
  /** Rings so far (while ringing, and how many it took once picked up). */
  rings: number;
  /** Milliseconds since the first ring, on the call's clock. */
  t: number;
  stress: number;
  mood: Mood;
  /** The current dialogue node. */
  node: string;
  log: readonly LogEntry[];
  agenda: readonly AgendaSlot[];
  /** The outcome settled so far (final once status is 'ended'). */
  outcome?: { id: string; label: string; verdict: Verdict; critical?: CriticalRule };
}

export interface CallSession {
  readonly bundle: CallBundle;
  view(): CallView;
  /** A trainee input, at the clock's current time. Ignored once the call has ended. */
  send(input: TraineeInput): void;
  /** Move the call's clock forward, firing the rings and timers that fall due. */
  advance(ms: number): void;
  /** Called after every change (each new log entry, status change); returns unsubscribe. */
  subscribe(listener: (view: CallView) => void): () => void;
  stop(): void;
}
