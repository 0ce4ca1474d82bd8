import { describe, expect, it } from 'vitest';
import { MIGRATIONS, upgradeRecord, type Migration } from './migrations.ts';
import { CURRENT_VERSION, STORE_NAMES } from './records.ts';
import { sampleAttempt } from './fixtures.ts';

describe('upgradeRecord', () => {
  it('turns a v0 attempt into today’s format', () => {
    const { log, ...rest } = sampleAttempt();
    const result = upgradeRecord('attempts', { ...rest, events: log });
    expect(result).toEqual({ kind: 'ok', migrated: true, value: { ...rest, log, schemaVersion: 1 } });
  });

  it('leaves a current record as it is', () => {
    const attempt = { ...sampleAttempt(), schemaVersion: 1 };
    expect(upgradeRecord('attempts', attempt)).toEqual({ kind: 'ok', migrated: false, value: attempt });
  });

  it('says a v0 attempt with neither `events` nor `log` is invalid, naming the field', () => {
    const { log: _log, ...rest } = sampleAttempt();
    expect(upgradeRecord('attempts', rest)).toEqual({
      kind: 'invalid',
      error: expect.stringMatching(/^champ « log » : /),
    });
  });

  it('says when no conversion is known, or the version is nonsense', () => {
    expect(upgradeRecord('profiles', { id: 'p', name: 'A', createdAt: '2026-01-01T00:00:00Z' })).toEqual({
      kind: 'invalid',
      error: 'aucune conversion connue depuis le format 0.',
    });
    expect(upgradeRecord('profiles', { schemaVersion: 'un' })).toEqual({
      kind: 'invalid',
      error: 'numéro de format « un » invalide.',
    });
    expect(upgradeRecord('profiles', [1, 2])).toEqual({ kind: 'invalid', error: 'ce n’est pas un objet.' });
  });

  it('reports a record from a newer app without touching it', () => {
    expect(upgradeRecord('settings', { schemaVersion: 2, sound: 'maybe' })).toEqual({
      kind: 'newer',
      version: 2,
    });
  });

  it('chains steps and sets aside a record whose step throws', () => {
    const steps: Migration[] = [
      { store: 'drafts', from: 1, to: 2, why: 'test', up: (r) => ({ ...r, schemaVersion: 2, n: 1 }) },
      {
        store: 'drafts',
        from: 2,
        to: 3,
        why: 'test',
        up: (r) => {
          if (r.data === 'boom') throw new Error('donnée inattendue');
          return { ...r, schemaVersion: 1 }; // back to a shape today's schema accepts
        },
      },
    ];
    const record = { schemaVersion: 1, key: 'k', updatedAt: '2026-01-01T00:00:00Z', data: 1 };
    expect(upgradeRecord('drafts', record, steps, 3)).toMatchObject({ kind: 'ok', migrated: true });
    expect(upgradeRecord('drafts', { ...record, data: 'boom' }, steps, 3)).toEqual({
      kind: 'invalid',
      error: 'la conversion depuis le format 2 a échoué (donnée inattendue).',
    });
  });

  it('the registry has one step per version of each store, none skipped', () => {
    for (const store of STORE_NAMES) {
      const steps = MIGRATIONS.filter((m) => m.store === store).sort((a, b) => a.from - b.from);
      for (const [i, step] of steps.entries()) {
        expect(step.to).toBe(step.from + 1);
        if (i > 0) expect(step.from).toBe(steps[i - 1]!.to);
        expect(step.to).toBeLessThanOrEqual(CURRENT_VERSION[store]);
      }
    }
  });
});
