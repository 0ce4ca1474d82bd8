/**
 * French dates and times of the call's calendar, for the caller's lines and the screens alike.
 * Times are local `2026-03-10T14:30` strings with no time zone: they are read as written, never
 * through `Date`, so the output does not depend on the zone or on ICU data.
 */

const WEEKDAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'] as const;
const MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
] as const;

const two = (n: number) => String(n).padStart(2, '0');

function parts(iso: string): { year: number; month: number; day: number; hour: number; minute: number } {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(iso);
  if (!m) throw new Error(`Date illisible : « ${iso} »`);
  return {
    year: Number(m[1]),
    month: Number(m[2]),
    day: Number(m[3]),
    hour: Number(m[4] ?? 0),
    minute: Number(m[5] ?? 0),
  };
}

/** Day of the week of a calendar date, 0 = Sunday (UTC arithmetic: no zone involved). */
export function weekdayOf(iso: string): number {
  const { year, month, day } = parts(iso);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** « 14 h 30 », « 9 h » from `14:30`, `09:00` or a full `2026-03-10T14:30`. */
export function formatTime(time: string): string {
  const m = /(\d{2}):(\d{2})$/.exec(time);
  if (!m) throw new Error(`Heure illisible : « ${time} »`);
  const hour = Number(m[1]);
  return m[2] === '00' ? `${hour} h` : `${hour} h ${m[2]}`;
}

/** « mardi 10 mars », « dimanche 1er mars ». */
export function formatDate(iso: string): string {
  const { month, day } = parts(iso);
  return `${WEEKDAYS[weekdayOf(iso)]} ${day === 1 ? '1er' : day} ${MONTHS[month - 1]}`;
}

/** The next / previous calendar date, `2026-03-10` → `2026-03-11`. */
export function addDays(day: string, n: number): string {
  const { year, month, day: d } = parts(day);
  const date = new Date(Date.UTC(year, month - 1, d + n));
  return `${date.getUTCFullYear()}-${two(date.getUTCMonth() + 1)}-${two(date.getUTCDate())}`;
}
