/**
 * The browser storage of Décroche (DESIGN §9). The UI imports from here only.
 *
 *   const { storage, profiles, settings, problems } = await openStorage();
 *   void requestPersistence();
 *   const { owned } = await storage.claimCall(profile.id);   // before starting / resuming a call
 *   await storage.saveCall({ profileId, scenarioId, scenarioVersion, startedAt, log });  // after every event
 *   await storage.finishCall(attempt);                        // saves the attempt, forgets the call
 *   const { items } = await storage.loadSummaries(profile.id); // the dashboard: no logs read
 *
 * Every error thrown on purpose is a `StorageError` whose French `message` can be shown as is.
 */
export {
  openStorage,
  requestPersistence,
  storageEstimate,
  newId,
  attemptIdOf,
  AppStorage,
  KeyedStore,
  type OpenStorageOptions,
  type OpenedStorage,
} from './storage.ts';
export type { StorageProblem, Loaded, LoadedOne } from './stores.ts';
export type {
  ImportResult,
  ExportOptions,
  ImportOptions,
  StreamImportResult,
  Verified,
} from './transferStore.ts';
export { StorageError, isQuotaError, type StorageErrorCode } from './errors.ts';
export {
  DEFAULT_SETTINGS,
  CURRENT_VERSION,
  STORE_NAMES,
  type Attempt,
  type NewAttempt,
  type CallDraft,
  type CallInProgress,
  type KeyedEntry,
  type Profile,
  type QuarantineEntry,
  type Settings,
  type StoreName,
} from './records.ts';
export { MIGRATIONS, upgradeRecord, type Migration } from './migrations.ts';
export { SUMMARY_STORE, SUMMARY_VERSION } from './summaryFormat.ts';
export { summaryOf, type AttemptSummary, type SummaryOutcome, type SummarySource } from './summaries.ts';
export { MAX_IMPORT_BYTES, EXPORT_FORMAT, EXPORT_VERSION } from './exportFormat.ts';
export type { ExportFile, ExportedAttempt } from './transfer.ts';
export type { LockManagerLike, ChannelLike, OwnershipMode } from './ownership.ts';
