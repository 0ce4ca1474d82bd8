/**
 * The built-in scenarios for the UI, from the `virtual:decroche-content` module the Vite plugin
 * builds (already validated: nothing is parsed in the browser).
 */
import { bundles, packs } from 'virtual:decroche-content';
import type { Scenario, ScenarioBundle } from './schema.ts';

export interface PackSummary {
  id: string;
  title: string;
  description?: string;
  /** Ids of the pack's scenarios, in catalogue order. */
  scenarios: string[];
}

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });
const byId = new Map(bundles.map((b) => [b.scenario.id, b]));
const sorted = [...bundles].sort(
  (a, b) =>
    a.scenario.difficulty - b.scenario.difficulty || collator.compare(a.scenario.title, b.scenario.title),
);

/** Every built-in scenario bundle, easiest first, then by title. */
export function allBundles(): readonly ScenarioBundle[] {
  return sorted;
}

/** Every built-in scenario, easiest first, then by title. */
export function allScenarios(): readonly Scenario[] {
  return sorted.map((b) => b.scenario);
}

export function getBundle(id: string): ScenarioBundle | undefined {
  return byId.get(id);
}

export function allPacks(): readonly PackSummary[] {
  return packs.map((pack) => ({
    id: pack.id,
    title: pack.title,
    ...(pack.description !== undefined && { description: pack.description }),
    scenarios: sorted
      .filter((b) => pack.scenarios.some((s) => s.id === b.scenario.id))
      .map((b) => b.scenario.id),
  }));
}
