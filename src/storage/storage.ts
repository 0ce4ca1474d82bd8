/**
 * The browser storage of Décroche (DESIGN §9): the only module that touches localforage.
 *
 * One IndexedDB database (`decroche`), one localforage store per kind of record, one record
 * per profile / attempt / call in progress, so no write ever rewrites another record and two
 * tabs cannot clobber each other's attempts. Writes never delete before the new value is
 * safely written; a failed write (full quota…) leaves what was saved untouched. Beside each
 * attempt, in the same transaction, a light summary (summaries.ts) that the dashboard reads
 * instead of the whole attempts.
 *
 * `AppStorage` is what the UI holds. Its code here (with stores.ts) is what opening the app and
 * taking a call need, in the app's first download; what only the end of a call, the library,
 * the dashboard, an export or import, or a new record format need (attemptStore.ts,
 * summaryStore.ts, transferStore.ts, migrateStores.ts) loads on first use (DESIGN §12).
 */
import localforage from 'localforage';
import {
  CURRENT_VERSION,
  CallRecord,
  DEFAULT_SETTINGS,
  KeyedRecord,
  META_KEY,
  ProfileRecord,
  STORE_NAMES,
  SettingsRecord,
  parseFrench,
  type Attempt,
  type CallDraft,
  type CallInProgress,
  type KeyedEntry,
  type NewAttempt,
  type Profile,
  type QuarantineEntry,
  type Settings,
  type StoreName,
} from './records.ts';
import type { Output, Schema } from './schema.ts';
import { StorageError } from './errors.ts';
import { messages } from './messages.ts';
import { CallOwnership, type OwnershipMode, type OwnershipOptions } from './ownership.ts';
import { sortByStart, type AttemptSummary } from './summaries.ts';
import type { ExportOptions, ImportOptions, ImportResult, StreamImportResult } from './transferStore.ts';
import { SUMMARY_STORE, SUMMARY_VERSION } from './summaryFormat.ts';
import { MAX_IMPORT_BYTES } from './exportFormat.ts';
import {
  RecordStores,
  quarantineKey,
  type AnyStore,
  type Loaded,
  type LoadedOne,
  type Store,
  type StorageProblem,
} from './stores.ts';

export interface OpenStorageOptions extends OwnershipOptions {
  /** IndexedDB database name (tests use one per test). */
  name?: string;
  /** This tab's id; default a random one. */
  tabId?: string;
  now?: () => Date;
  maxImportBytes?: number;
  /**
   * How many records are written / read at once: `transaction` = one IndexedDB transaction per
   * batch and one `getAll` (default when IndexedDB backs the stores); `localforage` = its own
   * calls only (`setItem` batches, `iterate`). See bench.ts.
   */
  bulk?: 'transaction' | 'localforage';
}

export interface OpenedStorage {
  storage: AppStorage;
  profiles: Profile[];
  settings: Settings;
  /** Records migrated badly, set aside or written by a newer app, found at start-up. */
  problems: StorageProblem[];
}

const SETTINGS_KEY = 'settings';
/** Every store but the meta one, by the format its records are written in today. */
const CURRENT_FORMATS: Record<string, number> = {
  ...Object.fromEntries(
    STORE_NAMES.filter((name) => name !== 'meta').map((name) => [name, CURRENT_VERSION[name]]),
  ),
  [SUMMARY_STORE]: SUMMARY_VERSION,
};

