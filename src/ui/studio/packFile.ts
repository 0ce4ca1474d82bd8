/**
 * A draft exported as one file (JSON: the pack's YAML texts and its golden scripts) and read back
 * in another browser. Reading never executes anything: the file is JSON, size-limited before it
 * is read, its shape checked, and its YAML goes through the same guarded parser and lint as any
 * pack (aliases, depth, forbidden keys, references). Every refusal is a French sentence.
 */
import {
  MAX_PACK_FILE_BYTES as MAX_TEXT_BYTES,
  PACK_FORMAT,
  PACK_FORMAT_VERSION,
  readPackData,
  readPackJson,
  sizeProblem as packSizeProblem,
} from '../../scenarios/packExport.ts';
import { MAX_PACK_WITH_CLIPS_BYTES } from '../../scenarios/packClips.ts';
import { parseScript } from '../../machines/play.ts';
import { readClips, type DraftClip } from './clips.ts';
import { DRAFT_VERSION, slug, type Draft } from './draft.ts';
import type { GoldenScript } from './golden.ts';

export { PACK_FORMAT, PACK_FORMAT_VERSION };
/** The texts and golden scripts (as a team server takes them), plus the clips in base64. */
export const MAX_PACK_FILE_BYTES = MAX_PACK_WITH_CLIPS_BYTES;
const MAX_GOLDENS = 200;

export interface PackExport {
  format: typeof PACK_FORMAT;
  version: typeof PACK_FORMAT_VERSION;
  id: string;
  title: string;
  main: string;
  files: { path: string; text: string }[];
  golden: GoldenScript[];
  /** The recorded caller lines (absent without any): a team server checks and keeps them too. */
  clips?: DraftClip[];
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
    ...(draft.clips?.length && { clips: draft.clips.map((c) => ({ path: c.path, data: c.data })) }),
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

/** Checks a file's size before its text is read (a huge file is never loaded). */
export const sizeProblem = (bytes: number) => packSizeProblem(bytes, MAX_PACK_FILE_BYTES);

/** Reads an exported pack: a draft ready to store, or the reasons it is refused. */
export function readPack(text: string): PackRead {
  const json = readPackJson(text, MAX_PACK_FILE_BYTES);
  if (!json.ok) return json;
  const data = json.data;
  // The clips apart: the texts are read as a team server reads them (with its size limit).
  const clipsRead = readClips(isRecord(data) ? data.clips : undefined);
  if (!clipsRead.ok) return refuse(clipsRead.error);
  const texts = isRecord(data) ? { ...data, clips: undefined } : data;
  // Without its clips, the file is held to a pack's limit, as a team server holds it.
  const clipChars = clipsRead.clips.reduce((n, c) => n + c.data.length + c.path.length, 0);
  if (text.length - clipChars > MAX_TEXT_BYTES) return refuse(sizeProblemOfTexts());
  const read = readPackData(texts);
  if (!read.ok) return read;
  const { content, golden } = read;
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
  const clips = clipsRead.clips;
  return {
    ok: true,
    draft: { version: DRAFT_VERSION, ...content, golden: goldens, ...(clips.length > 0 && { clips }) },
  };
}

const sizeProblemOfTexts = () =>
  `Les textes et les scripts dorés du pack dépassent ${Math.ceil(MAX_TEXT_BYTES / 1024).toLocaleString('fr-FR')} Ko : c’est la limite d’un pack, enregistrements à part.`;

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
