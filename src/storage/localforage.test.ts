import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import localforage from 'localforage';
import { describe, expect, it } from 'vitest';
import { withoutWebSql } from '../../scripts/vite-plugin-localforage.ts';

describe('localforage as the app builds it', () => {
  it('has the IndexedDB and localStorage drivers, in that order, and no WebSQL', () => {
    expect(localforage.INDEXEDDB).toBe('asyncStorage');
    expect(localforage.LOCALSTORAGE).toBe('localStorageWrapper');
    expect((localforage as { WEBSQL?: string }).WEBSQL).toBeUndefined();
    const store = localforage.createInstance({ name: 'drivers-test', storeName: 'things' });
    return store.setItem('a', { n: 1 }).then(async () => {
      expect(store.driver()).toBe(localforage.INDEXEDDB);
      expect(await store.getItem('a')).toEqual({ n: 1 });
    });
  });

  it('stops the build when localforage’s sources no longer have the lines it removes', () => {
    const require = createRequire(import.meta.url);
    const entry = require.resolve('localforage/src/localforage.js');
    const source = readFileSync(entry, 'utf8');
    expect(withoutWebSql(source)).not.toMatch(/websql|WEBSQL/);
    expect(() => withoutWebSql(source.replace('WEBSQL: websqlDriver,', ''))).toThrow(/changed/);
  });
});
