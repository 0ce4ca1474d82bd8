/**
 * Loading the built-in scenarios: each bundle is a module of its own, fetched once, when a call
 * or a debrief needs it, so the call screen downloads the one scenario it plays. A call takes
 * the bundle without its notes (debrief notes, model transcript): those are a module apart, which
 * the debrief and the guided mode load, and so are their loaders (no page needs them at once).
 * The call screen imports this module alone (the summaries of every scenario are catalog.ts's).
 */
import { loaders } from 'virtual:decroche-content/loaders';
import type { CallBundle, ScenarioBundle, ScenarioNotes } from './schema.ts';

/** The bundles a screen loaded, by scenario id (`undefined`: no such scenario). */
export type BundleLookup = (scenarioId: string) => ScenarioBundle | undefined;

/**
 * Loads what `load` gives for `id` once, and keeps it; a failed load (network) is forgotten so
 * the next try fetches again. `undefined` when there is no such scenario.
 */
function cached<T>(loads: Pick<ReadonlyMap<string, () => Promise<T>>, 'get'>) {
  const loading = new Map<string, Promise<T>>();
  return (id: string): Promise<T | undefined> => {
    const load = loads.get(id);
    if (!load) return Promise.resolve(undefined);
    let value = loading.get(id);
    if (!value) {
      value = load();
      loading.set(id, value);
      value.catch(() => loading.delete(id));
    }
    return value;
  };
}

/** A built-in scenario's bundle as a call takes it (without its notes). */
export const loadBundle: (id: string) => Promise<CallBundle | undefined> = cached(loaders);

/** The notes' loaders, fetched with the first notes asked for. */
const notesLoaders = () => import('virtual:decroche-content/notes-loaders').then((m) => m.notes);

/** A built-in scenario's debrief notes and model transcript. */
export const loadNotes: (id: string) => Promise<ScenarioNotes | undefined> = cached({
  get: (id) => () => notesLoaders().then((notes) => notes.get(id)?.()),
});

/** A built-in scenario's whole bundle, notes included (the debrief's). */
export async function loadFullBundle(id: string): Promise<ScenarioBundle | undefined> {
  const [bundle, scenarioNotes] = await Promise.all([loadBundle(id), loadNotes(id)]);
  return bundle && scenarioNotes && { ...bundle, scenario: { ...bundle.scenario, ...scenarioNotes } };
}

const hasNotes = (bundle: CallBundle): bundle is ScenarioBundle => 'model' in bundle.scenario;

/**
 * A call's bundle with its notes (the scorer's and the guided mode's): as is when it has them
 * (a bundle read from a pack), else with the notes `notesOf` loads. Throws when there are none.
 */
export async function withNotes(
  bundle: CallBundle,
  notesOf: (scenarioId: string) => Promise<ScenarioNotes | undefined> = loadNotes,
): Promise<ScenarioBundle> {
  if (hasNotes(bundle)) return bundle;
  const scenarioNotes = await notesOf(bundle.scenario.id);
  if (!scenarioNotes)
    throw new Error(
      `Les notes du scénario « ${bundle.scenario.id} » (débriefing, modèle) sont introuvables.`,
    );
  return { ...bundle, scenario: { ...bundle.scenario, ...scenarioNotes } };
}

/** The whole bundles of these scenarios (ids repeated or unknown are fine), loaded together. */
export async function loadBundles(ids: Iterable<string>): Promise<BundleLookup> {
  const unique = [...new Set(ids)];
  const bundles = await Promise.all(unique.map(loadFullBundle));
  const found = new Map(unique.map((id, i) => [id, bundles[i]]));
  return (id) => found.get(id);
}
