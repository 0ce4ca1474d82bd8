import { describe, expect, it } from 'vitest';
import {
  addDays,
  formatClock,
  formatDate,
  formatMinutes,
  formatSlot,
  formatSlotAt,
  formatTime,
} from './format.ts';

describe('French formatting of the call and the agenda', () => {
  it('shows the call timer as mm:ss, minutes going past the hour', () => {
    expect(formatClock(0)).toBe('00:00');
    expect(formatClock(65_999)).toBe('01:05');
    expect(formatClock(3_725_000)).toBe('62:05');
    expect(formatClock(-200)).toBe('00:00');
  });

  it('writes times the French way', () => {
    expect(formatTime('14:30')).toBe('14 h 30');
    expect(formatTime('09:00')).toBe('9 h');
    expect(formatTime('2026-03-10T08:05')).toBe('8 h 05');
  });

  it('names the weekday and month of an agenda slot', () => {
    expect(formatSlot('2026-03-10T14:30')).toBe('mardi 10 mars, 14 h 30');
    expect(formatSlotAt('2026-03-10T14:30')).toBe('mardi 10 mars à 14 h 30');
    expect(formatDate('2026-03-01')).toBe('dimanche 1er mars');
    expect(formatDate('2026-08-15T10:00')).toBe('samedi 15 août');
    expect(formatDate('2026-12-31')).toBe('jeudi 31 décembre');
  });

  it('does not depend on the time zone', () => {
    // A date read through `new Date('2026-03-10')` in a zone west of UTC would turn into Monday.
    const zone = process.env.TZ;
    process.env.TZ = 'America/Los_Angeles';
    try {
      expect(formatDate('2026-03-10T00:10')).toBe('mardi 10 mars');
    } finally {
      process.env.TZ = zone;
    }
  });

  it('writes durations', () => {
    expect(formatMinutes(20)).toBe('20 min');
    expect(formatMinutes(60)).toBe('1 h');
    expect(formatMinutes(90)).toBe('1 h 30');
  });

  it('steps over month ends', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});
