/**
 * The agenda as the panel shows it: days, a day grid (times × practitioners), and what each slot
 * allows. Pure: the panel renders these and sends the actions they build. The week view's
 * summary is in agendaWeek.ts, loaded with that view.
 */
import type { SmsPurpose, ToolAction } from '../../machines/events.ts';
import type { AgendaSlot } from '../../machines/session.ts';
import type { Practice } from '../../scenarios/schema.ts';
import { addDays, dayOf } from './format.ts';

/** The agenda shows this many days from the call's at most (real delays: weeks to months). */
export const MAX_AGENDA_DAYS = 122;

/** What the trainee may do with a slot now. `past`: before the call's moment, not bookable. */
export type SlotState = 'free' | 'booked' | 'urgent' | 'past';

export function slotState(slot: AgendaSlot, moment: string): SlotState {
  if (slot.status === 'booked') return 'booked';
  if (slot.start < moment) return 'past';
  return slot.status;
}

/** Several practitioners share a time: a slot is its time and its practitioner. */
export function slotKey(slot: Pick<AgendaSlot, 'start' | 'practitioner'>): string {
  return `${slot.start}|${slot.practitioner}`;
}

export function findSlot(agenda: readonly AgendaSlot[], key: string): AgendaSlot | undefined {
  return agenda.find((s) => slotKey(s) === key);
}

/** The days that have slots, in order. */
export function agendaDays(agenda: readonly AgendaSlot[]): string[] {
  return [...new Set(agenda.map((s) => dayOf(s.start)))].sort();
}

/** The day the panel opens on: the call's day if it has slots, else the next day that has. */
export function initialDay(days: readonly string[], moment: string): string | undefined {
  const today = dayOf(moment);
  return days.find((d) => d >= today) ?? days.at(-1);
}

/** The appointment types a practitioner offers (types with no practitioner are everyone's). */
export function typesFor(practice: Practice, practitioner: string): Practice['appointmentTypes'] {
  return practice.appointmentTypes.filter((t) => !t.practitioner || t.practitioner === practitioner);
}

/** The type a booking form starts on: the slot's own type, if the practitioner offers it. */
export function defaultType(practice: Practice, slot: AgendaSlot): string | undefined {
  const types = typesFor(practice, slot.practitioner);
  return types.find((t) => t.id === slot.type)?.id ?? types[0]?.id;
}

export function bookAction(slot: AgendaSlot, type: string | undefined, patient: string): ToolAction {
  const name = patient.trim();
  return {
    kind: 'book',
    slot: slot.start,
    practitioner: slot.practitioner,
    ...(type ? { type } : {}),
    ...(name ? { patient: name } : {}),
  };
}

export function moveAction(from: AgendaSlot, to: Pick<AgendaSlot, 'start'>): ToolAction {
  return { kind: 'move', from: from.start, to: to.start, practitioner: from.practitioner };
}

export function cancelAction(slot: AgendaSlot): ToolAction {
  return { kind: 'cancel', slot: slot.start, practitioner: slot.practitioner };
}

export function smsAction(slot: AgendaSlot, purpose: SmsPurpose): ToolAction {
  return { kind: 'sms', slot: slot.start, practitioner: slot.practitioner, purpose };
}

/**
 * An appointment the trainee may move, cancel or text about: any booked slot still to come —
 * one booked in this call, or one already in the agenda (the caller's, or a namesake's).
 */
export function isChangeable(slot: AgendaSlot, moment: string): boolean {
  return slot.status === 'booked' && slot.start >= moment;
}

/** What a slot's menu offers, in the menu's order. */
export type SlotMenuItem = 'book' | 'move' | 'cancel' | 'sms';

/**
 * A slot's menu: booking a slot still free (an urgent one too), or moving, cancelling and — where
 * the practice sends SMS — texting about an appointment still to come; nothing for the others.
 */
export function slotMenu(slot: AgendaSlot, moment: string, sms: boolean): SlotMenuItem[] {
  const state = slotState(slot, moment);
  if (state === 'free' || state === 'urgent') return ['book'];
  if (!isChangeable(slot, moment)) return [];
  return sms ? ['move', 'cancel', 'sms'] : ['move', 'cancel'];
}

/**
 * The days the agenda can show: the call's day and the six after it (a week), on to the agenda's
 * last day: real waiting times run to weeks or months (four months at most here).
 */
export function weekWindow(moment: string, lastDay?: string): string[] {
  const first = dayOf(moment);
  const days = [first];
  while (
    days.length < MAX_AGENDA_DAYS &&
    (days.length < 7 || (lastDay !== undefined && days.at(-1)! < lastDay))
  )
    days.push(addDays(first, days.length));
  return days;
}

/** The slots of one day, in time then practitioner order. */
export function daySlots(
  agenda: readonly AgendaSlot[],
  day: string,
  practitioners: readonly string[],
): AgendaSlot[] {
  return agenda
    .filter((s) => dayOf(s.start) === day && practitioners.includes(s.practitioner))
    .sort((a, b) => a.start.localeCompare(b.start) || a.practitioner.localeCompare(b.practitioner));
}

/** Where a booked slot may move: the free slots still to come, the practitioner's own first. */
export function moveTargets(agenda: readonly AgendaSlot[], from: AgendaSlot, moment: string): AgendaSlot[] {
  return agenda
    .filter((s) => slotState(s, moment) === 'free' && s.start !== from.start)
    .sort(
      (a, b) =>
        Number(b.practitioner === from.practitioner) - Number(a.practitioner === from.practitioner) ||
        a.start.localeCompare(b.start),
    );
}
