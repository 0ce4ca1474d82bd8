/**
 * Drives a call's simulated clock from real time. The session never reads the wall clock
 * itself (DESIGN §2.3): the screen measures the real time elapsed and hands it over, so a test
 * with fake timers, or a resumed call, runs the same machine the same way.
 */
import type { CallSession, CallView } from '../../machines/session.ts';

export const TICK_MS = 100;

export interface TickerOptions {
  /** Milliseconds between ticks (default 100). */
  intervalMs?: number;
  /** After each tick, with the view as it stands. */
  ontick?: (view: CallView) => void;
}

/**
 * Advances `session` by the real time elapsed, every ~100 ms, until the call ends.
 * Returns `stop`; calling it twice is harmless.
 */
export function startTicker(
  session: Pick<CallSession, 'advance' | 'view'>,
  now: () => number = () => performance.now(),
  options: TickerOptions = {},
): () => void {
  let timer: ReturnType<typeof setInterval> | undefined;
  const stop = () => {
    if (timer !== undefined) clearInterval(timer);
    timer = undefined;
  };
  if (session.view().status === 'ended') return stop;

  let last = now();
  timer = setInterval(() => {
    const current = now();
    // A clock that went backwards (or did not move) advances nothing.
    const elapsed = current - last;
    last = current;
    if (elapsed > 0) session.advance(elapsed);
    const view = session.view();
    options.ontick?.(view);
    if (view.status === 'ended') stop();
  }, options.intervalMs ?? TICK_MS);
  return stop;
}
