import { afterEach, describe, expect, it, vi } from 'vitest';
import { WARM_UP_STEPS, warmAnalyser } from './warm.ts';

afterEach(() => vi.useRealTimers());

function gate() {
  let open!: () => void;
  const ready = new Promise<void>((resolve) => (open = resolve));
  return { ready: () => ready, open };
}

describe('warmAnalyser', () => {
  it('does nothing before the trainee’s first gesture, then warms every step in idle slices', async () => {
    vi.useFakeTimers();
    const analyse = vi.fn();
    const { ready, open } = gate();
    warmAnalyser({ ready, analyse });
    await vi.advanceTimersByTimeAsync(5_000);
    expect(analyse).not.toHaveBeenCalled();

    open();
    await vi.advanceTimersByTimeAsync(60);
    // A slice without time to spare runs one clause, not a whole sentence.
    expect(analyse).toHaveBeenCalledTimes(1);
    expect(analyse.mock.calls[0]![0]).toBe('Cabinet du docteur Martin,');

    await vi.advanceTimersByTimeAsync(60 * WARM_UP_STEPS.length);
    expect(analyse.mock.calls.map(([text]) => text)).toEqual(WARM_UP_STEPS);
  });

  it('stops when the call screen goes, even before the first gesture', async () => {
    vi.useFakeTimers();
    const analyse = vi.fn();
    const { ready, open } = gate();
    const stop = warmAnalyser({ ready, analyse });
    stop();
    open();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(analyse).not.toHaveBeenCalled();

    const later = gate();
    const stopLater = warmAnalyser({ ready: later.ready, analyse });
    later.open();
    await vi.advanceTimersByTimeAsync(120);
    const done = analyse.mock.calls.length;
    expect(done).toBeGreaterThan(0);
    stopLater();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(analyse).toHaveBeenCalledTimes(done);
  });

  it('splits the warm-up lines into clauses, each shorter than its sentence', () => {
    const clauses = WARM_UP_STEPS.filter((s) => s.length < 60);
    expect(clauses.length).toBeGreaterThan(15);
    expect(clauses).toContain('s’il vous plaît ?');
  });
});
