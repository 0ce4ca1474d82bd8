/**
 * The attempts, each written with its summary: saving one (once a call is over), reading many,
 * deleting. Loaded on demand by `AppStorage` (storage.ts): taking a call needs it only at the
 * hang-up (DESIGN §12).
 */
import { AttemptRecord, type Attempt, type NewAttempt } from './records.ts';
import { upgradeRecord } from './migrations.ts';
import { getMany, writeGroups } from './bulk.ts';
import { summaryOf } from './summaries.ts';
import { SUMMARY_STORE } from './summaryFormat.ts';
import { newerProblem, type Loaded, type RecordStores, type StorageProblem } from './stores.ts';

/** An attempt and its summary are always written together, in this order. */
export const ATTEMPT_STORES = ['attempts', SUMMARY_STORE] as const;

/**
 * Saves a finished attempt (one record; saving it again replaces it) with its summary, in
 * one transaction when IndexedDB backs the stores.
 */
export async function saveAttempt(db: RecordStores, attempt: NewAttempt): Promise<Attempt> {
  const what = `la tentative « ${attempt.id} »`;
  const record = db.check(AttemptRecord, { ...attempt, schemaVersion: 1 }, what) as Attempt;
  await writeGroups(db, ATTEMPT_STORES, [[record.id, [record, summaryOf(record)]]], what);
  return record;
}

/** The attempts under these ids, in that order (missing ones left out; corrupt ones set aside). */
export async function getAttempts(db: RecordStores, ids: readonly string[]): Promise<Loaded<Attempt>> {
  const raws = db.raw
    ? await getMany(db.raw, 'attempts', ids)
    : await Promise.all(ids.map((id) => db.store('attempts').getItem<unknown>(id)));
  const items: Attempt[] = [];
  const problems: StorageProblem[] = [];
  for (let i = 0; i < ids.length; i++) {
    const raw = raws[i];
    if (raw === undefined || raw === null) continue;
    const result = upgradeRecord<Attempt>('attempts', raw);
    if (result.kind === 'ok') items.push(result.value);
    else if (result.kind === 'newer') problems.push(newerProblem('attempts', ids[i]!, result.version));
    else problems.push(await db.setAside('attempts', ids[i]!, raw, result.error));
  }
  return { items, problems };
}

/** Deletes an attempt and its summary. */
export async function deleteAttempt(db: RecordStores, id: string): Promise<void> {
  await writeGroups(db, ATTEMPT_STORES, [[id, [undefined, undefined]]], `la suppression de « ${id} »`);
}

/** Deletes every attempt of a profile, with their summaries. */
export async function deleteAttemptsOf(db: RecordStores, profileId: string): Promise<void> {
  const keys: string[] = [];
  await db.forEach('attempts', (raw, key) => {
    if ((raw as { profileId?: unknown } | null)?.profileId === profileId) keys.push(key);
  });
  await writeGroups(
    db,
    ATTEMPT_STORES,
    keys.map((key) => [key, [undefined, undefined]] as const),
    'les tentatives du profil',
  );
}
