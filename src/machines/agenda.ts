/**
 * The practice agenda as it changes during a call: book, move and cancel act on it.
 * Pure: a new agenda is returned, the old one is never touched.
 */
import type { Practice } from '../scenarios/schema.ts';
import type { ResolvedSlot, ToolAction } from './events.ts';
import type { AgendaSlot } from './session.ts';

export interface AgendaChange {
  agenda: readonly AgendaSlot[];
  slot?: ResolvedSlot;
  /** Why the action was refused, in French; the agenda is then unchanged. */
  refused?: string;
}

/** Where agenda times are written as `2026-03-10T10:30`, string order is time order. */
export function sortSlots(slots: readonly AgendaSlot[]): AgendaSlot[] {
  return [...slots].sort(
    (a, b) => a.start.localeCompare(b.start) || a.practitioner.localeCompare(b.practitioner),
  );
}

export function firstFreeSlot(
  agenda: readonly AgendaSlot[],
  moment: string,
  practitioner?: string,
): AgendaSlot | undefined {
  return sortSlots(agenda).find(
    (s) => s.status === 'free' && s.start >= moment && (!practitioner || s.practitioner === practitioner),
  );
}

function resolved(slot: AgendaSlot): ResolvedSlot {
  return {
    start: slot.start,
    minutes: slot.minutes,
    practitioner: slot.practitioner,
    was: slot.status,
    ...(slot.type ? { type: slot.type } : {}),
  };
}

function find(agenda: readonly AgendaSlot[], start: string, practitioner?: string): AgendaSlot[] {
  return agenda.filter((s) => s.start === start && (!practitioner || s.practitioner === practitioner));
}

function replace(agenda: readonly AgendaSlot[], old: AgendaSlot, next: AgendaSlot): AgendaSlot[] {
  return agenda.map((s) => (s === old ? next : s));
}

function typeMinutes(practice: Practice, type: string | undefined): number | undefined {
  return practice.appointmentTypes.find((t) => t.id === type)?.minutes;
}

export function applyToAgenda(
  agenda: readonly AgendaSlot[],
  action: ToolAction,
  moment: string,
  practice: Practice,
): AgendaChange {
  if (action.kind === 'book') {
    const slot =
      action.slot === 'first-free'
        ? firstFreeSlot(agenda, moment, action.practitioner)
        : (find(agenda, action.slot, action.practitioner).find((s) => s.status !== 'booked') ??
          find(agenda, action.slot, action.practitioner)[0]);
    if (!slot)
      return {
        agenda,
        refused:
          action.slot === 'first-free'
            ? 'Aucun créneau libre dans l’agenda.'
            : `Aucun créneau à ${action.slot} dans l’agenda.`,
      };
    if (slot.status === 'booked')
      return { agenda, slot: resolved(slot), refused: 'Ce créneau est déjà pris.' };
    if (slot.start < moment) return { agenda, slot: resolved(slot), refused: 'Ce créneau est déjà passé.' };
    if (action.type && !practice.appointmentTypes.some((t) => t.id === action.type))
      return { agenda, refused: `Type de rendez-vous inconnu : « ${action.type} ».` };
    const booked: AgendaSlot = {
      ...slot,
      status: 'booked',
      byTrainee: true,
      ...(action.type
        ? { type: action.type, minutes: typeMinutes(practice, action.type) ?? slot.minutes }
        : {}),
      ...(action.patient ? { patient: action.patient } : {}),
    };
    return { agenda: replace(agenda, slot, booked), slot: resolved(slot) };
  }
  if (action.kind === 'cancel') {
    const slot = find(agenda, action.slot).find((s) => s.status === 'booked');
    if (!slot) return { agenda, refused: `Aucun rendez-vous à ${action.slot} à annuler.` };
    const { patient: _patient, byTrainee: _byTrainee, ...rest } = slot;
    return { agenda: replace(agenda, slot, { ...rest, status: 'free' }), slot: resolved(slot) };
  }
  if (action.kind === 'move') {
    const from = find(agenda, action.from).find((s) => s.status === 'booked');
    if (!from) return { agenda, refused: `Aucun rendez-vous à ${action.from} à déplacer.` };
    const to =
      find(agenda, action.to, from.practitioner).find((s) => s.status === 'free') ??
      find(agenda, action.to).find((s) => s.status === 'free');
    if (!to) return { agenda, refused: `Pas de créneau libre à ${action.to}.` };
    if (to.start < moment) return { agenda, refused: 'Ce créneau est déjà passé.' };
    const { patient, type, byTrainee: _byTrainee, ...freed } = from;
    const moved: AgendaSlot = {
      ...to,
      status: 'booked',
      byTrainee: true,
      ...(patient ? { patient } : {}),
      ...(type ? { type } : {}),
    };
    const next = replace(replace(agenda, from, { ...freed, status: 'free' }), to, moved);
    return { agenda: next, slot: resolved(to) };
  }
  return { agenda };
}

/** Phone numbers compare without spaces, dots or dashes: "116 117" is "116117". */
export function sameNumber(a: string, b: string): boolean {
  const norm = (n: string) => n.replace(/[\s.-]/g, '').toLowerCase();
  return norm(a) === norm(b);
}
