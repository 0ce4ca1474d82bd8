import { describe, expect, it } from 'vitest';
import { goodCall, testBundle } from '../../scoring/fixtures.ts';
import { verifyAttempt } from '../../scoring/replay.ts';
import { attemptOf } from '../debrief/testing.ts';
import { showable } from './showable.ts';

const bundle = testBundle();
const faithful = () => {
  const result = verifyAttempt(bundle, { log: goodCall(bundle).log });
  if (!result.ok) throw new Error('fixture');
  return result.log;
};
const gone = undefined;

describe('showable: a debrief never hangs on a bad record', () => {
  it('shows a faithful attempt as stored', () => {
    const attempt = attemptOf(bundle, faithful());
    const shown = showable(attempt, bundle);
    expect(shown).toMatchObject({ ok: true });
    expect(shown.ok && shown.notice).toBeUndefined();
    expect(shown.ok && shown.attempt.log).toEqual(attempt.log);
  });

  it('shows the replay of a forged log (and its score), saying so', () => {
    const attempt = attemptOf(bundle, goodCall(bundle).log, { scorecard: { total: 100, passed: true } });
    const shown = showable(attempt, bundle);
    expect(shown.ok).toBe(true);
    if (!shown.ok) return;
    expect(shown.notice).toMatch(/^Le journal enregistré ne correspond pas à ce que l’appel rejoué donne/);
    expect(shown.attempt.log).toEqual(faithful());
    expect((shown.attempt.scorecard as { total: number }).total).not.toBe(100);
  });

  it('says in French what is wrong with a log that cannot be replayed', () => {
    const log = faithful().map((e) => ({ ...e })) as Record<string, unknown>[];
    delete log.find((e) => e.type === 'trainee.say')!.text;
    const shown = showable(attemptOf(bundle, log as never, { scorecard: undefined }), bundle);
    expect(shown).toEqual({
      ok: false,
      problems: [
        expect.stringMatching(/entrée \d+ \(« trainee\.say »\) : entrée du stagiaire mal formée \(text\)/),
      ],
    });
  });

  it('checks the stored log and scorecard field by field when the scenario is gone', () => {
    const log = faithful().map((e) => ({ ...e })) as Record<string, unknown>[];
    delete log.find((e) => e.type === 'trainee.say')!.text;
    const shown = showable(
      attemptOf(bundle, log as never, { scorecard: { total: 'cent', passed: true } }),
      gone,
    );
    expect(shown.ok).toBe(false);
    const problems = shown.ok ? '' : shown.problems.join('\n');
    expect(problems).toMatch(/journal, entrée \d+ \(« trainee\.say »\) : text manquant ou invalide/);
    expect(problems).toMatch(/note enregistrée, total : /);
    expect(showable(attemptOf(bundle, faithful(), { scorecard: { total: NaN } }), gone).ok).toBe(false);
    expect(showable(attemptOf(bundle, faithful()), gone)).toMatchObject({ ok: true });
  });
});
