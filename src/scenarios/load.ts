/**
 * The Node side of pack loading: reads pack folders and files from disk and hands their text to
 * the pure `parsePack`. Never imported by browser code (which gets packs from the
 * `virtual:decroche-content` module or parses imported text with `parse.ts` directly).
 */
// eslint-disable-next-line no-restricted-imports -- the one Node-only module of src/scenarios: it reads the disk for the CLI and the Vite plugin
import { lstat, readdir, readFile, realpath, stat } from 'node:fs/promises';
// eslint-disable-next-line no-restricted-imports -- see above
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
// eslint-disable-next-line no-restricted-imports -- see above
import { fileURLToPath } from 'node:url';
import { parseDocument, isMap, isScalar, LineCounter } from 'yaml';
import { formatPath, MESSAGES, sortErrors, type PackError } from './errors.ts';
import { lintClipFiles, type ClipFile } from './lint.ts';
import { decodeUtf8 } from '../language/clean.ts';
import { LIMITS, parsePack, type PackFile, type ParsedPack } from './parse.ts';
import type { ScenarioBundle } from './schema.ts';

export { formatError, hasErrors, type PackError } from './errors.ts';
export { LIMITS, parsePack, type PackFile, type ParsedPack } from './parse.ts';

/** <repo>/content: the built-in packs. */
export const CONTENT_DIR = fileURLToPath(new URL('../../content/', import.meta.url));

const KIND_FOLDERS = ['practices', 'callers', 'scenarios'] as const;
const DATA_FILE = /\.(ya?ml|json)$/i;
const PACK_FILE = /^pack\.(ya?ml|json)$/i;

export interface LoadedPack extends ParsedPack {
  /** Absolute path of the pack folder; `errors[].file` is relative to it. */
  dir: string;
}

export interface LoadedPacks {
  packs: LoadedPack[];
  /** Every valid scenario bundle of every pack. */
  bundles: ScenarioBundle[];
  /** Every pack's problems, `file` prefixed with the pack folder name ("core/scenarios/x.yaml"). */
  errors: PackError[];
}

