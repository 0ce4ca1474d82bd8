/**
 * The built-in scenarios for the UI, from the `virtual:decroche-content` module the Vite plugin
 * builds (already validated: nothing is parsed in the browser). Summaries are at hand at once;
 * a scenario's full bundle is a module of its own, loaded (once) when a call or a debrief needs
 * it, so the call screen downloads the one scenario it plays.
 */
import { loaders, packs, scenarios } from 'virtual:decroche-content';
import type { ScenarioBundle } from './schema.ts';
import type { ScenarioSummary } from './summary.ts';

export type { ScenarioSummary } from './summary.ts';

export interface PackSummary {
  id: string;
  title: string;
  description?: string;
  /** Ids of the pack's scenarios, in catalogue order. */
  scenarios: string[];
}

/** The bundles a screen loaded, by scenario id (`undefined`: no such scenario). */
export type BundleLookup = (scenarioId: string) => ScenarioBundle | undefined;

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

const loading = new Map<string, Promise<ScenarioBundle>>();

/**
 * A built-in scenario's bundle, `undefined` when there is no such scenario. Loaded once; a
 * failed load (network) is forgotten so the next call tries again.
 */
export function loadBundle(id: string): Promise<ScenarioBundle | undefined> {
  const load = loaders.get(id);
  if (!load) return Promise.resolve(undefined);
  let bundle = loading.get(id);
  if (!bundle) {
    bundle = load();
    loading.set(id, bundle);
    bundle.catch(() => loading.delete(id));
  }
  return bundle;
}

/** The bundles of these scenarios (ids repeated or unknown are fine), loaded together. */
export async function loadBundles(ids: Iterable<string>): Promise<BundleLookup> {
  const unique = [...new Set(ids)];
  const bundles = await Promise.all(unique.map(loadBundle));
  const found = new Map(unique.map((id, i) => [id, bundles[i]]));
  return (id) => found.get(id);
}

/** Every built-in bundle, easiest first, then by title (tests and tools: loads them all). */
export async function loadAllBundles(): Promise<readonly ScenarioBundle[]> {
  const bundles = await Promise.all(sorted.map((s) => loadBundle(s.id)));
  return bundles.filter((b): b is ScenarioBundle => b !== undefined);
}
