/**
 * Reads a scenario pack from file contents: YAML or JSON text in, validated practices, callers
 * and scenarios out, with every problem as a French `PackError` that names the file, the path
 * and the line. Pure (no file system): the CLI, the Vite plugin and the in-app editor share it.
 *
 * Packs are data from outside, so: size limits, no `__proto__`/`constructor`/`prototype`/`<<`
 * keys, bounded YAML aliases, YAML 1.2 core schema only (no custom tags, no merge keys).
 */
import {
  Composer,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  Parser,
  visit,
  YAMLParseError,
  type CST,
  type Document,
  type DocumentOptions,
  type ParseOptions,
  type SchemaOptions,
} from 'yaml';
import type { z } from '../zod.ts';
import frenchLocale from 'zod/v4/locales/fr.js';
import {
  formatPath,
  hasErrors,
  MESSAGES,
  sortErrors,
  type FileKind,
  type PackError,
  type PackErrorCode,
  type PathSegment,
  type Severity,
} from './errors.ts';
import { splitChunks } from './chunks.ts';
import { findMarkup } from './markup.ts';
import { lintPractice, lintScenario, type LintIssue } from './lint.ts';
import { Caller, Pack, Practice, Scenario, type ScenarioBundle } from './schema.ts';

export type { FileKind } from './errors.ts';

export const LIMITS = {
  /** Bytes per file. */
  fileBytes: 512 * 1024,
  /** Bytes per pack, all files together. */
  packBytes: 5 * 1024 * 1024,
  files: 1000,
  /** YAML alias expansions per file (yaml's own guard against « billion laughs »). */
  aliases: 100,
  /** Nesting levels per file: deeper, yaml's recursive composer may exhaust the stack. */
  depth: 64,
} as const;

export interface PackFile {
  /** Relative to the pack folder, e.g. "scenarios/x.yaml" (backslashes are accepted). */
  path: string;
  text: string;
  /** Size in bytes when known without the text (a reader that refused to read a huge file). */
  size?: number;
  /** Why the reader could not read it, in French (not UTF-8, a symbolic link, not a file…). */
  unreadable?: { message: string; line?: number; column?: number };
}

export interface ParsePackOptions {
  /**
   * Validate some files of a pack rather than a whole pack: pack.yaml is not required, and a
   * reference to a kind of file absent from the input (no practice given at all) is not checked.
   */
  partial?: boolean;
  /**
   * Reuses the reading (YAML and schema) of files whose path and text are unchanged since a
   * previous call given the same cache (the studio checks a draft on every edit). Only what one
   * file says alone is cached: references and the lint are always computed again.
   */
  cache?: FileCache;
}

/** What one file says alone, by path and text (see `ParsePackOptions.cache`). */
export type FileCache = Map<string, FileReading>;

interface FileReading {
  text: string;
  read: Reading;
  /** What each piece of the file says alone (see chunks.ts), by piece text. */
  pieces?: Map<string, Reading>;
  schema?: { success: boolean; data?: unknown; issues?: readonly Issue[] };
}

export interface ParsedFile {
  path: string;
  kind?: FileKind;
  /** The id inside the file, when it has one. */
  id?: string;
}

export interface ParsedPack {
  pack?: Pack;
  /** One per scenario whose file, practice and caller are all free of errors. */
  bundles: ScenarioBundle[];
  scenarios: Scenario[];
  practices: Practice[];
  callers: Caller[];
  /** Errors and warnings, sorted by file and line. */
  errors: PackError[];
  files: ParsedFile[];
}

const SCHEMAS = { pack: Pack, practice: Practice, caller: Caller, scenario: Scenario } as const;
const FOLDERS: Record<string, FileKind> = { practices: 'practice', callers: 'caller', scenarios: 'scenario' };
const DATA_FILE = /\.(ya?ml|json)$/i;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype', '<<']);

const byteLength = (text: string) => new TextEncoder().encode(text).length;

// ---------------------------------------------------------------- one file

/** A parsed file: its data and a way to map a property path to a line. */
interface Source {
  data: unknown;
  locate(path: readonly PathSegment[], atKey?: boolean): { line: number; column: number } | undefined;
}

