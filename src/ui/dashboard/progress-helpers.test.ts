/**
 * Tests of the shared helpers the dashboard stands on (src/ui/app/attempts.ts and
 * recommend.ts), which had none.
 */
import { describe, expect, it } from 'vitest';
import { CRITERIA, type CriterionId, type Scenario } from '../../scenarios/schema.ts';
import { goodCall, testBundle } from '../../scoring/fixtures.ts';
import { score } from '../../scoring/score.ts';
import { verifyAttempt } from '../../scoring/replay.ts';
import { RUBRIC_VERSION, type Scorecard } from '../../scoring/types.ts';
import {
  needsRescore,
  scenarioStats,
  scorecardOf,
  startTime,
  summarize,
  summarizeAll,
} from '../app/attempts.ts';
import {
  MASTERED,
  recommendNext,
  skillLevels,
  skillsByWeakness,
  type SkillLevels,
} from '../app/recommend.ts';
import { adviceCall, attemptOf } from '../debrief/testing.ts';
import { summary } from './summaries.testing.ts';

const bundle = testBundle();

/** A re-score replays the trainee's inputs: its total is the replay's, never the file's. */
function replayedTotal(log: Parameters<typeof verifyAttempt>[1]['log']): number {
  const verified = verifyAttempt(bundle, { log });
  if (!verified.ok) throw new Error(verified.errors.join('\n'));
  return verified.scorecard.total;
}

describe('scorecardOf', () => {
  it('keeps the stored scorecard while the rubric is the same', () => {
    const attempt = attemptOf(bundle, goodCall(bundle).log);
    expect(scorecardOf(attempt, bundle)).toBe(attempt.scorecard);
    expect(scorecardOf(attempt, undefined)).toBe(attempt.scorecard);
  });

  it('re-scores from the log when the rubric changed and the scenario is the same version', () => {
    const stored = { ...score(bundle, goodCall(bundle).log), rubricVersion: RUBRIC_VERSION - 1, total: 3 };
    const attempt = attemptOf(bundle, goodCall(bundle).log, { scorecard: stored });
    const card = scorecardOf(attempt, bundle)!;
    expect(card.rubricVersion).toBe(RUBRIC_VERSION);
    expect(card.total).toBe(replayedTotal(attempt.log));
  });

  it('keeps what was stored when the scenario has changed version since', () => {
    const stored = { ...score(bundle, goodCall(bundle).log), rubricVersion: RUBRIC_VERSION - 1 };
    const attempt = { ...attemptOf(bundle, goodCall(bundle).log, { scorecard: stored }), scenarioVersion: 1 };
    expect(scorecardOf(attempt, bundle)).toBe(stored);
  });

  it('scores an attempt saved without a scorecard, and gives up without its scenario', () => {
    const log = goodCall(bundle).log;
    expect(scorecardOf(attemptOf(bundle, log, { scorecard: undefined }), bundle)?.total).toBe(
      replayedTotal(log),
    );
    expect(scorecardOf(attemptOf(bundle, log, { scorecard: { total: 'abc' } }), undefined)).toBeNull();
  });
});

describe('summarize', () => {
  it('sums up an attempt from its scorecard', () => {
    const attempt = attemptOf(bundle, adviceCall(bundle).log);
    const card = attempt.scorecard as Scorecard;
    const s = summarize(attempt, card);
    expect(s).toMatchObject({
      id: attempt.id,
      scenarioId: bundle.scenario.id,
      total: card.total,
      passed: false,
      outcome: { id: card.outcome.id, verdict: card.outcome.verdict, label: card.outcome.label },
      critical: card.critical.map((c) => c.id),
      rubricVersion: RUBRIC_VERSION,
    });
    for (const id of CRITERIA) expect(s.criteria[id]).toBe(card.criteria[id]?.score ?? null);
    expect(startTime(s)).toBe(Date.parse(attempt.startedAt));
  });

  it('keeps what the attempt itself says when nothing can score it', () => {
    const attempt = {
      ...attemptOf(bundle, [], { scorecard: undefined }),
      outcome: { id: 'x', verdict: 'wrong' as const, critical: 'secrecy' as const },
    };
    expect(summarize(attempt, null)).toMatchObject({
      total: null,
      passed: false,
      outcome: { id: 'x', verdict: 'wrong', critical: 'secrecy' },
      critical: ['secrecy'],
      rubricVersion: null,
    });
  });

  it('orders a whole history oldest first', () => {
    const late = attemptOf(bundle, goodCall(bundle).log, { startedAt: '2026-03-10T15:00:00.000Z' });
    const early = attemptOf(bundle, goodCall(bundle).log, { startedAt: '2026-03-10T09:00:00.000Z' });
    expect(summarizeAll([late, early], () => bundle).map((s) => s.id)).toEqual([early.id, late.id]);
  });
});

