/**
 * The browser storage of Décroche (DESIGN §9): the only module that touches localforage.
 *
 * One IndexedDB database (`decroche`), one localforage store per kind of record, one record
 * per profile / attempt / call in progress, so no write ever rewrites another record and two
 * tabs cannot clobber each other's attempts. Writes never delete before the new value is
 * safely written; a failed write (full quota…) leaves what was saved untouched. Beside each
 * attempt, in the same transaction, a light summary (summaries.ts) that the dashboard reads
 * instead of the whole attempts.
 */
import localforage from 'localforage';
import {
  AttemptRecord,
  CURRENT_VERSION,
  CallRecord,
  DEFAULT_SETTINGS,
  KeyedRecord,
  ProfileRecord,
  QuarantineRecord,
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
import { upgradeRecord } from './migrations.ts';
import { v, type Output, type Schema } from './schema.ts';
import { StorageError, isQuotaError, writeError } from './errors.ts';
import { messages } from './messages.ts';
import { CallOwnership, type OwnershipMode, type OwnershipOptions } from './ownership.ts';
import {
  RawDatabase,
  canUseTransactions,
  getMany,
  putGroupsInOneTransaction,
  putInOneTransaction,
  readAll,
  readInOneTransaction,
  setGroupsConcurrently,
  setItemsConcurrently,
  type Group,
} from './bulk.ts';
import {
  AttemptSummaryRecord,
  SUMMARY_STORE,
  SUMMARY_VERSION,
  readSummary,
  sortByStart,
  summaryOf,
  type AttemptSummary,
} from './summaries.ts';
import { MAX_IMPORT_BYTES } from './exportFormat.ts';

type Store = ReturnType<typeof localforage.createInstance>;
/** Every localforage store: the records of records.ts, and the attempts' summaries (summaries.ts). */
type AnyStore = StoreName | typeof SUMMARY_STORE;
/** An attempt and its summary are always written together, in this order. */
const ATTEMPT_STORES = ['attempts', SUMMARY_STORE] as const;

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

export interface ImportResult {
  imported: number;
  /** Attempts already stored (same id), or repeated in the file. */
  skipped: number;
  /** French, one per rejected attempt, or one for a file refused as a whole. */
  errors: string[];
}

export interface OpenedStorage {
  storage: AppStorage;
  profiles: Profile[];
  settings: Settings;
  /** Records migrated badly, set aside or written by a newer app, found at start-up. */
  problems: StorageProblem[];
}

const SETTINGS_KEY = 'settings';
const META_KEY = 'versions';

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

export function newId(): string {
  const c = globalThis.crypto;
  // randomUUID needs a secure context; getRandomValues does not.
  if (typeof c?.randomUUID === 'function') return c.randomUUID();
  const bytes = c.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

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
  readonly #stores: Record<AnyStore, Store>;
  readonly #raw: RawDatabase | null;
  readonly #ownership: CallOwnership;
  readonly #now: () => Date;
  readonly #maxImportBytes: number;
  readonly #inflight = new Set<Promise<unknown>>();

  constructor(name: string, stores: Record<AnyStore, Store>, options: OpenStorageOptions = {}) {
    this.#stores = stores;
    this.tabId = options.tabId ?? newId();
    this.#now = options.now ?? (() => new Date());
    this.#maxImportBytes = options.maxImportBytes ?? MAX_IMPORT_BYTES;
    const transactions =
      (options.bulk ?? 'transaction') === 'transaction' && canUseTransactions(stores.attempts);
    this.#raw = transactions ? new RawDatabase(name) : null;
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
    const keys = await this.#attemptKeysOf(id);
    await this.#writeGroups(
      ATTEMPT_STORES,
      keys.map((key) => [key, [undefined, undefined]] as const),
      'les tentatives du profil',
    );
    this.#ownership.release(id);
    await this.remove('calls', id);
    await this.remove('profiles', id);
  }

  #profile(value: unknown): Profile {
    const parsed = parseFrench(ProfileRecord, value);
    if (!parsed.ok) throw new StorageError('invalid', messages.profileName());
    return parsed.value;
  }

  // ── Attempts ────────────────────────────────────────────────────────────────────────────

  /**
   * Saves a finished attempt (one record; saving it again replaces it) with its summary, in
   * one transaction when IndexedDB backs the stores.
   */
  async saveAttempt(attempt: NewAttempt): Promise<Attempt> {
    const what = `la tentative « ${attempt.id} »`;
    const record = this.check(AttemptRecord, { ...attempt, schemaVersion: 1 }, what) as Attempt;
    await this.#writeGroups(ATTEMPT_STORES, [[record.id, [record, summaryOf(record)]]], what);
    return record;
  }

  /** A profile's attempts (every attempt without `profileId`), oldest first. */
  async loadAttempts(profileId?: string): Promise<Loaded<Attempt>> {
    const loaded = await this.loadStore<Attempt>('attempts', profileId);
    const time = new Map(loaded.items.map((a) => [a, Date.parse(a.startedAt)]));
    loaded.items.sort((a, b) => time.get(a)! - time.get(b)!);
    return loaded;
  }

  getAttempt(id: string): Promise<LoadedOne<Attempt | null>> {
    return this.loadOne<Attempt>('attempts', id);
  }

  /** The attempts under these ids, in that order (missing ones left out; corrupt ones set aside). */
  async getAttempts(ids: readonly string[]): Promise<Loaded<Attempt>> {
    const raws = this.#raw
      ? await getMany(this.#raw, 'attempts', ids)
      : await Promise.all(ids.map((id) => this.#stores.attempts.getItem<unknown>(id)));
    const items: Attempt[] = [];
    const problems: StorageProblem[] = [];
    for (let i = 0; i < ids.length; i++) {
      const raw = raws[i];
      if (raw === undefined || raw === null) continue;
      const result = upgradeRecord<Attempt>('attempts', raw);
      if (result.kind === 'ok') items.push(result.value);
      else if (result.kind === 'newer') {
        problems.push({
          store: 'attempts',
          key: ids[i]!,
          message: messages.newerRecord('attempts', ids[i]!, result.version, CURRENT_VERSION.attempts),
        });
      } else problems.push(await this.#setAside('attempts', ids[i]!, raw, result.error));
    }
    return { items, problems };
  }

  /** Deletes an attempt and its summary. */
  async deleteAttempt(id: string): Promise<void> {
    await this.#writeGroups(ATTEMPT_STORES, [[id, [undefined, undefined]]], `la suppression de « ${id} »`);
  }

  // ── Attempt summaries ───────────────────────────────────────────────────────────────────

  /**
   * A profile's attempt summaries (every summary without `profileId`), oldest first: what the
   * dashboard draws, without reading the attempts' logs. A summary that is unreadable or in an
   * older format is rebuilt from its attempt and saved again. With `verify` (the default) every
   * attempt is also checked to have one — those saved by an older version of the app in another
   * tab, or whose summary could not be written, get it now — and summaries whose attempt is gone
   * are deleted; `verify: false` skips that scan of the attempts' keys (a tenth of the time at
   * 10,000 attempts), for a first render to be followed by `verifySummaries`. Problems are those
   * of the attempts read to rebuild summaries (set aside, or from a newer app).
   */
  async loadSummaries(
    profileId?: string,
    options: { verify?: boolean } = {},
  ): Promise<Loaded<AttemptSummary>> {
    const verify = options.verify ?? true;
    const { keys, values, attemptKeys } = await this.#readSummaries(verify);
    const attempts = attemptKeys && new Set(attemptKeys);
    const items: AttemptSummary[] = [];
    const orphans: Group[] = [];
    const rebuild: string[] = [];
    const keepStored = new Set<string>();
    const seen = new Set<string>();
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      const raw = values[i];
      if (attempts && !attempts.has(key)) {
        orphans.push([key, [undefined]]);
        continue;
      }
      seen.add(key);
      // Another profile's summary: not ours to check now (one missing its owner is checked).
      const owner = (raw as { profileId?: unknown } | null)?.profileId;
      if (profileId !== undefined && typeof owner === 'string' && owner !== profileId) continue;
      const read = readSummary(raw, key);
      if (read.kind === 'ok') items.push(read.value);
      else {
        rebuild.push(key);
        if (read.kind === 'newer') keepStored.add(key);
      }
    }
    if (attemptKeys) for (const key of attemptKeys) if (!seen.has(key)) rebuild.push(key);

    const problems: StorageProblem[] = [];
    if (rebuild.length) {
      const loaded = await this.getAttempts(rebuild);
      problems.push(...loaded.problems);
      const found = new Set<string>();
      const fresh: Group[] = [];
      for (const attempt of loaded.items) {
        found.add(attempt.id);
        const summary = summaryOf(attempt);
        if (!keepStored.has(attempt.id)) fresh.push([attempt.id, [summary]]);
        if (profileId === undefined || attempt.profileId === profileId) items.push(summary);
      }
      for (const key of rebuild)
        if (!found.has(key) && !keepStored.has(key)) orphans.push([key, [undefined]]);
      // Not saved (a full quota…): rebuilt again next time, nothing is lost.
      await this.#writeGroups([SUMMARY_STORE], fresh, 'les résumés des tentatives').catch(() => {});
    }
    if (orphans.length) {
      await this.#writeGroups([SUMMARY_STORE], orphans, 'les résumés des tentatives').catch(() => {});
    }
    return { items: sortByStart(items), problems };
  }

  /**
   * After `loadSummaries(profileId, { verify: false })`: `null` when every attempt has a summary
   * and every summary an attempt (reading keys only); otherwise the profile's summaries loaded
   * again with `verify`, for the screen to show instead.
   */
  async verifySummaries(profileId?: string): Promise<Loaded<AttemptSummary> | null> {
    const { summaryKeys, attemptKeys } = await this.#summaryAndAttemptKeys();
    const attempts = new Set(attemptKeys);
    const consistent =
      summaryKeys.length === attemptKeys.length && summaryKeys.every((key) => attempts.has(key));
    return consistent ? null : this.loadSummaries(profileId);
  }

  /**
   * Saves summaries the UI worked out again (attempts re-scored under a newer rubric). Each is
   * checked; one whose attempt has been deleted meanwhile is cleaned up at the next load.
   */
  async saveSummaries(summaries: readonly AttemptSummary[]): Promise<void> {
    const groups = summaries.map((summary) => {
      const what = `le résumé de la tentative « ${summary.id} »`;
      return [summary.id, [this.check(AttemptSummaryRecord, summary, what)]] as const;
    });
    await this.#writeGroups([SUMMARY_STORE], groups, 'les résumés des tentatives');
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

  /** Saves the finished attempt, then (only then) forgets the call in progress and lets it go. */
  async finishCall(attempt: NewAttempt): Promise<Attempt> {
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

  // ── Export / import ─────────────────────────────────────────────────────────────────────

  /** All of a profile's attempts as one JSON file (the text to offer for download). */
  async exportAttempts(profileId: string): Promise<string> {
    const { item: profile } = await this.loadOne<Profile>('profiles', profileId);
    if (!profile) throw new StorageError('invalid', messages.profileMissing(profileId));
    const [{ items }, { buildExport }] = await Promise.all([
      this.loadAttempts(profileId),
      import('./transfer.ts'),
    ]);
    return buildExport(profile, items, this.#now());
  }

  /**
   * Adds the attempts of an exported file to a profile. Attempts already stored (same id) are
   * skipped; invalid ones are reported and the others imported. Throws a StorageError only
   * when the browser refuses to write (`quota`: the message says how many were imported).
   */
  async importAttempts(profileId: string, text: string): Promise<ImportResult> {
    const { item: profile } = await this.loadOne<Profile>('profiles', profileId);
    if (!profile) return { imported: 0, skipped: 0, errors: [messages.profileMissing(profileId)] };
    // Loaded only now: taking a call never needs the export file's schemas.
    const { parseExport } = await import('./transfer.ts');
    const parsed = parseExport(text, this.#maxImportBytes);
    const existing = new Set(await this.#keys('attempts'));
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
      await this.#writeGroups(ATTEMPT_STORES, entries, 'les tentatives importées');
    } catch (e) {
      if (e instanceof StorageError && e.code === 'quota') {
        const written = (e.cause as { written?: number } | undefined)?.written ?? 0;
        throw new StorageError('quota', messages.quotaDuringImport(written, entries.length), {
          cause: e.cause,
        });
      }
      throw e;
    }
    return { imported: entries.length, skipped, errors: parsed.errors };
  }

  // ── Quarantine ──────────────────────────────────────────────────────────────────────────

  /** Records set aside because they could not be read, newest first. */
  async listQuarantine(): Promise<QuarantineEntry[]> {
    const { items } = await this.loadStore<QuarantineEntry>('quarantine');
    return items.sort((a, b) => b.quarantinedAt.localeCompare(a.quarantinedAt));
  }

  /** Waits for every write started so far (a test, or the UI before leaving). */
  async settled(): Promise<void> {
    await Promise.allSettled([...this.#inflight]);
  }

  close(): void {
    this.#ownership.close();
    this.#raw?.close();
  }

  // ── Internals shared with KeyedStore ────────────────────────────────────────────────────

  nowIso(): string {
    return this.#now().toISOString();
  }

  /** Validates what the app hands over; a failure is a bug in the caller, said in French. */
  check<S extends Schema>(schema: S, value: unknown, what: string): Output<S> {
    const parsed = parseFrench(schema, value);
    if (!parsed.ok) throw new StorageError('invalid', messages.invalidRecord(capitalize(what), parsed.error));
    return parsed.value;
  }

  /** One record, one localforage write: a failure leaves the previous value in place. */
  write(storeName: StoreName, key: string, value: unknown, what: string): Promise<void> {
    const pending = this.#stores[storeName].setItem(key, value).then(
      () => undefined,
      (e: unknown) => {
        throw writeError(e, what);
      },
    );
    this.#inflight.add(pending);
    void pending.finally(() => this.#inflight.delete(pending)).catch(() => {});
    return pending;
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
    const problems: StorageProblem[] = [];
    const result = upgradeRecord<T>(storeName, raw);
    if (result.kind === 'ok') return { item: result.value, problems };
    if (result.kind === 'newer') {
      problems.push({
        store: storeName,
        key,
        message: messages.newerRecord(storeName, key, result.version, CURRENT_VERSION[storeName]),
      });
    } else {
      problems.push(await this.#setAside(storeName, key, raw, result.error));
    }
    return { item: null, problems };
  }

  /** Reads a whole store once (only `profileId`'s records when given); corrupt ones are set aside. */
  async loadStore<T>(storeName: StoreName, profileId?: string): Promise<Loaded<T>> {
    const items: T[] = [];
    const problems: StorageProblem[] = [];
    const corrupt: [string, unknown, string][] = [];
    const visit = (raw: unknown, key: string) => {
      // Another profile's record: not ours to check now (a record missing its owner is checked).
      if (profileId !== undefined && typeof raw === 'object' && raw !== null) {
        const owner = (raw as { profileId?: unknown }).profileId;
        if (typeof owner === 'string' && owner !== profileId) return;
      }
      const result = upgradeRecord<T>(storeName, raw);
      if (result.kind === 'ok') items.push(result.value);
      else if (result.kind === 'newer') {
        problems.push({
          store: storeName,
          key,
          message: messages.newerRecord(storeName, key, result.version, CURRENT_VERSION[storeName]),
        });
      } else corrupt.push([key, raw, result.error]);
    };
    await this.#forEach(storeName, visit);
    for (const [key, raw, error] of corrupt) problems.push(await this.#setAside(storeName, key, raw, error));
    return { items, problems };
  }

  /**
   * Start-up migration: every store whose records may be older than today's format is read once,
   * its old records rewritten in the new format (one record at a time: a failure loses nothing,
   * the old record stays and is converted again next time) and its corrupt ones set aside.
   */
  async migrate(): Promise<StorageProblem[]> {
    const problems: StorageProblem[] = [];
    const meta = await this.#stores.meta
      .getItem<{ stores?: Record<string, number> }>(META_KEY)
      .catch(() => null);
    const done: Record<string, number> = { ...(meta?.stores ?? {}) };
    for (const storeName of STORE_NAMES) {
      if (storeName === 'meta' || done[storeName] === CURRENT_VERSION[storeName]) continue;
      const upgraded: [string, unknown][] = [];
      const corrupt: [string, unknown, string][] = [];
      await this.#forEach(storeName, (raw, key) => {
        const result = upgradeRecord(storeName, raw);
        if (result.kind === 'ok' && result.migrated) upgraded.push([key, result.value]);
        else if (result.kind === 'invalid') corrupt.push([key, raw, result.error]);
        else if (result.kind === 'newer') {
          problems.push({
            store: storeName,
            key,
            message: messages.newerRecord(storeName, key, result.version, CURRENT_VERSION[storeName]),
          });
        }
      });
      let complete = true;
      try {
        await this.#writeMany(storeName, upgraded, 'les données converties');
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
      for (const [key, raw, error] of corrupt)
        problems.push(await this.#setAside(storeName, key, raw, error));
      if (complete) done[storeName] = CURRENT_VERSION[storeName];
    }
    if (done[SUMMARY_STORE] !== SUMMARY_VERSION && (await this.#migrateSummaries())) {
      done[SUMMARY_STORE] = SUMMARY_VERSION;
    }
    try {
      await this.#stores.meta.setItem(META_KEY, { schemaVersion: 1, stores: done });
    } catch {
      // Not saved: the next start-up scans again, which is only slower.
    }
    return problems;
  }

  /**
   * Start-up step for summaries (once per `SUMMARY_VERSION`): every readable attempt without a
   * current summary gets one, every summary without its attempt goes. Corrupt attempts are left
   * to the attempts' own checks. `false` when the summaries could not all be written (they are
   * rebuilt on demand by `loadSummaries`, and this step runs again at the next start-up).
   */
  async #migrateSummaries(): Promise<boolean> {
    const current = new Set<string>();
    const orphans = new Map<string, Group>();
    await this.#forEach(SUMMARY_STORE, (raw, key) => {
      const read = readSummary(raw, key);
      if (read.kind !== 'rebuild') current.add(key);
      orphans.set(key, [key, [undefined]]);
    });
    const fresh: Group[] = [];
    await this.#forEach('attempts', (raw, key) => {
      orphans.delete(key);
      if (current.has(key)) return;
      const result = upgradeRecord<Attempt>('attempts', raw);
      if (result.kind === 'ok') fresh.push([key, [summaryOf(result.value)]]);
    });
    try {
      await this.#writeGroups([SUMMARY_STORE], [...fresh, ...orphans.values()], 'les résumés des tentatives');
      return true;
    } catch {
      return false;
    }
  }

  /** Moves a corrupt record to the quarantine store: written there first, only then removed. */
  async #setAside(storeName: StoreName, key: string, raw: unknown, error: string): Promise<StorageProblem> {
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
      await this.#stores.quarantine.setItem(`${storeName}/${key}/${entry.quarantinedAt}`, entry);
      await this.#stores[storeName].removeItem(key);
      return { store: storeName, key, message: messages.setAside(storeName, key, error) };
    } catch (e) {
      if (!isQuotaError(e)) console.warn('Décroche : mise de côté impossible', e);
      return { store: storeName, key, message: messages.notSetAside(storeName, key, error) };
    }
  }

  async #forEach(storeName: AnyStore, visit: (raw: unknown, key: string) => void): Promise<void> {
    if (this.#raw) {
      const { keys, values } = await readAll(this.#raw, storeName);
      for (let i = 0; i < keys.length; i++) visit(values[i], keys[i]!);
      return;
    }
    await this.#stores[storeName].iterate<unknown, void>((value, key) => {
      visit(value, key);
    });
  }

  async #keys(storeName: AnyStore): Promise<string[]> {
    return this.#stores[storeName].keys();
  }

  /**
   * Every summary, with (when `withAttemptKeys`) the keys of the attempts: one consistent view
   * when IndexedDB is used.
   */
  async #readSummaries(
    withAttemptKeys: boolean,
  ): Promise<{ keys: string[]; values: unknown[]; attemptKeys: string[] | null }> {
    if (this.#raw) {
      const read = await readInOneTransaction(
        this.#raw,
        [SUMMARY_STORE],
        withAttemptKeys ? ['attempts'] : [],
      );
      const { keys, values } = read.records[SUMMARY_STORE];
      return { keys, values, attemptKeys: withAttemptKeys ? read.keys.attempts : null };
    }
    const keys: string[] = [];
    const values: unknown[] = [];
    await this.#forEach(SUMMARY_STORE, (value, key) => {
      keys.push(key);
      values.push(value);
    });
    return { keys, values, attemptKeys: withAttemptKeys ? await this.#keys('attempts') : null };
  }

  async #summaryAndAttemptKeys(): Promise<{ summaryKeys: string[]; attemptKeys: string[] }> {
    if (this.#raw) {
      const { keys } = await readInOneTransaction(this.#raw, [], [SUMMARY_STORE, 'attempts']);
      return { summaryKeys: keys[SUMMARY_STORE], attemptKeys: keys.attempts };
    }
    const [summaryKeys, attemptKeys] = await Promise.all([this.#keys(SUMMARY_STORE), this.#keys('attempts')]);
    return { summaryKeys, attemptKeys };
  }

  async #attemptKeysOf(profileId: string): Promise<string[]> {
    const keys: string[] = [];
    await this.#forEach('attempts', (raw, key) => {
      if ((raw as { profileId?: unknown } | null)?.profileId === profileId) keys.push(key);
    });
    return keys;
  }

  /**
   * Many keys at once, each written to every store of `storeNames` together (`undefined`
   * deletes). Rejects with a StorageError whose cause has `written` (groups).
   */
  async #writeGroups(
    storeNames: readonly AnyStore[],
    groups: readonly Group[],
    what: string,
  ): Promise<number> {
    if (groups.length === 0) return 0;
    const pending = this.#raw
      ? putGroupsInOneTransaction(this.#raw, storeNames, groups)
      : setGroupsConcurrently(
          storeNames.map((name) => this.#stores[name]),
          groups,
        );
    this.#inflight.add(pending);
    try {
      return await pending;
    } catch (e) {
      throw writeError(e, what);
    } finally {
      this.#inflight.delete(pending);
    }
  }

  /** Many records at once (`undefined` deletes). Rejects with a StorageError whose cause has `written`. */
  async #writeMany(
    storeName: StoreName,
    entries: readonly (readonly [string, unknown])[],
    what: string,
  ): Promise<number> {
    if (entries.length === 0) return 0;
    const pending = this.#raw
      ? putInOneTransaction(this.#raw, storeName, entries)
      : setItemsConcurrently(this.#stores[storeName], entries);
    this.#inflight.add(pending);
    try {
      return await pending;
    } catch (e) {
      throw writeError(e, what);
    } finally {
      this.#inflight.delete(pending);
    }
  }
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