type Problem = Omit<PackError, 'file'>;

type Reading = { source?: Source; problems: Problem[] };

function problem(
  code: PackErrorCode,
  message: string,
  where: { path?: readonly PathSegment[]; line?: number; column?: number } = {},
  severity: Severity = 'error',
): Problem {
  const out: Problem = { path: formatPath(where.path ?? []), message, severity, code };
  if (where.line !== undefined) out.line = where.line;
  if (where.column !== undefined) out.column = where.column;
  return out;
}

function positionOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < Math.min(offset, text.length); i++)
    if (text.charCodeAt(i) === 10) [line, start] = [line + 1, i + 1];
  return { line, column: offset - start + 1 };
}

function locator(doc: Document, lineCounter: LineCounter): Source['locate'] {
  return (path, atKey = false) => {
    let node: unknown = doc.contents;
    let offset = (node as { range?: [number] } | null)?.range?.[0];
    for (let i = 0; i < path.length; i++) {
      if (isAlias(node)) node = node.resolve(doc);
      const segment = path[i]!;
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
        if (!pair) break;
        const key = pair.key as { range?: [number] };
        const value = pair.value as { range?: [number] } | null;
        offset = (i === path.length - 1 && atKey) || !value?.range ? key.range?.[0] : value.range[0];
        node = pair.value;
      } else if (isSeq(node) && typeof segment === 'number') {
        const item = node.items[segment] as { range?: [number] } | null | undefined;
        if (!item?.range) break;
        offset = item.range[0];
        node = item;
      } else break;
    }
    if (offset === undefined) return undefined;
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
}

/** Names no pack may use as a key: they could reach Object.prototype in careless code. */
function forbiddenKeys(
  data: unknown,
  path: PathSegment[] = [],
  found: PathSegment[][] = [],
  depth = 0,
): PathSegment[][] {
  if (depth > 200 || data === null || typeof data !== 'object') return found;
  if (Array.isArray(data)) data.forEach((item, i) => forbiddenKeys(item, [...path, i], found, depth + 1));
  else
    for (const key of Object.keys(data)) {
      if (FORBIDDEN_KEYS.has(key)) found.push([...path, key]);
      else forbiddenKeys((data as Record<string, unknown>)[key], [...path, key], found, depth + 1);
    }
  return found;
}

const COLLECTION_TOKENS = new Set(['block-map', 'block-seq', 'flow-collection']);

/**
 * How deeply collections nest, read from yaml's concrete syntax tree (built without recursion)
 * before anything recursive runs. yaml's composer recurses (CVE-2026-33532); since 2.8.3 it
 * catches the stack overflow, but measured here with yaml 2.9 on Node 20, parsing such a file
 * a second time then kills the process (« FATAL ERROR: RegExpCompiler Allocation failed »).
 */
function tooDeep(tokens: readonly unknown[], limit: number): boolean {
  const stack: [unknown, number][] = [];
  for (const token of tokens) stack.push([token, 0]);
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    const here = COLLECTION_TOKENS.has((node as { type?: string }).type ?? '') ? depth + 1 : depth;
    if (here > limit) return true;
    for (const child of Object.values(node as object))
      if (child !== null && typeof child === 'object') stack.push([child, here]);
  }
  return false;
}

/**
 * Text that is not text: a control character (NUL…) or a lone surrogate, with its line. A pack
 * is typed by people: such a character is a broken file or a trap, never content.
 */
