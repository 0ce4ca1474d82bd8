/**
 * A draft exported as one file (JSON: the pack's YAML texts and its golden scripts) and read back
 * in another browser. Reading never executes anything: the file is JSON, size-limited before it
 * is read, its shape checked, and its YAML goes through the same guarded parser and lint as any
 * pack (aliases, depth, forbidden keys, references). Every refusal is a French sentence.
 */
import { formatError, hasErrors } from '../../scenarios/errors.ts';
import { LIMITS, parsePack, type PackFile } from '../../scenarios/parse.ts';
import { parseScript } from '../../machines/play.ts';
import { DRAFT_VERSION, slug, type Draft } from './draft.ts';
import type { GoldenScript } from './golden.ts';

export const PACK_FORMAT = 'decroche-atelier-pack';
export const PACK_FORMAT_VERSION = 1;
/** The YAML of a pack at most, plus room for its golden scripts and the JSON escaping. */
export const MAX_PACK_FILE_BYTES = LIMITS.packBytes + 1024 * 1024;
const MAX_GOLDENS = 200;

export interface PackExport {
  format: typeof PACK_FORMAT;
  version: typeof PACK_FORMAT_VERSION;
  id: string;
  title: string;
  main: string;
  files: { path: string; text: string }[];
  golden: GoldenScript[];
}

/** The pack as data: what `exportPack` writes and what a `Publisher` (publish.ts) sends. */
export function packExport(draft: Draft): PackExport {
  return {
    format: PACK_FORMAT,
    version: PACK_FORMAT_VERSION,
    id: draft.id,
    title: draft.title,
    main: draft.main,
    files: draft.files.map((f) => ({ path: f.path, text: f.text })),
    golden: draft.golden,
  };
}

export function exportPack(draft: Draft): string {
  return `${JSON.stringify(packExport(draft), null, 2)}\n`;
}

export function exportFileName(draft: Pick<Draft, 'id'>): string {
  return `${slug(draft.id)}.decroche-pack.json`;
}

export type PackRead = { ok: true; draft: Draft } | { ok: false; errors: string[] };

const refuse = (...errors: string[]): PackRead => ({ ok: false, errors });
const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const kb = (bytes: number) => `${Math.ceil(bytes / 1024).toLocaleString('fr-FR')} Ko`;

/** Checks a file's size before its text is read (a huge file is never loaded). */
export function sizeProblem(bytes: number): string | undefined {
  return bytes > MAX_PACK_FILE_BYTES
    ? `Le fichier fait ${kb(bytes)} : un pack exporté de l’atelier fait au plus ${kb(MAX_PACK_FILE_BYTES)}.`
    : undefined;
}

/** Reads an exported pack: a draft ready to store, or the reasons it is refused. */
export function readPack(text: string): PackRead {
  const size = sizeProblem(new TextEncoder().encode(text).length);
  if (size) return refuse(size);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return refuse('Ce fichier n’est pas un pack exporté de l’atelier : ce n’est pas du JSON lisible.');
  }
  if (!isRecord(data) || data.format !== PACK_FORMAT)
    return refuse(
      'Ce fichier n’est pas un pack exporté de l’atelier (le champ « format » manque ou est autre).',
    );
  if (data.version !== PACK_FORMAT_VERSION)
    return refuse(
      `Ce pack a été exporté dans une version du format que cette version de Décroche ne lit pas (${String(data.version)}).`,
    );
  const { id, title, main, files, golden } = data;
  if (typeof id !== 'string' || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id) || id.length > 80)
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
    if (f.path.split(/[\\/]/).some((part) => part === '..' || part === '') || /^[\\/]|:/.test(f.path))
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
  const goldens: GoldenScript[] = [];
  if (golden !== undefined) {
    if (!Array.isArray(golden) || golden.length > MAX_GOLDENS)
      return refuse(
        `Les scripts dorés (« golden ») doivent être une liste d’au plus ${MAX_GOLDENS} scripts.`,
      );
    for (const [i, g] of golden.entries()) {
      const problem = goldenProblem(g);
      if (typeof problem === 'string') return refuse(`Script doré n° ${i + 1} : ${problem}`);
      goldens.push(problem);
    }
  }
  return { ok: true, draft: { version: DRAFT_VERSION, id, title, main, files: read, golden: goldens } };
}

const MOODS = new Set(['calm', 'tense', 'upset']);

/** A golden script as read from a file, or what is wrong with it. */
function goldenProblem(g: unknown): GoldenScript | string {
  if (!isRecord(g) || typeof g.name !== 'string' || g.name.trim() === '')
    return 'il lui manque un nom (« name »).';
  if (g.start !== undefined && typeof g.start !== 'string')
    return '« start » doit être un identifiant de nœud.';
  if (g.mood !== undefined && !MOODS.has(g.mood as string)) return '« mood » vaut calm, tense ou upset.';
  if (!isRecord(g.expected)) return 'il lui manque le résultat gardé (« expected »).';
  let script;
  try {
    script = parseScript(g.script);
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
  const { outcome, verdict, score } = g.expected;
  return {
    name: g.name.slice(0, 200),
    ...(typeof g.start === 'string' && { start: g.start }),
    ...(g.mood !== undefined && { mood: g.mood as GoldenScript['mood'] & string }),
    script,
    expected: {
      ...(typeof outcome === 'string' && { outcome }),
      ...(typeof verdict === 'string' && { verdict }),
      ...(typeof score === 'number' && Number.isFinite(score) && { score }),
    },
  };
}
