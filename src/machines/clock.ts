/**
 * The call's clock. XState's SimulatedClock fires every timer that falls due during an
 * `increment` at the end time of that increment; a call log needs each timer to fire at its
 * own due time, whatever the step the clock is advanced by (a 100 ms UI ticker or a 3-minute
 * jump in a script), so that the same inputs give the same log.
 */
interface Timer {
  due: number;
  fn: () => void;
}

export class CallClock {
  #now = 0;
  #nextId = 0;
  readonly #timers = new Map<number, Timer>();

  now(): number {
    return this.#now;
  }

  setTimeout(fn: () => void, ms: number): number {
    const id = this.#nextId++;
    this.#timers.set(id, { due: this.#now + Math.max(0, ms), fn });
    return id;
  }

  clearTimeout(id: number): void {
    this.#timers.delete(id);
  }

  /** Moves time to `t`, firing due timers one by one, each at its own due time. */
  advanceTo(t: number): void {
    for (;;) {
      const next = this.#nextDue(t);
      if (!next) break;
      const [id, timer] = next;
      this.#timers.delete(id);
      this.#now = Math.max(this.#now, timer.due);
      timer.fn();
    }
    this.#now = Math.max(this.#now, t);
  }

  advance(ms: number): void {
    this.advanceTo(this.#now + ms);
  }

  /** The earliest timer due at or before `t`; ties go to the one set first. */
  #nextDue(t: number): [number, Timer] | undefined {
    let best: [number, Timer] | undefined;
    for (const entry of this.#timers) {
      if (entry[1].due > t) continue;
      if (!best || entry[1].due < best[1].due || (entry[1].due === best[1].due && entry[0] < best[0]))
        best = entry;
    }
    return best;
  }
}
