/**
 * Existing appointments (issue #11): a scenario lays its own appointments over the practice's
 * agenda, the trainee moves, cancels or texts about them, and the scorer checks it was the
 * caller's own, not a namesake's.
 */
import { describe, expect, it } from 'vitest';
import { testBundle } from '../scoring/fixtures.ts';
import { score } from '../scoring/score.ts';
import type { ScenarioBundle, Slot } from '../scenarios/schema.ts';
import { callAgenda } from './agenda.ts';
import { actionMatches } from './conditions.ts';
import { createCallSession } from './call.ts';
import type { LogEntryOf, ToolAction } from './events.ts';

const martin = (start: string, practitioner: string, birthDate: string): Slot => ({
  start,
  minutes: 20,
  practitioner,
  status: 'booked',
  type: 'consultation',
  patient: 'M. Martin',
  birthDate,
});

/** Two « M. Martin » in the files; the caller's is the one born in 1956, with Dr Martin. */
function namesakes(sms = false): ScenarioBundle {
  const b = structuredClone(testBundle({ homonym: true }));
  b.scenario.agenda = [
    martin('2026-03-12T09:00', 'dr-martin', '12/04/1956'),
    martin('2026-03-12T09:00', 'dr-roux', '03/09/1981'),
    martin('2026-03-10T09:00', 'dr-martin', '12/04/1956'), // replaces M. Alric's slot
  ];
  b.scenario.appointment = { start: '2026-03-12T09:00', practitioner: 'dr-martin' };
  b.practice.rules.sms = sms;
  return b;
}

function play(bundle: ScenarioBundle, ...actions: ToolAction[]) {
  const session = createCallSession(bundle);
  session.send({ type: 'trainee.pickup' });
  session.send({
    type: 'trainee.say',
    text: 'Cabinet du docteur Martin, bonjour. Votre date de naissance ?',
  });
  for (const action of actions) session.send({ type: 'trainee.action', action });
  session.send({ type: 'trainee.hangup' });
  const { log, agenda } = session.view();
  session.stop();
  const acted = log.filter((e): e is LogEntryOf<'trainee.action'> => e.type === 'trainee.action');
  return { log: [...log], agenda, acted };
}

describe('the call agenda', () => {
  it('lays the scenario’s appointments over the practice’s and marks the caller’s own', () => {
    const agenda = callAgenda(namesakes());
    const at = (start: string, who: string) =>
      agenda.find((s) => s.start === start && s.practitioner === who);
    expect(at('2026-03-12T09:00', 'dr-martin')).toMatchObject({ patient: 'M. Martin', own: true });
    expect(at('2026-03-12T09:00', 'dr-roux')).toMatchObject({
      patient: 'M. Martin',
      birthDate: '03/09/1981',
    });
    expect(at('2026-03-12T09:00', 'dr-roux')?.own).toBeUndefined();
    // Same time, same practitioner: the scenario's slot replaces the practice's.
    expect(agenda.filter((s) => s.start === '2026-03-10T09:00')).toHaveLength(1);
    expect(at('2026-03-10T09:00', 'dr-martin')?.patient).toBe('M. Martin');
    // Without a scenario agenda, the practice's as it is.
    const plain = testBundle();
    expect(callAgenda(plain)).toEqual(plain.practice.agenda);
  });
});

