import { describe, expect, it } from 'vitest';
import { resolveDate, resolveTime } from './dates.ts';

// Monday 7 December 2026, 9:30.
const now = '2026-12-07T09:30';
const date = (said: string) => resolveDate(said, now)?.value;

describe('resolveDate', () => {
  it('reads days relative to now', () => {
    expect(date("aujourd'hui")).toBe('2026-12-07');
    expect(date('ce soir')).toBe('2026-12-07');
    expect(date('demain')).toBe('2026-12-08');
    expect(date('apres demain')).toBe('2026-12-09');
    expect(date('apres-demain')).toBe('2026-12-09');
  });

  it('takes a weekday for the next one, never today', () => {
    expect(date('jeudi')).toBe('2026-12-10');
    expect(date('lundi')).toBe('2026-12-14');
    expect(date('lundi prochain')).toBe('2026-12-14');
    expect(date('mardi en huit')).toBe('2026-12-15');
  });

  it('takes « mercredi prochain » said early in the week for next week’s, never tomorrow', () => {
    // Tuesday 10 March 2026.
    const march = (said: string) => resolveDate(said, '2026-03-10T09:10')?.value;
    expect(march('mercredi prochain')).toBe('2026-03-18');
    expect(march('vendredi prochain')).toBe('2026-03-20');
    expect(march('lundi prochain')).toBe('2026-03-16');
    expect(march('mercredi')).toBe('2026-03-11');
  });

  it('reads a day of the month said in words', () => {
    const march = (said: string) => resolveDate(said, '2026-03-10T09:10')?.value;
    expect(march('mercredi dix huit mars')).toBe('2026-03-18');
    expect(march('le vingt et un avril')).toBe('2026-04-21');
    expect(march('mardi vingt et un')).toBe('2026-04-21');
  });

  it('puts a weekday and a day of the month on the next date where they agree', () => {
    // Tuesday 10 March 2026: « mardi 21 » is 21 April (21 March is a Saturday).
    const march = (said: string) => resolveDate(said, '2026-03-10T09:10')?.value;
    expect(march('mardi 21')).toBe('2026-04-21');
    expect(march('mercredi 18')).toBe('2026-03-18');
    expect(march('lundi 16')).toBe('2026-03-16');
    expect(march('jeudi 2')).toBe('2026-04-02');
    // With the month said, the date stands; a weekday that does not fit makes it less sure.
    expect(march('mercredi 18 mars')).toBe('2026-03-18');
    expect(march('jeudi 18 mars')).toBe('2026-03-18');
    expect(resolveDate('jeudi 18 mars', '2026-03-10')!.confidence).toBeLessThan(
      resolveDate('mercredi 18 mars', '2026-03-10')!.confidence,
    );
  });

  it('reads delays in days, weeks and months', () => {
    expect(date('dans une semaine')).toBe('2026-12-14');
    expect(date('dans huit jours')).toBe('2026-12-14');
    expect(date('dans quinze jours')).toBe('2026-12-21');
    expect(date('dans 3 jours')).toBe('2026-12-10');
    expect(date('dans deux mois')).toBe('2027-02-07');
  });

  it('puts a day of the month in this month or, once past, the next one', () => {
    expect(date('le 17')).toBe('2026-12-17');
    expect(date('le 3')).toBe('2027-01-03');
    expect(date('jeudi 17')).toBe('2026-12-17');
    expect(date('le 17 mars')).toBe('2027-03-17');
    expect(date('12/01')).toBe('2027-01-12');
    expect(date('le 31 fevrier')).toBeUndefined();
    // « le 17 » alone may be a number to call: less sure than « jeudi 17 ».
    expect(resolveDate('le 17', now)!.confidence).toBeLessThan(resolveDate('jeudi 17', now)!.confidence);
  });
});

describe('resolveTime', () => {
  it('reads hours in digits, typed every way', () => {
    for (const [said, value] of [
      ['18 h 20', '18:20'],
      ['18h20', '18:20'],
      ['9h', '09:00'],
      ['9 heures', '09:00'],
      ['18:20', '18:20'],
      ['10 h et demie', '10:30'],
      ['10 h moins le quart', '09:45'],
    ])
      expect(resolveTime(said!)?.value, said).toBe(value);
  });

  it('reads hours in words, noon and midnight', () => {
    expect(resolveTime('dix heures trente')?.value).toBe('10:30');
    expect(resolveTime('quatorze heures')?.value).toBe('14:00');
    expect(resolveTime('midi')?.value).toBe('12:00');
    expect(resolveTime('midi et demi')?.value).toBe('12:30');
    expect(resolveTime('minuit')?.value).toBe('00:00');
  });

  it('reads parts of the day, and rejects what is no hour', () => {
    expect(resolveTime('matin')?.value).toBe('morning');
    expect(resolveTime('apres midi')?.value).toBe('afternoon');
    expect(resolveTime('fin de journee')?.value).toBe('evening');
    expect(resolveTime('25 h')).toBeUndefined();
    expect(resolveTime('9 h 75')).toBeUndefined();
  });
});
