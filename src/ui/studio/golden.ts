/**
 * Golden scripts of a draft: a play-test kept with what it gave (outcome and score), replayed on
 * every change to show what moved. The script is the CLI `play` format (src/machines/play.ts).
 */
import type { Script } from '../../machines/play.ts';

export interface GoldenScript {
  name: string;
  /** Node the trial started from, and the caller's mood (the scenario's own when absent). */
  start?: string;
  mood?: 'calm' | 'tense' | 'upset';
  script: Script;
  /** What the trial gave when it was kept. */
  expected: { outcome?: string; verdict?: string; score?: number };
}
