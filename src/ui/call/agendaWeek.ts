/**
 * The agenda's week view: the agenda's days go by pages of 7 from the day of the call, and each
 * day of a page is summarised. Pure; loaded with the view (AgendaWeek.svelte), on demand.
 */
import type { AgendaSlot } from '../../machines/session.ts';
import { daySlots, slotState } from './agendaView.ts';

/** One day of the week view: its free times, and how many slots are taken or kept for urgencies. */
export interface DaySummary {
  day: string;
  free: string[];
  booked: number;
  urgent: number;
}

/** The first day of the page before (`delta` -1) or after (+1) the one holding `day`, if any. */
export function stepWeek(days: readonly string[], day: string, delta: number): string | undefined {
  const page = Math.floor(days.indexOf(day) / 7) + delta;
  return page >= 0 ? days[page * 7] : undefined;
}

/** The week view: the 7 days of `days` from the page holding `day`, each summarised. */
export function weekSummary(
  agenda: readonly AgendaSlot[],
  days: readonly string[],
  day: string,
  practitioners: readonly string[],
  moment: string,
): DaySummary[] {
  const page = Math.max(0, Math.floor(days.indexOf(day) / 7));
  return days.slice(page * 7, page * 7 + 7).map((d) => {
    const slots = daySlots(agenda, d, practitioners);
    const states = slots.map((slot) => slotState(slot, moment));
    return {
      day: d,
      free: slots.filter((_, i) => states[i] === 'free').map((slot) => slot.start),
      booked: states.filter((state) => state === 'booked').length,
      urgent: states.filter((state) => state === 'urgent').length,
    };
  });
}
