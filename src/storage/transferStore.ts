/**
 * Exporting a profile's attempts as one JSON file, and importing one: the storage's side of
 * transfer.ts (which builds and reads the file). Loaded on demand by `AppStorage` (storage.ts),
 * when the trainee exports or imports: neither a call nor the pages need the file's schemas.
 */
import type { Attempt, Profile } from './records.ts';
import { StorageError } from './errors.ts';
import { messages } from './messages.ts';
import { importMessages } from './importMessages.ts';
import { writeGroups, type Group } from './bulk.ts';
import { ATTEMPT_STORES } from './attemptStore.ts';
import { buildExport, parseExport, type ExportedAttempt } from './transfer.ts';
import {
  attemptLine,
  blobStream,
  blobText,
  headerLine,
  MAX_ATTEMPTS,
  MAX_STREAM_BYTES,
  parseAttemptLine,
  parseHeader,
  readLines,
  streamMessages,
  type StreamHeader,
} from './streamFormat.ts';
import { sortByStart, summaryOf } from './summaries.ts';
import type { RecordStores } from './stores.ts';

export interface ImportResult {
  imported: number;
  /** Attempts already stored (same id), or repeated in the file. */
  skipped: number;
  /** French, one per rejected attempt, or one for a file refused as a whole. */
  errors: string[];
}

/** All of a profile's attempts as one JSON file (the text to offer for download). */
export async function exportAttempts(db: RecordStores, profileId: string): Promise<string> {
  const { item: profile } = await db.loadOne<Profile>('profiles', profileId);
  if (!profile) throw new StorageError('invalid', messages.profileMissing(profileId));
  const { items } = await db.loadStore<Attempt>('attempts', profileId);
  return buildExport(profile, sortByStart(items), db.now());
}

/**
 * Adds the attempts of an exported file to a profile. Attempts already stored (same id) are
 * skipped; invalid ones are reported and the others imported. Throws a StorageError only
 * when the browser refuses to write (`quota`: the message says how many were imported).
 */
export async function importAttempts(
  db: RecordStores,
  profileId: string,
  text: string,
  maxBytes: number,
): Promise<ImportResult> {
  const { item: profile } = await db.loadOne<Profile>('profiles', profileId);
  if (!profile) return { imported: 0, skipped: 0, errors: [messages.profileMissing(profileId)] };
  const parsed = parseExport(text, maxBytes);
  const existing = new Set(await db.keys('attempts'));
  const entries: Group[] = [];
  let skipped = 0;
  for (const { attempt } of parsed.attempts) {
    if (existing.has(attempt.id)) {
      skipped++;
      continue;
    }
    existing.add(attempt.id);
    const record: Attempt = { ...attempt, profileId, schemaVersion: 1 };
    entries.push([attempt.id, [record, summaryOf(record)]]);
  }
  try {
    await writeGroups(db, ATTEMPT_STORES, entries, 'les tentatives importées');
  } catch (e) {
    if (e instanceof StorageError && e.code === 'quota') {
      const written = (e.cause as { written?: number } | undefined)?.written ?? 0;
      throw new StorageError('quota', importMessages.quotaDuringImport(written, entries.length), {
        cause: e.cause,
      });
    }
    throw e;
  }
  return { imported: entries.length, skipped, errors: parsed.errors };
}

// ── At scale: the JSON Lines format (streamFormat.ts) ──────────────────────────────────────

/** Attempts read, checked and written per step. */
export const TRANSFER_CHUNK = 500;

export interface ExportOptions {
  appVersion: string;
  rubricVersion: number;
  chunk?: number;
  onprogress?: (done: number, total: number) => void;
}

/**
 * All of a profile's attempts as a JSON Lines file (format 2), oldest first, read from the
 * storage a chunk at a time: the file is a Blob of parts, never one string.
 */
export async function exportAttemptsFile(
  db: RecordStores,
  profileId: string,
  options: ExportOptions,
): Promise<Blob> {
  const { item: profile } = await db.loadOne<Profile>('profiles', profileId);
  if (!profile) throw new StorageError('invalid', messages.profileMissing(profileId));
  const { loadSummaries } = await import('./summaryStore.ts');
  const { getAttempts } = await import('./attemptStore.ts');
  const ids = sortByStart((await loadSummaries(db, profileId)).items).map((s) => s.id);
  const chunk = options.chunk ?? TRANSFER_CHUNK;
  const parts: BlobPart[] = [];
  let count = 0;
  const body: Blob[] = [];
  for (let start = 0; start < ids.length; start += chunk) {
    const { items } = await getAttempts(db, ids.slice(start, start + chunk));
    const lines = items.map(({ profileId: _p, schemaVersion: _v, ...attempt }) => attemptLine(attempt));
    count += lines.length;
    body.push(new Blob(lines));
    options.onprogress?.(Math.min(start + chunk, ids.length), ids.length);
  }
  parts.push(
    headerLine({
      appVersion: options.appVersion,
      rubricVersion: options.rubricVersion,
      exportedAt: db.now().toISOString(),
      profile: { name: profile.name },
      count,
    }),
    ...body,
  );
  return new Blob(parts, { type: 'application/x-ndjson' });
}

/** What the app makes of an imported attempt: re-scored from its replay, or refused. */
export type Verified = { ok: true; attempt: ExportedAttempt; note?: string } | { ok: false; error: string };

