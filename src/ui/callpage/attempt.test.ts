import { describe, expect, it } from 'vitest';
import { createCallSession } from '../../machines/call.ts';
import { loadFullBundle } from '../../scenarios/catalog.ts';
import { RUBRIC_VERSION } from '../../scoring/index.ts';
import { APP_VERSION, buildAttempt } from './attempt.ts';
import pkg from '../../../package.json' with { type: 'json' };

async function finishedCall() {
  const bundle = (await loadFullBundle('urgence-douleur-thoracique'))!;
  const session = createCallSession(bundle);
  session.advance(3000);
  session.send({ type: 'trainee.pickup' });
  session.advance(2000);
  session.send({ type: 'trainee.hangup' });
  const log = session.view().log;
  session.stop();
  return { bundle, log };
}

describe('the attempt of a finished call', () => {
  it('carries the log, the scorecard, its outcome and the app version', async () => {
    const { bundle, log } = await finishedCall();
    const attempt = buildAttempt({
      id: 'att-1',
      profileId: 'p1',
      bundle,
      startedAt: '2026-03-10T09:00:00.000Z',
      endedAt: new Date('2026-03-10T09:00:05.000Z'),
      log,
    });
    expect(attempt).toMatchObject({
      id: 'att-1',
      profileId: 'p1',
      scenarioId: 'urgence-douleur-thoracique',
      scenarioVersion: bundle.scenario.version,
      startedAt: '2026-03-10T09:00:00.000Z',
      endedAt: '2026-03-10T09:00:05.000Z',
      appVersion: pkg.version,
      scorecard: { rubricVersion: RUBRIC_VERSION, passed: false },
    });
    expect(APP_VERSION).toBe(pkg.version);
    expect(attempt.log).toEqual(log);
    const card = attempt.scorecard as { outcome: { id: string; verdict: string } };
    expect(attempt.outcome).toMatchObject({ id: card.outcome.id, verdict: card.outcome.verdict });
  });

  it('keeps the call without a scorecard when the scorer throws', async () => {
    const { bundle, log } = await finishedCall();
    const attempt = buildAttempt(
      {
        id: 'att-2',
        profileId: 'p1',
        bundle,
        startedAt: '2026-03-10T09:00:00.000Z',
        endedAt: new Date(),
        log,
      },
      () => {
        throw new Error('bug');
      },
    );
    expect(attempt.scorecard).toBeUndefined();
    expect(attempt.log).toHaveLength(log.length);
    const logged = log.findLast((e) => e.type === 'outcome');
    if (logged?.type === 'outcome') expect(attempt.outcome).toMatchObject({ id: logged.id });
  });
});
