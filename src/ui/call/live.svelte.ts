/**
 * A call session seen from Svelte: `view` is reactive, and while something reads it the
 * session's clock follows real time (the ticker) and every change re-renders.
 */
import { createSubscriber } from 'svelte/reactivity';
import type { CallSession, CallView } from '../../machines/session.ts';
import { startTicker } from './ticker.ts';

export class LiveCall {
  readonly session: CallSession;
  readonly #subscribe: () => void;

  constructor(session: CallSession, now?: () => number) {
    this.session = session;
    this.#subscribe = createSubscriber((update) => {
      const unsubscribe = session.subscribe(() => update());
      const stopTicker = startTicker(session, now, { ontick: () => update() });
      return () => {
        unsubscribe();
        stopTicker();
      };
    });
  }

  get view(): CallView {
    this.#subscribe();
    return this.session.view();
  }
}