function badCharacter(text: string): Problem | undefined {
  // eslint-disable-next-line no-control-regex -- controls are what is looked for
  const control = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.exec(text);
  const lone = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.exec(text);
  const first = [control, lone].filter((m) => m !== null).sort((a, b) => a!.index - b!.index)[0];
  if (!first) return undefined;
  const code = first[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
  return problem('syntax', MESSAGES.badCharacter(`U+${code}`), positionOf(text, first.index));
}

/** yaml's `parseDocument` on tokens already parsed: the first document, a second one an error. */
function firstDocument(
  tokens: CST.Token[],
  text: string,
  options: DocumentOptions & ParseOptions & SchemaOptions,
): Document.Parsed {
  let doc: Document.Parsed | undefined;
  for (const next of new Composer(options).compose(tokens, true, text.length)) {
    if (!doc) doc = next;
    else {
      doc.errors.push(
        new YAMLParseError(
          [next.range[0], next.range[1]],
          'MULTIPLE_DOCS',
          'Source contains multiple documents',
        ),
      );
      break;
    }
  }
  // compose(…, true) always ends with a document.
  return doc!;
}

function parseText(path: string, raw: string, depth: number = LIMITS.depth): Reading {
  const problems: Problem[] = [];
  const text = raw.replace(/^\uFEFF/, '');
  const bad = badCharacter(text);
  if (bad) return { problems: [bad] };
  const isJson = /\.json$/i.test(path);
  let jsonData: unknown;
  if (isJson) {
    try {
      jsonData = JSON.parse(text);
    } catch (error) {
      const message = (error as Error).message;
      const at = /position (\d+)/.exec(message);
      const where = at
        ? positionOf(text, Number(at[1]))
        : /end of JSON/.test(message)
          ? positionOf(text, text.length)
          : {};
      return { problems: [problem('syntax', MESSAGES.json(message), where)] };
    }
  }
  // One pass of yaml's parser serves the depth check and the document (as parseDocument does).
  const lineCounter = new LineCounter();
  const tokens = [...new Parser(lineCounter.addNewLine).parse(text)];
  if (tooDeep(tokens, depth)) return { problems: [problem('size', MESSAGES.tooDeep(LIMITS.depth))] };
  const doc = firstDocument(tokens, text, {
    version: '1.2',
    schema: 'core',
    merge: false,
    uniqueKeys: true,
    strict: true,
    prettyErrors: false,
    customTags: [],
  });
  const at = (offset: number | undefined) => {
    if (offset === undefined) return {};
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  let source: Source;
  if (doc.errors.length > 0 || doc.warnings.length > 0) {
    // Valid JSON the YAML parser dislikes (rare): keep the JSON, without positions.
    if (isJson) source = { data: jsonData, locate: () => undefined };
    else {
      // Only the first error: the parser's later complaints are usually echoes of it.
      const [first] = [...doc.errors].sort((a, b) => a.pos[0] - b.pos[0]);
      if (first) problems.push(problem('syntax', MESSAGES.yaml(first.code), at(first.pos[0])));
      else
        for (const w of doc.warnings)
          problems.push(problem('syntax', MESSAGES.yamlWarning(w.code), at(w.pos[0])));
      return { problems };
    }
  } else {
    let complex: number | undefined;
    visit(doc, {
      Pair(_, pair) {
        if (pair.key !== null && !isScalar(pair.key)) {
          complex = (pair.key as { range?: [number] }).range?.[0] ?? 0;
          return visit.BREAK;
        }
      },
    });
    if (complex !== undefined)
      return { problems: [problem('forbidden-key', MESSAGES.complexKey(), at(complex))] };
    try {
      source = { data: doc.toJS({ maxAliasCount: LIMITS.aliases }), locate: locator(doc, lineCounter) };
    } catch (error) {
      const aliases = error instanceof ReferenceError && /alias/i.test(error.message);
      return { problems: [problem('size', aliases ? MESSAGES.tooManyAliases() : MESSAGES.unreadable())] };
    }
  }
  const forbidden = forbiddenKeys(source.data);
  if (forbidden.length > 0)
    return {
      problems: forbidden.map((p) =>
        problem('forbidden-key', MESSAGES.forbiddenKey(String(p.at(-1))), {
          path: p,
          ...source.locate(p, true),
        }),
      ),
    };
  if (source.data === null || source.data === undefined)
    return { problems: [problem('schema', MESSAGES.emptyFile())] };
  if (typeof source.data !== 'object' || Array.isArray(source.data))
    return { problems: [problem('schema', MESSAGES.notAnObject(), source.locate([]))] };
  return { source, problems };
}

/**
 * The file read piece by piece (see chunks.ts), each piece read alone or taken from `previous`
 * (an edit reads again only what it touched); the pieces read now are kept in `next`. Whenever a
 * piece has a problem or the pieces do not add up, the file is read whole: same data, same
 * messages, same lines as `parseText` of the whole file.
 */
function readInPieces(
  path: string,
  text: string,
  previous: ReadonlyMap<string, Reading>,
  next: Map<string, Reading>,
): Reading {
  const chunks = /\.json$/i.test(path) ? undefined : splitChunks(text);
  if (!chunks || chunks.length < 3) return parseText(path, text);
  const data: Record<string, unknown> = {};
  const nodes: Record<string, unknown> = {};
  const places = new Map<string, { source: Source; line: number }>();
  let firstNode: { source: Source; line: number } | undefined;
  for (const chunk of chunks) {
    const cacheKey = `${chunk.node === undefined ? 't' : 'n'}:${chunk.text}`;
    const reading =
      previous.get(cacheKey) ??
      parseText(path, chunk.text, chunk.node === undefined ? LIMITS.depth : LIMITS.depth - 1);
    next.set(cacheKey, reading);
    if (reading.problems.length > 0 || !reading.source) return parseText(path, text);
    const value = reading.source.data as Record<string, unknown>;
    const own = chunk.node ?? chunk.key;
    const keys = Object.keys(value);
    const place = chunk.node === undefined ? own : `nodes/${own}`;
    if (keys.length !== 1 || keys[0] !== own || places.has(place)) return parseText(path, text);
    places.set(place, { source: reading.source, line: chunk.line });
    if (chunk.node === undefined) data[own] = value[own];
    else {
      nodes[own] = value[own];
      firstNode ??= places.get(place);
    }
  }
  if (firstNode) {
    if (data.nodes !== null) return parseText(path, text);
    data.nodes = nodes;
  }
  const shift = (at: { line: number; column: number } | undefined, line: number) =>
    at && { line: at.line + line, column: at.column };
  const first = places.get(chunks[0]!.key)!;
  const locate: Source['locate'] = (at, atKey = false) => {
    if (at.length === 0) return shift(first.source.locate([]), first.line);
    if (at[0] === 'nodes' && firstNode && !(at.length === 1 && atKey)) {
      const node = at.length >= 2 ? places.get(`nodes/${String(at[1])}`) : undefined;
      if (!node) return shift(firstNode.source.locate([]), firstNode.line);
      return shift(node.source.locate(at.slice(1), atKey), node.line);
    }
    const piece = places.get(String(at[0]));
    return piece
      ? shift(piece.source.locate(at, atKey), piece.line)
      : shift(first.source.locate([]), first.line);
  };
  return { source: { data, locate }, problems: [] };
}

// ---------------------------------------------------------------- schema issues in French

type Issue = z.core.$ZodIssue;

const TYPE_NAMES: Record<string, string> = {
  string: 'texte',
  number: 'nombre',
  int: 'nombre entier',
  boolean: 'booléen (true ou false)',
  array: 'liste',
  object: 'suite de champs « nom: valeur »',
  record: 'suite de champs « nom: valeur »',
  null: 'valeur vide',
  undefined: 'rien',
};

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && !Number.isFinite(value)) return 'nombre infini';
  return typeof value;
}

