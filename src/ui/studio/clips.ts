/**
 * Recorded caller lines in a draft (the scenario's `audio`): each clip is a file of the pack,
 * kept in the draft as a data URL (the drafts store and the pack file are text), within the
 * limits a pack on disk has (AUDIO_CLIPS: the formats, 300 Ko a line). Pure: attaching,
 * removing, checking and reading clips back from an imported pack file.
 */
import { parseDocument, isMap, isScalar } from 'yaml';
import { formatPath, MESSAGES, type PackError } from '../../scenarios/errors.ts';
import { lintClipFiles, type ClipFile } from '../../scenarios/lint.ts';
import {
  clipMime,
  dataBytes,
  extensionOf,
  MAX_CLIPS,
  readClips,
  type PackClip,
} from '../../scenarios/packClips.ts';
import { AUDIO_CLIPS, type Scenario } from '../../scenarios/schema.ts';
import { clipUrls } from '../library/clipUrls.ts';
import { slug, type Draft } from './draft.ts';

/** A clip of a draft: its path in the pack and its bytes, as a `data:audio/…;base64,` URL. */
export type DraftClip = PackClip;

export { dataBytes, MAX_CLIPS, readClips };

/** Why a file chosen for a line cannot be its clip, in French (before it is read). */
export function clipFileProblem(name: string, bytes: number, clipCount: number): string | undefined {
  const extension = extensionOf(name);
  if (!extension || !(AUDIO_CLIPS.extensions as readonly string[]).includes(extension))
    return `${name} : ${MESSAGES.clipExtension(extension, AUDIO_CLIPS.extensions)}.`;
  if (bytes > AUDIO_CLIPS.maxBytes)
    return `${MESSAGES.clipTooLarge(name, bytes, AUDIO_CLIPS.maxBytes)}.`.replace(/^./, (c) =>
      c.toUpperCase(),
    );
  if (clipCount >= MAX_CLIPS)
    return `Ce brouillon a déjà ${MAX_CLIPS} enregistrements, le plus qu’un pack peut emporter : retirez-en un d’abord.`;
  return undefined;
}

/** A data URL for a clip's bytes, typed by the file's extension. */
export function clipData(name: string, base64: string): string {
  const mime = clipMime(name) ?? 'audio/mpeg';
  return `data:${mime};base64,${base64}`;
}

/** The scenario's `audio` map, as written (line → path), or nothing when it does not read as one. */
export function audioOf(text: string): Record<string, string> {
  try {
    const audio: unknown = parseDocument(text).toJS()?.audio;
    if (typeof audio !== 'object' || audio === null || Array.isArray(audio)) return {};
    return Object.fromEntries(
      Object.entries(audio).filter((e): e is [string, string] => typeof e[1] === 'string'),
    );
  } catch {
    return {};
  }
}

/**
 * The scenario text with its `audio` map replaced by `entries`: the old block is cut out (the
 * other fields keep the trainer's formatting) and the new one written at the end.
 */
export function setAudio(text: string, entries: Readonly<Record<string, string>>): string {
  let out = text;
  const doc = parseDocument(text);
  if (isMap(doc.contents)) {
    const pair = doc.contents.items.find((p) => isScalar(p.key) && p.key.value === 'audio');
    const from = (pair?.key as { range?: [number, number, number] } | undefined)?.range?.[0];
    const value = pair?.value as { range?: [number, number, number] } | null | undefined;
    const to = value?.range?.[2] ?? (pair?.key as { range?: [number, number, number] })?.range?.[2];
    if (from !== undefined && to !== undefined) {
      const end = text.indexOf('\n', Math.max(from, to - 1));
      out = text.slice(0, from) + (end === -1 ? '' : text.slice(end + 1));
    }
  }
  const lines = Object.entries(entries).map(
    ([line, path]) => `  ${JSON.stringify(line)}: ${JSON.stringify(path)}`,
  );
  if (lines.length === 0) return out;
  return `${out.replace(/\n*$/, '\n')}audio:\n${lines.join('\n')}\n`;
}

/** A path for a line's clip, in `audio/`, not yet taken by another clip of the draft. */
export function clipPathFor(line: string, fileName: string, taken: ReadonlySet<string>): string {
  const extension = extensionOf(fileName) ?? '.mp3';
  const base = `audio/${slug(line).slice(0, 40).replace(/-+$/, '') || 'replique'}`;
  if (!taken.has(`${base}${extension}`)) return `${base}${extension}`;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}${extension}`)) return `${base}-${n}${extension}`;
}

const mainText = (draft: Pick<Draft, 'files' | 'main'>) =>
  draft.files.find((f) => f.path === draft.main)?.text ?? '';

/** The draft with `line` recorded by this clip (the line's earlier clip, if any, replaced). */
export function withClip(draft: Draft, line: string, fileName: string, data: string): Draft {
  const audio = audioOf(mainText(draft));
  const previous = audio[line];
  const clips = (draft.clips ?? []).filter((c) => c.path !== previous || usedElsewhere(audio, line, c.path));
  const path = clipPathFor(line, fileName, new Set(clips.map((c) => c.path)));
  const text = setAudio(mainText(draft), { ...audio, [line]: path });
  return {
    ...draft,
    files: draft.files.map((f) => (f.path === draft.main ? { ...f, text } : f)),
    clips: [...clips, { path, data }],
  };
}

const usedElsewhere = (audio: Readonly<Record<string, string>>, line: string, path: string) =>
  Object.entries(audio).some(([other, p]) => other !== line && p === path);

/** The draft without `line`'s clip (the file goes too, unless another line uses it). */
export function withoutClip(draft: Draft, line: string): Draft {
  const audio = { ...audioOf(mainText(draft)) };
  const path = audio[line];
  delete audio[line];
  const text = setAudio(mainText(draft), audio);
  return {
    ...draft,
    files: draft.files.map((f) => (f.path === draft.main ? { ...f, text } : f)),
    clips: (draft.clips ?? []).filter((c) => c.path !== path || usedElsewhere(audio, line, c.path)),
  };
}

/**
 * The clip files' problems, as the CLI reports a pack folder's (missing, too large), on the
 * scenario's `audio` lines: the draft's clips are its pack folder.
 */
export function clipErrors(
  draft: Pick<Draft, 'clips' | 'main'>,
  scenario: Scenario,
  text: string,
): PackError[] {
  if (!scenario.audio) return [];
  const files = new Map<string, ClipFile>(
    (draft.clips ?? []).map((c) => [c.path, { kind: 'file', bytes: dataBytes(c.data) }]),
  );
  const lines = text.split('\n');
  return lintClipFiles(scenario, files).map((issue) => {
    const key = JSON.stringify(String(issue.path[1]));
    const at = lines.findIndex((l) => l.trimStart().startsWith(key));
    return {
      file: draft.main,
      path: formatPath(issue.path),
      ...(at >= 0 && { line: at + 1, column: 3 }),
      message: issue.message,
      severity: issue.severity,
      code: issue.code,
    };
  });
}

/** The scenario's recorded lines as the call plays them: line → data URL of its clip. */
export const draftClipUrls = (scenario: Pick<Scenario, 'audio'>, clips: readonly DraftClip[] | undefined) =>
  clipUrls(scenario.audio, clips && Object.fromEntries(clips.map((c) => [c.path, c.data])));
