/**
 * The schema builders of the records kept in the browser, on valibot (~3 Ko gzip for every
 * schema of the storage, where zod/mini weighed ~10 Ko on the call screen, DESIGN §12).
 * Valibot builds no parser with `new Function`, so it needs no CSP exception.
 *
 * Each builder carries its French message, worded as zod's French locale words it (the CLI and
 * the scenario loader keep classic zod, `src/zod.ts`): a user reads the same texts whichever
 * side checked a record. Objects reject arrays (as zod does), and a missing field is reported by
 * what the field expects (`chaîne de caractères attendu, indéfini reçu`), not by its name.
 */
import * as v from 'valibot';

/** Any schema of the storage (the name `z.ZodType` had with zod). */
export type Schema = v.GenericSchema;
export type Output<S extends Schema> = v.InferOutput<S>;

/** What an issue about unknown keys lists: every unknown key of the object, not just the first. */
export interface FrenchIssue extends v.BaseIssue<unknown> {
  unknownKeys?: string[];
}

const TYPE_NAMES: Record<string, string> = {
  string: 'chaîne de caractères',
  number: 'nombre',
  int: 'entier',
  boolean: 'booléen',
  bigint: 'grand entier',
  symbol: 'symbole',
  undefined: 'indéfini',
  null: 'null',
  array: 'tableau',
  object: 'objet',
  record: 'record',
  nan: 'NaN',
  function: 'fonction',
};

/** The type of a value as zod names it (then in French). */
function receivedType(value: unknown): string {
  let name: string = typeof value;
  if (typeof value === 'number' && Number.isNaN(value)) name = 'nan';
  else if (typeof value === 'object') {
    if (value === null) name = 'null';
    else if (Array.isArray(value)) name = 'array';
    else if (Object.getPrototypeOf(value) !== Object.prototype && 'constructor' in value && value.constructor)
      name = (value.constructor as { name: string }).name;
  }
  return TYPE_NAMES[name] ?? name;
}

const expected = (type: string) => (issue: v.BaseIssue<unknown>) =>
  `Entrée invalide : ${TYPE_NAMES[type] ?? type} attendu, ${receivedType(issue.input)} reçu`;
const quoted = (value: unknown) => (typeof value === 'string' ? `"${value}"` : String(value));

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A plain object, as zod's records want it: not a Date, a Map or any other class instance. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (!isObject(value)) return false;
  const ctor: unknown = value.constructor;
  if (typeof ctor !== 'function') return true;
  const proto: unknown = ctor.prototype;
  return isObject(proto) && Object.hasOwn(proto, 'isPrototypeOf');
}

export const string = () => v.string(expected('string'));

/** A finite number (zod's `z.number()`: neither NaN nor ±Infinity). */
export const number = () =>
  v.custom<number>((x) => typeof x === 'number' && Number.isFinite(x), expected('number'));

const MAX_SAFE = Number.MAX_SAFE_INTEGER;
/** A safe integer (zod's `z.int()`). */
export const int = () =>
  v.pipe(
    v.custom<number>(
      (x) => Number.isInteger(x),
      (issue) =>
        expected(typeof issue.input === 'number' && Number.isFinite(issue.input) ? 'int' : 'number')(issue),
    ),
    v.minValue(-MAX_SAFE, `Trop petit : entier doit être >=${-MAX_SAFE}`),
    v.maxValue(MAX_SAFE, `Trop grand : entier doit être <=${MAX_SAFE}`),
  );

export const boolean = () => v.boolean(expected('boolean'));
export const unknown = () => v.unknown();

export const minLength = (n: number) =>
  v.minLength<string, number, string>(n, `Trop petit : chaîne de caractères doit avoir >=${n} caractères`);
export const maxLength = (n: number) =>
  v.maxLength<string, number, string>(n, `Trop grand : chaîne de caractères doit avoir <=${n} caractères`);
export const minimum = (n: number) =>
  v.minValue<number, number, string>(n, `Trop petit : nombre doit être >=${n}`);
export const maximum = (n: number) =>
  v.maxValue<number, number, string>(n, `Trop grand : nombre doit être <=${n}`);

export function literal<const T extends string | number | boolean>(value: T) {
  return v.literal(value, `Entrée invalide : ${quoted(value)} attendu`);
}

export function picklist<const T extends readonly string[]>(options: T) {
  const message =
    options.length === 1
      ? `Entrée invalide : ${quoted(options[0])} attendu`
      : `Option invalide : une valeur parmi ${options.map(quoted).join('|')} attendue`;
  return v.picklist(options, message);
}

/** The date checks of zod's `z.iso.datetime({ offset: true })`, copied: seconds required. */
const DATE = String.raw`(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))`;
const ISO_DATE_TIME = new RegExp(
  String.raw`^${DATE}T(?:(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|([+-](?:[01]\d|2[0-3]):[0-5]\d)))$`,
);
/** A date and time in ISO 8601, with `Z` or an offset. */
export const isoDateTime = () => v.pipe(string(), v.regex(ISO_DATE_TIME, 'date et heure ISO invalide'));

export const array = <S extends Schema>(item: S) => v.array(item, expected('array'));

/** How zod reports a missing field: by what the field expects, as if it were `undefined`. */
function missingField(schema: Schema): string {
  const result = v.safeParse(schema, undefined);
  return result.issues?.[0].message ?? 'Entrée invalide : non optionnel attendu, indéfini reçu';
}

function objectMessage(entries: v.ObjectEntries, type: string) {
  return (issue: v.BaseIssue<unknown>): string => {
    const path = issue.path;
    if (!path?.length) return expected(type)(issue);
    const key = path[path.length - 1]!.key as string;
    if (issue.expected !== 'never') return missingField(entries[key]!);
    // An unknown key (a strict object): name them all, as zod does.
    const input = path[path.length - 1]!.input as Record<string, unknown>;
    const unknownKeys = Object.keys(input).filter((k) => !Object.hasOwn(entries, k));
    (issue as FrenchIssue).unknownKeys = unknownKeys;
    return `Clé${unknownKeys.length > 1 ? 's' : ''} non reconnue${unknownKeys.length > 1 ? 's' : ''} : ${unknownKeys.map(quoted).join(', ')}`;
  };
}

/**
 * An object whose unknown keys are dropped (zod's `z.object`). Only the known keys are copied,
 * so `__proto__` never is.
 */
export function object<const E extends v.ObjectEntries>(entries: E) {
  return v.pipe(
    v.custom<Record<string, unknown>>(isObject, expected('object')),
    v.object(entries, objectMessage(entries, 'object')),
  );
}

/**
 * An object whose unknown keys are errors (zod's `z.strictObject`); `type: 'record'` for one
 * standing for zod's `z.record(z.enum(keys), value)` (every key required, a plain object).
 */
export function strictObject<const E extends v.ObjectEntries>(
  entries: E,
  type: 'object' | 'record' = 'object',
) {
  return v.pipe(
    v.custom<Record<string, unknown>>(type === 'record' ? isPlainObject : isObject, expected(type)),
    v.strictObject(entries, objectMessage(entries, type)),
  );
}

/** Values under any string key (zod's `z.record(z.string(), value)`); `__proto__` is never copied. */
export function record<S extends Schema>(value: S) {
  return v.pipe(
    v.custom<Record<string, unknown>>(isPlainObject, expected('record')),
    v.record(v.string(), value),
  );
}

export { v };