const localeError = frenchLocale().localeError;

const sizeOrigin = (origin: string) =>
  origin === 'array' || origin === 'set' ? 'array' : origin === 'string' ? 'string' : 'number';

/** French messages for the generic zod issues; the schema's own messages win over these. */
const frenchIssue: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return MESSAGES.required(issue.path?.at(-1) as PathSegment | undefined);
      if (issue.expected === 'int') return MESSAGES.notInteger();
      return MESSAGES.expectedType(
        TYPE_NAMES[issue.expected] ?? issue.expected,
        TYPE_NAMES[typeOf(issue.input)] ?? typeOf(issue.input),
      );
    case 'invalid_value':
      return issue.values.length === 1
        ? MESSAGES.expectedValue(issue.values[0])
        : MESSAGES.expectedOneOf(issue.input, issue.values);
    case 'too_small':
      return MESSAGES.tooSmall(sizeOrigin(issue.origin), issue.minimum, issue.inclusive ?? true);
    case 'too_big':
      return MESSAGES.tooBig(sizeOrigin(issue.origin), issue.maximum, issue.inclusive ?? true);
    default:
      return localeError(issue);
  }
};

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const segment of path) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, segment)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

/** Every strict-object field name of a schema, for « vouliez-vous dire » on unknown fields. */
function fieldNames(
  schema: z.core.$ZodType,
  names = new Set<string>(),
  seen = new Set<unknown>(),
): Set<string> {
  if (seen.has(schema)) return names;
  seen.add(schema);
  const def = schema._zod.def as unknown as Record<string, unknown>;
  if (def.type === 'object') {
    for (const [key, child] of Object.entries(def.shape as Record<string, z.core.$ZodType>)) {
      names.add(key);
      fieldNames(child, names, seen);
    }
  }
  for (const key of ['innerType', 'element', 'valueType', 'in', 'out'])
    if (def[key]) fieldNames(def[key] as z.core.$ZodType, names, seen);
  if (Array.isArray(def.options)) for (const option of def.options) fieldNames(option, names, seen);
  return names;
}

