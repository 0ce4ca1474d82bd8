/**
 * The localforage stores of one database, read and written record by record: what opening the
 * app and taking a call need, shared by `AppStorage` (storage.ts) and the parts it loads on
 * demand (attemptStore.ts, summaryStore.ts, transferStore.ts, migrateStores.ts, bulk.ts).
 *
 * Every record read is brought to today's format (migrations.ts) and checked; a corrupt one is
 * set aside in the quarantine store and reported, the rest loads. A write never deletes before
 * the new value is safely written, and a failed one is a French StorageError.
 */
import type localforage from 'localforage';
import {
  CURRENT_VERSION,
  QuarantineRecord,
  parseFrench,
  type QuarantineEntry,
  type StoreName,
} from './records.ts';
import { upgradeRecord } from './migrations.ts';
import { v, type Output, type Schema } from './schema.ts';
import { StorageError, isQuotaError, writeError } from './errors.ts';
import { messages } from './messages.ts';
import { RawDatabase, canUseTransactions, readAll } from './rawDatabase.ts';
import { SUMMARY_STORE } from './summaryFormat.ts';

export type Store = ReturnType<typeof localforage.createInstance>;
/** Every localforage store: the records of records.ts, and the attempts' summaries (summaries.ts). */
export type AnyStore = StoreName | typeof SUMMARY_STORE;

/** Something found wrong while loading. `message` is French and names the store and key. */
export interface StorageProblem {
  store: StoreName;
  key: string;
  message: string;
}

export interface Loaded<T> {
  items: T[];
  problems: StorageProblem[];
}

export interface LoadedOne<T> {
  item: T;
  problems: StorageProblem[];
}

export interface RecordStoresOptions {
  now?: () => Date;
  /** See `OpenStorageOptions.bulk` (storage.ts). */
  bulk?: 'transaction' | 'localforage';
}

/** A record left where it is because a newer app wrote it, reported. */
export function newerProblem(store: StoreName, key: string, version: number): StorageProblem {
  return { store, key, message: messages.newerRecord(store, key, version, CURRENT_VERSION[store]) };
}

export class RecordStores {
  /** A second connection for reading and writing many records at once, when IndexedDB backs the stores. */
  readonly raw: RawDatabase | null;
  readonly now: () => Date;
  readonly #stores: Record<AnyStore, Store>;
  readonly #inflight = new Set<Promise<unknown>>();

  constructor(name: string, stores: Record<AnyStore, Store>, options: RecordStoresOptions = {}) {
    this.#stores = stores;
    this.now = options.now ?? (() => new Date());
    const transactions =
      (options.bulk ?? 'transaction') === 'transaction' && canUseTransactions(stores.attempts);
    this.raw = transactions ? new RawDatabase(name) : null;
  }

  store(storeName: AnyStore): Store {
    return this.#stores[storeName];
  }

  nowIso(): string {
    return this.now().toISOString();
  }

  /** Validates what the app hands over; a failure is a bug in the caller, said in French. */
  check<S extends Schema>(schema: S, value: unknown, what: string): Output<S> {
    const parsed = parseFrench(schema, value);
    if (!parsed.ok) throw new StorageError('invalid', messages.invalidRecord(capitalize(what), parsed.error));
    return parsed.value;
  }