describe('needsRescore', () => {
  const card = score(bundle, goodCall(bundle).log);
  const old = { ...card, rubricVersion: RUBRIC_VERSION - 1 };
  const of = (scorecard: unknown, scenarioVersion = bundle.scenario.version) =>
    summarize({ ...attemptOf(bundle, goodCall(bundle).log), scenarioVersion }, scorecard as Scorecard | null);

  it('picks summaries of an older rubric whose scenario is still there in the same version', () => {
    expect(needsRescore(of(card), bundle.scenario)).toBe(false);
    expect(needsRescore(of(old), bundle.scenario)).toBe(true);
    expect(needsRescore(of(old), undefined)).toBe(false);
    expect(needsRescore(of(old, bundle.scenario.version + 1), bundle.scenario)).toBe(false);
  });

  it('picks an attempt that was never scored, whatever the scenario version', () => {
    expect(needsRescore(of(null), bundle.scenario)).toBe(true);
    expect(needsRescore(of(null, bundle.scenario.version + 1), bundle.scenario)).toBe(true);
    expect(needsRescore(of(null), undefined)).toBe(false);
  });
});

describe('scenarioStats', () => {
  it('counts attempts and keeps the best total per scenario', () => {
    const stats = scenarioStats([
      summary({ scenarioId: 'a', total: 50 }),
      summary({ scenarioId: 'a', total: 75 }),
      summary({ scenarioId: 'b', total: null, passed: false }),
    ]);
    expect(stats.get('a')).toEqual({ attempts: 2, best: 75, passed: true });
    expect(stats.get('b')).toEqual({ attempts: 1, best: null, passed: false });
  });
});

function levels(values: Partial<SkillLevels>): SkillLevels {
  return Object.fromEntries(CRITERIA.map((id) => [id, values[id] ?? null])) as SkillLevels;
}

function scenario(id: string, difficulty: number, skills: CriterionId[]): Scenario {
  return { ...bundle.scenario, id, title: id, difficulty, skills };
}

describe('skillLevels', () => {
  it('averages the last five scores that apply, per skill', () => {
    const list = [10, 20, 30, 40, 50, 60].map((total) => summary({ total, criteria: { accuracy: null } }));
    list.push(summary({ total: 100, criteria: { closing: null } }));
    const result = skillLevels(list);
    expect(result.greeting).toBe(Math.round((30 + 40 + 50 + 60 + 100) / 5));
    expect(result.closing).toBe(40); // 20…60: the last one does not apply
    expect(result.accuracy).toBe(100);
    expect(skillLevels([]).greeting).toBeNull();
  });

  it('orders skills from weakest, the never evaluated last', () => {
    expect(skillsByWeakness(levels({ empathy: 30, greeting: 80, timing: 30 })).slice(0, 4)).toEqual([
      'empathy',
      'timing',
      'greeting',
      'identification',
    ]);
  });
});

describe('recommendNext', () => {
  const scenarios = [
    scenario('facile-accueil', 1, ['greeting']),
    scenario('moyen-empathie', 2, ['empathy']),
    scenario('facile-empathie', 1, ['empathy', 'closing']),
  ];

  it('picks the easiest unmastered scenario that trains the weakest skill', () => {
    const rec = recommendNext(scenarios, levels({ greeting: 90, empathy: 20 }), new Map());
    expect(rec).toMatchObject({
      scenario: { id: 'facile-empathie' },
      skill: 'empathy',
      level: 20,
      best: null,
    });
  });

  it('skips mastered scenarios and the one just played when there is another', () => {
    const stats = new Map([['facile-empathie', { attempts: 2, best: MASTERED, passed: true }]]);
    expect(recommendNext(scenarios, levels({ empathy: 20 }), stats)?.scenario.id).toBe('moyen-empathie');
    expect(
      recommendNext(scenarios, levels({ empathy: 20 }), new Map(), { exclude: 'facile-empathie' })?.scenario
        .id,
    ).toBe('moyen-empathie');
  });

  it('starts a new trainee on the easiest scenario', () => {
    expect(recommendNext(scenarios, levels({}), new Map())).toMatchObject({
      scenario: { id: 'facile-accueil' },
      skill: null,
    });
  });

  it('has nothing left once every scenario is mastered', () => {
    const stats = new Map(scenarios.map((s) => [s.id, { attempts: 1, best: 95, passed: true }]));
    expect(recommendNext(scenarios, levels({ greeting: 95 }), stats)).toBeNull();
  });
});
