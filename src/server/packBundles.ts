/**
 * The scenarios of published packs, as the server replays them: a version's files parsed once
 * (with the same pure parser as the studio and the app) and kept in a small cache. A stored
 * version was validated when it was published; it is parsed again here, never trusted.
 */
import { parsePack } from '../scenarios/parse.ts';
import type { ScenarioBundle } from '../scenarios/schema.ts';
import type { Db } from './db/database.ts';
import { findVersion } from './repositories/packs.ts';

const MAX_CACHED = 64;

export class PackBundles {
  readonly #cache = new Map<string, Promise<ScenarioBundle[] | undefined>>();

  constructor(private readonly db: Db) {}

  /** A scenario of one version of a pack of the organisation, or undefined. */
  async scenario(
    orgId: string,
    packId: string,
    version: number,
    scenarioId: string,
  ): Promise<ScenarioBundle | undefined> {
    const bundles = await this.#bundles(orgId, packId, version);
    return bundles?.find((b) => b.scenario.id === scenarioId);
  }

  #bundles(orgId: string, packId: string, version: number): Promise<ScenarioBundle[] | undefined> {
    const key = JSON.stringify([orgId, packId, version]);
    let found = this.#cache.get(key);
    if (found) {
      // Most recently used last.
      this.#cache.delete(key);
      this.#cache.set(key, found);
      return found;
    }
    found = findVersion(this.db, orgId, packId, version).then((v) => v && parsePack(v.files).bundles);
    found.catch(() => this.#cache.delete(key));
    this.#cache.set(key, found);
    if (this.#cache.size > MAX_CACHED) this.#cache.delete(this.#cache.keys().next().value!);
    return found;
  }
}
