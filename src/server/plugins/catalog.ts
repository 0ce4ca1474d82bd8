/** The scenarios the server knows (the built-in packs), loaded once: `app.scenario(id)`. */
import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import { loadBuiltinPacks } from '../../scenarios/load.ts';
import type { ScenarioBundle } from '../../scenarios/schema.ts';

declare module 'fastify' {
  interface FastifyInstance {
    scenarios: ReadonlyMap<string, ScenarioBundle>;
  }
}

async function catalog(app: FastifyInstance) {
  const { bundles } = await loadBuiltinPacks();
  app.decorate('scenarios', new Map(bundles.map((b) => [b.scenario.id, b])));
}

export default fp(catalog, { name: 'catalog' });
