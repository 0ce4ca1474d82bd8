/**
 * Reading a file named on the command line, safely: regular files only (a FIFO would block, a
 * device never ends), the size checked before a byte is read, strict UTF-8 (a BOM accepted),
 * JSON errors in French with their line. Never throws: a French reason instead.
 */
import { constants } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { decodeUtf8, parseJson } from '../language/clean.ts';

export type Read<T> = { ok: true; value: T } | { ok: false; message: string };

const megabytes = (bytes: number) =>
  `${(bytes / 1024 / 1024).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} Mo`;

function statError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'fichier introuvable.';
  if (code === 'EACCES' || code === 'EPERM') return 'lecture non autorisée.';
  if (code === 'ELOOP') return 'lien symbolique en boucle.';
  if (code === 'ENAMETOOLONG') return 'chemin trop long.';
  return `lecture impossible (${code ?? 'erreur inconnue'}).`;
}

/** The bytes of a regular file of at most `maxBytes`. */
export async function readBytes(path: string, maxBytes: number): Promise<Read<Uint8Array>> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    return { ok: false, message: statError(error) };
  }
  if (info.isDirectory()) return { ok: false, message: 'c’est un dossier, pas un fichier.' };
  if (!info.isFile())
    return {
      ok: false,
      message: 'ce n’est pas un fichier ordinaire (tube, périphérique ou socket) : rien n’est lu.',
    };
  if (info.size > maxBytes)
    return {
      ok: false,
      message: `fichier trop volumineux (${megabytes(info.size)}, au plus ${megabytes(maxBytes)}).`,
    };
  let handle;
  try {
    // O_NONBLOCK: should the path become a FIFO between stat and open, opening does not hang.
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
    if (!(await handle.stat()).isFile())
      return { ok: false, message: 'ce n’est pas un fichier ordinaire : rien n’est lu.' };
    const chunks: Uint8Array[] = [];
    let length = 0;
    for (;;) {
      const chunk = new Uint8Array(Math.min(1 << 20, Math.max(4096, info.size + 1)));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > maxBytes)
        return { ok: false, message: `fichier trop volumineux (plus de ${megabytes(maxBytes)}).` };
      chunks.push(chunk.subarray(0, bytesRead));
    }
    return { ok: true, value: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks) };
  } catch (error) {
    return { ok: false, message: statError(error) };
  } finally {
    await handle?.close().catch(() => {});
  }
}

/** A UTF-8 text file (BOM dropped), refused with the line of its first invalid byte otherwise. */
export async function readText(path: string, maxBytes: number): Promise<Read<string>> {
  const bytes = await readBytes(path, maxBytes);
  if (!bytes.ok) return bytes;
  const decoded = decodeUtf8(bytes.value);
  return decoded.ok ? { ok: true, value: decoded.text } : { ok: false, message: `${decoded.message}.` };
}

/** A JSON file, parsed. */
export async function readJson(path: string, maxBytes: number): Promise<Read<unknown>> {
  const text = await readText(path, maxBytes);
  if (!text.ok) return text;
  const parsed = parseJson(text.value);
  return parsed.ok ? { ok: true, value: parsed.value } : { ok: false, message: `${parsed.message}.` };
}
