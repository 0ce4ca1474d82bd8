/**
 * The pack file the studio exports and a team server receives: one JSON document holding a
 * pack's YAML texts (and the studio's golden scripts, which this module leaves to the studio).
 * Reading one never executes anything: size first, then the JSON shape, then the same guarded
 * parser and lint as any pack (aliases, depth, forbidden keys, HTML, references). Every refusal
 * is a French sentence. Pure: the studio, the app's library and the server share it.
 */
import { formatError, hasErrors } from './errors.ts';
import { LIMITS, parsePack, type PackFile, type ParsedPack } from './parse.ts';

export const PACK_FORMAT = 'decroche-atelier-pack';
export const PACK_FORMAT_VERSION = 1;
/** The YAML of a pack at most, plus room for its golden scripts and the JSON escaping. */
export const MAX_PACK_FILE_BYTES = LIMITS.packBytes + 1024 * 1024;
export const PACK_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A pack's content, as exported and as published. */
export interface PackContent {
  id: string;
  title: string;
  /** Path of the scenario file the studio opens. */
  main: string;
  files: PackFile[];
}

export type PackContentRead =
  { ok: true; content: PackContent; parsed: ParsedPack; golden: unknown } | { ok: false; errors: string[] };

const refuse = (...errors: string[]): PackContentRead => ({ ok: false, errors });
const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const kb = (bytes: number) => `${Math.ceil(bytes / 1024).toLocaleString('fr-FR')} Ko`;

/** Checks a file's size before its text is read (a huge file is never loaded). */
export function sizeProblem(bytes: number, limit = MAX_PACK_FILE_BYTES): string | undefined {
  return bytes > limit
    ? `Le fichier fait ${kb(bytes)} : un pack exporté de l’atelier fait au plus ${kb(limit)}.`
    : undefined;
}

/** The JSON of a pack file's text, size checked first (`limit`: the studio's, with its clips). */
export function readPackJson(
  text: string,
  limit = MAX_PACK_FILE_BYTES,
): { ok: true; data: unknown } | { ok: false; errors: string[] } {
  const size = sizeProblem(new TextEncoder().encode(text).length, limit);
  if (size) return { ok: false, errors: [size] };
  try {
    return { ok: true, data: JSON.parse(text) as unknown };
  } catch {
    return {
      ok: false,
      errors: ['Ce fichier n’est pas un pack exporté de l’atelier : ce n’est pas du JSON lisible.'],
    };
  }
}

/** Reads the JSON text of a pack file. */
export function readPackText(text: string): PackContentRead {
  const json = readPackJson(text);
  return json.ok ? readPackData(json.data) : json;
}

/** Reads a pack file's data (already parsed JSON, e.g. a request body): its content, checked. */
export function readPackData(data: unknown): PackContentRead {
  if (!isRecord(data) || data.format !== PACK_FORMAT)
    return refuse(
      'Ce fichier n’est pas un pack exporté de l’atelier (le champ « format » manque ou est autre).',
    );
  if (data.version !== PACK_FORMAT_VERSION)
    return refuse(
      `Ce pack a été exporté dans une version du format que cette version de Décroche ne lit pas (${String(data.version).slice(0, 20)}).`,
    );
  const { id, title, main, files, golden } = data;
  if (typeof id !== 'string' || !PACK_ID.test(id) || id.length > 80)
    return refuse('L’identifiant du pack (« id ») doit être fait de minuscules, de chiffres et de tirets.');
  if (typeof title !== 'string' || title.trim() === '' || title.length > 200)
    return refuse('Le titre du pack (« title ») manque ou dépasse 200 caractères.');
  if (!Array.isArray(files) || files.length === 0)
    return refuse('Le pack ne contient aucun fichier (« files »).');
  if (files.length > LIMITS.files)
    return refuse(`Le pack contient ${files.length} fichiers : au plus ${LIMITS.files}.`);
  const read: PackFile[] = [];
  for (const [i, f] of files.entries()) {
    if (!isRecord(f) || typeof f.path !== 'string' || typeof f.text !== 'string')
      return refuse(`Le fichier n° ${i + 1} du pack n’a pas de chemin (« path ») et de texte (« text »).`);
    if (
      f.path.length > 200 ||
      f.path.split(/[\\/]/).some((part) => part === '..' || part === '') ||
      /^[\\/]|:/.test(f.path)
    )
      return refuse(`Le chemin « ${f.path.slice(0, 80)} » n’est pas un chemin de fichier du pack.`);
    read.push({ path: f.path, text: f.text });
  }
  if (typeof main !== 'string' || !read.some((f) => f.path === main))
    return refuse('Le pack ne dit pas quel est son scénario (« main »), ou ce fichier manque.');
  const parsed = parsePack(read);
  if (hasErrors(parsed.errors))
    return refuse(
      'Le pack contient des erreurs : il n’a pas été importé.',
      ...parsed.errors
        .filter((e) => e.severity === 'error')
        .slice(0, 20)
        .map((e) => formatError(e)),
    );
  return { ok: true, content: { id, title, main, files: read }, parsed, golden };
}