describe('moving and cancelling an existing appointment', () => {
  it('moves the appointment of the practitioner named, keeping its patient and who it is', () => {
    const { acted, agenda } = play(namesakes(), {
      kind: 'move',
      from: '2026-03-12T09:00',
      to: '2026-03-10T16:00',
      practitioner: 'dr-martin',
    });
    expect(acted[0]).toMatchObject({
      from: { start: '2026-03-12T09:00', practitioner: 'dr-martin', patient: 'M. Martin', own: true },
      slot: { start: '2026-03-10T16:00', was: 'free' },
    });
    expect(agenda.find((s) => s.start === '2026-03-10T16:00')).toMatchObject({
      patient: 'M. Martin',
      birthDate: '12/04/1956',
      own: true,
    });
    const freed = agenda.find((s) => s.start === '2026-03-12T09:00' && s.practitioner === 'dr-martin');
    expect(freed).toMatchObject({ status: 'free' });
    expect(freed?.patient).toBeUndefined();
  });

  it('cancels the namesake’s appointment when that is the one named, and says whose it was', () => {
    const { acted, agenda } = play(namesakes(), {
      kind: 'cancel',
      slot: '2026-03-12T09:00',
      practitioner: 'dr-roux',
    });
    expect(acted[0]?.slot).toMatchObject({ practitioner: 'dr-roux', patient: 'M. Martin' });
    expect(acted[0]?.slot?.own).toBeUndefined();
    expect(agenda.find((s) => s.start === '2026-03-12T09:00' && s.practitioner === 'dr-roux')?.status).toBe(
      'free',
    );
  });

  it('refuses to move or cancel a past appointment, or one that is not there', () => {
    const { acted } = play(
      namesakes(),
      { kind: 'cancel', slot: '2026-03-10T09:00', practitioner: 'dr-martin' },
      { kind: 'move', from: '2026-03-13T09:00', to: '2026-03-10T16:00' },
    );
    expect(acted.map((e) => e.refused)).toEqual([
      'Ce rendez-vous est déjà passé.',
      'Aucun rendez-vous à 2026-03-13T09:00 à déplacer.',
    ]);
  });

  it('scores the right appointment, and costs the namesake’s', () => {
    const own = play(namesakes(), { kind: 'cancel', slot: '2026-03-12T09:00', practitioner: 'dr-martin' });
    const other = play(namesakes(), { kind: 'cancel', slot: '2026-03-12T09:00', practitioner: 'dr-roux' });
    const accuracy = (log: typeof own.log) => score(namesakes(), log).criteria.accuracy!;
    expect(accuracy(own.log).evidence.map((e) => e.why)).toContain(
      'Le bon rendez-vous : celui de M. Martin, le 12/03 à 9 h 00.',
    );
    expect(accuracy(own.log).score).toBe(100);
    const wrong = accuracy(other.log);
    expect(wrong.score).toBeLessThan(50);
    expect(wrong.evidence.some((e) => e.points < 0 && /autre patient/.test(e.why))).toBe(true);
  });
});

describe('SMS about an appointment', () => {
  it('is refused where the practice sends none, and logged where it does', () => {
    const sms: ToolAction = {
      kind: 'sms',
      slot: '2026-03-12T09:00',
      practitioner: 'dr-martin',
      purpose: 'confirmation',
    };
    expect(play(namesakes(false), sms).acted[0]?.refused).toBe('Ce cabinet n’envoie pas de SMS.');
    const sent = play(namesakes(true), sms);
    expect(sent.acted[0]).toMatchObject({ slot: { patient: 'M. Martin', own: true } });
    expect(sent.acted[0]?.refused).toBeUndefined();
    expect(score(namesakes(true), sent.log).criteria.accuracy!.evidence.map((e) => e.why)).toContain(
      'Le bon rendez-vous : celui de M. Martin, le 12/03 à 9 h 00.',
    );
  });

  it('needs a booked appointment', () => {
    const { acted } = play(namesakes(true), { kind: 'sms', slot: '2026-03-10T16:00', purpose: 'reminder' });
    expect(acted[0]?.refused).toBe('Aucun rendez-vous à 2026-03-10T16:00 pour un SMS.');
  });
});

describe('rules that wait for an appointment action', () => {
  const directory = testBundle().practice.directory;
  const booked = {
    start: '2026-03-12T09:00',
    minutes: 20,
    practitioner: 'dr-martin',
    was: 'booked' as const,
  };

  it('tell the caller’s own appointment from another’s, wherever a move took it from', () => {
    const move: ToolAction = { kind: 'move', from: '2026-03-12T09:00', to: '2026-03-10T16:00' };
    const to = { ...booked, start: '2026-03-10T16:00', was: 'free' as const };
    const own = { action: move, slot: to, from: { ...booked, patient: 'M. Martin', own: true as const } };
    const other = { action: move, slot: to, from: { ...booked, patient: 'M. Martin' } };
    expect(actionMatches({ action: 'move', appointment: 'own' }, own, directory)).toBe(true);
    expect(actionMatches({ action: 'move', appointment: 'own' }, other, directory)).toBe(false);
    expect(actionMatches({ action: 'move', appointment: 'other' }, other, directory)).toBe(true);
    // A free slot booked is nobody's appointment.
    const book = { action: { kind: 'book', slot: '2026-03-10T16:00' } as ToolAction, slot: to };
    expect(actionMatches({ action: 'book', appointment: 'other' }, book, directory)).toBe(false);
  });

  it('match the patient named, accents and case aside, and a callback’s number', () => {
    const book = { action: { kind: 'book', slot: 'x', patient: 'Mme Hélène LEFÈVRE' } as ToolAction };
    expect(actionMatches({ action: 'book', patient: 'lefevre' }, book, directory)).toBe(true);
    expect(actionMatches({ action: 'book', patient: 'Lefort' }, book, directory)).toBe(false);
    const callback = { action: { kind: 'callback', number: '06 39 98 12 34' } as ToolAction };
    expect(actionMatches({ action: 'callback', to: '0639981234' }, callback, directory)).toBe(true);
    expect(actionMatches({ action: 'callback', to: '06 39 98 00 00' }, callback, directory)).toBe(false);
  });
});
