/**
 * The analyser's rules compiled while the page is idle, one group per slice, so the first ring
 * never waits for them and the first reply does not pay for them either (DESIGN §12: TBT).
 */
import { warmRules } from '../../language/rules.ts';

type Idle = (run: (deadline: { timeRemaining(): number }) => void) => number;

/** Starts warming the analyser; returns a function that stops (what is compiled stays). */
export function warmAnalyser(): () => void {
  const idle: Idle =
    globalThis.requestIdleCallback?.bind(globalThis) ??
    ((run) => Number(setTimeout(() => run({ timeRemaining: () => 5 }), 50)));
  const cancel: (id: number) => void =
    globalThis.cancelIdleCallback?.bind(globalThis) ?? ((id) => clearTimeout(id));
  let id = 0;
  const step = (deadline: { timeRemaining(): number }) => {
    let more = true;
    // One group at least, more while the browser says it has time (each is a few milliseconds).
    do more = warmRules();
    while (more && deadline.timeRemaining() > 8);
    if (more) id = idle(step);
  };
  id = idle(step);
  return () => cancel(id);
}
