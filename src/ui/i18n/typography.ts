/**
 * French typography, in one place (DESIGN §2.5): every text the app shows goes through `typo`
 * when it is rendered, the catalogues' strings (through `typeset`) and authored content alike.
 *
 * - a narrow no-break space (U+202F) before « ? », « ! », « ; »;
 * - a no-break space (U+00A0) before « : », inside « », and where a break would split a quantity
 *   from its number: « 16 h 30 », « n° 3 », « 39,4 °C », « 20 % », « 15 € ».
 *
 * Only the spaces a writer typed are changed (and the inside of « » filled when empty): a
 * missing space before « : » may be a time (« 16:30 ») or an address, so none is added there.
 * Idempotent: a text already set comes back unchanged.
 */

const NNBSP = '\u202f';
const NBSP = '\u00a0';

/** Any run of spaces a writer may have typed before a sign (plain, no-break, narrow). */
const SPACES = '[\\u0020\\u00a0\\u202f]+';

const RULES: readonly (readonly [RegExp, string])[] = [
  // « Allô ? », « Attention ! », « demain ; »
  [new RegExp(`(\\S)${SPACES}([?!;])`, 'gu'), `$1${NNBSP}$2`],
  // « Profil : Inès »
  [new RegExp(`(\\S)${SPACES}:`, 'gu'), `$1${NBSP}:`],
  // « texte » — and «texte» gets its spaces
  [new RegExp(`«${SPACES}|«(?=\\S)`, 'gu'), `«${NBSP}`],
  [new RegExp(`${SPACES}»|(?<=\\S)»`, 'gu'), `${NBSP}»`],
  // 16 h 30, 16 h
  [new RegExp(`(\\d)${SPACES}h(?=$|[^\\p{L}\\d])`, 'gu'), `$1${NBSP}h`],
  [new RegExp(`(\\d${NBSP}h)${SPACES}(\\d)`, 'gu'), `$1${NBSP}$2`],
  // n° 3, N° 12
  [new RegExp(`([nN]°)${SPACES}(\\d)`, 'gu'), `$1${NBSP}$2`],
  // 39,4 °C, 20 %, 15 €
  [new RegExp(`(\\d)${SPACES}(°|%|€)`, 'gu'), `$1${NBSP}$2`],
];

/**
 * What every rule above needs somewhere in a text: most texts (names, times, ids of a practice's
 * agenda) have none and are returned at once, not run through eight expressions.
 */
const ANY_RULE = /[\u0020\u00a0\u202f][?!;:]|[«»°%€]|\d[\u0020\u00a0\u202f]+h/u;

/** The French typography of one text (see above); a missing text stays missing. */
export function typo(text: string): string;
export function typo(text: string | null | undefined): string | null | undefined;
export function typo(text: string | null | undefined): string | null | undefined {
  if (text === null || text === undefined || !ANY_RULE.test(text)) return text;
  return everyRule(text);
}

/** Every rule run on a text, with no shortcut (exported for the test that checks `ANY_RULE`). */
export function everyRule(text: string): string {
  let out = text;
  for (const [pattern, replacement] of RULES) out = out.replace(pattern, replacement);
  return out;
}

/**
 * A catalogue with every string set by `typo`, and every function's string result too (the
 * parts a function is given — a name, a title — are set with the sentence around them).
 *
 * Set on first read, key by key: a screen's module loads its whole catalogue but shows a few of
 * its strings, and setting them all at load was work in the call page's first long tasks
 * (DESIGN §12: TBT). A key keeps its value once read.
 */
export function typeset<T>(catalogue: T): T {
  return set(catalogue) as T;
}

function set(value: unknown): unknown {
  if (typeof value === 'string') return typo(value);
  if (typeof value === 'function') {
    const fn = value as (...args: unknown[]) => unknown;
    return (...args: unknown[]) => set(fn(...args));
  }
  if (Array.isArray(value)) return value.map(set);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return setOnRead(value as Record<string, unknown>);
  }
  return value;
}

/** A plain object whose properties are set (see `set`) when first read, then kept as values. */
function setOnRead(source: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const keep = (key: string, value: unknown) =>
    Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  for (const key of Object.keys(source)) {
    Object.defineProperty(out, key, {
      enumerable: true,
      configurable: true,
      get: () => {
        const value = set(source[key]);
        keep(key, value);
        return value;
      },
      set: (value: unknown) => keep(key, value),
    });
  }
  return out;
}
