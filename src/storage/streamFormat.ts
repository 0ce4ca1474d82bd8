/**
 * The export file at scale (format version 2): JSON Lines. A header line, then one attempt per
 * line, so that 50,000 attempts (hundreds of megabytes) are written and read a chunk at a time,
 * never as one string. Pure: no storage (transferStore.ts reads and writes the records).
 *
 *   {"format":"decroche-attempts","version":2,"appVersion":"…","rubricVersion":1,"exportedAt":"…","profile":{"name":"…"},"count":50000}
 *   {"id":"…","scenarioId":"…",…,"log":[…]}
 *   …
 *
 * Reading is strict: UTF-8 only, each line within a size cap, `__proto__` refused, lone
 * surrogates refused, every string cleaned (NFC, no control or zero-width character), each
 * attempt checked field by field with French messages naming the line.
 */
import { cleanText, hasLoneSurrogate } from '../language/clean.ts';
import * as s from './schema.ts';
import { parseFrench } from './records.ts';
import { EXPORT_FORMAT } from './exportFormat.ts';
import { ExportedAttemptSchema, type ExportedAttempt } from './transfer.ts';
import { fileSize } from './importMessages.ts';

export const STREAM_VERSION = 2;
/** One attempt line: a long attempt is ~10 Ko; far above that, it is not one of ours. */
export const MAX_LINE_BYTES = 2 * 1024 * 1024;
/** A whole file: 50,000 long attempts (~500 Mo) fit, with room. */
export const MAX_STREAM_BYTES = 2 * 1024 * 1024 * 1024;
/** Attempts in one file. */
export const MAX_ATTEMPTS = 200_000;

export interface StreamHeader {
  format: typeof EXPORT_FORMAT;
  version: typeof STREAM_VERSION;
  appVersion: string;
  rubricVersion: number;
  exportedAt: string;
  profile: { name: string };
  count: number;
}

const HeaderSchema = s.strictObject({
  format: s.literal(EXPORT_FORMAT),
  version: s.literal(STREAM_VERSION),
  appVersion: s.v.pipe(s.string(), s.minLength(1), s.maxLength(50)),
  rubricVersion: s.v.pipe(s.int(), s.minimum(1)),
  exportedAt: s.isoDateTime(),
  profile: s.strictObject({ name: s.v.pipe(s.string(), s.maxLength(200)) }),
  count: s.v.pipe(s.int(), s.minimum(0), s.maximum(MAX_ATTEMPTS)),
});

export const streamMessages = {
  notUtf8: (line: number) =>
    `Ligne ${line} : le fichier n’est pas en UTF-8 ; ce n’est pas un export de Décroche.`,
  lineTooLong: (line: number) =>
    `Ligne ${line} : plus de ${fileSize(MAX_LINE_BYTES)} sur une ligne ; ce n’est pas une tentative de Décroche.`,
  fileTooLarge: (bytes: number) =>
    `Fichier trop volumineux : ${fileSize(bytes)} (au plus ${fileSize(MAX_STREAM_BYTES)}).`,
  badHeader: (detail: string) => `En-tête de l’export invalide (ligne 1) : ${detail}`,
  notJson: (line: number) => `Ligne ${line} : ce n’est pas du JSON lisible.`,
  forbiddenKey: (line: number) => `Ligne ${line} : clé « __proto__ » interdite.`,
  loneSurrogate: (line: number) =>
    `Ligne ${line} : texte invalide (caractère Unicode isolé), la tentative est refusée.`,
  attempt: (line: number, id: string | undefined, detail: string) =>
    `Ligne ${line}${id ? ` (« ${id} »)` : ''} : ${detail}`,
  tooMany: () =>
    `Plus de ${MAX_ATTEMPTS.toLocaleString('fr-FR')} tentatives dans un fichier : le reste est ignoré.`,
  countMismatch: (said: number, found: number) =>
    `L’en-tête annonce ${said} tentative(s), le fichier en contient ${found} : il est peut-être tronqué.`,
} as const;

export function headerLine(header: Omit<StreamHeader, 'format' | 'version'>): string {
  return `${JSON.stringify({ format: EXPORT_FORMAT, version: STREAM_VERSION, ...header })}\n`;
}