/** Opens (creating or migrating) the storage. Call once at start-up. */
export async function openStorage(options: OpenStorageOptions = {}): Promise<OpenedStorage> {
  const name = options.name ?? 'decroche';
  const stores = {} as Record<AnyStore, Store>;
  try {
    // One at a time: each new store upgrades the shared database, and concurrent upgrades race.
    for (const storeName of [...STORE_NAMES, SUMMARY_STORE] as const) {
      const store = localforage.createInstance({ name, storeName });
      await store.ready();
      stores[storeName] = store;
    }
  } catch (e) {
    throw new StorageError('unavailable', messages.unavailable(e instanceof Error ? e.message : String(e)), {
      cause: e,
    });
  }
  const storage = new AppStorage(name, stores, options);
  const problems = await storage.migrate();
  const profiles = await storage.listProfiles();
  const settings = await storage.loadSettings();
  return {
    storage,
    profiles: profiles.items,
    settings: settings.item,
    problems: [...problems, ...profiles.problems, ...settings.problems],
  };
}

/** Asks the browser not to evict our data under storage pressure. `null`: not supported. */
export async function requestPersistence(): Promise<boolean | null> {
  const manager = (globalThis as { navigator?: { storage?: StorageManager } }).navigator?.storage;
  if (!manager || typeof manager.persist !== 'function') return null;
  try {
    if (typeof manager.persisted === 'function' && (await manager.persisted())) return true;
    return await manager.persist();
  } catch {
    return false;
  }
}

/** How much is used and allowed, in bytes, when the browser says. */
export async function storageEstimate(): Promise<{ usage: number; quota: number } | null> {
  const manager = (globalThis as { navigator?: { storage?: StorageManager } }).navigator?.storage;
  if (!manager || typeof manager.estimate !== 'function') return null;
  try {
    const { usage = 0, quota = 0 } = await manager.estimate();
    return { usage, quota };
  } catch {
    return null;
  }
}

/**
 * The id of the attempt a call becomes: the same for every tab that played that call (same
 * profile, same first ring), so a call can only ever be one attempt.
 */
