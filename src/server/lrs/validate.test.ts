/** The exports' xAPI statements against Learning Locker's conformance-tested validator. */
import { describe, expect, it } from 'vitest';
import { xapiStatements } from '../exports.ts';
import type { ExportRow } from '../repositories/attempts.ts';
import { xapiProblems } from './validate.ts';

const ROW: ExportRow = {
  id: 'a1b2c3d4-0000-4000-8000-000000000001',
  userName: 'Inès Lefort',
  userEmail: 'ines@example.org',
  groups: ['Groupe A'],
  scenarioId: 'urgence-douleur-thoracique',
  scenarioVersion: 2,
  startedAt: new Date('2026-12-01T10:00:00Z'),
  endedAt: new Date('2026-12-01T10:03:12Z'),
  total: 64,
  passed: true,
  outcomeId: 'rdv',
  verdict: 'good',
  scorecard: {
    total: 64,
    passed: true,
    passMark: 60,
    critical: [],
    criteria: { empathy: { score: 70, weight: 1 }, greeting: { score: 58, weight: 1 } },
  },
  overrides: [{ criterion: 'empathy', before: 70, after: 30 }],
  verdictOverride: { before: true, after: false, reason: 'Aucune empathie.' },
};

describe('xAPI statements', () => {
  it('validates the export’s statement, reviewed figures and extensions included', () => {
    const [statement] = xapiStatements([ROW], 'https://decroche.example.org', () => 'Douleur thoracique');
    expect(xapiProblems(statement)).toEqual([]);
    expect(statement!.result.score).toEqual({ scaled: 0.44, raw: 44, min: 0, max: 100 });
    expect(statement!.result.success).toBe(false);
  });

  it('gives an attempt whose id is no UUID a statement id all the same, the same at every export', () => {
    const export1 = xapiStatements(
      [{ ...ROW, id: 'tentative-42' }],
      'http://127.0.0.1:4173',
      () => undefined,
    );
    const export2 = xapiStatements(
      [{ ...ROW, id: 'tentative-42' }],
      'http://127.0.0.1:4173',
      () => undefined,
    );
    expect(export1[0]!.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(export2[0]!.id).toBe(export1[0]!.id);
    expect(xapiProblems(export1[0])).toEqual([]);
    // Another attempt, or the same one before its review: another statement, another id.
    const [otherAttempt] = xapiStatements([{ ...ROW, id: 'tentative-43' }], '', () => undefined);
    const [unreviewed] = xapiStatements(
      [{ ...ROW, id: 'tentative-42', overrides: [], verdictOverride: null }],
      '',
      () => undefined,
    );
    expect(new Set([export1[0]!.id, otherAttempt!.id, unreviewed!.id]).size).toBe(3);
  });

  it('names what is wrong in a statement the validator refuses', () => {
    const [statement] = xapiStatements([ROW], 'https://decroche.example.org', () => undefined);
    const broken = {
      ...statement,
      verb: { id: 'terminé', display: { 'fr-FR': 'a terminé' } },
      result: { ...statement!.result, score: { scaled: 1.5, raw: 150, min: 0, max: 100 }, duration: '3 min' },
    };
    const problems = xapiProblems(broken);
    expect(problems.map((p) => p.split(' ')[0])).toEqual(
      expect.arrayContaining(['verb.id', 'result.score.scaled', 'result.duration']),
    );
    expect(xapiProblems({ actor: { name: 'Sans adresse' } })[0]).toMatch(/^actor/);
  });
});
