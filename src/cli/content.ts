/** The built-in scenarios, for the commands that take a scenario id. */
import { formatError, hasErrors, loadBuiltinPacks } from '../scenarios/load.ts';
import type { ScenarioBundle } from '../scenarios/schema.ts';

/** The bundle of a built-in scenario, or undefined after printing why (in French). */
export async function builtinBundle(id: string): Promise<ScenarioBundle | undefined> {
  const { bundles, errors } = await loadBuiltinPacks();
  const bundle = bundles.find((b) => b.scenario.id === id);
  if (bundle) return bundle;
  if (hasErrors(errors)) for (const error of errors) console.error(formatError(error));
  const known = bundles.map((b) => b.scenario.id).join(', ');
  console.error(`Scénario inconnu : « ${id} ». Scénarios disponibles : ${known || 'aucun'}.`);
  return undefined;
}
