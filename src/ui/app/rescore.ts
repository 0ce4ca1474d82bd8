/**
 * Re-scoring the attempts whose stored summary comes from an older rubric (DESIGN §2.2: any
 * attempt can be re-scored from its log). The dashboard draws the stored numbers at once, then
 * this reads the full attempts a chunk at a time, in the background, scores them again, saves the
 * fresh summaries and hands them back; the library and the debrief wait for it
 * (`freshSummaries`), which only reads attempts once after a rubric change. No DOM; the storage
 * is passed in.
 */
import type { BundleLookup } from '../../scenarios/catalog.ts';
import type { Attempt, AttemptSummary, Loaded } from '../../storage/index.ts';
import { needsRescore } from './summaryStats.ts';

/** What re-scoring needs from the storage (AppStorage has it). */
export interface RescoreStorage {
  getAttempts(ids: readonly string[]): Promise<Loaded<Attempt>>;
  saveSummaries(summaries: readonly AttemptSummary[]): Promise<void>;
}

/** Attempts read per step: a few hundred keep each step short enough not to freeze the page. */
export const CHUNK = 200;

/** The summaries `needsRescore` picks, in order; `scenarioOf` gives a scenario's version today. */
export function staleSummaries(
  summaries: readonly AttemptSummary[],
  scenarioOf: (scenarioId: string) => { readonly version: number } | undefined,
): AttemptSummary[] {
  return summaries.filter((s) => needsRescore(s, scenarioOf(s.scenarioId)));
}

export interface RescoreOptions {
  chunk?: number;
  /** Stops between two chunks (the page was left). */
  signal?: AbortSignal;
  onprogress?: (done: number, total: number) => void;
  /** Lets the page breathe between chunks; a test passes an immediate one. */
  pause?: () => Promise<void>;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Re-scores the attempts of `stale` and saves their summaries. Resolves with the fresh
 * summaries by id (those that could be read); a summary that could not be saved (a full quota)
 * is still returned, and is re-scored again at the next visit.
 */
export async function rescoreSummaries(
  storage: RescoreStorage,
  stale: readonly AttemptSummary[],
  loadBundles: (scenarioIds: Iterable<string>) => Promise<BundleLookup>,
  options: RescoreOptions = {},
): Promise<Map<string, AttemptSummary>> {
  const { chunk = CHUNK, signal, onprogress, pause = nextTask } = options;
  const fresh = new Map<string, AttemptSummary>();
  if (stale.length === 0) return fresh;
  // The scorer (and the call machine and analyser it replays logs with) only when there is
  // something to re-score: a dashboard of current summaries never downloads it.
  const [bundleOf, { scorecardOf, summarize }] = await Promise.all([
    loadBundles(stale.map((s) => s.scenarioId)),
    import('./attempts.ts'),
  ]);
  for (let start = 0; start < stale.length; start += chunk) {
    if (signal?.aborted) break;
    const ids = stale.slice(start, start + chunk).map((s) => s.id);
    const { items } = await storage.getAttempts(ids);
    const summaries = items.map((attempt) =>
      summarize(attempt, scorecardOf(attempt, bundleOf(attempt.scenarioId))),
    );
    await storage.saveSummaries(summaries).catch(() => {});
    for (const s of summaries) fresh.set(s.id, s);
    onprogress?.(Math.min(start + chunk, stale.length), stale.length);
    await pause();
  }
  return fresh;
}

/** `summaries` with the fresh ones in place (same order); the same array when none changed. */
export function withFresh(
  summaries: readonly AttemptSummary[],
  fresh: ReadonlyMap<string, AttemptSummary>,
): readonly AttemptSummary[] {
  if (fresh.size === 0) return summaries;
  return summaries.map((s) => fresh.get(s.id) ?? s);
}

/** What `freshSummaries` needs from the storage (AppStorage has it). */
export interface SummaryStorage extends RescoreStorage {
  loadSummaries(profileId?: string): Promise<Loaded<AttemptSummary>>;
}

/**
 * A profile's attempt summaries under today's rubric, oldest first: the stored ones (no log is
 * read), with those of an older rubric re-scored, and saved, first. What the library's best
 * results and the debrief's next scenario are worked out from, as fast at 10,000 attempts as
 * the summaries load. `scenarioOf` gives a scenario's version today (`undefined`: gone).
 */
export async function freshSummaries(
  storage: SummaryStorage,
  profileId: string,
  scenarioOf: (scenarioId: string) => { readonly version: number } | undefined,
  loadBundles: (scenarioIds: Iterable<string>) => Promise<BundleLookup>,
): Promise<Loaded<AttemptSummary>> {
  const loaded = await storage.loadSummaries(profileId);
  const stale = staleSummaries(loaded.items, scenarioOf);
  if (stale.length === 0) return loaded;
  const fresh = await rescoreSummaries(storage, stale, loadBundles);
  return { items: [...withFresh(loaded.items, fresh)], problems: loaded.problems };
}
