/** Analyser throughput over a set of utterances (a figure for `npm run bench`). */
import { analyze } from './analyze.ts';

export function benchAnalyzer(
  texts: readonly string[],
  minMs = 1000,
): { utterancesPerSecond: number; utterances: number } {
  if (texts.length === 0) throw new Error('benchAnalyzer: no utterance to analyse');
  // Warm-up: the regular expressions compile to native code and the JIT settles first.
  const warmUntil = performance.now() + 300;
  while (performance.now() < warmUntil) for (const t of texts) analyze(t);
  let count = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < minMs) {
    for (const t of texts) analyze(t);
    count += texts.length;
    elapsed = performance.now() - start;
  }
  return { utterancesPerSecond: (count / elapsed) * 1000, utterances: count };
}
