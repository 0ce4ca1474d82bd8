/**
 * Where the attempts' summaries live and their format: constants only, so what needs them at
 * start-up (opening the stores, the start-up migration's check) does not load the summaries'
 * code (summaries.ts), which the storage loads on demand with the pages that read them.
 */

/** The localforage store (IndexedDB object store) the summaries live in. */
export const SUMMARY_STORE = 'summaries';
/** The format summaries are written in today. An older one is rebuilt from its attempt. */
export const SUMMARY_VERSION = 1;
