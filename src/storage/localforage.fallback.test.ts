// @vitest-environment jsdom
/**
 * localforage's localStorage driver, which the build loads only when a store first uses it (a
 * browser without IndexedDB): it still stores and reads back, and the serializer still comes.
 */
import localforage from 'localforage';
import { describe, expect, it } from 'vitest';
import { withLazyLocalStorage, withoutWebSql } from '../../scripts/vite-plugin-localforage.ts';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

describe('localforage’s localStorage driver, loaded on first use', () => {
  it('stores, lists and reads back values of every kind a profile holds', async () => {
    const store = localforage.createInstance({
      name: 'fallback-test',
      storeName: 'profiles',
      driver: localforage.LOCALSTORAGE,
    });
    await store.setItem('p1', { name: 'Inès', settings: { sound: true, rate: 0.9 }, tags: ['a', 'b'] });
    await store.setItem('p2', 'texte « accentué »');
    expect(store.driver()).toBe('localStorageWrapper');
    expect(await store.getItem('p1')).toEqual({
      name: 'Inès',
      settings: { sound: true, rate: 0.9 },
      tags: ['a', 'b'],
    });
    expect((await store.keys()).sort()).toEqual(['p1', 'p2']);
    expect(await store.length()).toBe(2);
    const seen: string[] = [];
    await store.iterate((_value, key) => void seen.push(key));
    expect(seen.sort()).toEqual(['p1', 'p2']);
    await store.removeItem('p2');
    expect(await store.getItem('p2')).toBeNull();
    // Written where localforage's own driver writes it: the same data as before the change.
    expect(Object.keys(window.localStorage)).toContain('fallback-test/profiles/p1');
    await store.clear();
    expect(await store.length()).toBe(0);
  });

  it('calls back as well as it resolves', async () => {
    const store = localforage.createInstance({ name: 'callbacks', driver: localforage.LOCALSTORAGE });
    const value = await new Promise((resolve, reject) =>
      store.setItem('k', 42, (error) =>
        error ? reject(error) : store.getItem('k', (e, v) => (e ? reject(e) : resolve(v))),
      ),
    );
    expect(value).toBe(42);
  });

  it('gives the serializer on demand', async () => {
    const serializer = await localforage.getSerializer();
    const text = await new Promise<string>((resolve) => serializer.serialize({ a: 1 }, resolve));
    expect(serializer.deserialize(text)).toEqual({ a: 1 });
  });

  it('stops the build when localforage’s sources no longer have what it changes', () => {
    const entry = createRequire(import.meta.url).resolve('localforage/src/localforage.js');
    const source = withoutWebSql(readFileSync(entry, 'utf8'));
    const built = withLazyLocalStorage(source);
    expect(built).not.toMatch(/^import (localstorageDriver|serializer) /m);
    expect(built).toMatch(/import\('\.\/drivers\/localstorage'\)/);
    expect(() => withLazyLocalStorage(source.replace('Promise.resolve(serializer)', 'serializer'))).toThrow(
      /changed/,
    );
  });
});
