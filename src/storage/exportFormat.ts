/**
 * The export file's format and the import's size cap: constants only, so what needs them (the
 * storage, the UI) does not load the export/import code (transfer.ts), which the storage loads
 * on demand when a file is exported or imported.
 */
export const EXPORT_FORMAT = 'decroche-attempts';
export const EXPORT_VERSION = 1;
/**
 * 50 Mo: a long attempt is ~10 Ko of JSON, so a few thousand attempts fit (measured in
 * bench.ts); far above that, the file is not an export of ours.
 */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
