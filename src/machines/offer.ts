/**
 * A slot offered in words (« je peux vous proposer demain 18 h 20 »), checked against the agenda
 * as it stands: is there a free slot of a kind that suits this call at that time? Pure.
 */
import type { Analysis, Entity } from '../language/labels.ts';
import { saysDeadline } from '../language/intents.ts';
import { fold } from '../language/normalize.ts';
import type { LogEntry } from './events.ts';
import type { CallBundle } from '../scenarios/schema.ts';
import { sortSlots } from './agenda.ts';
import type { AgendaSlot } from './session.ts';
import { addDays, formatDate, formatTime } from '../scenarios/calendar.ts';

/** What the caller makes of the offer: a free slot that suits, or why it is questioned. */
export type OfferVerdict = 'free' | 'taken' | 'urgent' | 'wrongType' | 'none' | 'past';

export interface OfferCheck {
  verdict: OfferVerdict;
  /** The slot the offer points at, when the agenda has one then. */
  slot?: AgendaSlot;
  /** The slot as the caller says it back: « demain à 18 h 20 », « jeudi 12 mars au matin ». */
  said: string;
}

const PARTS = {
  morning: ['00:00', '12:00', 'au matin'],
  afternoon: ['12:00', '18:00', 'dans l’après-midi'],
  evening: ['18:00', '24:00', 'en fin de journée'],
} as const;
type Part = keyof typeof PARTS;

function dayNumber(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y!, m! - 1, d!) / 86_400_000;
}

/** « aujourd’hui », « demain », « jeudi 12 mars », relative to the call's day. */
export function dayWords(date: string, today: string): string {
  const diff = dayNumber(date) - dayNumber(today);
  if (diff === 0) return 'aujourd’hui';
  if (diff === 1) return 'demain';
  return formatDate(date);
}

/** « 18 h 20 », « 9 h ». */
export const timeWords = formatTime;

/**
 * Entities without those read inside a longer one of the same kind: « mercredi 29 avril » is one
 * date, not also « mercredi » (the next Wednesday).
 */
export function withoutNested(entities: readonly Entity[]): Entity[] {
  return entities.filter(
    (e) =>
      !entities.some(
        (o) =>
          o !== e &&
          o.kind === e.kind &&
          o.span[0] <= e.span[0] &&
          o.span[1] >= e.span[1] &&
          o.span[1] - o.span[0] > e.span[1] - e.span[0],
      ),
  );
}

/**
 * The entities that say when the offer is: those inside the offer's span, else those after its
 * start, else any (« le médecin de garde ce soir, et demain 8 h 50 » offers demain 8 h 50).
 */
function offerEntities(analysis: Analysis): Entity[] {
  const entities = withoutNested(analysis.entities ?? []);
  const offer = analysis.intents!.find((i) => i.type === 'offer_slot')!;
  const [from, to] = offer.span;
  const inside = entities.filter((e) => e.span[0] >= from && e.span[1] <= to);
  const after = entities.filter((e) => e.span[0] >= from);
  const has = (list: Entity[]) => list.some((e) => e.kind === 'date' || e.kind === 'time');
  return has(inside)
    ? [...inside, ...after.filter((e) => !inside.includes(e))]
    : has(after)
      ? after
      : entities;
}

const first = (entities: readonly Entity[], kind: Entity['kind']) =>
  entities.find((e) => e.kind === kind)?.value;

/**
 * The date said: a date read inside a longer one (« mardi » in « mardi 21 avril ») gives way to
 * it, so a weekday alone does not turn a date weeks ahead into next week's.
 */
function dateOf(entities: readonly Entity[]): string | undefined {
  const dates = entities.filter((e) => e.kind === 'date');
  const within = (a: Entity, b: Entity) =>
    a !== b &&
    b.span[0] <= a.span[0] &&
    a.span[1] <= b.span[1] &&
    b.span[1] - b.span[0] > a.span[1] - a.span[0];
  return dates.find((d) => !dates.some((other) => within(d, other)))?.value;
}

/** A clock time (« 8 h 50 ») says more than a part of the day (« demain matin »). */
const timeOf = (entities: readonly Entity[]) =>
  entities.find((e) => e.kind === 'time' && /^\d{2}:\d{2}$/.test(e.value))?.value ?? first(entities, 'time');

