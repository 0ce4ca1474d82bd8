/**
 * « Lecture incertaine »: points lost on a line the analyser read with low confidence are marked,
 * so the debrief can tell a fault from a misreading. The analyser is wrapped to report a low
 * confidence on one line, as it will for a reading it is unsure of.
 */
import { describe, expect, it, vi } from 'vitest';

const UNSURE = 'Bon, on verra bien, hein.';
vi.mock('../language/analyze.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../language/analyze.ts')>();
  return {
    ...real,
    analyze: (text: string, context?: Parameters<typeof real.analyze>[1]) => {
      const analysis = real.analyze(text, context);
      if (text !== UNSURE) return analysis;
      return {
        ...analysis,
        acts: [{ type: 'blunt' as const, span: [0, 11] as [number, number] }],
        confidence: 0.35,
      };
    },
  };
});

const { CallLog, GREETING, testBundle } = await import('./fixtures.ts');
const { score } = await import('./score.ts');
const { LOW_CONFIDENCE } = await import('./readings.ts');

describe('low-confidence readings', () => {
  it('mark the points they cost, and only those', () => {
    const call = new CallLog(testBundle({ stress: 20 }))
      .pickUp(1)
      .wait(2)
      .say(GREETING.text)
      .caller('Je voudrais un rendez-vous.')
      .wait(3)
      .say(UNSURE)
      .wait(2)
      .say('Calmez-vous, madame.')
      .hangUp();
    const card = score(call.bundle, call.log);
    const lost = card.criteria.empathy!.evidence.filter((e) => e.points < 0);
    const unsure = lost.filter((e) => e.uncertain);
    expect(LOW_CONFIDENCE).toBeGreaterThan(0.35);
    expect(unsure.map((e) => e.quote?.text)).toEqual(['Bon, on ver']);
    expect(lost.length).toBeGreaterThan(unsure.length);
    expect(card.criteria.greeting!.evidence.some((e) => e.uncertain)).toBe(false);
  });
});
