/**
 * Writing many records at once. localforage opens one IndexedDB transaction per `setItem`,
 * which is what makes 5,000 single writes slow (DESIGN §9). Two ways around it, both measured
 * by `bench.ts`:
 * - `putInOneTransaction`: a second connection to the same database, one readwrite
 *   transaction per batch. Values are stored exactly as localforage's IndexedDB driver stores
 *   them (the structured clone of the value under the string key), so localforage reads them back.
 *   A batch is all-or-nothing: a full quota aborts the whole batch and keeps everything before it.
 * - `setItemsConcurrently`: `Promise.all` over `setItem`, batch by batch: works on every driver.
 */
import type localforage from 'localforage';

type Store = ReturnType<typeof localforage.createInstance>;

export const BATCH_SIZE = 500;

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** A second connection to localforage's database, opened on first use and kept. */
export class RawDatabase {
  #db: Promise<IDBDatabase> | null = null;
  constructor(readonly name: string) {}

  get(): Promise<IDBDatabase> {
    this.#db ??= new Promise<IDBDatabase>((resolve, reject) => {
      // No version: open the database as localforage left it, never upgrade it.
      const req = indexedDB.open(this.name);
      req.onsuccess = () => {
        const db = req.result;
        // Never block an upgrade (a newer app adding a store in another tab): let go, reopen later.
        db.onversionchange = () => {
          db.close();
          this.#db = null;
        };
        resolve(db);
      };
      req.onerror = () => {
        this.#db = null;
        reject(req.error);
      };
    });
    return this.#db;
  }

  close(): void {
    const db = this.#db;
    this.#db = null;
    void db?.then((d) => d.close()).catch(() => {});
  }
}

/** True when a store is backed by IndexedDB and `putInOneTransaction` can be used on it. */
export function canUseTransactions(store: Store): boolean {
  return store.driver() === store.INDEXEDDB && typeof indexedDB !== 'undefined';
}

/**
 * Writes (or deletes, for `undefined` values) `entries` in batches of `batchSize`, one
 * transaction each. Resolves with how many entries were written; rejects with the browser's
 * error and `written` (entries of the batches that committed before the failure).
 */
export async function putInOneTransaction(
  raw: RawDatabase,
  storeName: string,
  entries: readonly (readonly [string, unknown])[],
  batchSize = BATCH_SIZE,
): Promise<number> {
  if (entries.length === 0) return 0;
  const db = await raw.get();
  let written = 0;
  try {
    for (let start = 0; start < entries.length; start += batchSize) {
      const batch = entries.slice(start, start + batchSize);
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(storeName, 'readwrite');
        const os = tx.objectStore(storeName);
        tx.oncomplete = () => resolve();
        tx.onabort = tx.onerror = () => reject(tx.error ?? new Error('transaction annulée'));
        try {
          for (const [key, value] of batch) {
            if (value === undefined) os.delete(key);
            else os.put(value, key);
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
export async function setItemsConcurrently(
  store: Store,
  entries: readonly (readonly [string, unknown])[],
  batchSize = BATCH_SIZE,
): Promise<number> {
  let written = 0;
  try {
    for (let start = 0; start < entries.length; start += batchSize) {
      const batch = entries.slice(start, start + batchSize);
      await Promise.all(
        batch.map(([key, value]) =>
          value === undefined ? store.removeItem(key) : store.setItem(key, value),
        ),
      );
      written += batch.length;
    }
    return written;
  } catch (e) {
    // Part of the failed batch may have been written: count only the batches that all succeeded.
    throw Object.assign(e instanceof Error ? e : new Error(String(e)), { written });
  }
}

/** Reads every record of an IndexedDB-backed store in one `getAll` (keys in the same order). */
export async function readAll(
  raw: RawDatabase,
  storeName: string,
): Promise<{ keys: string[]; values: unknown[] }> {
  const db = await raw.get();
  const os = db.transaction(storeName, 'readonly').objectStore(storeName);
  const [keys, values] = await Promise.all([request(os.getAllKeys()), request(os.getAll())]);
  return { keys: keys as string[], values };
}
