/**
 * A seed for values a trainer fixed (the studio's play-test): kept apart from variables.ts, which
 * every call loads, since only the studio searches seeds.
 */
import { prng, type Variables } from './variables.ts';

/** How many seeds `seedFor` tries before it gives up (a few tens of milliseconds). */
export const SEED_SEARCH_LIMIT = 1_000_000;

/**
 * The first seed from `from` on that draws the wanted value (by index) of each variable named in
 * `wanted` (the others drawn as they come): how a trainer's « valeurs fixées » become a seed, so
 * that the call, its log and a golden script stay the engine's own. Undefined past `limit` tries.
 */
export function seedFor(
  variables: Variables,
  wanted: Readonly<Record<string, number>>,
  from = 0,
  limit = SEED_SEARCH_LIMIT,
): number | undefined {
  const names = Object.keys(variables).sort();
  const targets = names.map((name) => wanted[name]);
  if (targets.every((t) => t === undefined)) return from >>> 0;
  const sizes = names.map((name) => variables[name]!.length);
  for (let i = 0; i < limit; i++) {
    const seed = (from + i) >>> 0;
    const next = prng(seed);
    let ok = true;
    for (let k = 0; k < names.length && ok; k++) {
      const index = Math.floor(next() * sizes[k]!);
      if (targets[k] !== undefined && index !== targets[k]) ok = false;
    }
    if (ok) return seed;
  }
  return undefined;
}
