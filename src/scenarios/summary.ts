/**
 * What the library, the advice and the headings need to know of a scenario without loading it:
 * a few hundred bytes each, where a full bundle (dialogue graph, practice agenda, caller) weighs
 * tens of kilobytes. The Vite plugin builds them; `catalog.ts` serves them and loads a full
 * bundle only when a call or a debrief needs it.
 */
import type { Scenario, ScenarioBundle } from './schema.ts';

export interface ScenarioSummary extends Pick<
  Scenario,
  'id' | 'version' | 'title' | 'summary' | 'difficulty' | 'callerType' | 'skills'
> {
  /** Id of the pack the scenario comes from. */
  pack: string;
  /** Name of the practice the call is to, as the library shows it. */
  practiceName: string;
}

export function summarizeScenario(bundle: ScenarioBundle, pack: string): ScenarioSummary {
  const { id, version, title, summary, difficulty, callerType, skills } = bundle.scenario;
  return {
    id,
    version,
    title,
    summary,
    difficulty,
    callerType,
    skills: [...skills],
    pack,
    practiceName: bundle.practice.name,
  };
}
