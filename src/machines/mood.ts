import type { ActLabel, Act } from '../language/labels.ts';
import type { Mood, MoodLines } from '../scenarios/schema.ts';

/** How each act of the trainee moves the caller's stress (docs/engine-semantics.md). */
export const ACT_STRESS: Partial<Record<ActLabel, number>> = {
  empathy: -8,
  reformulation: -6,
  reassurance: -5,
  proposal: -4,
  minimizing: 12,
  blunt: 12,
  familiarity: 6,
};
export const SILENCE_PROMPT_STRESS = 8;
export const CONFUSED_STRESS = 4;

export function clampStress(stress: number): number {
  return Math.min(100, Math.max(0, stress));
}

export function moodOf(stress: number): Mood {
  if (stress >= 70) return 'upset';
  if (stress >= 40) return 'tense';
  return 'calm';
}

/** The stress change of an utterance: each kind of act counts once. */
export function actsStressDelta(acts: readonly Act[]): number {
  const kinds = new Set(acts.map((a) => a.type));
  let delta = 0;
  for (const kind of kinds) delta += ACT_STRESS[kind] ?? 0;
  return delta;
}

/** The line for a mood; a missing variant falls back to the calmer one. */
export function lineFor(lines: MoodLines, mood: Mood): string {
  if (typeof lines === 'string') return lines;
  if (mood === 'upset') return lines.upset ?? lines.tense ?? lines.calm;
  if (mood === 'tense') return lines.tense ?? lines.calm;
  return lines.calm;
}
