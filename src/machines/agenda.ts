/**
 * The practice agenda as it changes during a call: book, move and cancel act on it.
 * Pure: a new agenda is returned, the old one is never touched.
 */
import type { CallBundle, Practice, Slot } from '../scenarios/schema.ts';
import type { ResolvedSlot, ToolAction } from './events.ts';
import type { AgendaSlot } from './session.ts';

export interface AgendaChange {
  agenda: readonly AgendaSlot[];
  slot?: ResolvedSlot;
  /** move: the appointment before it moved. */
  from?: ResolvedSlot;
  /** Why the action was refused, in French; the agenda is then unchanged. */
  refused?: string;
}

const slotKey = (s: Pick<Slot, 'start' | 'practitioner'>) => `${s.start}|${s.practitioner}`;

/**
 * The agenda a call starts from: the practice's, with the scenario's own appointments laid over
 * it (one at the same time with the same practitioner replaces the practice's slot), and the
 * caller's own appointment marked.
 */
export function callAgenda(bundle: Pick<CallBundle, 'practice' | 'scenario'>): AgendaSlot[] {
  const { practice, scenario } = bundle;
  const extra = new Map((scenario.agenda ?? []).map((s) => [slotKey(s), s]));
  const slots: AgendaSlot[] = practice.agenda.map((s) => ({ ...(extra.get(slotKey(s)) ?? s) }));
  const seen = new Set(practice.agenda.map(slotKey));
  for (const s of scenario.agenda ?? []) if (!seen.has(slotKey(s))) slots.push({ ...s });
  const own = scenario.appointment && slotKey(scenario.appointment);
  return sortSlots(slots).map((s) => (own && slotKey(s) === own ? { ...s, own: true } : s));
}

/** Code-point order: ISO times sort as time, ids as written, the same in every locale, and no collation data to load. */
const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function sortSlots(slots: readonly AgendaSlot[]): AgendaSlot[] {
  return [...slots].sort(
    (a, b) => byCodePoint(a.start, b.start) || byCodePoint(a.practitioner, b.practitioner),
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
    ...(slot.status === 'booked' && slot.patient ? { patient: slot.patient } : {}),
    ...(slot.own ? { own: true as const } : {}),
  };
}

/** The booked appointment at this time (this practitioner's, when named). */
function appointmentAt(agenda: readonly AgendaSlot[], start: string, practitioner?: string) {
  return find(agenda, start, practitioner).find((s) => s.status === 'booked');
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
    const slot = appointmentAt(agenda, action.slot, action.practitioner);
    if (!slot) return { agenda, refused: `Aucun rendez-vous à ${action.slot} à annuler.` };
    if (slot.start < moment)
      return { agenda, slot: resolved(slot), refused: 'Ce rendez-vous est déjà passé.' };
    const { patient: _patient, byTrainee: _byTrainee, own: _own, birthDate: _birth, ...rest } = slot;
    return { agenda: replace(agenda, slot, { ...rest, status: 'free' }), slot: resolved(slot) };
  }
  if (action.kind === 'move') {
    const from = appointmentAt(agenda, action.from, action.practitioner);
    if (!from) return { agenda, refused: `Aucun rendez-vous à ${action.from} à déplacer.` };
    if (from.start < moment)
      return { agenda, from: resolved(from), refused: 'Ce rendez-vous est déjà passé.' };
    const to =
      find(agenda, action.to, from.practitioner).find((s) => s.status === 'free') ??
      find(agenda, action.to).find((s) => s.status === 'free');
    if (!to) return { agenda, from: resolved(from), refused: `Pas de créneau libre à ${action.to}.` };
    if (to.start < moment) return { agenda, from: resolved(from), refused: 'Ce créneau est déjà passé.' };
    const { patient, type, byTrainee: _byTrainee, own, birthDate, ...freed } = from;
    const moved: AgendaSlot = {
      ...to,
      status: 'booked',
      byTrainee: true,
      ...(patient ? { patient } : {}),
      ...(birthDate ? { birthDate } : {}),
      ...(type ? { type } : {}),
      ...(own ? { own } : {}),
    };
    const next = replace(replace(agenda, from, { ...freed, status: 'free' }), to, moved);
    return { agenda: next, slot: resolved(to), from: resolved(from) };
  }
  if (action.kind === 'sms') {
    if (!practice.rules.sms) return { agenda, refused: 'Ce cabinet n’envoie pas de SMS.' };
    const slot = appointmentAt(agenda, action.slot, action.practitioner);
    if (!slot) return { agenda, refused: `Aucun rendez-vous à ${action.slot} pour un SMS.` };
    return { agenda, slot: resolved(slot) };
  }
  return { agenda };
}

/** Phone numbers compare without spaces, dots or dashes: "116 117" is "116117". */
export function sameNumber(a: string, b: string): boolean {
  const norm = (n: string) => n.replace(/[\s.-]/g, '').toLowerCase();
  return norm(a) === norm(b);
}
