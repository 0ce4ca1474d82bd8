import { describe, expect, it, vi } from 'vitest';
import { goodCall, testBundle } from '../../scoring/fixtures.ts';
import { verifyAttempt } from '../../scoring/replay.ts';
import { score } from '../../scoring/score.ts';
import { RUBRIC_VERSION, type Scorecard } from '../../scoring/types.ts';
import { summaryOf, type Attempt, type AttemptSummary } from '../../storage/index.ts';
import { attemptOf } from '../debrief/testing.ts';
import {
  freshSummaries,
  rescoreSummaries,
  staleSummaries,
  withFresh,
  type RescoreStorage,
} from './rescore.ts';

const bundle = testBundle();
/** The log the machines write for the model call's inputs: re-scoring replays it. */
const replayed = verifyAttempt(bundle, { log: goodCall(bundle).log });
if (!replayed.ok) throw new Error(replayed.errors.join('\n'));
const log = replayed.log;
const card = score(bundle, log);
const oldCard: Scorecard = { ...card, rubricVersion: RUBRIC_VERSION - 1, total: 5 };

function attempts(n: number, scorecard: Scorecard = oldCard): Attempt[] {
  return Array.from({ length: n }, (_, i) =>
    attemptOf(bundle, log, {
      id: `a-${i}`,
      scorecard,
      startedAt: new Date(Date.UTC(2026, 0, 1, 9, i)).toISOString(),
    }),
  );
}

/** A storage holding `list`, recording what it is asked. */
function fakeStorage(list: Attempt[], options: { failSave?: boolean } = {}) {
  const byId = new Map(list.map((a) => [a.id, a]));
  const saved: AttemptSummary[] = [];
  const reads: string[][] = [];
  const storage: RescoreStorage = {
    getAttempts: vi.fn(async (ids: readonly string[]) => {
      reads.push([...ids]);
      return { items: ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : [])), problems: [] };
    }),
    saveSummaries: vi.fn(async (summaries: readonly AttemptSummary[]) => {
      if (options.failSave) throw new Error('quota');
      saved.push(...summaries);
    }),
  };
  return { storage, saved, reads };
}

const loadBundles = async () => (id: string) => (id === bundle.scenario.id ? bundle : undefined);
const immediate = () => Promise.resolve();

describe('staleSummaries', () => {
  it('picks the summaries of an older rubric whose scenario is still there in that version', () => {
    const [old, current] = [summaryOf(attempts(1)[0]!), summaryOf(attempts(1, card)[0]!)];
    const gone = { ...old, scenarioId: 'disparu' };
    const changed = { ...old, scenarioVersion: bundle.scenario.version + 1 };
    const scenarioOf = (id: string) => (id === bundle.scenario.id ? bundle.scenario : undefined);
    expect(staleSummaries([old, current, gone, changed], scenarioOf)).toEqual([old]);
  });
});

describe('rescoreSummaries', () => {
  it('re-scores a chunk of attempts at a time, saves the fresh summaries and returns them', async () => {
    const list = attempts(5);
    const { storage, saved, reads } = fakeStorage(list);
    const stale = list.map((a) => summaryOf(a));
    const progress: number[] = [];
    const fresh = await rescoreSummaries(storage, stale, loadBundles, {
      chunk: 2,
      pause: immediate,
      onprogress: (done) => progress.push(done),
    });
    expect(reads).toEqual([['a-0', 'a-1'], ['a-2', 'a-3'], ['a-4']]);
    expect(progress).toEqual([2, 4, 5]);
    expect([...fresh.values()].map((s) => [s.total, s.rubricVersion])).toEqual(
      Array(5).fill([card.total, RUBRIC_VERSION]),
    );
    expect(saved).toEqual([...fresh.values()]);

    const shown = withFresh(stale, fresh);
    expect(shown.map((s) => s.total)).toEqual(Array(5).fill(card.total));
    expect(withFresh(stale, new Map())).toBe(stale);
  });

  it('still gives the fresh numbers when they cannot be saved', async () => {
    const list = attempts(2);
    const { storage } = fakeStorage(list, { failSave: true });
    const fresh = await rescoreSummaries(
      storage,
      list.map((a) => summaryOf(a)),
      loadBundles,
      { pause: immediate },
    );
    expect([...fresh.values()].map((s) => s.total)).toEqual([card.total, card.total]);
  });

  it('stops between chunks once the page is left', async () => {
    const list = attempts(6);
    const { storage, reads } = fakeStorage(list);
    const leaving = new AbortController();
    const fresh = await rescoreSummaries(
      storage,
      list.map((a) => summaryOf(a)),
      loadBundles,
      {
        chunk: 2,
        signal: leaving.signal,
        pause: async () => leaving.abort(),
      },
    );
    expect(reads).toHaveLength(1);
    expect(fresh.size).toBe(2);
  });
});

describe('freshSummaries', () => {
  const scenarioOf = (id: string) => (id === bundle.scenario.id ? bundle.scenario : undefined);

  it('gives the stored summaries without reading a single attempt when none is stale', async () => {
    const list = attempts(3, card);
    const { storage, reads } = fakeStorage(list);
    const stored = list.map((a) => summaryOf(a));
    const loaded = await freshSummaries(
      { ...storage, loadSummaries: async () => ({ items: stored, problems: [] }) },
      'p1',
      scenarioOf,
      loadBundles,
    );
    expect(loaded.items).toEqual(stored);
    expect(reads).toEqual([]);
  });

  it('re-scores only the attempts of an older rubric, keeping the order and the problems', async () => {
    const [current, old] = [attempts(1, card)[0]!, { ...attempts(2)[1]! }];
    const { storage, reads, saved } = fakeStorage([current, old]);
    const problem = { store: 'attempts' as const, key: 'x', message: 'mis de côté' };
    const loadSummaries = vi.fn(async () => ({
      items: [summaryOf(current), summaryOf(old)],
      problems: [problem],
    }));
    const loaded = await freshSummaries({ ...storage, loadSummaries }, 'p1', scenarioOf, loadBundles);
    expect(loadSummaries).toHaveBeenCalledWith('p1');
    expect(reads).toEqual([[old.id]]);
    expect(loaded.items.map((s) => [s.id, s.total, s.rubricVersion])).toEqual([
      [current.id, card.total, RUBRIC_VERSION],
      [old.id, card.total, RUBRIC_VERSION],
    ]);
    expect(saved.map((s) => s.id)).toEqual([old.id]);
    expect(loaded.problems).toEqual([problem]);
  });
});

describe('re-scoring replays the log', () => {
  it('a stored log with hand-written acts is re-scored at its replay’s value, not at its claims', async () => {
    const forged = goodCall(bundle).log; // acts and outcome written by hand: scores 100 as a claim
    expect(score(bundle, forged).total).toBe(100);
    const attempt = attemptOf(bundle, forged, { id: 'forged', scorecard: oldCard });
    const { storage } = fakeStorage([attempt]);
    const fresh = await rescoreSummaries(storage, [summaryOf(attempt)], async () => () => bundle, {
      pause: async () => {},
    });
    expect(fresh.get('forged')?.total).toBe(card.total);
    expect(card.total).toBeLessThan(100);
  });
});
