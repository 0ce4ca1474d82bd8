/**
 * The page side of scale.browser.ts: 50,000 attempts imported (each re-scored from its replay),
 * exported and imported again in real Chromium, with an import stopped half-way and resumed.
 * Prints with console.log; `window.scaleResult` holds the figures.
 */
import { openStorage, type Verified } from './index.ts';
import { attemptLine, headerLine } from './streamFormat.ts';
import type { ExportedAttempt } from './transfer.ts';
import { freshName } from './fixtures.ts';
import { goodCall, testBundle } from '../scoring/fixtures.ts';
import { verifyAttempt } from '../scoring/replay.ts';

const bundle = testBundle();

/** What the app's import does (src/ui/app/verify.ts), against the one test scenario. */
function verify(attempts: readonly ExportedAttempt[]): Verified[] {
  return attempts.map((a) => {
    const result = verifyAttempt(bundle, a);
    if (!result.ok) return { ok: false, error: result.errors.join(' ; ') };
    const attempt: ExportedAttempt = { ...a, log: result.log, scorecard: result.scorecard };
    return result.mismatches.length
      ? { ok: true, attempt, note: result.mismatches[0] }
      : { ok: true, attempt };
  });
}

async function time<T>(label: string, run: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const start = performance.now();
  const result = await run();
  const ms = performance.now() - start;
  console.log(`${label.padEnd(60)} ${(ms / 1000).toFixed(1).padStart(7)} s`);
  return { result, ms };
}

async function runScale(count: number) {
  const played = verifyAttempt(bundle, { log: goodCall().log });
  if (!played.ok) throw new Error(played.errors.join('\n'));
  const log = played.log;
  // A source file as another computer exported it: `count` honest attempts, built in parts.
  const parts: BlobPart[] = [
    headerLine({
      appVersion: '0.1.0',
      rubricVersion: 1,
      exportedAt: new Date().toISOString(),
      profile: { name: 'Source' },
      count,
    }),
  ];
  for (let start = 0; start < count; start += 1000) {
    const lines: string[] = [];
    for (let i = start; i < Math.min(count, start + 1000); i++)
      lines.push(
        attemptLine({
          id: `scale-${i}`,
          scenarioId: bundle.scenario.id,
          scenarioVersion: bundle.scenario.version,
          startedAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
          log,
          appVersion: '0.1.0',
        }),
      );
    parts.push(new Blob(lines));
  }
  const source = new Blob(parts);
  console.log(
    `Chromium, ${count} attempts of ${log.length} entries, file ${(source.size / 1048576).toFixed(1)} Mo`,
  );

  const { storage } = await openStorage({ name: freshName() });
  const me = await storage.createProfile('Scale');
  const stop = new AbortController();
  const first = await time(`import, stopped half-way`, () =>
    storage.importAttemptsFile(me.id, source, {
      verify,
      signal: stop.signal,
      onprogress: (done) => done >= count / 2 && stop.abort(),
    }),
  );
  const resumed = await time(`import resumed from the same file`, () =>
    storage.importAttemptsFile(me.id, source, { verify }),
  );
  const exported = await time(`export ${count} attempts (JSON Lines)`, () =>
    storage.exportAttemptsFile(me.id, { appVersion: '0.1.0', rubricVersion: 1 }),
  );
  const other = (await openStorage({ name: freshName() })).storage;
  const you = await other.createProfile('Destination');
  const again = await time(`import the export elsewhere (replayed, re-scored)`, () =>
    other.importAttemptsFile(you.id, exported.result, { verify }),
  );
  const summaries = (await other.loadSummaries(you.id)).items;
  const sample = (await other.getAttempts(['scale-0', `scale-${count - 1}`])).items;
  // A file smaller than one of the import's batches is read whole before the stop is seen: the
  // stop is reported, the round trip judged on what was stored.
  const ok =
    first.result.imported + resumed.result.imported === count &&
    resumed.result.skipped === first.result.imported &&
    again.result.imported === count &&
    again.result.errors.length === 0 &&
    again.result.rescored === 0 &&
    summaries.length === count &&
    summaries.every((s) => s.total === played.scorecard.total) &&
    sample.length === 2 &&
    JSON.stringify(sample[0]!.log) === JSON.stringify(log);
  const figures = {
    count,
    fileMb: Number((source.size / 1048576).toFixed(1)),
    exportMb: Number((exported.result.size / 1048576).toFixed(1)),
    importStoppedHalfWay: first.result.stopped,
    importFirstHalfS: Number((first.ms / 1000).toFixed(1)),
    importResumedS: Number((resumed.ms / 1000).toFixed(1)),
    exportS: Number((exported.ms / 1000).toFixed(1)),
    importAgainS: Number((again.ms / 1000).toFixed(1)),
    roundTrip: ok,
    errors: [...first.result.errors, ...resumed.result.errors, ...again.result.errors].slice(0, 5),
  };
  console.log(
    `round trip: ${ok ? 'OK' : 'ÉCHEC'} (${summaries.length} tentatives à l’arrivée, toutes notées ${played.scorecard.total})`,
  );
  storage.close();
  other.close();
  (window as unknown as { scaleResult: typeof figures }).scaleResult = figures;
  return figures;
}

(window as unknown as { runScale: typeof runScale }).runScale = runScale;