/**
 * The options a line offers, in order: « mercredi 29 à 10 h 30 ou lundi 4 mai à 9 h » is two.
 * A new option starts at a second date, or at a second time on the same date (« jeudi à 9 h ou
 * à 11 h »: the second keeps the day said before it).
 */
function optionsOf(entities: readonly Entity[]): { date?: string; time?: string }[] {
  const out: { date?: string; time?: string }[] = [];
  let current: { date?: string; time?: string } | undefined;
  const dates = entities.filter((e) => e.kind === 'date');
  const date = dateOf(entities);
  for (const e of entities) {
    if (e.kind === 'date') {
      // A weekday read inside a longer date is that date.
      if (dates.some((o) => o !== e && o.span[0] <= e.span[0] && o.span[1] >= e.span[1])) continue;
      // « Demain, mercredi 18 mars » is one day said twice.
      if (current?.date === e.value && current.time === undefined) continue;
      if (!current || current.date !== undefined) out.push((current = {}));
      current.date = e.value;
    } else if (e.kind === 'time') {
      const exact = /^\d{2}:\d{2}$/.test(e.value);
      if (current?.time !== undefined && (/^\d{2}:\d{2}$/.test(current.time) || !exact)) {
        out.push((current = current.date !== undefined ? { date: current.date } : {}));
      } else if (!current) out.push((current = {}));
      // A clock time says more than a part of the day (« demain matin à 9 h »).
      if (current.time === undefined || exact) current.time = e.value;
    }
  }
  if (out.length <= 1) {
    const time = timeOf(entities);
    return date || time ? [{ ...(date ? { date } : {}), ...(time ? { time } : {}) }] : [];
  }
  return out;
}

/**
 * The slot a line offers, checked against the agenda; undefined when the line offers none. A line
 * that offers a choice (« le 29 ou le 4 ? ») gives the first option's check, with every option in
 * `options`: nobody agrees to a choice, they pick.
 */
export function checkOffer(
  analysis: Analysis,
  agenda: readonly AgendaSlot[],
  bundle: CallBundle,
): (OfferCheck & { options?: OfferCheck[] }) | undefined {
  if (!analysis.intents?.some((i) => i.type === 'offer_slot')) return undefined;
  const entities = offerEntities(analysis);
  const options = optionsOf(entities);
  if (!options.length) return undefined;
  const named = first(entities, 'practitioner');
  // The caller's own appointment said back (« vous avez jeudi 9 h ») is no offer.
  const checks = options
    .map((o) => checkSlot(o.date, o.time, named, agenda, bundle))
    .filter((c) => !(c.verdict === 'taken' && c.slot?.own));
  if (!checks.length) return undefined;
  const distinct = checks.filter((c, i) => checks.findIndex((d) => d.said === c.said) === i);
  return distinct.length > 1 ? { ...distinct[0]!, options: distinct } : distinct[0];
}

/** The first option of a choice the caller would take: a free one that suits, else none. */
export function chosenOption(check: OfferCheck & { options?: OfferCheck[] }): OfferCheck | undefined {
  return check.options?.find((o) => o.verdict === 'free' && o.slot);
}

function checkSlot(
  date: string | undefined,
  time: string | undefined,
  named: string | undefined,
  agenda: readonly AgendaSlot[],
  bundle: CallBundle,
): OfferCheck {
  const { moment } = bundle.scenario;
  const today = moment.slice(0, 10);
  const exact = time && /^\d{2}:\d{2}$/.test(time) ? time : undefined;
  const part = time && time in PARTS ? (time as Part) : undefined;
  // A time alone is today's if it is still to come, else tomorrow's.
  const day = date ?? (exact && `${today}T${exact}` >= moment ? today : addDays(today, 1));
  const said = `${dayWords(day, today)}${exact ? ` à ${timeWords(exact)}` : part ? ` ${PARTS[part][2]}` : ''}`;

  const practitioner = named
    ? bundle.practice.practitioners.find((p) => p.name === named || p.id === named)?.id
    : undefined;
  const slots = sortSlots(agenda).filter((s) => {
    if (!s.start.startsWith(day)) return false;
    if (practitioner && s.practitioner !== practitioner) return false;
    const at = s.start.slice(11);
    if (exact) return at === exact;
    if (part) return at >= PARTS[part][0] && at < PARTS[part][1];
    return true;
  });
  const { booking } = bundle.scenario;
  const suits = (s: AgendaSlot) =>
    (!booking?.types || !s.type || booking.types.includes(s.type)) &&
    (!booking?.practitioners || booking.practitioners.includes(s.practitioner));
  const open = slots.filter((s) => s.start >= moment);
  const pick = (verdict: OfferVerdict, slot: AgendaSlot | undefined): OfferCheck =>
    slot ? { verdict, slot, said } : { verdict: 'none', said };

  // An urgent slot of a kind the call asks for (a same-day urgent case) is the right one.
  const good = open.find(
    (s) =>
      s.status !== 'booked' && (s.status === 'free' || booking?.types?.includes(s.type ?? '')) && suits(s),
  );
  if (good) return pick('free', good);
  const urgent = open.find((s) => s.status === 'urgent');
  if (urgent) return pick('urgent', urgent);
  const wrongType = open.find((s) => s.status === 'free');
  if (wrongType) return pick('wrongType', wrongType);
  const taken = open.find((s) => s.status === 'booked');
  if (taken) return pick('taken', taken);
  if (slots.length) return pick('past', slots[0]);
  return { verdict: 'none', said };
}

