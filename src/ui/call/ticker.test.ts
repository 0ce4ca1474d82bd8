import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CallStatus, CallView } from '../../machines/session.ts';
import { startTicker } from './ticker.ts';

function fakeSession(endAt = Infinity) {
  let t = 0;
  const advances: number[] = [];
  return {
    advances,
    get t() {
      return t;
    },
    advance(ms: number) {
      advances.push(ms);
      t += ms;
    },
    view(): CallView {
      const status: CallStatus = t >= endAt ? 'ended' : 'talking';
      return { status, t, rings: 1, stress: 0, mood: 'calm', node: 'start', log: [], agenda: [] };
    },
  };
}

describe('the ticker drives the call clock from real time', () => {
  let now = 0;
  const clock = () => now;
  beforeEach(() => {
    vi.useFakeTimers();
    now = 1000;
  });
  afterEach(() => vi.useRealTimers());

  const pass = (ms: number) => {
    // Real time and timers move together, in 10 ms steps.
    for (let i = 0; i < ms; i += 10) {
      now += 10;
      vi.advanceTimersByTime(10);
    }
  };

  it('advances the session by the real time elapsed, about every 100 ms', () => {
    const session = fakeSession();
    const stop = startTicker(session, clock);
    pass(1000);
    expect(session.t).toBe(1000);
    expect(session.advances).toHaveLength(10);
    stop();
  });

  it('catches up after a throttled background tab', () => {
    const session = fakeSession();
    const stop = startTicker(session, clock);
    now += 4900; // the browser slept; the next tick sees it all
    vi.advanceTimersByTime(100);
    expect(session.t).toBe(4900);
    stop();
  });

  it('stops by itself when the call ends, and on request', () => {
    const session = fakeSession(500);
    const ticks: number[] = [];
    startTicker(session, clock, { ontick: (view) => ticks.push(view.t) });
    pass(2000);
    expect(session.t).toBe(500);
    expect(ticks.at(-1)).toBe(500);

    const other = fakeSession();
    const stop = startTicker(other, clock);
    pass(300);
    stop();
    stop();
    pass(1000);
    expect(other.t).toBe(300);
  });

  it('does not start on a call that has already ended', () => {
    const session = fakeSession(0);
    startTicker(session, clock);
    pass(500);
    expect(session.advances).toEqual([]);
  });

  it('never moves the call clock backwards', () => {
    const session = fakeSession();
    const stop = startTicker(session, clock);
    now -= 50;
    vi.advanceTimersByTime(100);
    expect(session.advances).toEqual([]);
    stop();
  });
});
