/**
 * The start-up migration, run only when some store may hold records older than today's format
 * (`AppStorage.migrate`, storage.ts, decides, and loads this module only then): an app update
 * that changed a record's format, or a database an app without the format registry wrote.
 */
import { CURRENT_VERSION, META_KEY, STORE_NAMES } from './records.ts';
import { upgradeRecord } from './migrations.ts';
import { messages } from './messages.ts';
import { writeMany } from './bulk.ts';
import { migrateSummaries } from './summaryStore.ts';
import { SUMMARY_STORE, SUMMARY_VERSION } from './summaryFormat.ts';
import { newerProblem, type RecordStores, type StorageProblem } from './stores.ts';

/**
 * Every store not yet at its current format in `done` (store → format it was last fully
 * migrated to) is read once, its old records rewritten in the new format (one record at a time:
 * a failure loses nothing, the old record stays and is converted again next time) and its
 * corrupt ones set aside; then the summaries are brought up to date. `done` is saved for the
 * next start-up to skip what is finished.
 */
export async function migrateStores(
  db: RecordStores,
  done: Record<string, number>,
): Promise<StorageProblem[]> {
  const problems: StorageProblem[] = [];
  for (const storeName of STORE_NAMES) {
    if (storeName === 'meta' || done[storeName] === CURRENT_VERSION[storeName]) continue;
    const upgraded: [string, unknown][] = [];
    const corrupt: [string, unknown, string][] = [];
    await db.forEach(storeName, (raw, key) => {
      const result = upgradeRecord(storeName, raw);
      if (result.kind === 'ok' && result.migrated) upgraded.push([key, result.value]);
      else if (result.kind === 'invalid') corrupt.push([key, raw, result.error]);
      else if (result.kind === 'newer') problems.push(newerProblem(storeName, key, result.version));
    });
    let complete = true;
    try {
      await writeMany(db, storeName, upgraded, 'les données converties');
    } catch (e) {
      complete = false;
      const detail = e instanceof Error ? e.message : String(e);
      for (const [key] of upgraded)
        problems.push({
          store: storeName,
          key,
          message: messages.migrationNotSaved(storeName, key, detail),
        });
    }
    for (const [key, raw, error] of corrupt) problems.push(await db.setAside(storeName, key, raw, error));
    if (complete) done[storeName] = CURRENT_VERSION[storeName];
  }
  if (done[SUMMARY_STORE] !== SUMMARY_VERSION && (await migrateSummaries(db))) {
    done[SUMMARY_STORE] = SUMMARY_VERSION;
  }
  try {
    await db.store('meta').setItem(META_KEY, { schemaVersion: 1, stores: done });
  } catch {
    // Not saved: the next start-up scans again, which is only slower.
  }
  return problems;
}
