import { describe, expect, it } from 'vitest';
import { AttemptError, parseAttempt } from './attempt.ts';
import { goodCall } from './fixtures.ts';

describe('parseAttempt', () => {
  const log = goodCall().log;

  it('reads { scenario, log } and ignores what else `play --json` prints', () => {
    const attempt = parseAttempt({ scenario: 'fievre-essai', log, total: 100, criteria: {} });
    expect(attempt.scenario).toBe('fievre-essai');
    expect(attempt.log).toEqual(log);
  });

  it('reads an exported attempt record by its scenarioId', () => {
    expect(parseAttempt({ scenarioId: 'fievre-essai', scenarioVersion: 3, log }).scenarioVersion).toBe(3);
  });

  it('names the entry at fault, in French', () => {
    const bad = structuredClone(log) as unknown[];
    bad[3] = { t: 100, type: 'trainee.shout' };
    bad[4] = { ...(bad[4] as object), text: 42 };
    let error: unknown;
    try {
      parseAttempt({ scenario: 'fievre-essai', log: bad });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AttemptError);
    const message = (error as Error).message;
    expect(message).toMatch(/^Tentative invalide :/);
    expect(message).toMatch(
      /journal, entrée 4 \(« trainee\.shout »\) › type : type d’entrée inconnu, attendu : ring, pickup/,
    );
    expect(message).toMatch(
      /journal, entrée 5 \(« trainee\.say »\) › text : Entrée invalide : chaîne de caractères attendu/,
    );
  });

  it('says what an attempt file looks like when given something else', () => {
    expect(() => parseAttempt([1, 2])).toThrow(
      /un objet \{ "scenario": "<id>", "log": \[ … \] \} est attendu/,
    );
    expect(() => parseAttempt({ scenario: 'x', log: [] })).toThrow(/log : le journal est vide/);
  });
});
