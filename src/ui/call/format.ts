/**
 * French formatting of the call's clock and the agenda's times. Agenda times are local
 * `2026-03-10T14:30` strings with no time zone: they are read as written, never through `Date`,
 * so the output does not depend on the browser's zone or ICU data.
 */
import { formatDate, formatTime } from '../../scenarios/calendar.ts';

export { addDays, formatDate, formatTime, weekdayOf } from '../../scenarios/calendar.ts';

const two = (n: number) => String(n).padStart(2, '0');

/** A duration on the call's clock as mm:ss (minutes keep counting past 59). */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  return `${two(Math.floor(total / 60))}:${two(total % 60)}`;
}

/** « mardi 10 mars, 14 h 30 »: a slot in a list or a button. */
export function formatSlot(iso: string): string {
  return `${formatDate(iso)}, ${formatTime(iso)}`;
}

/** « mardi 10 mars à 14 h 30 »: a slot inside a sentence. */
export function formatSlotAt(iso: string): string {
  return `${formatDate(iso)} à ${formatTime(iso)}`;
}

/** « 20 min », « 1 h », « 1 h 30 ». */
export function formatMinutes(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const rest = minutes % 60;
  return rest ? `${Math.floor(minutes / 60)} h ${two(rest)}` : `${minutes / 60} h`;
}

/** The calendar date part of an agenda time: `2026-03-10`. */
export function dayOf(iso: string): string {
  return iso.slice(0, 10);
}
