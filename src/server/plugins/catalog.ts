/**
 * The scenarios the server knows: the built-in packs, loaded once (`app.scenarios`), and the
 * versions of the packs trainers published, parsed when an attempt needs one (`app.packBundles`).
 */
import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import { loadBuiltinPacks } from '../../scenarios/load.ts';
import type { ScenarioBundle } from '../../scenarios/schema.ts';
import { PackBundles } from '../packBundles.ts';

declare module 'fastify' {
  interface FastifyInstance {
    scenarios: ReadonlyMap<string, ScenarioBundle>;
    packBundles: PackBundles;
    /** A built-in scenario's title. */
    titleOf(scenarioId: string): string | undefined;
  }
}

async function catalog(app: FastifyInstance) {
  const { bundles } = await loadBuiltinPacks();
  const scenarios = new Map(bundles.map((b) => [b.scenario.id, b]));
  app.decorate('scenarios', scenarios);
  app.decorate('titleOf', (id: string) => scenarios.get(id)?.scenario.title);
  app.decorate('packBundles', new PackBundles(app.db));
}

export default fp(catalog, { name: 'catalog', dependencies: ['database'] });