// ---------------------------------------------------------------- « je vous le mets ? »

/**
 * « Je vous le mets ? », « je vous la réserve », « on le prend ? », « ça vous va ? » with no day or
 * time of its own: the slot meant is the one offered last in words.
 */
const POINTS_BACK =
  /\b(?:je vous (?:le|la|l')\s?|je (?:le|la|l')\s?|on (?:le|la|l')\s?|on vous (?:le|la|l')\s?)(?:mets|met|mettre|reserve|garde|note|bloque|prends|prend|cale|inscris|donne|laisse)\b|\b(?:ca|cela) vous (?:va|irait|convient|conviendrait)\b/;

/**
 * The line as an offer: itself when it names its slot; when it only points back at one (« Ben
 * c'est le premier qu'on a. Je vous le mets ? »), the last slot offered in words in this call
 * (`log`; the line itself, already logged, is skipped), unless a booking came since.
 */
export function recalledOffer(log: readonly LogEntry[], analysis: Analysis, text: string): Analysis {
  if (analysis.intents?.some((i) => i.type === 'offer_slot')) return analysis;
  if (!analysis.acts.some((a) => a.type === 'proposal') || !POINTS_BACK.test(fold(text))) return analysis;
  // « Jeudi 8 h 40 avec votre médecin… Je vous le réserve ? »: the slot said earlier in the line.
  const folded = fold(text);
  const said = (analysis.entities ?? []).filter(
    (e) => (e.kind === 'date' || e.kind === 'time') && !saysDeadline(folded, e.span[0]),
  );
  if (said.length) {
    const span: [number, number] = [said[0]!.span[0], said.at(-1)!.span[1]];
    return {
      ...analysis,
      intents: [...(analysis.intents ?? []), { type: 'offer_slot', span, confidence: 0.7 }],
    };
  }
  let skipped = false;
  for (let i = log.length - 1; i >= 0; i--) {
    const e = log[i]!;
    if (e.type === 'trainee.action' && e.action.kind === 'book' && !e.refused) return analysis;
    if (e.type !== 'trainee.say') continue;
    if (!skipped && e.text === text) {
      skipped = true;
      continue;
    }
    skipped = true;
    // An offer read as such, or a proposal that named its slot (« le premier, c'est le 13 à midi »).
    const offer =
      e.intents?.find((x) => x.type === 'offer_slot') ?? (e.acts ?? []).find((x) => x.type === 'proposal');
    const when = (e.entities ?? []).filter(
      (x) =>
        (x.kind === 'date' || x.kind === 'time' || x.kind === 'practitioner') &&
        offer &&
        x.span[0] >= offer.span[0],
    );
    if (!offer || !when.some((x) => x.kind !== 'practitioner')) continue;
    // The earlier line's words, at their own places: the offer spans them.
    const span: [number, number] = [
      Math.min(...when.map((x) => x.span[0])),
      Math.max(...when.map((x) => x.span[1])),
    ];
    const own = (analysis.entities ?? []).filter((x) => x.kind !== 'practitioner');
    return {
      ...analysis,
      intents: [...(analysis.intents ?? []), { type: 'offer_slot', span, confidence: 0.7 }],
      entities: [...own, ...when],
    };
  }
  return analysis;
}
