/**
 * Storage timings on fake-indexeddb (Node): `npx tsx src/storage/bench.ts [count]`.
 * fake-indexeddb is a pure-JS IndexedDB, not a browser's: the figures compare strategies with
 * each other, they do not predict Chromium's (DESIGN §9 asks for those on a persistent profile).
 */
import 'fake-indexeddb/auto';
import localforage from 'localforage';
import { openStorage, type NewAttempt } from './index.ts';
import { putInOneTransaction, setItemsConcurrently } from './bulk.ts';
import { RawDatabase } from './rawDatabase.ts';
import { freshName, sampleAttempt } from './fixtures.ts';

const count = Number(process.argv[2] ?? 5000);

async function time<T>(label: string, run: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await run();
  console.log(`${label.padEnd(58)} ${(performance.now() - start).toFixed(0).padStart(6)} ms`);
  return result;
}

function attempts(n: number): NewAttempt[] {
  return Array.from({ length: n }, () => sampleAttempt());
}

async function main() {
  const sample = attempts(count);
  const bytes = JSON.stringify(
    sample.map(({ profileId: _p, ...a }) => a),
    null,
    1,
  ).length;
  console.log(
    `${count} attempts of ${sample[0]!.log.length} log entries; export ≈ ${(bytes / count / 1024).toFixed(1)} Ko/attempt, ${(bytes / 1024 / 1024).toFixed(1)} Mo in all\n`,
  );

  for (const mode of ['localforage', 'transaction'] as const) {
    const name = freshName();
    const { storage } = await openStorage({ name, bulk: mode, locks: null, openChannel: null });
    const profile = await storage.createProfile('Bench');
    const mine = sample.map((a) => ({ ...a, profileId: profile.id }));
    console.log(`— bulk: ${mode}`);
    const singles: number[] = [];
    for (const a of mine.slice(0, 50)) {
      const start = performance.now();
      await storage.saveAttempt(a);
      singles.push(performance.now() - start);
    }
    singles.sort((x, y) => x - y);
    console.log(`${'save one attempt (median of 50)'.padEnd(58)} ${singles[25]!.toFixed(2).padStart(6)} ms`);
    const text = await storage.exportAttempts(profile.id);
    const file = JSON.parse(text);
    file.attempts = mine.map(({ profileId: _p, ...a }) => a);
    const fullText = JSON.stringify(file);
    await time(`import ${count} attempts`, () => storage.importAttempts(profile.id, fullText));
    await time(`loadAttempts(profile) over ${count}`, () => storage.loadAttempts(profile.id));
    await time(`loadAttempts() over ${count}`, () => storage.loadAttempts());
    await time(`exportAttempts(profile) over ${count}`, () => storage.exportAttempts(profile.id));
    storage.close();
  }

  console.log('\n— raw strategies for writing many records');
  const records = sample.map((a) => [a.id, { ...a, schemaVersion: 1 }] as const);
  {
    const name = freshName();
    const store = localforage.createInstance({ name, storeName: 'attempts' });
    await store.ready();
    await time(`${count} × await setItem, one after the other`, async () => {
      for (const [k, v] of records) await store.setItem(k, v);
    });
  }
  {
    const name = freshName();
    const store = localforage.createInstance({ name, storeName: 'attempts' });
    await store.ready();
    await time(`Promise.all(setItem) in batches of 500`, () => setItemsConcurrently(store, records));
  }
  {
    const name = freshName();
    const store = localforage.createInstance({ name, storeName: 'attempts' });
    await store.ready();
    const raw = new RawDatabase(name);
    await time(`one transaction per batch of 500`, () => putInOneTransaction(raw, 'attempts', records));
    const reader = localforage.createInstance({ name, storeName: 'attempts' });
    await time(`localforage.iterate over ${count}`, () => reader.iterate(() => {}));
    raw.close();
  }
}

void main();
