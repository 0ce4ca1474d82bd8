/**
 * A second connection to localforage's IndexedDB database, and the one read the app's start-up
 * makes with it: a whole store in one `getAll` (localforage's `iterate` walks a cursor, one
 * record per callback). Values are read exactly as localforage's IndexedDB driver stores them
 * (the structured clone of the value under the string key). Writing many records at once, and
 * the other reads of many records, are in bulk.ts, which loads on demand.
 */
import type localforage from 'localforage';

type Store = ReturnType<typeof localforage.createInstance>;

export function request<T>(req: IDBRequest<T>): Promise<T> {
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

/** True when a store is backed by IndexedDB and a `RawDatabase` can read and write it. */
export function canUseTransactions(store: Store): boolean {
  return store.driver() === store.INDEXEDDB && typeof indexedDB !== 'undefined';
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