async function entries(dir: string) {
  try {
    return (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
  } catch {
    return [];
  }
}

/**
 * Reads one file, unless it is too big to be a pack file or the pack is already too big; strict
 * UTF-8 (a Latin-1 file is refused with the line of its first invalid byte, not read with « � »).
 */
async function readPackFile(path: string, relPath: string, budget: { bytes: number }): Promise<PackFile> {
  const { size } = await stat(path);
  budget.bytes += size;
  if (size > LIMITS.fileBytes || budget.bytes > LIMITS.packBytes) return { path: relPath, text: '', size };
  const decoded = decodeUtf8(await readFile(path));
  if (decoded.ok) return { path: relPath, text: decoded.text };
  return {
    path: relPath,
    text: '',
    unreadable: { message: MESSAGES.notUtf8(), line: decoded.line, column: decoded.column },
  };
}

type Entry = Awaited<ReturnType<typeof entries>>[number];

/** A data file of the pack, read; or why not (a symbolic link, a FIFO…): never skipped silently. */
async function packEntry(
  dir: string,
  entry: Entry,
  relPath: string,
  budget: { bytes: number },
): Promise<PackFile> {
  if (entry.isFile()) return readPackFile(join(dir, entry.name), relPath, budget);
  const message = entry.isSymbolicLink() ? MESSAGES.symlink() : MESSAGES.notAFile();
  return { path: relPath, text: '', unreadable: { message } };
}

/** The data files of a pack folder, as the pure parser takes them. */
export async function readPackFiles(dir: string): Promise<PackFile[]> {
  const files: PackFile[] = [];
  const budget = { bytes: 0 };
  for (const entry of await entries(dir))
    if (!entry.isDirectory() && PACK_FILE.test(entry.name))
      files.push(await packEntry(dir, entry, entry.name, budget));
  for (const folder of KIND_FOLDERS)
    for (const entry of await entries(join(dir, folder)))
      if (!entry.isDirectory() && DATA_FILE.test(entry.name))
        files.push(await packEntry(join(dir, folder), entry, `${folder}/${entry.name}`, budget));
  return files;
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/** A folder holding pack.yaml or one of practices/, callers/, scenarios/. */
export async function isPackFolder(dir: string): Promise<boolean> {
  if ((await entries(dir)).some((e) => e.isFile() && PACK_FILE.test(e.name))) return true;
  for (const folder of KIND_FOLDERS) if (await isDirectory(join(dir, folder))) return true;
  return false;
}

/** `dir` itself when it is a pack, else its sub-folders that are packs (like content/). */
export async function findPackFolders(dir: string): Promise<string[]> {
  const root = resolve(dir);
  if (await isPackFolder(root)) return [root];
  const found: string[] = [];
  for (const entry of await entries(root))
    if (entry.isDirectory() && !entry.name.startsWith('.') && (await isPackFolder(join(root, entry.name))))
      found.push(join(root, entry.name));
  return found;
}

export async function loadPackFolder(dir: string, options: { partial?: boolean } = {}): Promise<LoadedPack> {
  const root = resolve(dir);
  const files = await readPackFiles(root);
  const pack: LoadedPack = { ...parsePack(files, options), dir: root };
  await checkClips(pack, files);
  return pack;
}

/** What is at a clip's path in the pack folder, symbolic links followed but kept inside. */
async function clipFile(root: string, path: string): Promise<ClipFile> {
  const file = join(root, ...path.split('/'));
  try {
    await lstat(file);
  } catch {
    return { kind: 'missing' };
  }
  try {
    const real = await realpath(file);
    if (!real.startsWith((await realpath(root)) + sep)) return { kind: 'outside' };
    const info = await stat(real);
    return info.isFile() ? { kind: 'file', bytes: info.size } : { kind: 'not-a-file' };
  } catch {
    return { kind: 'missing' }; // a broken link
  }
}

/** The 1-based line of `audio[line]` in a scenario file's text, when it can be found. */
function clipLine(text: string, line: string): { line: number; column: number } | undefined {
  const counter = new LineCounter();
  const doc = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter: counter, uniqueKeys: false });
  const audio = isMap(doc.contents) ? doc.contents.get('audio', true) : undefined;
  if (!isMap(audio)) return undefined;
  const pair = audio.items.find((p) => isScalar(p.key) && String(p.key.value).trim() === line);
  const start = (pair?.key as { range?: [number] } | undefined)?.range?.[0];
  if (start === undefined) return undefined;
  const { line: at, col } = counter.linePos(start);
  return { line: at, column: col };
}

/**
 * The recorded lines (`audio`) of a pack's scenarios: every clip must be a file of the pack,
 * small enough. A scenario with a bad clip is reported and loses its bundle.
 */
async function checkClips(pack: LoadedPack, files: readonly PackFile[]): Promise<void> {
  for (const scenario of pack.scenarios) {
    if (!scenario.audio) continue;
    const found = new Map<string, ClipFile>();
    for (const path of new Set(Object.values(scenario.audio)))
      found.set(path, await clipFile(pack.dir, path));
    const issues = lintClipFiles(scenario, found);
    if (issues.length === 0) continue;
    const file = pack.files.find((f) => f.kind === 'scenario' && f.id === scenario.id)?.path ?? '';
    const text = files.find((f) => f.path === file)?.text ?? '';
    for (const issue of issues)
      pack.errors.push({
        file,
        path: formatPath(issue.path),
        ...clipLine(text, String(issue.path[1])),
        message: issue.message,
        severity: issue.severity,
        code: issue.code,
      });
    pack.bundles = pack.bundles.filter((b) => b.scenario !== scenario);
  }
  sortErrors(pack.errors);
}

/**
 * Validates one file. Inside a pack (…/scenarios/x.yaml) the whole pack is read so references
 * resolve, and only the problems of that file and of the files it refers to are kept; a file
 * elsewhere is checked alone, its kind told by its fields.
 */
