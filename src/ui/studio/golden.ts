/**
 * Golden scripts of a draft: a play-test kept with what it gave (outcome and score), replayed on
 * every change to show what moved. The script is the CLI `play` format (src/machines/play.ts).
 */
import type { Script } from '../../machines/play.ts';
import type { ScenarioBundle } from '../../scenarios/schema.ts';
import type { playTrial } from './trial.ts';

export interface GoldenScript {
  name: string;
  /** Node the trial started from, and the caller's mood (the scenario's own when absent). */
  start?: string;
  mood?: 'calm' | 'tense' | 'upset';
  script: Script;
  /** What the trial gave when it was kept. */
  expected: { outcome?: string; verdict?: string; score?: number };
}

export interface GoldenRun {
  golden: GoldenScript;
  now?: { outcome?: string; verdict?: string; score: number };
  /** The outcome is not the one kept. */
  outcomeChanged: boolean;
  /** Score now minus score kept (0 when equal). */
  scoreDelta: number;
  /** Why it could not be played (the draft has errors, the start node is gone…), in French. */
  error?: string;
}

/** Every golden script of the draft played again against its current scenario. */
export function rerunGoldens(
  bundle: ScenarioBundle | undefined,
  goldens: readonly GoldenScript[],
  play: typeof playTrial,
): GoldenRun[] {
  return goldens.map((golden) => {
    if (!bundle)
      return {
        golden,
        outcomeChanged: false,
        scoreDelta: 0,
        error: 'le scénario a des erreurs : corrigez-les pour rejouer',
      };
    if (golden.start !== undefined && !Object.hasOwn(bundle.scenario.nodes, golden.start))
      return {
        golden,
        outcomeChanged: false,
        scoreDelta: 0,
        error: `le nœud de départ « ${golden.start} » n’existe plus`,
      };
    try {
      const { outcome, card } = play(bundle, golden.script, golden.start, golden.mood);
      return {
        golden,
        now: { ...(outcome && { outcome: outcome.id, verdict: outcome.verdict }), score: card.total },
        outcomeChanged: outcome?.id !== golden.expected.outcome,
        scoreDelta: card.total - (golden.expected.score ?? card.total),
      };
    } catch (e) {
      return {
        golden,
        outcomeChanged: false,
        scoreDelta: 0,
        error: e instanceof Error ? e.message : String(e),
      };
    }
  });
}
