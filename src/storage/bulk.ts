/**
 * Writing many records at once, and an attempt with its summary: loaded on demand, once a call
 * is over or a page beyond the call needs it (the app's first download holds only what a call
 * needs, DESIGN §12). localforage opens one IndexedDB transaction per `setItem`, which is what
 * makes 5,000 single writes slow (DESIGN §9). Two ways around it, both measured by `bench.ts`:
 * - `putInOneTransaction`: a second connection to the same database (rawDatabase.ts), one
 *   readwrite transaction per batch. Values are stored exactly as localforage's IndexedDB driver stores
 *   them (the structured clone of the value under the string key), so localforage reads them back.
 *   A batch is all-or-nothing: a full quota aborts the whole batch and keeps everything before it.
 * - `setItemsConcurrently`: `Promise.all` over `setItem`, batch by batch: works on every driver.
 */
import type localforage from 'localforage';
import { writeError } from './errors.ts';
import { request, type RawDatabase } from './rawDatabase.ts';
import type { AnyStore, RecordStores } from './stores.ts';
import type { StoreName } from './records.ts';

type Store = ReturnType<typeof localforage.createInstance>;

export const BATCH_SIZE = 500;

/**
 * Writes (or deletes, for `undefined` values) `entries` in batches of `batchSize`, one
 * transaction each. Resolves with how many entries were written; rejects with the browser's
 * error and `written` (entries of the batches that committed before the failure).
 */
export function putInOneTransaction(
  raw: RawDatabase,
  storeName: string,
  entries: readonly (readonly [string, unknown])[],
  batchSize = BATCH_SIZE,
): Promise<number> {
  return putGroupsInOneTransaction(
    raw,
    [storeName],
    entries.map(([key, value]) => [key, [value]] as const),
    batchSize,
  );
}

/**
 * One key written to several stores together: `values[i]` goes to `storeNames[i]` (`undefined`
 * deletes). An attempt and its summary, so neither is ever stored without the other.
 */
export type Group = readonly [key: string, values: readonly unknown[]];

/**
 * Writes `groups` in batches of `batchSize` groups, one transaction over all `storeNames` per
 * batch: a group is all-or-nothing. Resolves with how many groups were written; rejects with
 * the browser's error and `written` (groups of the batches that committed before the failure).
 */
export async function putGroupsInOneTransaction(
  raw: RawDatabase,
  storeNames: readonly string[],
  groups: readonly Group[],
  batchSize = BATCH_SIZE,
): Promise<number> {
  if (groups.length === 0) return 0;
  const db = await raw.get();
  let written = 0;
  try {
    for (let start = 0; start < groups.length; start += batchSize) {
      const batch = groups.slice(start, start + batchSize);
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction([...storeNames], 'readwrite');
        const stores = storeNames.map((name) => tx.objectStore(name));
        tx.oncomplete = () => resolve();
        tx.onabort = tx.onerror = () => reject(tx.error ?? new Error('transaction annulée'));
        try {
          for (const [key, values] of batch) {
            for (let i = 0; i < stores.length; i++) {
              const value = values[i];
              if (value === undefined) stores[i]!.delete(key);
              else stores[i]!.put(value, key);
            }
          }
        } catch (e) {
          // A put that throws synchronously (a DataCloneError, a quota hit early) aborts the batch.
          try {
            tx.abort();
          } catch {
            // already finished
          }
          reject(e);
        }
      });
      written += batch.length;
    }
    return written;
  } catch (e) {
    throw Object.assign(e instanceof Error ? e : new Error(String(e)), { written });
  }
}

/** `Promise.all` over `setItem` (or `removeItem` for `undefined`), batch by batch. */
export function setItemsConcurrently(
  store: Store,
  entries: readonly (readonly [string, unknown])[],
  batchSize = BATCH_SIZE,
): Promise<number> {
  return setGroupsConcurrently(
    [store],
    entries.map(([key, value]) => [key, [value]] as const),
    batchSize,
  );
}