const FIELD_NAMES = Object.fromEntries(
  Object.entries(SCHEMAS).map(([kind, schema]) => [kind, [...fieldNames(schema)]]),
) as Record<FileKind, string[]>;

/** A union failed: keep the issues of the branch that fits the input, or say what was expected. */
function unionIssues(issue: Extract<Issue, { code: 'invalid_union' }>, data: unknown): Issue[] | undefined {
  const input = valueAt(data, issue.path);
  const isContainer = input !== null && typeof input === 'object';
  const score = (issues: readonly Issue[]) =>
    issues.some(
      (i) =>
        i.path.length === 0 && (i.code === 'invalid_type' || (i.code === 'invalid_value' && isContainer)),
    )
      ? -1
      : Math.max(0, ...issues.map((i) => i.path.length));
  const ranked = issue.errors
    .map((issues) => ({ issues, score: score(issues) }))
    .sort((a, b) => b.score - a.score);
  const best = ranked[0];
  if (!best || best.score < 0) return undefined;
  return best.issues.map((i) => ({ ...i, path: [...issue.path, ...i.path] }) as Issue);
}

function schemaProblems(issues: readonly Issue[], data: unknown, kind: FileKind, source: Source): Problem[] {
  const out: Problem[] = [];
  const add = (path: PathSegment[], message: string, atKey = false) =>
    out.push(problem('schema', message, { path, ...source.locate(path, atKey) }));
  for (const issue of issues) {
    const path = issue.path as PathSegment[];
    if (issue.code === 'invalid_union' && valueAt(data, path) === undefined) {
      add(path, MESSAGES.required(path.at(-1)));
    } else if (issue.code === 'invalid_union') {
      const branch = unionIssues(issue, data);
      if (branch) out.push(...schemaProblems(branch, data, kind, source));
      else {
        const expected = [
          ...new Set(
            issue.errors.flatMap((b) =>
              b.flatMap((i) => (i.code === 'invalid_type' ? [TYPE_NAMES[i.expected] ?? i.expected] : [])),
            ),
          ),
        ];
        add(path, expected.length ? MESSAGES.union(expected) : issue.message);
      }
    } else if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) add([...path, key], MESSAGES.unknownField(key, FIELD_NAMES[kind]), true);
    } else if (issue.code === 'invalid_key') {
      add(path, MESSAGES.invalidKey(String(path.at(-1)), issue.issues[0]?.message ?? issue.message), true);
    } else add(path, issue.message); // a missing field points at the object that lacks it
  }
  return out;
}

// ---------------------------------------------------------------- the pack

function detectKind(data: Record<string, unknown>): FileKind | undefined {
  const has = (key: string) => Object.hasOwn(data, key);
  if (has('nodes') || has('start') || has('outcomes')) return 'scenario';
  if (has('practitioners') || has('agenda') || has('consignes')) return 'practice';
  if (has('lines') || has('patience') || has('style')) return 'caller';
  if (has('title')) return 'pack';
  return undefined;
}