export async function loadPackFile(file: string): Promise<LoadedPack> {
  const path = resolve(file);
  const alone = (error: Omit<PackError, 'file'>): LoadedPack => ({
    bundles: [],
    scenarios: [],
    practices: [],
    callers: [],
    files: [],
    errors: [{ file: basename(path), ...error }],
    dir: dirname(path),
  });
  if (!DATA_FILE.test(path))
    return alone({ path: '', message: MESSAGES.badExtension(), severity: 'error', code: 'kind' });

  const packDir = dirname(dirname(path));
  const inFolder = (KIND_FOLDERS as readonly string[]).includes(basename(dirname(path)));
  if (inFolder && (await isPackFolder(packDir))) {
    const hasPackFile = (await entries(packDir)).some((e) => e.isFile() && PACK_FILE.test(e.name));
    const pack = await loadPackFolder(packDir, { partial: !hasPackFile });
    const rel = relative(packDir, path).split(sep).join('/');
    const info = pack.files.find((f) => f.path === rel);
    const scenario = info?.kind === 'scenario' ? pack.scenarios.find((s) => s.id === info.id) : undefined;
    const related = new Set([rel]);
    for (const f of pack.files)
      if (
        scenario &&
        ((f.kind === 'practice' && f.id === scenario.practice) ||
          (f.kind === 'caller' && f.id === scenario.caller))
      )
        related.add(f.path);
    const mine = <T extends { id: string }>(kind: string, items: T[]) =>
      items.filter((item) => info?.kind === kind && item.id === info.id);
    return {
      ...pack,
      errors: pack.errors.filter((e) => related.has(e.file)),
      bundles: pack.bundles.filter((b) => info?.kind === 'scenario' && b.scenario.id === info.id),
      scenarios: mine('scenario', pack.scenarios),
      practices: mine('practice', pack.practices),
      callers: mine('caller', pack.callers),
      ...(info?.kind !== 'pack' && { pack: undefined }),
    };
  }
  const { size } = await stat(path);
  const decoded = size > LIMITS.fileBytes ? undefined : decodeUtf8(await readFile(path));
  const packFile: PackFile =
    decoded && !decoded.ok
      ? {
          path: basename(path),
          text: '',
          size,
          unreadable: { message: MESSAGES.notUtf8(), line: decoded.line, column: decoded.column },
        }
      : { path: basename(path), text: decoded?.text ?? '', size };
  return { ...parsePack([packFile], { partial: true }), dir: dirname(path) };
}

/** Several packs at once; a scenario id used by two packs is an error in the second. */
export async function loadPacks(dirs: readonly string[]): Promise<LoadedPacks> {
  const packs: LoadedPack[] = [];
  const owner = new Map<string, string>();
  for (const dir of dirs) {
    const pack = await loadPackFolder(dir);
    for (const scenario of pack.scenarios) {
      const other = owner.get(scenario.id);
      if (other !== undefined) {
        const file = pack.files.find((f) => f.kind === 'scenario' && f.id === scenario.id)?.path ?? '';
        pack.errors.push({
          file,
          path: 'id',
          message: MESSAGES.duplicateAcrossPacks(scenario.id, other),
          severity: 'error',
          code: 'duplicate',
        });
        pack.bundles = pack.bundles.filter((b) => b.scenario.id !== scenario.id);
      } else owner.set(scenario.id, pack.pack?.id ?? basename(pack.dir));
    }
    sortErrors(pack.errors);
    packs.push(pack);
  }
  return {
    packs,
    bundles: packs.flatMap((p) => p.bundles),
    errors: packs.flatMap((p) => p.errors.map((e) => ({ ...e, file: `${basename(p.dir)}/${e.file}` }))),
  };
}

/** Every pack under content/ (or `contentDir`). */
export async function loadBuiltinPacks(contentDir: string = CONTENT_DIR): Promise<LoadedPacks> {
  const root = resolve(contentDir);
  const dirs: string[] = [];
  for (const entry of await entries(root))
    if (entry.isDirectory() && !entry.name.startsWith('.')) dirs.push(join(root, entry.name));
  return loadPacks(dirs);
}
