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
import { buildExport, parseExport } from './transfer.ts';
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
