/**
 * The recorded caller lines a pack carries (its `clips`: path in the pack → the bytes as a
 * `data:audio/…;base64,` URL), as the studio exports them and a team server receives them. Each
 * is checked the same way wherever it is read (path, format matching the name, size, count);
 * every refusal is a French sentence. Pure: the studio, the app's library and the server share it.
 */
import { MESSAGES } from './errors.ts';
import { MAX_PACK_FILE_BYTES } from './packExport.ts';
import { AUDIO_CLIPS, clipPathProblem } from './schema.ts';

/** A clip of a pack: its path in the pack and its bytes, as a `data:audio/…;base64,` URL. */
export interface PackClip {
  path: string;
  data: string;
}

/** Clips a pack holds at most: 40 clips of 300 Ko is a 16 Mo file. */
export const MAX_CLIPS = 40;

/** A pack file with its clips at most: its texts and golden scripts, plus the clips in base64. */
export const MAX_PACK_WITH_CLIPS_BYTES =
  MAX_PACK_FILE_BYTES + Math.ceil((MAX_CLIPS * AUDIO_CLIPS.maxBytes * 4) / 3) + 64 * 1024;

export const CLIP_MIME: Record<(typeof AUDIO_CLIPS.extensions)[number], string> = {
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.wav': 'audio/wav',
  '.m4a': 'audio/mp4',
};
const DATA_URL = /^data:(audio\/[a-z0-9.+-]+);base64,([A-Za-z0-9+/]*={0,2})$/;

export const extensionOf = (name: string) => /\.[^./]+$/.exec(name)?.[0].toLowerCase();

/** The MIME type of a clip, by its name's extension (a checked clip always has one). */
export const clipMime = (path: string): string | undefined =>
  CLIP_MIME[extensionOf(path) as keyof typeof CLIP_MIME];

/** The bytes a base64 data URL holds. */
export function dataBytes(data: string): number {
  const b64 = data.slice(data.indexOf(',') + 1);
  return Math.floor((b64.length * 3) / 4) - (b64.endsWith('==') ? 2 : b64.endsWith('=') ? 1 : 0);
}

/** The base64 part of a checked clip's data URL. */
export const clipBase64 = (data: string) => data.slice(data.indexOf(',') + 1);

/** A pack's clips: checked one by one (path, format matching the name, size, count). */
export function readClips(value: unknown): { ok: true; clips: PackClip[] } | { ok: false; error: string } {
  if (value === undefined) return { ok: true, clips: [] };
  if (!Array.isArray(value) || value.length > MAX_CLIPS)
    return {
      ok: false,
      error: `Les enregistrements (« clips ») doivent être une liste d’au plus ${MAX_CLIPS} fichiers.`,
    };
  const clips: PackClip[] = [];
  for (const [i, c] of value.entries()) {
    const where = `Enregistrement n° ${i + 1}`;
    if (typeof c !== 'object' || c === null || typeof c.path !== 'string' || typeof c.data !== 'string')
      return { ok: false, error: `${where} : il lui faut un chemin (« path ») et des données (« data »).` };
    const pathProblem = clipPathProblem(c.path);
    if (pathProblem) return { ok: false, error: `${where} (« ${c.path.slice(0, 80)} ») : ${pathProblem}.` };
    if (c.data.length > (AUDIO_CLIPS.maxBytes * 4) / 3 + 100)
      return {
        ok: false,
        error: `${where} : ${MESSAGES.clipTooLarge(c.path, dataBytes(c.data), AUDIO_CLIPS.maxBytes)}.`,
      };
    const m = DATA_URL.exec(c.data);
    if (!m || m[1] !== clipMime(c.path))
      return {
        ok: false,
        error: `${where} (« ${c.path} ») : ses données ne sont pas un fichier audio du format de son nom, encodé en base64.`,
      };
    if (dataBytes(c.data) > AUDIO_CLIPS.maxBytes)
      return {
        ok: false,
        error: `${where} : ${MESSAGES.clipTooLarge(c.path, dataBytes(c.data), AUDIO_CLIPS.maxBytes)}.`,
      };
    if (clips.some((other) => other.path === c.path))
      return {
        ok: false,
        error: `${where} : le chemin « ${c.path} » est déjà celui d’un autre enregistrement.`,
      };
    clips.push({ path: c.path, data: c.data });
  }
  return { ok: true, clips };
}
