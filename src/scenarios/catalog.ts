/**
 * The built-in scenarios for the UI, from the `virtual:decroche-content` module the Vite plugin
 * builds (already validated: nothing is parsed in the browser). Summaries are at hand at once;
 * a scenario's full bundle is a module of its own, loaded (once) when a call or a debrief needs
 * it (bundles.ts: the call screen imports that alone, without the summaries).
 */
import { packs, scenarios } from 'virtual:decroche-content';
import { loadFullBundle } from './bundles.ts';
import type { ScenarioBundle } from './schema.ts';
import type { ScenarioSummary } from './summary.ts';

export type { ScenarioSummary } from './summary.ts';
export { loadBundle, loadBundles, loadFullBundle, loadNotes, type BundleLookup } from './bundles.ts';

export interface PackSummary {
  id: string;
  title: string;
  description?: string;
  /** Ids of the pack's scenarios, in catalogue order. */
  scenarios: string[];
}

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });
const sorted = [...scenarios].sort(
  (a, b) => a.difficulty - b.difficulty || collator.compare(a.title, b.title),
);
const byId = new Map(scenarios.map((s) => [s.id, s]));

/** Every built-in scenario's summary, easiest first, then by title. */
export function scenarioSummaries(): readonly ScenarioSummary[] {
  return sorted;
}

export function scenarioSummary(id: string): ScenarioSummary | undefined {
  return byId.get(id);
}

export function allPacks(): readonly PackSummary[] {
  return packs.map((pack) => ({
    id: pack.id,
    title: pack.title,
    ...(pack.description !== undefined && { description: pack.description }),
    scenarios: sorted.filter((s) => pack.scenarios.includes(s.id)).map((s) => s.id),
  }));
}

/** Every built-in bundle, easiest first, then by title (tests and tools: loads them all). */
export async function loadAllBundles(): Promise<readonly ScenarioBundle[]> {
  const bundles = await Promise.all(sorted.map((s) => loadFullBundle(s.id)));
  return bundles.filter((b): b is ScenarioBundle => b !== undefined);
}