export function attemptIdOf(profileId: string, startedAt: string): string {
  let hash = 0x811c9dc5;
  for (const c of `${profileId}|${startedAt}`) {
    hash ^= c.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  const start = Date.parse(startedAt);
  return `appel-${Number.isFinite(start) ? start.toString(36) : 'x'}-${hash.toString(36)}`;
}

export function newId(): string {
  const c = globalThis.crypto;
  // randomUUID needs a secure context; getRandomValues does not.
  if (typeof c?.randomUUID === 'function') return c.randomUUID();
  const bytes = c.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Loads a part of the storage kept out of the first download. A failed download (the network
 * gone…) is a French StorageError thrown before anything is read or written: a call in progress
 * stays saved until its attempt is, and trying again tries the download again.
 */
async function loadPart<M>(load: () => Promise<M>): Promise<M> {
  try {
    return await load();
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    throw new StorageError('unavailable', messages.partNotLoaded(detail), { cause: e });
  }
}
const attemptStore = () => loadPart(() => import('./attemptStore.ts'));
const summaryStore = () => loadPart(() => import('./summaryStore.ts'));
const transferStore = () => loadPart(() => import('./transferStore.ts'));

/** The opaque keyed records of a store (imported packs, drafts). */
export class KeyedStore {
  constructor(
    private readonly owner: AppStorage,
    private readonly storeName: 'packs' | 'drafts',
  ) {}

  list(): Promise<Loaded<KeyedEntry>> {
    return this.owner.loadStore<KeyedEntry>(this.storeName);
  }

  async get(key: string): Promise<LoadedOne<KeyedEntry | null>> {
    return this.owner.loadOne<KeyedEntry>(this.storeName, key);
  }

  async put(key: string, data: unknown): Promise<KeyedEntry> {
    const what = this.storeName === 'packs' ? `le pack « ${key} »` : `le brouillon « ${key} »`;
    const record = this.owner.check(
      KeyedRecord,
      { schemaVersion: 1, key, updatedAt: this.owner.nowIso(), data },
      what,
    );
    await this.owner.write(this.storeName, key, record, what);
    return record;
  }

  remove(key: string): Promise<void> {
    return this.owner.remove(this.storeName, key);
  }
}

export class AppStorage {
  readonly tabId: string;
  readonly packs: KeyedStore;
  readonly drafts: KeyedStore;
  readonly #db: RecordStores;
  readonly #ownership: CallOwnership;
  readonly #maxImportBytes: number;

  constructor(name: string, stores: Record<AnyStore, Store>, options: OpenStorageOptions = {}) {
    this.#db = new RecordStores(name, stores, options);
    this.tabId = options.tabId ?? newId();
    this.#maxImportBytes = options.maxImportBytes ?? MAX_IMPORT_BYTES;
    this.#ownership = new CallOwnership(this.tabId, name, options);
    this.packs = new KeyedStore(this, 'packs');
    this.drafts = new KeyedStore(this, 'drafts');
  }

  /** How tabs are kept apart here: Web Locks, BroadcastChannel, or none (a single tab). */
  get ownershipMode(): OwnershipMode {
    return this.#ownership.mode;
  }

  // ── Profiles ────────────────────────────────────────────────────────────────────────────

  listProfiles(): Promise<Loaded<Profile>> {
    return this.loadStore<Profile>('profiles').then((loaded) => ({
      items: loaded.items.sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
      problems: loaded.problems,
    }));
  }

  async createProfile(name: string): Promise<Profile> {
    const record = this.#profile({ schemaVersion: 1, id: newId(), name, createdAt: this.nowIso() });
    await this.write('profiles', record.id, record, `le profil « ${record.name} »`);
    return record;
  }

  async renameProfile(id: string, name: string): Promise<Profile> {
    const { item } = await this.loadOne<Profile>('profiles', id);
    if (!item) throw new StorageError('invalid', messages.profileMissing(id));
    const record = this.#profile({ ...item, name });
    await this.write('profiles', id, record, `le profil « ${record.name} »`);
    return record;
  }

  /** Deletes a profile with its attempts and its call in progress. */
  async deleteProfile(id: string): Promise<void> {
    await this.#withPart(attemptStore, (part) => part.deleteAttemptsOf(this.#db, id));
    this.#ownership.release(id);
    await this.remove('calls', id);
    await this.remove('profiles', id);
  }

  #profile(value: unknown): Profile {
    const parsed = parseFrench(ProfileRecord, value);
    if (!parsed.ok) throw new StorageError('invalid', messages.profileName());
    return parsed.value;
  }

  // ── Attempts (attemptStore.ts) ──────────────────────────────────────────────────────────

  /**
   * Saves a finished attempt (one record; saving it again replaces it) with its summary, in
   * one transaction when IndexedDB backs the stores.
   */
  saveAttempt(attempt: NewAttempt): Promise<Attempt> {
    return this.#withPart(attemptStore, (part) => part.saveAttempt(this.#db, attempt));
  }

  /** A profile's attempts (every attempt without `profileId`), oldest first. */
  async loadAttempts(profileId?: string): Promise<Loaded<Attempt>> {
    const loaded = await this.loadStore<Attempt>('attempts', profileId);
    sortByStart(loaded.items);
    return loaded;
  }

  getAttempt(id: string): Promise<LoadedOne<Attempt | null>> {
    return this.loadOne<Attempt>('attempts', id);
  }

  /** The attempts under these ids, in that order (missing ones left out; corrupt ones set aside). */
  getAttempts(ids: readonly string[]): Promise<Loaded<Attempt>> {
    return this.#withPart(attemptStore, (part) => part.getAttempts(this.#db, ids));
  }

  /** Deletes an attempt and its summary. */
  deleteAttempt(id: string): Promise<void> {
    return this.#withPart(attemptStore, (part) => part.deleteAttempt(this.#db, id));
  }

  // ── Attempt summaries (summaryStore.ts) ─────────────────────────────────────────────────

  /**
   * A profile's attempt summaries (every summary without `profileId`), oldest first, without
   * reading the attempts' logs; missing or stale ones are rebuilt from their attempts. With
   * `verify` (the default) the attempts' keys are checked too; `verify: false` skips that, for
   * a first render followed by `verifySummaries`. See summaryStore.ts.
   */
  loadSummaries(profileId?: string, options: { verify?: boolean } = {}): Promise<Loaded<AttemptSummary>> {
    return this.#withPart(summaryStore, (part) => part.loadSummaries(this.#db, profileId, options));
  }

  /**
   * After `loadSummaries(profileId, { verify: false })`: `null` when every attempt has a summary
   * and every summary an attempt (reading keys only); otherwise the profile's summaries loaded
   * again with `verify`, for the screen to show instead.
   */
  verifySummaries(profileId?: string): Promise<Loaded<AttemptSummary> | null> {
    return this.#withPart(summaryStore, (part) => part.verifySummaries(this.#db, profileId));
  }

  /** Saves summaries the UI worked out again (attempts re-scored under a newer rubric). */
  saveSummaries(summaries: readonly AttemptSummary[]): Promise<void> {
    return this.#withPart(summaryStore, (part) => part.saveSummaries(this.#db, summaries));
  }

  // ── The call in progress ────────────────────────────────────────────────────────────────

  /**
   * Makes this tab the one that saves `profileId`'s call in progress. Call it before starting
   * or resuming a call; `owned: false` means another open tab has it. `takeOver` takes it from
   * that tab (whose next save is then refused).
   */
  async claimCall(profileId: string, options: { takeOver?: boolean } = {}): Promise<{ owned: boolean }> {
    return { owned: await this.#ownership.claim(profileId, options) };
  }

  releaseCall(profileId: string): void {
    this.#ownership.release(profileId);
  }

  ownsCall(profileId: string): boolean {
    return this.#ownership.owns(profileId);
  }

  /**
   * Saves the call in progress, after every event (one record per profile, replaced each time).
   * Refused with a French StorageError (`locked`) when another tab owns the call.
   */
  saveCall(draft: CallDraft): Promise<CallInProgress> {
    if (!this.#ownership.owns(draft.profileId)) {
      return Promise.reject(new StorageError('locked', messages.callOwnedElsewhere()));
    }
    const { profileId, scenarioId, scenarioVersion, startedAt, log } = draft;
    const what = `l’appel en cours`;
    let record: CallInProgress;
    try {
      record = this.check(
        CallRecord,
        {
          schemaVersion: 1,
          profileId,
          scenarioId,
          scenarioVersion,
          startedAt,
          log,
          tabId: this.tabId,
          savedAt: this.nowIso(),
        },
        what,
      ) as CallInProgress;
    } catch (e) {
      return Promise.reject(e);
    }
    return this.write('calls', profileId, record, what).then(() => record);
  }

  loadCall(profileId: string): Promise<LoadedOne<CallInProgress | null>> {
    return this.loadOne<CallInProgress>('calls', profileId);
  }

  /** Forgets the call in progress (the trainee chose not to resume it). */
  async discardCall(profileId: string): Promise<void> {
    if (!this.#ownership.owns(profileId)) throw new StorageError('locked', messages.callOwnedElsewhere());
    await this.remove('calls', profileId);
  }

  /**
   * Saves the finished attempt, then (only then) forgets the call in progress and lets it go.
   * Refused (`locked`) in a tab that no longer owns the call: one call, one attempt.
   * If the attempt cannot be saved (nor its code downloaded), the call in progress stays saved.
   */
  async finishCall(attempt: NewAttempt): Promise<Attempt> {
    // A tab that lost the call (taken over in another tab) does not store it: the other does.
    if (!this.#ownership.owns(attempt.profileId))
      throw new StorageError('locked', messages.attemptOwnedElsewhere());
    const saved = await this.saveAttempt(attempt);
    if (this.#ownership.owns(attempt.profileId)) {
      await this.remove('calls', attempt.profileId);
      this.#ownership.release(attempt.profileId);
    }
    return saved;
  }

  /**
   * Saves the call in progress when the page is hidden for good (tab closed, navigation, the
   * phone switching apps). `getPending` returns what would be saved now. The write starts
   * synchronously inside the `pagehide` handler; browsers usually let an IndexedDB transaction
   * started there complete, and the call is already saved after every event anyway, so this
   * only covers the last one. Returns a function that removes the listener.
   */
  flushOnPageHide(
    getPending: () => CallDraft | null | undefined,
    target:
      | Pick<EventTarget, 'addEventListener' | 'removeEventListener'>
      | undefined = globalThis as unknown as EventTarget,
  ): () => void {
    if (!target || typeof target.addEventListener !== 'function') return () => {};
    const listener = () => {
      const draft = getPending();
      if (draft && this.#ownership.owns(draft.profileId)) void this.saveCall(draft).catch(() => {});
    };
    target.addEventListener('pagehide', listener);
    return () => target.removeEventListener('pagehide', listener);
  }

  // ── Settings ────────────────────────────────────────────────────────────────────────────

  async loadSettings(): Promise<LoadedOne<Settings>> {
    const { item, problems } = await this.loadOne<Settings & { schemaVersion: 1 }>('settings', SETTINGS_KEY);
    if (!item) return { item: { ...DEFAULT_SETTINGS }, problems };
    const { schemaVersion: _v, ...settings } = item;
    return { item: settings, problems };
  }

  async saveSettings(patch: Partial<Settings>): Promise<Settings> {
    const { item: current } = await this.loadSettings();
    const record = this.check(SettingsRecord, { ...current, ...patch, schemaVersion: 1 }, 'les réglages');
    await this.write('settings', SETTINGS_KEY, record, 'les réglages');
    const { schemaVersion: _v, ...settings } = record;
    return settings;
  }

  // ── Export / import (transferStore.ts) ──────────────────────────────────────────────────

  /** All of a profile's attempts as one JSON file (the text to offer for download). */
  exportAttempts(profileId: string): Promise<string> {
    return this.#withPart(transferStore, (part) => part.exportAttempts(this.#db, profileId));
  }

  /**
   * Adds the attempts of an exported file to a profile. Attempts already stored (same id) are
   * skipped; invalid ones are reported and the others imported. Throws a StorageError only
   * when the browser refuses to write (`quota`: the message says how many were imported).
   */
  importAttempts(profileId: string, text: string): Promise<ImportResult> {
    return this.#withPart(transferStore, (part) =>
      part.importAttempts(this.#db, profileId, text, this.#maxImportBytes),
    );
  }

  /**
   * All of a profile's attempts as a JSON Lines file (format 2), read a chunk at a time: what
   * the app offers for download at any size.
   */
  exportAttemptsFile(profileId: string, options: ExportOptions): Promise<Blob> {
    return this.#withPart(transferStore, (part) => part.exportAttemptsFile(this.#db, profileId, options));
  }

  /**
   * Imports an export file of either format, a chunk at a time, each attempt re-scored from its
   * replay by `options.verify`. Importing the same file again resumes an import that stopped.
   */
  importAttemptsFile(
    profileId: string,
    file: Blob,
    options: ImportOptions = {},
  ): Promise<StreamImportResult> {
    return this.#withPart(transferStore, (part) =>
      part.importAttemptsFile(this.#db, profileId, file, this.#maxImportBytes, options),
    );
  }

  // ── Quarantine ──────────────────────────────────────────────────────────────────────────

  /**
   * Sets an attempt aside (the debrief could not show it): moved to the quarantine with the
   * reason, in French; its summary goes, so it counts nowhere any more. True once it is set aside.
   */
  async setAsideAttempt(id: string, reason: string): Promise<boolean> {
    const attempts = this.#db.store('attempts');
    const raw = await attempts.getItem<unknown>(id);
    if (raw === null) return false;
    await this.#db.setAside('attempts', id, raw, reason);
    return (await attempts.getItem<unknown>(id)) === null;
  }

  /** Deletes quarantine entries for good. */
  async deleteQuarantined(entries: readonly QuarantineEntry[]): Promise<void> {
    for (const entry of entries) await this.#db.remove('quarantine', quarantineKey(entry));
  }

  /** Records set aside because they could not be read, newest first. */
  async listQuarantine(): Promise<QuarantineEntry[]> {
    const { items } = await this.loadStore<QuarantineEntry>('quarantine');
    return items.sort((a, b) => b.quarantinedAt.localeCompare(a.quarantinedAt));
  }

  /**
   * Runs `job` with a part of the storage loaded on demand, counted by `settled` from the start:
   * a write is started by the call, not once its code has been downloaded.
   */
  #withPart<M, T>(part: () => Promise<M>, job: (loaded: M) => Promise<T>): Promise<T> {
    return this.#db.track(part().then(job));
  }

  /** Waits for every write started so far (a test, or the UI before leaving). */
  settled(): Promise<void> {
    return this.#db.settled();
  }

  close(): void {
    this.#ownership.close();
    this.#db.close();
  }

  // ── Internals shared with KeyedStore (stores.ts) ────────────────────────────────────────

  nowIso(): string {
    return this.#db.nowIso();
  }

  /** Validates what the app hands over; a failure is a bug in the caller, said in French. */
  check<S extends Schema>(schema: S, value: unknown, what: string): Output<S> {
    return this.#db.check(schema, value, what);
  }

  /** One record, one localforage write: a failure leaves the previous value in place. */
  write(storeName: StoreName, key: string, value: unknown, what: string): Promise<void> {
    return this.#db.write(storeName, key, value, what);
  }

  remove(storeName: StoreName, key: string): Promise<void> {
    return this.#db.remove(storeName, key);
  }

  /** Reads one record; a corrupt one is set aside and reported. */
  loadOne<T>(storeName: StoreName, key: string): Promise<LoadedOne<T | null>> {
    return this.#db.loadOne<T>(storeName, key);
  }

  /** Reads a whole store once (only `profileId`'s records when given); corrupt ones are set aside. */
  loadStore<T>(storeName: StoreName, profileId?: string): Promise<Loaded<T>> {
    return this.#db.loadStore<T>(storeName, profileId);
  }

  /**
   * Start-up migration (migrateStores.ts), needed only when the meta record says some store may
   * hold records older than today's format. A first visit, with nothing stored yet, just notes
   * today's formats: the code that converts records is downloaded only when there may be some
   * to convert.
   */
  async migrate(): Promise<StorageProblem[]> {
    const meta = this.#db.store('meta');
    const saved = await meta.getItem<{ stores?: Record<string, number> }>(META_KEY).catch(() => null);
    const done: Record<string, number> = { ...(saved?.stores ?? {}) };
    if (Object.entries(CURRENT_FORMATS).every(([store, version]) => done[store] === version)) return [];
    if (!saved && (await this.#isEmpty())) {
      await meta.setItem(META_KEY, { schemaVersion: 1, stores: CURRENT_FORMATS }).catch(() => {});
      return [];
    }
    let migrateStores: typeof import('./migrateStores.ts').migrateStores;
    try {
      ({ migrateStores } = await import('./migrateStores.ts'));
    } catch {
      // Not downloaded (offline…): every record is still converted as it is read and a corrupt
      // one set aside; the next start-up tries again.
      return [];
    }
    return migrateStores(this.#db, done);
  }

  /** True when no store holds a record yet (a first visit). */
  async #isEmpty(): Promise<boolean> {
    try {
      const counts = await Promise.all(
        Object.keys(CURRENT_FORMATS).map((name) => this.#db.store(name as AnyStore).length()),
      );
      return counts.every((count) => count === 0);
    } catch {
      return false;
    }
  }
}
