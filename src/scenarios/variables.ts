/**
 * Variations of a scenario (issue #11): named variables with lists of values, drawn per attempt
 * from a seed the call logs at its start, so that a replay of the log draws the same values.
 * `{name}` (or `{name.field}` for a value with fields) anywhere in the scenario's texts and
 * agenda is replaced by the value drawn. Pure and zod-free: the browser's call imports it.
 */
import type { LogEntryOf } from '../machines/events.ts';
import type { CallBundle } from './schema.ts';

export type VariableValue = string | Readonly<Record<string, string>>;
export type Variables = Readonly<Record<string, readonly VariableValue[]>>;
/** The values one attempt drew, by variable name. */
export type DrawnValues = Record<string, VariableValue>;

/** `{name}` or `{name.field}`: ASCII names, so « {créneau} » in a caller's line is not one. */
export const PLACEHOLDER = /\{([a-z][a-zA-Z0-9]*)(?:\.([a-z][a-zA-Z0-9]*))?\}/g;

/** A seed for a new attempt: a non-negative 32-bit integer. */
export function newSeed(random: () => number = Math.random): number {
  return Math.floor(random() * 2 ** 32) >>> 0;
}

/** mulberry32: a small, fast, well-spread PRNG; the same seed gives the same sequence. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The index of the value drawn for each variable, in the order of the names (sorted: the file's order may change). */
export function drawIndices(variables: Variables, seed: number): Record<string, number> {
  const next = prng(seed);
  const drawn: Record<string, number> = {};
  for (const name of Object.keys(variables).sort())
    drawn[name] = Math.floor(next() * variables[name]!.length);
  return drawn;
}

/** One value per variable, drawn in the order of the names (sorted: the file's order may change). */
export function drawValues(variables: Variables, seed: number): DrawnValues {
  const drawn: DrawnValues = {};
  for (const [name, index] of Object.entries(drawIndices(variables, seed)))
    drawn[name] = variables[name]![index]!;
  return drawn;
}

/** The text with its placeholders replaced; an unknown one is left as written (lint reports it). */
export function fillText(text: string, drawn: DrawnValues): string {
  return text.replace(PLACEHOLDER, (whole, name: string, field: string | undefined) => {
    const value = Object.hasOwn(drawn, name) ? drawn[name] : undefined;
    if (value === undefined) return whole;
    if (typeof value === 'string') return field === undefined ? value : whole;
    return field !== undefined && Object.hasOwn(value, field) ? value[field]! : whole;
  });
}

function fillDeep<T>(value: T, drawn: DrawnValues): T {
  if (typeof value === 'string') return fillText(value, drawn) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => fillDeep(v, drawn)) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[fillText(k, drawn)] = fillDeep(v, drawn);
    return out as T;
  }
  return value;
}

/**
 * The scenario of one attempt: its variables drawn from `seed` and put in place (texts, keys of
 * recorded lines, agenda, answers…). A scenario without variables is returned as it is.
 */
export function instantiate<B extends CallBundle>(bundle: B, seed: number): B {
  const { variables, ...rest } = bundle.scenario;
  if (!variables) return bundle;
  const drawn = drawValues(variables, seed);
  return { ...bundle, scenario: { ...fillDeep(rest, drawn), variables } };
}

/** Every placeholder a text uses: [name, field?]. */
export function placeholdersIn(text: string): [string, string | undefined][] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => [m[1]!, m[2]]);
}

/** Every string of a value, with its path (for lint messages). */
export function stringsIn(value: unknown, path: (string | number)[] = []): [string, (string | number)[]][] {
  if (typeof value === 'string') return [[value, path]];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringsIn(v, [...path, i]));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => [
      ...(new RegExp(PLACEHOLDER.source).test(k) ? ([[k, path]] as [string, (string | number)[]][]) : []),
      ...stringsIn(v, [...path, k]),
    ]);
  return [];
}

/** The scenario of this attempt and the log entry that records its draw (none without variables). */
export function attemptBundle<B extends CallBundle>(
  bundle: B,
  seed: number | undefined,
): { bundle: B; variation?: LogEntryOf<'variation'> } {
  const { variables } = bundle.scenario;
  if (!variables) return { bundle };
  const drawn = (seed ?? 0) >>> 0;
  return {
    bundle: instantiate(bundle, drawn),
    variation: { t: 0, type: 'variation', seed: drawn, values: drawValues(variables, drawn) },
  };
}
