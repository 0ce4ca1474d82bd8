/**
 * The app's own export file (« Exporter mes données »), read for the command line: format 2 is
 * JSON Lines (a header, then one attempt a line, read as a stream), format 1 one JSON object.
 * Both are checked by the storage's pure readers, with their French messages naming the line.
 */
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { EXPORT_FORMAT } from '../storage/exportFormat.ts';
import { parseAttemptLine, parseHeader, readLines } from '../storage/streamFormat.ts';
import { parseExport, type ExportedAttempt } from '../storage/transfer.ts';

/** Whether the file starts as an export of the app (its first bytes name the format). */
export async function isExportFile(path: string): Promise<boolean> {
  // Only a regular file is opened here: a FIFO or a device would block (files.ts refuses them).
  if (!(await stat(path)).isFile()) return false;
  const handle = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(512), 0, 512, 0);
    return buffer.subarray(0, bytesRead).toString('utf8').includes(`"${EXPORT_FORMAT}"`);
  } finally {
    await handle.close();
  }
}

export type ExportItem = { ok: true; attempt: ExportedAttempt } | { ok: false; error: string };

/** The attempts of an export file one by one; a bad line is an item with its French error. */
export async function* exportedAttempts(path: string): AsyncGenerator<ExportItem> {
  const stream = Readable.toWeb(createReadStream(path)) as ReadableStream<Uint8Array>;
  const lines = readLines(stream);
  const first = await lines.next();
  if (first.done) return yield { ok: false, error: 'le fichier est vide' };
  const header = parseHeader(first.value.text);
  if (header.ok) {
    for await (const { text, line } of lines) if (text.trim()) yield parseAttemptLine(text, line);
    return;
  }
  // Format 1: the whole file is one JSON object (within the import's size limit).
  let text = first.value.text;
  for await (const { text: more } of lines) text += `\n${more}`;
  const parsed = parseExport(text);
  for (const error of parsed.errors) yield { ok: false, error };
  for (const { attempt } of parsed.attempts) yield { ok: true, attempt };
}
