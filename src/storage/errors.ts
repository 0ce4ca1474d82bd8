import { messages } from './messages.ts';

export type StorageErrorCode =
  /** The browser refused to store more. Nothing already saved was lost. */
  | 'quota'
  /** The call in progress belongs to another tab. */
  | 'locked'
  /** The data handed over is not valid (a bug in the caller, or a bad name). */
  | 'invalid'
  /** IndexedDB is missing or broken (private browsing, disk error…), or a part of the storage's code could not be downloaded. */
  | 'unavailable'
  /** Any other write failure. */
  | 'write';

/** Every error the storage layer throws on purpose: `message` is French, ready to show. */
export class StorageError extends Error {
  override readonly name = 'StorageError';
  constructor(
    readonly code: StorageErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/**
 * Browsers say « full » in several ways: a QuotaExceededError DOMException (code 22), Firefox's
 * NS_ERROR_DOM_QUOTA_REACHED (code 1014), or — through localforage — an error whose message
 * mentions the quota.
 */
export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code, message } = error as { name?: unknown; code?: unknown; message?: unknown };
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return true;
  if (code === 22 || code === 1014) return true;
  return /quota/i.test(String(name ?? '')) || /quota/i.test(String(message ?? ''));
}

/** Turns a failed write into a StorageError that says what could not be saved. */
export function writeError(error: unknown, what: string): StorageError {
  if (error instanceof StorageError) return error;
  if (isQuotaError(error)) return new StorageError('quota', messages.quota(what), { cause: error });
  const detail = error instanceof Error ? error.message : String(error);
  return new StorageError('write', messages.writeFailed(what, detail), { cause: error });
}
