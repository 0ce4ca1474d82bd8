/**
 * The attempts' summaries as the library, the dashboard and the debrief read them: loaded,
 * checked against their attempts, rebuilt when missing or stale, saved after a re-scoring.
 * Loaded on demand by `AppStorage` (storage.ts), with those pages: a call never reads them.
 */
import type { Attempt } from './records.ts';
import { upgradeRecord } from './migrations.ts';
import { readInOneTransaction, writeGroups, type Group } from './bulk.ts';
import { getAttempts } from './attemptStore.ts';
import { sortByStart, summaryOf, type AttemptSummary } from './summaries.ts';
import { AttemptSummaryRecord, readSummary } from './storedSummary.ts';
import { SUMMARY_STORE } from './summaryFormat.ts';
import type { Loaded, RecordStores, StorageProblem } from './stores.ts';

const WHAT = 'les résumés des tentatives';

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
export async function loadSummaries(
  db: RecordStores,
  profileId?: string,
  options: { verify?: boolean } = {},
): Promise<Loaded<AttemptSummary>> {
  const verify = options.verify ?? true;
  const { keys, values, attemptKeys } = await readSummaries(db, verify);
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
    const loaded = await getAttempts(db, rebuild);
    problems.push(...loaded.problems);
    const found = new Set<string>();
    const fresh: Group[] = [];
    for (const attempt of loaded.items) {
      found.add(attempt.id);
      const summary = summaryOf(attempt);
      if (!keepStored.has(attempt.id)) fresh.push([attempt.id, [summary]]);
      if (profileId === undefined || attempt.profileId === profileId) items.push(summary);
    }
    for (const key of rebuild) if (!found.has(key) && !keepStored.has(key)) orphans.push([key, [undefined]]);
    // Not saved (a full quota…): rebuilt again next time, nothing is lost.
    await writeGroups(db, [SUMMARY_STORE], fresh, WHAT).catch(() => {});
  }
  if (orphans.length) {
    await writeGroups(db, [SUMMARY_STORE], orphans, WHAT).catch(() => {});
  }
  return { items: sortByStart(items), problems };
}

/**
 * After `loadSummaries(profileId, { verify: false })`: `null` when every attempt has a summary
 * and every summary an attempt (reading keys only); otherwise the profile's summaries loaded
 * again with `verify`, for the screen to show instead.
 */
export async function verifySummaries(
  db: RecordStores,
  profileId?: string,
): Promise<Loaded<AttemptSummary> | null> {
  const { summaryKeys, attemptKeys } = await summaryAndAttemptKeys(db);
  const attempts = new Set(attemptKeys);
  const consistent =
    summaryKeys.length === attemptKeys.length && summaryKeys.every((key) => attempts.has(key));
  return consistent ? null : loadSummaries(db, profileId);
}

/**
 * Saves summaries the UI worked out again (attempts re-scored under a newer rubric). Each is
 * checked; one whose attempt has been deleted meanwhile is cleaned up at the next load.
 */
export async function saveSummaries(db: RecordStores, summaries: readonly AttemptSummary[]): Promise<void> {
  const groups = summaries.map((summary) => {
    const what = `le résumé de la tentative « ${summary.id} »`;
    return [summary.id, [db.check(AttemptSummaryRecord, summary, what)]] as const;
  });
  await writeGroups(db, [SUMMARY_STORE], groups, WHAT);
}

/**
 * Start-up step for summaries (once per `SUMMARY_VERSION`, migrateStores.ts): every readable
 * attempt without a current summary gets one, every summary without its attempt goes. Corrupt
 * attempts are left to the attempts' own checks. `false` when the summaries could not all be
 * written (they are rebuilt on demand by `loadSummaries`, and this step runs again at the next
 * start-up).
 */
export async function migrateSummaries(db: RecordStores): Promise<boolean> {
  const current = new Set<string>();
  const orphans = new Map<string, Group>();
  await db.forEach(SUMMARY_STORE, (raw, key) => {
    const read = readSummary(raw, key);
    if (read.kind !== 'rebuild') current.add(key);
    orphans.set(key, [key, [undefined]]);
  });
  const fresh: Group[] = [];
  await db.forEach('attempts', (raw, key) => {
    orphans.delete(key);
    if (current.has(key)) return;
    const result = upgradeRecord<Attempt>('attempts', raw);
    if (result.kind === 'ok') fresh.push([key, [summaryOf(result.value)]]);
  });
  try {
    await writeGroups(db, [SUMMARY_STORE], [...fresh, ...orphans.values()], WHAT);
    return true;
  } catch {
    return false;
  }
}

/**
 * Every summary, with (when `withAttemptKeys`) the keys of the attempts: one consistent view
 * when IndexedDB is used.
 */
async function readSummaries(
  db: RecordStores,
  withAttemptKeys: boolean,
): Promise<{ keys: string[]; values: unknown[]; attemptKeys: string[] | null }> {
  if (db.raw) {
    const read = await readInOneTransaction(db.raw, [SUMMARY_STORE], withAttemptKeys ? ['attempts'] : []);
    const { keys, values } = read.records[SUMMARY_STORE];
    return { keys, values, attemptKeys: withAttemptKeys ? read.keys.attempts : null };
  }
  const keys: string[] = [];
  const values: unknown[] = [];
  await db.forEach(SUMMARY_STORE, (value, key) => {
    keys.push(key);
    values.push(value);
  });
  return { keys, values, attemptKeys: withAttemptKeys ? await db.keys('attempts') : null };
}

async function summaryAndAttemptKeys(
  db: RecordStores,
): Promise<{ summaryKeys: string[]; attemptKeys: string[] }> {
  if (db.raw) {
    const { keys } = await readInOneTransaction(db.raw, [], [SUMMARY_STORE, 'attempts']);
    return { summaryKeys: keys[SUMMARY_STORE], attemptKeys: keys.attempts };
  }
  const [summaryKeys, attemptKeys] = await Promise.all([db.keys(SUMMARY_STORE), db.keys('attempts')]);
  return { summaryKeys, attemptKeys };
}
