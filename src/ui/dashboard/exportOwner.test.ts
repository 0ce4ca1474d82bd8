import { describe, expect, it } from 'vitest';
import { buildExport } from '../../storage/transfer.ts';
import { headerLine } from '../../storage/streamFormat.ts';
import { ownerOfExport, sameTrainee } from './exportOwner.ts';

describe('the owner of an export file', () => {
  it('is read from the start of either format', () => {
    const v1 = buildExport({ name: 'Julie « Jo » Martin' }, [], new Date('2026-12-07T10:00:00.000Z'));
    expect(ownerOfExport(v1.slice(0, 4096))).toBe('Julie « Jo » Martin');
    const v2 = headerLine({
      appVersion: '1',
      rubricVersion: 3,
      exportedAt: '2026-12-07T10:00:00.000Z',
      profile: { name: 'Karim "K" Benali' },
      count: 0,
    });
    expect(ownerOfExport(v2)).toBe('Karim "K" Benali');
    expect(ownerOfExport('{"attempts":[]}')).toBeNull();
  });

  it('is the same trainee whatever the case and spacing', () => {
    expect(sameTrainee(' julie  Martin', 'Julie Martin')).toBe(true);
    expect(sameTrainee('Julie', 'Karim')).toBe(false);
  });
});
