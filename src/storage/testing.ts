/**
 * For the storage tests (vitest only): opens storages without cross-tab locks or channels, and
 * closes them, with any mock restored, after each test.
 *
 *   const open = storageOpener();
 *   const { storage } = await open({ name: freshName() });
 */
import { afterEach, vi } from 'vitest';
import { openStorage, type AppStorage, type OpenStorageOptions } from './index.ts';

export function storageOpener() {
  const opened: AppStorage[] = [];
  afterEach(() => {
    vi.restoreAllMocks();
    for (const s of opened.splice(0)) s.close();
  });
  return async (options: OpenStorageOptions = {}) => {
    const result = await openStorage({ locks: null, openChannel: null, ...options });
    opened.push(result.storage);
    return result;
  };
}