function classify(path: string, partial: boolean): { kind?: FileKind; name: string; ignored: boolean } {
  const segments = path.split('/');
  const file = segments.at(-1) ?? '';
  const name = file.replace(DATA_FILE, '');
  if (!DATA_FILE.test(file)) return { name, ignored: true };
  if (segments.length === 1)
    return /^pack$/i.test(name) ? { kind: 'pack', name, ignored: false } : { name, ignored: !partial };
  const folderKind = segments.length === 2 ? FOLDERS[segments[0]!] : undefined;
  if (folderKind) return { kind: folderKind, name, ignored: false };
  return { name, ignored: !partial };
}

interface Entry<K extends FileKind = FileKind> {
  path: string;
  kind: K;
  source: Source;
  /** The schema output, when valid. */
  value?: z.output<(typeof SCHEMAS)[K]>;
  /** The id as written, even when the file is invalid. */
  rawId?: string;
}

const normalizePath = (path: string) => path.replace(/\\/g, '/').replace(/^(\.\/)+/, '');

export function parsePack(files: readonly PackFile[], options: ParsePackOptions = {}): ParsedPack {
  const partial = options.partial ?? false;
  const errors: PackError[] = [];
  const result: ParsedPack = { bundles: [], scenarios: [], practices: [], callers: [], errors, files: [] };
  const report = (file: string, p: Problem) => errors.push({ file, ...p });

  if (files.length > LIMITS.files) {
    report('', problem('size', MESSAGES.tooManyFiles(files.length, LIMITS.files)));
    return result;
  }
  const sizes = files.map((f) => f.size ?? byteLength(f.text));
  const total = sizes.reduce((a, b) => a + b, 0);
  if (total > LIMITS.packBytes) {
    report('', problem('size', MESSAGES.packTooLarge(total, LIMITS.packBytes)));
    return result;
  }

  const entries: Entry[] = [];
  const unreadable = {
    pack: new Set<string>(),
    practice: new Set<string>(),
    caller: new Set<string>(),
    scenario: new Set<string>(),
  };
  files.forEach((file, index) => {
    const path = normalizePath(file.path);
    const { kind: folderKind, name, ignored } = classify(path, partial);
    if (ignored) {
      if (DATA_FILE.test(path)) report(path, problem('kind', MESSAGES.ignoredFile(), {}, 'warning'));
      return;
    }
    const info: ParsedFile = { path };
    result.files.push(info);
    if (sizes[index]! > LIMITS.fileBytes) {
      report(path, problem('size', MESSAGES.fileTooLarge(sizes[index]!, LIMITS.fileBytes)));
      if (folderKind) unreadable[folderKind].add(name);
      return;
    }
    if (file.unreadable) {
      const { message, line, column } = file.unreadable;
      report(path, problem('syntax', message, { ...(line ? { line } : {}), ...(column ? { column } : {}) }));
      if (folderKind) unreadable[folderKind].add(name);
      return;
    }
    const text = file.text.normalize('NFC');
    let cached = options.cache?.get(path);
    if (cached?.text !== text) {
      const pieces = new Map<string, Reading>();
      const read = options.cache
        ? readInPieces(path, text, cached?.pieces ?? new Map(), pieces)
        : parseText(path, text);
      cached = { text, read, pieces };
      options.cache?.set(path, cached);
    }
    const { source, problems } = cached.read;
    for (const p of problems) report(path, p);
    if (!source) {
      // Unreadable, but its name says what it is: do not also call references to it unknown.
      if (folderKind) unreadable[folderKind].add(name);
      return;
    }
    const data = source.data as Record<string, unknown>;
    for (const hit of findMarkup(data))
      report(
        path,
        problem('markup', MESSAGES.markup(hit.tag), { path: hit.path, ...source.locate(hit.path) }),
      );
    const kind = folderKind ?? detectKind(data);
    if (!kind) {
      report(path, problem('kind', MESSAGES.unknownKind()));
      return;
    }
    info.kind = kind;
    const rawId = typeof data.id === 'string' ? data.id : undefined;
    if (rawId !== undefined) info.id = rawId;
    if (kind !== 'pack' && rawId !== undefined && rawId !== name)
      report(
        path,
        problem('file-name', MESSAGES.fileName(rawId, path.split('/').at(-1)!), {
          path: ['id'],
          ...source.locate(['id']),
        }),
      );

    if (!cached.schema) {
      const parsed = SCHEMAS[kind].safeParse(data, { error: frenchIssue });
      cached.schema = parsed.success
        ? { success: true, data: parsed.data }
        : { success: false, issues: parsed.error.issues };
    }
    const entry: Entry = { path, kind, source, ...(rawId !== undefined && { rawId }) };
    if (cached.schema.success) entry.value = cached.schema.data as Entry['value'];
    else for (const p of schemaProblems(cached.schema.issues ?? [], data, kind, source)) report(path, p);
    entries.push(entry);
  });

  // Ids: one file per id and kind.
  const byId = {
    pack: new Map<string, Entry>(),
    practice: new Map<string, Entry>(),
    caller: new Map<string, Entry>(),
    scenario: new Map<string, Entry>(),
  };
  for (const entry of entries) {
    if (entry.rawId === undefined) continue;
    const other = byId[entry.kind].get(entry.rawId);
    if (other) {
      report(
        entry.path,
        problem('duplicate', MESSAGES.duplicateFile(entry.kind, entry.rawId, other.path), {
          path: ['id'],
          ...entry.source.locate(['id']),
        }),
      );
      entry.value = undefined;
    } else byId[entry.kind].set(entry.rawId, entry);
  }

  const lintInto = (entry: Entry, issues: LintIssue[]) => {
    for (const issue of issues)
      report(
        entry.path,
        problem(
          issue.code,
          issue.message,
          { path: issue.path, ...entry.source.locate(issue.path) },
          issue.severity,
        ),
      );
  };
  const failed = (entry: Entry | undefined) =>
    !entry?.value || errors.some((e) => e.file === entry.path && e.severity === 'error');

  const packs = entries.filter((e) => e.kind === 'pack');
  if (packs.length > 1)
    for (const extra of packs.slice(1))
      report(
        extra.path,
        problem('duplicate', MESSAGES.duplicateFile('pack', extra.rawId ?? 'pack', packs[0]!.path)),
      );
  if (packs[0]?.value) result.pack = packs[0].value as Pack;
  if (!partial && packs.length === 0) report('pack.yaml', problem('missing', MESSAGES.missingPackFile()));

  for (const entry of entries) {
    if (entry.kind === 'practice' && entry.value) {
      lintInto(entry, lintPractice(entry.value as Practice));
      result.practices.push(entry.value as Practice);
    }
    if (entry.kind === 'caller' && entry.value) result.callers.push(entry.value as Caller);
  }

  const present = (kind: FileKind) => entries.some((e) => e.kind === kind) || unreadable[kind].size > 0;
  for (const entry of entries) {
    if (entry.kind !== 'scenario' || !entry.value) continue;
    const scenario = entry.value as Scenario;
    result.scenarios.push(scenario);
    const practiceEntry = byId.practice.get(scenario.practice);
    const callerEntry = byId.caller.get(scenario.caller);
    if (!practiceEntry && !unreadable.practice.has(scenario.practice) && (!partial || present('practice')))
      report(
        entry.path,
        problem('reference', MESSAGES.unknownPractice(scenario.practice, [...byId.practice.keys()]), {
          path: ['practice'],
          ...entry.source.locate(['practice']),
        }),
      );
    if (!callerEntry && !unreadable.caller.has(scenario.caller) && (!partial || present('caller')))
      report(
        entry.path,
        problem('reference', MESSAGES.unknownCaller(scenario.caller, [...byId.caller.keys()]), {
          path: ['caller'],
          ...entry.source.locate(['caller']),
        }),
      );
    const practice = practiceEntry?.value as Practice | undefined;
    const caller = callerEntry?.value as Caller | undefined;
    lintInto(entry, lintScenario(scenario, { ...(practice && { practice }), ...(caller && { caller }) }));
    if (practice && caller && !failed(entry) && !failed(practiceEntry) && !failed(callerEntry))
      result.bundles.push({ scenario, practice, caller });
  }
  if (!partial && !present('scenario') && !hasErrors(errors))
    report('', problem('kind', MESSAGES.noScenario(), {}, 'warning'));

  sortErrors(errors);
  return result;
}
