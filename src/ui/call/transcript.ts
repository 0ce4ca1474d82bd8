/**
 * The live transcript: the attempt log as lines a trainee reads. Pure, so the wording of every
 * entry (an action « Rendez-vous réservé : mardi 10 mars à 14 h 30 », a refusal, a hang-up) is
 * tested without a DOM.
 */
import type { LogEntry, LogEntryOf } from '../../machines/events.ts';
import type { Practice } from '../../scenarios/schema.ts';
import { formatMinutes, formatSlot } from './format.ts';
import { fr } from './strings.ts';
import { chipsOf, type Chip } from './understood.ts';

export type TranscriptWho = 'caller' | 'trainee' | 'system';

export interface TranscriptLine {
  /** The log index: stable, since the log is append-only. */
  key: number;
  t: number;
  who: TranscriptWho;
  /** `prompt`: a caller's silence prompt; `action` / `refused`: a tool action; `event`: pickup, hold… */
  kind: 'say' | 'prompt' | 'action' | 'refused' | 'event';
  text: string;
  /** Secondary text: the action's details (type, practitioner, patient, message). */
  detail?: string;
  /** A trainee's line: what was understood of it, and whether the trainee flagged it. */
  understood?: { chips: Chip[]; flagged: boolean };
}

export function practitionerName(practice: Practice, id: string | undefined): string | undefined {
  return id ? (practice.practitioners.find((p) => p.id === id)?.name ?? id) : undefined;
}

function typeText(practice: Practice, type: string | undefined, minutes?: number): string | undefined {
  if (!type) return undefined;
  const found = practice.appointmentTypes.find((t) => t.id === type);
  return fr.actions.details.type(found?.label ?? type, formatMinutes(found?.minutes ?? minutes ?? 0));
}

function joinDetails(parts: (string | undefined)[]): string | undefined {
  const kept = parts.filter((p): p is string => Boolean(p));
  return kept.length ? kept.join(' · ') : undefined;
}

/** The sentence for a tool action, as the transcript shows it. */
export function describeAction(
  entry: LogEntryOf<'trainee.action'>,
  practice: Practice,
): Pick<TranscriptLine, 'text' | 'detail'> {
  const { action, slot } = entry;
  const d = fr.actions.details;
  switch (action.kind) {
    case 'book': {
      const start = slot?.start ?? action.slot;
      return {
        text: fr.actions.book(
          start === 'first-free' ? fr.actions.firstFree : formatSlot(start),
          slot?.was === 'urgent',
        ),
        detail: joinDetails([
          typeText(practice, action.type ?? slot?.type, slot?.minutes),
          slot && d.with(practitionerName(practice, slot.practitioner)!),
          action.patient && d.for(action.patient),
        ]),
      };
    }
    case 'move':
      return {
        text: fr.actions.move(formatSlot(action.from), formatSlot(slot?.start ?? action.to)),
        detail: joinDetails([
          slot && d.with(practitionerName(practice, slot.practitioner)!),
          entry.from?.patient && d.for(entry.from.patient),
        ]),
      };
    case 'cancel':
      return {
        text: fr.actions.cancel(formatSlot(action.slot)),
        detail: joinDetails([
          slot && d.with(practitionerName(practice, slot.practitioner)!),
          slot?.patient && d.for(slot.patient),
        ]),
      };
    case 'sms':
      return {
        text: fr.actions.sms(action.purpose, formatSlot(action.slot)),
        detail: joinDetails([slot?.patient && d.for(slot.patient)]),
      };
    case 'waitlist':
      return { text: fr.actions.waitlist(action.patient), detail: action.note };
    case 'callback':
      return { text: fr.actions.callback(action.number), detail: action.note };
    case 'message':
      return {
        text: fr.actions.message(action.urgency === 'urgent'),
        detail: joinDetails([
          action.for && practitionerName(practice, action.for),
          action.from,
          action.callbackNumber,
          action.text,
        ]),
      };
    case 'transfer':
      return { text: fr.actions.transfer };
    case 'redirect': {
      const entryOf = practice.directory.find(
        (e) => e.number.replace(/\s/g, '') === action.to.replace(/\s/g, '') || e.id === action.to,
      );
      return { text: fr.actions.redirect(entryOf?.label, entryOf?.number ?? action.to) };
    }
  }
}

/** What a refused book / move / cancel tried to do. */
function attemptedAction({ action }: LogEntryOf<'trainee.action'>): string | undefined {
  const when = (iso: string) => (iso === 'first-free' ? fr.actions.firstFree : formatSlot(iso));
  if (action.kind === 'book') return fr.actions.attempted.book(when(action.slot));
  if (action.kind === 'move') return fr.actions.attempted.move(when(action.from), when(action.to));
  if (action.kind === 'cancel') return fr.actions.attempted.cancel(when(action.slot));
  if (action.kind === 'sms') return fr.actions.attempted.sms(when(action.slot));
  return undefined;
}

/** One transcript line per entry a trainee should see (rings, stress and outcomes are not). */
export function transcriptLine(
  entry: LogEntry,
  key: number,
  practice: Practice,
  ringsSoFar = 0,
): TranscriptLine | undefined {
  const base = { key, t: entry.t };
  switch (entry.type) {
    case 'caller.say':
      return {
        ...base,
        who: 'caller',
        kind: entry.cause === 'prompt' || entry.cause === 'hold-check' ? 'prompt' : 'say',
        text: entry.text,
      };
    case 'trainee.say':
      return {
        ...base,
        who: 'trainee',
        kind: 'say',
        text: entry.text,
        understood: { chips: chipsOf(entry), flagged: false },
      };
    case 'trainee.action': {
      if (entry.refused) {
        const attempted = attemptedAction(entry);
        return {
          ...base,
          who: 'system',
          kind: 'refused',
          text: fr.transcript.refused(entry.refused),
          ...(attempted ? { detail: attempted } : {}),
        };
      }
      return { ...base, who: 'trainee', kind: 'action', ...describeAction(entry, practice) };
    }
    case 'pickup':
      return { ...base, who: 'system', kind: 'event', text: fr.transcript.pickup(ringsSoFar) };
    case 'hold':
      return { ...base, who: 'system', kind: 'event', text: fr.transcript.hold };
    case 'resume':
      return { ...base, who: 'system', kind: 'event', text: fr.transcript.resume };
    case 'hangup':
      return { ...base, who: 'system', kind: 'event', text: fr.transcript.hangup(entry.by, entry.reason) };
    case 'wrapup.start':
      return { ...base, who: 'system', kind: 'event', text: fr.transcript.wrapUpStart };
    case 'wrapup.end':
      return { ...base, who: 'system', kind: 'event', text: fr.transcript.wrapUpEnd };
    default:
      return undefined;
  }
}

/** The transcript of a log. */
export function transcriptLines(log: readonly LogEntry[], practice: Practice): TranscriptLine[] {
  const lines: TranscriptLine[] = [];
  let rings = 0;
  const flagged = new Set<number>();
  log.forEach((entry, i) => {
    if (entry.type === 'ring') rings = entry.n;
    if (entry.type === 'trainee.flag') flagged.add(entry.turn);
    const line = transcriptLine(entry, i, practice, rings);
    if (line) lines.push(line);
  });
  if (!flagged.size) return lines;
  return lines.map((l) =>
    l.understood && flagged.has(l.key) ? { ...l, understood: { ...l.understood, flagged: true } } : l,
  );
}

/** The time of pickup on the call's clock, if the trainee has picked up. */
export function pickupTime(log: readonly LogEntry[]): number | undefined {
  return log.find((e) => e.type === 'pickup')?.t;
}
