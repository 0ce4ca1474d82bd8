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

  it('validates an attempt whose id is no UUID (the statement then has none)', () => {
    const [statement] = xapiStatements(
      [{ ...ROW, id: 'tentative-42' }],
      'http://127.0.0.1:4173',
      () => undefined,
    );
    expect(statement).not.toHaveProperty('id');
    expect(xapiProblems(statement)).toEqual([]);
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
