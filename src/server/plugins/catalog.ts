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
  }
}

async function catalog(app: FastifyInstance) {
  const { bundles } = await loadBuiltinPacks();
  app.decorate('scenarios', new Map(bundles.map((b) => [b.scenario.id, b])));
  app.decorate('packBundles', new PackBundles(app.db));
}

export default fp(catalog, { name: 'catalog', dependencies: ['database'] });