export function attemptLine(attempt: ExportedAttempt): string {
  return `${JSON.stringify(attempt)}\n`;
}

/** Parses one line of JSON: forbidden keys and lone surrogates refused, strings cleaned. */
export function parseLine(
  text: string,
  line: number,
): { ok: true; value: unknown } | { ok: false; error: string } {
  let problem: string | null = null;
  let value: unknown;
  try {
    value = JSON.parse(text, (key, item: unknown) => {
      if (key === '__proto__') problem ??= streamMessages.forbiddenKey(line);
      if (typeof item === 'string') {
        if (hasLoneSurrogate(item)) problem ??= streamMessages.loneSurrogate(line);
        else return cleanText(item);
      }
      return item;
    });
  } catch {
    return { ok: false, error: streamMessages.notJson(line) };
  }
  return problem ? { ok: false, error: problem } : { ok: true, value };
}

export function parseHeader(text: string): { ok: true; header: StreamHeader } | { ok: false; error: string } {
  const parsed = parseLine(text, 1);
  if (!parsed.ok) return { ok: false, error: parsed.error };
  const header = parseFrench(HeaderSchema, parsed.value);
  return header.ok
    ? { ok: true, header: header.value as StreamHeader }
    : { ok: false, error: streamMessages.badHeader(header.error) };
}

export function parseAttemptLine(
  text: string,
  line: number,
): { ok: true; attempt: ExportedAttempt } | { ok: false; error: string } {
  const parsed = parseLine(text, line);
  if (!parsed.ok) return parsed;
  const checked = parseFrench(ExportedAttemptSchema, parsed.value);
  if (checked.ok) return { ok: true, attempt: checked.value as ExportedAttempt };
  const raw = parsed.value as { id?: unknown } | null;
  return {
    ok: false,
    error: streamMessages.attempt(line, typeof raw?.id === 'string' ? raw.id : undefined, checked.error),
  };
}

/**
 * The lines of a byte stream, each with its 1-based number: strict UTF-8 (a BOM dropped), no
 * line longer than `maxLine` bytes. Throws an Error with a French message otherwise.
 */
export async function* readLines(
  stream: ReadableStream<Uint8Array>,
  maxLine = MAX_LINE_BYTES,
): AsyncGenerator<{ text: string; line: number }> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const reader = stream.getReader();
  let pending = '';
  let line = 1;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      let text: string;
      try {
        text = done ? decoder.decode() : decoder.decode(value, { stream: true });
      } catch {
        throw new Error(streamMessages.notUtf8(line + (pending.match(/\n/g)?.length ?? 0)));
      }
      pending += text;
      let start = 0;
      for (let nl = pending.indexOf('\n'); nl !== -1; nl = pending.indexOf('\n', start)) {
        const body = pending.slice(start, nl).replace(/\r$/, '');
        start = nl + 1;
        if (body.trim() !== '') yield { text: body, line };
        line++;
      }
      pending = pending.slice(start);
      // UTF-16 length ≤ bytes: a pending line past the cap in characters is past it in bytes.
      if (pending.length > maxLine) throw new Error(streamMessages.lineTooLong(line));
      if (done) break;
    }
    if (pending.trim() !== '') yield { text: pending, line };
  } finally {
    reader.releaseLock();
  }
}

function readAsArrayBuffer(blob: Blob): Promise<ArrayBuffer> {
  if (typeof blob.arrayBuffer === 'function') return blob.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error('FileReader'));
    reader.readAsArrayBuffer(blob);
  });
}

/** A Blob's text, also where Blob has no `text()` (older engines, test DOMs). */
export async function blobText(blob: Blob): Promise<string> {
  if (typeof blob.text === 'function') return blob.text();
  return new TextDecoder().decode(await readAsArrayBuffer(blob));
}

/** A Blob as a byte stream; read in slices where Blob has no `stream()`. */
export function blobStream(blob: Blob, slice = 1 << 20): ReadableStream<Uint8Array> {
  if (typeof blob.stream === 'function') return blob.stream();
  let offset = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (offset >= blob.size) return controller.close();
      const part = await readAsArrayBuffer(blob.slice(offset, offset + slice));
      offset += slice;
      controller.enqueue(new Uint8Array(part));
    },
  });
}