export interface ImportOptions {
  /**
   * Re-scores each attempt from its replay (the stored scorecard is derived data, never taken
   * from the file). Without it, scorecards are dropped and the attempts stay unscored.
   */
  verify?: (attempts: readonly ExportedAttempt[]) => Promise<Verified[]> | Verified[];
  chunk?: number;
  signal?: AbortSignal;
  /** Attempts read so far, and the count the file announces. */
  onprogress?: (done: number, total: number) => void;
}

export interface StreamImportResult extends ImportResult {
  /** Attempts whose stored log did not match its replay: imported, scored from the replay. */
  rescored: number;
  /** French, one per attempt re-scored with a note. */
  notes: string[];
  /** The import stopped early (`signal`): importing the file again resumes it. */
  stopped: boolean;
}

const unscored = ({ scorecard: _s, outcome: _o, ...attempt }: ExportedAttempt): ExportedAttempt => attempt;

/**
 * Imports an export file of either format: JSON Lines (format 2) streamed a chunk at a time,
 * or an older single JSON file (format 1, within its size cap). Each chunk is checked, verified
 * and written before the next is read, so an import stopped half-way (a closed tab, a full
 * disk, `signal`) resumes by importing the same file again: what is stored is skipped.
 */
export async function importAttemptsFile(
  db: RecordStores,
  profileId: string,
  file: Blob,
  maxOldBytes: number,
  options: ImportOptions = {},
): Promise<StreamImportResult> {
  const result: StreamImportResult = {
    imported: 0,
    skipped: 0,
    errors: [],
    rescored: 0,
    notes: [],
    stopped: false,
  };
  const { item: profile } = await db.loadOne<Profile>('profiles', profileId);
  if (!profile) return { ...result, errors: [messages.profileMissing(profileId)] };
  /** The attempts not stored yet (nor met earlier in the file). */
  const fresh = (attempts: readonly ExportedAttempt[]) =>
    attempts.filter((a) => {
      if (existing.has(a.id)) {
        result.skipped++;
        return false;
      }
      existing.add(a.id);
      return true;
    });
  if (file.size > MAX_STREAM_BYTES) return { ...result, errors: [streamMessages.fileTooLarge(file.size)] };

  const existing = new Set(await db.keys('attempts'));
  const head = await blobText(file.slice(0, 4096));
  if (!/^\uFEFF?\{"format":"decroche-attempts","version":2[,}]/.test(head)) {
    // Format 1: one JSON document, read whole (its cap keeps that reasonable).
    if (file.size > maxOldBytes)
      return { ...result, errors: [importMessages.importTooLarge(file.size, maxOldBytes)] };
    const parsed = parseExport(await blobText(file), maxOldBytes);
    result.errors.push(...parsed.errors);
    const attempts = parsed.attempts.map((a) => a.attempt);
    for (let start = 0; start < attempts.length; start += TRANSFER_CHUNK)
      await importChunk(db, profileId, fresh(attempts.slice(start, start + TRANSFER_CHUNK)), result, options);
    return result;
  }

  const chunk = options.chunk ?? TRANSFER_CHUNK;
  let header: StreamHeader | undefined;
  let batch: ExportedAttempt[] = [];
  let read = 0;
  const flush = async () => {
    const todo = fresh(batch);
    batch = [];
    await importChunk(db, profileId, todo, result, options);
    options.onprogress?.(read, header?.count ?? read);
  };
  try {
    for await (const { text, line } of readLines(blobStream(file))) {
      if (!header) {
        const parsed = parseHeader(text);
        if (!parsed.ok) return { ...result, errors: [parsed.error] };
        header = parsed.header;
        continue;
      }
      if (read >= MAX_ATTEMPTS) {
        result.errors.push(streamMessages.tooMany());
        break;
      }
      read++;
      const parsed = parseAttemptLine(text, line);
      if (parsed.ok) batch.push(parsed.attempt);
      else result.errors.push(parsed.error);
      if (batch.length >= chunk) {
        await flush();
        if (options.signal?.aborted) return { ...result, stopped: true };
      }
    }
  } catch (error) {
    if (error instanceof StorageError) throw error;
    result.errors.push(error instanceof Error ? error.message : String(error));
  }
  await flush();
  if (header && header.count !== read) result.errors.push(streamMessages.countMismatch(header.count, read));
  return result;
}

/** Verifies and writes one chunk of fresh attempts. */
async function importChunk(
  db: RecordStores,
  profileId: string,
  attempts: readonly ExportedAttempt[],
  result: StreamImportResult,
  options: ImportOptions,
): Promise<void> {
  if (attempts.length === 0) return;
  const verified: Verified[] = options.verify
    ? await options.verify(attempts)
    : attempts.map((attempt) => ({ ok: true, attempt: unscored(attempt) }));
  const groups: Group[] = [];
  verified.forEach((v, i) => {
    if (!v.ok) {
      result.errors.push(`Tentative « ${attempts[i]!.id} » : ${v.error}`);
      return;
    }
    if (v.note) {
      result.rescored++;
      result.notes.push(v.note);
    }
    const record: Attempt = { ...v.attempt, profileId, schemaVersion: 1 };
    groups.push([record.id, [record, summaryOf(record)]]);
  });
  try {
    await writeGroups(db, ATTEMPT_STORES, groups, 'les tentatives importées');
  } catch (e) {
    if (e instanceof StorageError && e.code === 'quota') {
      const written = (e.cause as { written?: number } | undefined)?.written ?? 0;
      throw new StorageError(
        'quota',
        importMessages.quotaDuringImport(result.imported + written, result.imported + groups.length),
        {
          cause: e.cause,
        },
      );
    }
    throw e;
  }
  result.imported += groups.length;
}