/**
 * `putGroupsInOneTransaction` without transactions (any localforage driver): groups in parallel,
 * batch by batch, and within a group the stores in order — so a group's first value (the
 * attempt) is always written before the next (its summary), which may be missing after a
 * failure, never the other way round.
 */
export async function setGroupsConcurrently(
  stores: readonly Store[],
  groups: readonly Group[],
  batchSize = BATCH_SIZE,
): Promise<number> {
  let written = 0;
  try {
    for (let start = 0; start < groups.length; start += batchSize) {
      const batch = groups.slice(start, start + batchSize);
      await Promise.all(
        batch.map(async ([key, values]) => {
          for (let i = 0; i < stores.length; i++) {
            const value = values[i];
            if (value === undefined) await stores[i]!.removeItem(key);
            else await stores[i]!.setItem(key, value);
          }
        }),
      );
      written += batch.length;
    }
    return written;
  } catch (e) {
    // Part of the failed batch may have been written: count only the batches that all succeeded.
    throw Object.assign(e instanceof Error ? e : new Error(String(e)), { written });
  }
}

/**
 * In one read transaction (one consistent view, whatever other tabs write meanwhile): every
 * record (with its key) of the stores in `records`, and only the keys of those in `keys`.
 */
export async function readInOneTransaction<R extends string, K extends string>(
  raw: RawDatabase,
  records: readonly R[],
  keys: readonly K[],
): Promise<{ records: Record<R, { keys: string[]; values: unknown[] }>; keys: Record<K, string[]> }> {
  const db = await raw.get();
  const tx = db.transaction([...new Set<string>([...records, ...keys])], 'readonly');
  const [full, keyed] = await Promise.all([
    Promise.all(
      records.map(async (name) => {
        const os = tx.objectStore(name);
        const [k, values] = await Promise.all([request(os.getAllKeys()), request(os.getAll())]);
        return [name, { keys: k as string[], values }] as const;
      }),
    ),
    Promise.all(
      keys.map(
        async (name) => [name, (await request(tx.objectStore(name).getAllKeys())) as string[]] as const,
      ),
    ),
  ]);
  return {
    records: Object.fromEntries(full) as Record<R, { keys: string[]; values: unknown[] }>,
    keys: Object.fromEntries(keyed) as Record<K, string[]>,
  };
}

/** The records under `keys` (`undefined` where there is none), in one read transaction. */
export async function getMany(
  raw: RawDatabase,
  storeName: string,
  keys: readonly string[],
): Promise<unknown[]> {
  if (keys.length === 0) return [];
  const db = await raw.get();
  const os = db.transaction(storeName, 'readonly').objectStore(storeName);
  return Promise.all(keys.map((key) => request(os.get(key))));
}

/**
 * How the storage writes many keys at once, each to every store of `storeNames` together
 * (`undefined` deletes): one transaction per batch when IndexedDB backs the stores, else
 * localforage's own calls. Rejects with a StorageError saying `what` could not be saved, whose
 * cause has `written` (groups).
 */
export async function writeGroups(
  db: RecordStores,
  storeNames: readonly AnyStore[],
  groups: readonly Group[],
  what: string,
): Promise<number> {
  if (groups.length === 0) return 0;
  const pending = db.track(
    db.raw
      ? putGroupsInOneTransaction(db.raw, storeNames, groups)
      : setGroupsConcurrently(
          storeNames.map((name) => db.store(name)),
          groups,
        ),
  );
  try {
    return await pending;
  } catch (e) {
    throw writeError(e, what);
  }
}

/** `writeGroups` for one store: many records at once (`undefined` deletes). */
export function writeMany(
  db: RecordStores,
  storeName: StoreName,
  entries: readonly (readonly [string, unknown])[],
  what: string,
): Promise<number> {
  return writeGroups(
    db,
    [storeName],
    entries.map(([key, value]) => [key, [value]] as const),
    what,
  );
}
