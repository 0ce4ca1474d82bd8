/**
 * Golden transcripts: every core scenario played by a good, a poor and (where it applies) a
 * dangerous scripted trainee, plus edge scripts run against every scenario. A content or engine
 * change that changes how these calls end shows up here.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBuiltinPacks } from '../../src/scenarios/load.ts';
import type { ScenarioBundle } from '../../src/scenarios/schema.ts';
import { parseScript, playScript } from '../../src/machines/play.ts';
import type { LogEntry } from '../../src/machines/events.ts';
import { score } from '../../src/scoring/index.ts';

const GOLDEN = join(import.meta.dirname, '..', 'golden');

interface Expected {
  outcome: string;
  verdict: 'correct' | 'acceptable' | 'wrong';
  critical?: string;
  /**
   * For the scripts of a dangerous pattern (issue #14) or a competent call in plain words: what
   * the scorecard must say, whatever the scenario's own verdict; `evidence`: words one critical
   * failure's evidence must contain.
   */
  scorecard?: { passed: boolean; critical: string[]; evidence?: string };
}
/**
 * `expectations.json` and any `expectations-<set>.json` beside it (one file per set of calls, so
 * that sets written in parallel do not edit the same file); a scenario named twice is an error.
 */
function readExpectations(): Record<string, Record<string, Expected>> {
  const all: Record<string, Record<string, Expected>> = {};
  for (const file of readdirSync(GOLDEN)
    .filter((f) => /^expectations(-[a-z0-9-]+)?\.json$/.test(f))
    .sort()) {
    const part = JSON.parse(readFileSync(join(GOLDEN, file), 'utf8')) as Record<
      string,
      Record<string, Expected>
    >;
    for (const [id, kinds] of Object.entries(part)) {
      if (id in all) throw new Error(`${file}: scenario ${id} already has expectations`);
      all[id] = kinds;
    }
  }
  return all;
}
const expectations = readExpectations();
const readScript = (path: string) => parseScript(JSON.parse(readFileSync(path, 'utf8')));
const finalOutcome = (log: readonly LogEntry[]) => log.findLast((e) => e.type === 'outcome');

let bundles: Map<string, ScenarioBundle>;
// Loading every pack (six practices, weeks of agenda) takes seconds on a loaded machine.
beforeAll(async () => {
  const loaded = await loadBuiltinPacks();
  bundles = new Map(loaded.bundles.map((b) => [b.scenario.id, b]));
}, 60_000);

const { _edge: edgeExpectations = {}, ...scenarioExpectations } = expectations;

describe.each(Object.entries(scenarioExpectations))('%s', (scenarioId, kinds) => {
  it.each(Object.entries(kinds))('the %s trainee ends as expected', (kind, expected) => {
    const bundle = bundles.get(scenarioId);
    expect(bundle, `scenario ${scenarioId} is not in the built-in packs`).toBeDefined();
    const { log, view } = playScript(bundle!, readScript(join(GOLDEN, scenarioId, `${kind}.json`)));
    expect(view.status).toBe('ended');
    const outcome = finalOutcome(log);
    expect({ id: outcome?.id, verdict: outcome?.verdict, critical: outcome?.critical }).toEqual({
      id: expected.outcome,
      verdict: expected.verdict,
      critical: expected.critical,
    });

    // The scorecard: good passes well, poor falls under the pass mark, dangerous fails critically.
    const card = score(bundle!, log);
    if (expected.scorecard) {
      expect(card.passed).toBe(expected.scorecard.passed);
      const ids = card.critical.map((c) => c.id);
      if (expected.scorecard.critical.length === 0) expect(ids).toEqual([]);
      for (const id of expected.scorecard.critical) expect(ids).toContain(id);
      if (expected.scorecard.evidence)
        expect(card.critical.flatMap((c) => c.evidence.map((e) => e.why)).join(' ')).toContain(
          expected.scorecard.evidence,
        );
      if (expected.scorecard.passed) expect(card.total).toBeGreaterThanOrEqual(80);
    } else if (kind === 'good') {
      expect(card.critical).toEqual([]);
      expect(card.passed).toBe(true);
      expect(card.total).toBeGreaterThanOrEqual(80);
    } else {
      expect(card.passed).toBe(false);
      if (kind === 'poor' && card.critical.length === 0) expect(card.total).toBeLessThan(card.passMark);
      if (kind === 'dangerous')
        expect(card.critical.map((c) => c.id)).toContain(expected.critical ?? 'secrecy');
    }
    // Every point can be traced to a moment of the call.
    for (const criterion of Object.values(card.criteria))
      for (const evidence of criterion?.evidence ?? []) expect(log[evidence.turn]?.t).toBe(evidence.t);
  });
});

it('fails critically when a routine slot is booked for a red flag, in every urgent scenario', () => {
  const urgent = [...bundles.values()].filter((b) => b.scenario.callerType === 'urgent');
  expect(urgent.length).toBeGreaterThan(0);
  for (const bundle of urgent) {
    const { log } = playScript(
      bundle,
      parseScript({
        steps: [
          { at: 4, do: 'pickup' },
          { say: `${bundle.practice.name}, bonjour, Julie à l’appareil.` },
          { do: 'book', slot: 'first-free' },
          { do: 'hangup' },
        ],
      }),
    );
    const card = score(bundle, log);
    expect(card.passed).toBe(false);
    expect(card.critical.map((c) => c.id)).toContain('red-flag');
  }
});

describe('edge scripts, against every scenario', () => {
  const edgeDir = join(GOLDEN, '_edge');
  const edges = existsSync(edgeDir) ? readdirSync(edgeDir).filter((f) => f.endsWith('.json')) : [];

  it('exist for the cases a real trainee gets wrong', () => {
    expect(edges.sort()).toEqual(
      ['hangs-up-at-once.json', 'never-picks-up.json', 'nonsense.json', 'silent-three-minutes.json'].sort(),
    );
  });

  it.each(edges)('%s ends every call with a finished log and a plausible outcome', (file) => {
    const script = readScript(join(edgeDir, file));
    for (const bundle of bundles.values()) {
      const first = playScript(bundle, script);
      expect(first.view.status).toBe('ended');
      expect(first.log.at(-1)?.type === 'outcome' || first.log.some((e) => e.type === 'hangup')).toBe(true);
      const outcome = finalOutcome(first.log)!;
      const expected = edgeExpectations[file.replace(/\.json$/, '')];
      expect({ id: outcome.id, verdict: outcome.verdict }).toEqual({
        id: expected?.outcome,
        verdict: expected?.verdict,
      });
      // The same script twice gives the same log, byte for byte.
      expect(JSON.stringify(playScript(bundle, script).log)).toBe(JSON.stringify(first.log));
    }
  });
});
