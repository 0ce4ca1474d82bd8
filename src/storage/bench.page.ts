/** The page side of bench.browser.ts: runs in Chromium, prints with console.log. */
import localforage from 'localforage';
import { openStorage } from './index.ts';
import { putInOneTransaction, setItemsConcurrently } from './bulk.ts';
import { RawDatabase, readAll } from './rawDatabase.ts';
import { freshName, sampleAttempt } from './fixtures.ts';

async function time<T>(label: string, run: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await run();
  console.log(`${label.padEnd(58)} ${(performance.now() - start).toFixed(0).padStart(6)} ms`);
  return result;
}

async function runBench(count: number) {
  const sample = Array.from({ length: count }, () => sampleAttempt());
  console.log(`Chromium, ${count} attempts of ${sample[0]!.log.length} log entries`);
  console.log(`persisted: ${String(await navigator.storage.persisted())}; locks: ${typeof navigator.locks}`);

  for (const mode of ['localforage', 'transaction'] as const) {
    const { storage } = await openStorage({ name: freshName(), bulk: mode });
    const profile = await storage.createProfile('Bench');
    const mine = sample.map((a) => ({ ...a, profileId: profile.id }));
    console.log(`— bulk: ${mode} (tabs kept apart by ${storage.ownershipMode})`);
    const singles: number[] = [];
    for (const a of mine.slice(0, 50)) {
      const start = performance.now();
      await storage.saveAttempt(a);
      singles.push(performance.now() - start);
    }
    singles.sort((x, y) => x - y);
    console.log(`${'save one attempt (median of 50)'.padEnd(58)} ${singles[25]!.toFixed(2).padStart(6)} ms`);
    await storage.claimCall(profile.id);
    const calls: number[] = [];
    for (let i = 1; i <= 30; i++) {
      const start = performance.now();
      await storage.saveCall({ ...mine[0]!, log: mine[0]!.log.slice(0, i) });
      calls.push(performance.now() - start);
    }
    calls.sort((x, y) => x - y);
    console.log(
      `${'save the call in progress (median of 30)'.padEnd(58)} ${calls[15]!.toFixed(2).padStart(6)} ms`,
    );
    const file = JSON.parse(await storage.exportAttempts(profile.id));
    file.attempts = mine.map(({ profileId: _p, ...a }) => a);
    const text = JSON.stringify(file);
    const result = await time(`import ${count} attempts (${(text.length / 1048576).toFixed(1)} Mo)`, () =>
      storage.importAttempts(profile.id, text),
    );
    console.log(`  imported ${result.imported}, skipped ${result.skipped}, errors ${result.errors.length}`);
    await time(`loadAttempts(profile) over ${count}`, () => storage.loadAttempts(profile.id));
    await time(`loadAttempts(profile) again (warm)`, () => storage.loadAttempts(profile.id));
    await time(`loadSummaries(profile) over ${count}`, () => storage.loadSummaries(profile.id));
    await time(`loadSummaries(profile, { verify: false })`, () =>
      storage.loadSummaries(profile.id, { verify: false }),
    );
    await time(`exportAttempts(profile)`, () => storage.exportAttempts(profile.id));
    storage.close();
  }

  console.log('— raw strategies for writing / reading many records');
  const records = sample.map((a) => [a.id, { ...a, schemaVersion: 1 }] as const);
  const fresh = async () => {
    const name = freshName();
    const store = localforage.createInstance({ name, storeName: 'attempts' });
    await store.ready();
    return { name, store };
  };
  {
    const { store } = await fresh();
    await time(`${count} × await setItem, one after the other`, async () => {
      for (const [k, v] of records) await store.setItem(k, v);
    });
  }
  {
    const { store } = await fresh();
    await time(`Promise.all(setItem) in batches of 500`, () => setItemsConcurrently(store, records));
  }
  {
    const { name, store } = await fresh();
    const raw = new RawDatabase(name);
    await time(`one transaction per batch of 500`, () => putInOneTransaction(raw, 'attempts', records));
    await time(`localforage.iterate over ${count}`, () => store.iterate(() => {}));
    await time(`getAllKeys + getAll over ${count}`, () => readAll(raw, 'attempts'));
    raw.close();
  }
}

(window as unknown as { runBench: typeof runBench }).runBench = runBench;