  /** Counts a write until it settles, for `settled`. */
  track<T>(pending: Promise<T>): Promise<T> {
    this.#inflight.add(pending);
    void pending.finally(() => this.#inflight.delete(pending)).catch(() => {});
    return pending;
  }

  /** Waits for every write started so far. */
  async settled(): Promise<void> {
    await Promise.allSettled([...this.#inflight]);
  }

  /** One record, one localforage write: a failure leaves the previous value in place. */
  write(storeName: StoreName, key: string, value: unknown, what: string): Promise<void> {
    return this.track(
      this.#stores[storeName].setItem(key, value).then(
        () => undefined,
        (e: unknown) => {
          throw writeError(e, what);
        },
      ),
    );
  }

  async remove(storeName: StoreName, key: string): Promise<void> {
    try {
      await this.#stores[storeName].removeItem(key);
    } catch (e) {
      throw writeError(e, `la suppression de « ${key} »`);
    }
  }

  /** Reads one record; a corrupt one is set aside and reported. */
  async loadOne<T>(storeName: StoreName, key: string): Promise<LoadedOne<T | null>> {
    const raw = await this.#stores[storeName].getItem<unknown>(key);
    if (raw === null) return { item: null, problems: [] };
    const result = upgradeRecord<T>(storeName, raw);
    if (result.kind === 'ok') return { item: result.value, problems: [] };
    const problem =
      result.kind === 'newer'
        ? newerProblem(storeName, key, result.version)
        : await this.setAside(storeName, key, raw, result.error);
    return { item: null, problems: [problem] };
  }

  /** Reads a whole store once (only `profileId`'s records when given); corrupt ones are set aside. */
  async loadStore<T>(storeName: StoreName, profileId?: string): Promise<Loaded<T>> {
    const items: T[] = [];
    const problems: StorageProblem[] = [];
    const corrupt: [string, unknown, string][] = [];
    await this.forEach(storeName, (raw, key) => {
      // Another profile's record: not ours to check now (a record missing its owner is checked).
      if (profileId !== undefined && typeof raw === 'object' && raw !== null) {
        const owner = (raw as { profileId?: unknown }).profileId;
        if (typeof owner === 'string' && owner !== profileId) return;
      }
      const result = upgradeRecord<T>(storeName, raw);
      if (result.kind === 'ok') items.push(result.value);
      else if (result.kind === 'newer') problems.push(newerProblem(storeName, key, result.version));
      else corrupt.push([key, raw, result.error]);
    });
    for (const [key, raw, error] of corrupt) problems.push(await this.setAside(storeName, key, raw, error));
    return { items, problems };
  }

  /** Moves a corrupt record to the quarantine store: written there first, only then removed. */
  async setAside(storeName: StoreName, key: string, raw: unknown, error: string): Promise<StorageProblem> {
    // A broken quarantine entry stays where it is: moving it would only give it a new key.
    if (storeName === 'quarantine')
      return { store: storeName, key, message: messages.notSetAside(storeName, key, error) };
    const entry: QuarantineEntry = {
      schemaVersion: 1,
      store: storeName,
      key,
      reason: error,
      quarantinedAt: this.nowIso(),
      value: raw,
    };
    try {
      v.parse(QuarantineRecord, entry);
      await this.#stores.quarantine.setItem(quarantineKey(entry), entry);
      await this.#stores[storeName].removeItem(key);
      // An attempt set aside no longer counts: its summary goes with it.
      if (storeName === 'attempts') await this.#stores[SUMMARY_STORE].removeItem(key);
      return { store: storeName, key, message: messages.setAside(storeName, key, error) };
    } catch (e) {
      if (!isQuotaError(e)) console.warn('Décroche : mise de côté impossible', e);
      return { store: storeName, key, message: messages.notSetAside(storeName, key, error) };
    }
  }

  /** Every record of a store, in one `getAll` when IndexedDB backs it. */
  async forEach(storeName: AnyStore, visit: (raw: unknown, key: string) => void): Promise<void> {
    if (this.raw) {
      const { keys, values } = await readAll(this.raw, storeName);
      for (let i = 0; i < keys.length; i++) visit(values[i], keys[i]!);
      return;
    }
    await this.#stores[storeName].iterate<unknown, void>((value, key) => {
      visit(value, key);
    });
  }

  keys(storeName: AnyStore): Promise<string[]> {
    return this.#stores[storeName].keys();
  }

  close(): void {
    this.raw?.close();
  }
}

/** Where a quarantine entry is kept. */
export function quarantineKey(entry: Pick<QuarantineEntry, 'store' | 'key' | 'quarantinedAt'>): string {
  return `${entry.store}/${entry.key}/${entry.quarantinedAt}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
