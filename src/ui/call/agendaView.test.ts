import { beforeAll, describe, expect, it } from 'vitest';
import type { AgendaSlot } from '../../machines/session.ts';
import type { ScenarioBundle } from '../../scenarios/schema.ts';
import {
  agendaDays,
  bookAction,
  cancelAction,
  daySlots,
  defaultType,
  initialDay,
  moveAction,
  moveTargets,
  slotState,
  typesFor,
  weekWindow,
  MAX_AGENDA_DAYS,
  smsAction,
  isChangeable,
  slotMenu,
} from './agendaView.ts';
import { stepWeek, weekSummary } from './agendaWeek.ts';
import { coreBundle } from './testing.ts';

let bundle: ScenarioBundle;
beforeAll(async () => {
  bundle = await coreBundle('fievre-enfant-fin-de-journee');
});

const slot = (start: string, status: AgendaSlot['status'], extra: Partial<AgendaSlot> = {}): AgendaSlot => ({
  start,
  minutes: 20,
  practitioner: 'dr-a',
  status,
  ...extra,
});

describe('the agenda panel', () => {
  it('tells free, urgent, booked and past slots apart', () => {
    const moment = '2026-03-10T18:35';
    expect(slotState(slot('2026-03-11T08:50', 'free'), moment)).toBe('free');
    expect(slotState(slot('2026-03-11T11:30', 'urgent'), moment)).toBe('urgent');
    expect(slotState(slot('2026-03-10T09:00', 'free'), moment)).toBe('past');
    expect(slotState(slot('2026-03-10T09:00', 'booked'), moment)).toBe('booked');
  });

  it('opens on the day of the call, or the next day with slots', () => {
    const days = ['2026-03-09', '2026-03-11', '2026-03-12'];
    expect(initialDay(days, '2026-03-11T10:00')).toBe('2026-03-11');
    expect(initialDay(days, '2026-03-10T18:35')).toBe('2026-03-11');
    expect(initialDay(days, '2026-03-20T08:00')).toBe('2026-03-12');
  });

  it('lists a day’s slots in time order, for the practitioners shown', () => {
    const agenda = [
      slot('2026-03-11T09:00', 'free'),
      slot('2026-03-11T08:40', 'booked', { practitioner: 'dr-b', patient: 'Mme X' }),
      slot('2026-03-12T08:40', 'free'),
    ];
    expect(daySlots(agenda, '2026-03-11', ['dr-a', 'dr-b']).map((s) => s.start)).toEqual([
      '2026-03-11T08:40',
      '2026-03-11T09:00',
    ]);
    expect(daySlots(agenda, '2026-03-11', ['dr-a']).map((s) => s.practitioner)).toEqual(['dr-a']);
  });

  it('navigates the week from the day of the call', () => {
    expect(weekWindow('2026-03-10T18:35')).toEqual([
      '2026-03-10',
      '2026-03-11',
      '2026-03-12',
      '2026-03-13',
      '2026-03-14',
      '2026-03-15',
      '2026-03-16',
    ]);
    expect(agendaDays(bundle.practice.agenda).length).toBeGreaterThan(0);
  });

  it('summarises each day of the week: free times, taken and urgent slots', () => {
    const agenda = bundle.practice.agenda;
    const days = weekWindow('2026-03-10T18:35', agendaDays(agenda).at(-1));
    const practitioners = bundle.practice.practitioners.map((p) => p.id);
    const summary = weekSummary(agenda, days, '2026-03-11', practitioners, '2026-03-10T18:35');
    expect(summary.map((d) => d.day)).toEqual(days.slice(0, 7));
    for (const d of summary) {
      const slots = daySlots(agenda, d.day, practitioners);
      expect(d.free.length + d.booked + d.urgent).toBeLessThanOrEqual(slots.length);
      expect(d.free).toEqual(
        slots.filter((s) => slotState(s, '2026-03-10T18:35') === 'free').map((s) => s.start),
      );
    }
  });

  it('pages the week view by 7 days, within the agenda’s days', () => {
    const days = weekWindow('2026-03-10T18:35', '2026-03-18');
    expect(stepWeek(days, '2026-03-12', 1)).toBe('2026-03-17');
    expect(stepWeek(days, '2026-03-18', -1)).toBe('2026-03-10');
    expect(stepWeek(days, '2026-03-12', -1)).toBeUndefined();
    expect(stepWeek(days, '2026-03-17', 1)).toBeUndefined();
  });

  it('reaches the agenda’s last day when it lies beyond the week (four months at most)', () => {
    const days = weekWindow('2026-03-10T18:35', '2026-03-18');
    expect(days[0]).toBe('2026-03-10');
    expect(days.at(-1)).toBe('2026-03-18');
    // Real waiting times: a cardiology agenda runs weeks ahead.
    expect(weekWindow('2026-03-10T18:35', '2026-04-30').at(-1)).toBe('2026-04-30');
    expect(weekWindow('2026-03-10T18:35', '2027-12-31')).toHaveLength(MAX_AGENDA_DAYS);
  });

  it('moves an appointment only to a free slot still to come, same practitioner first', () => {
    const moment = '2026-03-10T18:35';
    const from = slot('2026-03-11T09:00', 'booked', { byTrainee: true });
    const agenda = [
      slot('2026-03-10T09:00', 'free'),
      from,
      slot('2026-03-11T10:00', 'free', { practitioner: 'dr-b' }),
      slot('2026-03-11T11:00', 'urgent'),
      slot('2026-03-12T08:00', 'free'),
    ];
    expect(moveTargets(agenda, from, moment).map((s) => `${s.start} ${s.practitioner}`)).toEqual([
      '2026-03-12T08:00 dr-a',
      '2026-03-11T10:00 dr-b',
    ]);
  });

  it('offers the types of the slot’s practitioner, starting on the slot’s own type', () => {
    const types = typesFor(bundle.practice, 'dr-ferrand');
    expect(types.length).toBeGreaterThan(0);
    const free = bundle.practice.agenda.find((s) => s.start === '2026-03-11T08:50')!;
    expect(defaultType(bundle.practice, free)).toBe('consultation');
  });

  it('builds the actions the engine takes', () => {
    const free = slot('2026-03-11T08:50', 'free', { practitioner: 'dr-ferrand' });
    expect(bookAction(free, 'consultation', '  Noé Berthier ')).toEqual({
      kind: 'book',
      slot: '2026-03-11T08:50',
      practitioner: 'dr-ferrand',
      type: 'consultation',
      patient: 'Noé Berthier',
    });
    expect(bookAction(free, undefined, ' ')).toEqual({
      kind: 'book',
      slot: '2026-03-11T08:50',
      practitioner: 'dr-ferrand',
    });
    const booked = slot('2026-03-11T09:10', 'booked');
    expect(moveAction(booked, free)).toEqual({
      kind: 'move',
      from: '2026-03-11T09:10',
      to: '2026-03-11T08:50',
      practitioner: 'dr-a',
    });
    expect(cancelAction(booked)).toEqual({ kind: 'cancel', slot: '2026-03-11T09:10', practitioner: 'dr-a' });
    expect(smsAction(booked, 'reminder')).toEqual({
      kind: 'sms',
      slot: '2026-03-11T09:10',
      practitioner: 'dr-a',
      purpose: 'reminder',
    });
    // Any appointment still to come can change, one of this call or one already there.
    expect(isChangeable(booked, '2026-03-10T18:35')).toBe(true);
    expect(isChangeable(booked, '2026-03-11T10:00')).toBe(false);
    expect(isChangeable(free, '2026-03-10T18:35')).toBe(false);
  });

  it('offers booking on a free or urgent slot, and changing an appointment still to come', () => {
    const moment = '2026-03-10T18:35';
    expect(slotMenu(slot('2026-03-11T08:50', 'free'), moment, true)).toEqual(['book']);
    expect(slotMenu(slot('2026-03-11T08:30', 'urgent'), moment, false)).toEqual(['book']);
    const booked = slot('2026-03-11T09:10', 'booked', { patient: 'Lucas Martin' });
    expect(slotMenu(booked, moment, false)).toEqual(['move', 'cancel']);
    // Texting about it only where the practice sends SMS.
    expect(slotMenu(booked, moment, true)).toEqual(['move', 'cancel', 'sms']);
    // Nothing to do with a slot gone by, free or booked.
    expect(slotMenu(slot('2026-03-10T08:50', 'free'), moment, true)).toEqual([]);
    expect(slotMenu(booked, '2026-03-11T10:00', true)).toEqual([]);
  });
});
