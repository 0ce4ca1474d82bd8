/**
 * A small builder for what one moment of a call changes: one action may append several log
 * entries and stress changes, in order, and say a caller line chosen by mood and variant.
 */
import type { LineVariants } from '../scenarios/schema.ts';
import type { CallerLineCause, LogEntry, StressCause } from './events.ts';
import { clampStress, lineFor, moodOf } from './mood.ts';
import type { CallContext, CallUpdate } from './turn.ts';

export type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/**
 * The line of a set of variants for a mood: variants are said in turn (`index` counts the caller's
 * earlier lines of the same kind), so a replay says the same ones.
 */
export function pickLine(lines: LineVariants, mood: ReturnType<typeof moodOf>, index: number): string {
  const list = Array.isArray(lines) ? lines : [lines];
  return lineFor(list[index % list.length]!, mood);
}

/** Fills « {créneau} »; a line that starts with it starts with a capital. */
export function fillLine(text: string, slot: string | undefined): string {
  if (slot === undefined || !text.includes('{créneau}')) return text;
  const filled = text.replaceAll('{créneau}', slot);
  return text.startsWith('{créneau}') ? filled.charAt(0).toUpperCase() + filled.slice(1) : filled;
}

// The log is append-only and appended in place: copying it at every turn made a call of n turns
// cost n² (a 100,000-step script never finished). Sessions hand out snapshots of it
// (`CallSession.view().log`), never the array itself. For the same reason the caller's lines are
// counted per cause as they are said, not by reading the log back.
export class Update {
  readonly log: LogEntry[];
  stress: number;
  readonly patch: CallUpdate = {};
  readonly #lineCounts: Partial<Record<CallerLineCause, number>>;

  constructor(readonly ctx: CallContext) {
    this.log = ctx.log;
    this.stress = ctx.stress;
    this.#lineCounts = { ...ctx.lineCounts };
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

  say(lines: LineVariants, cause: CallerLineCause, options: { node?: string; slot?: string } = {}): this {
    const mood = moodOf(this.stress);
    const node = options.node ?? this.patch.node ?? this.ctx.node;
    const index = this.#lineCounts[cause] ?? 0;
    this.#lineCounts[cause] = index + 1;
    const text = fillLine(pickLine(lines, mood, index), options.slot);
    return this.add({ type: 'caller.say', text, node, mood, cause });
  }

  done(): CallUpdate {
    return { ...this.patch, log: this.log, stress: this.stress, lineCounts: this.#lineCounts };
  }
}
