/**
 * The caller's own reactions, driven through a real call actor on the simulated clock with
 * readings as the analyser gives them (intents, entities, confidence). The same behaviour from
 * typed French lines is tested in understanding.test.ts.
 */
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { tinyBundle } from '../../tests/unit/fixtures.ts';
import type { Act, Analysis, Entity, Intent, IntentType } from '../language/labels.ts';
import { callMachineFor } from './call.ts';
import { WRAP_UP_LIMIT_MS } from './callMachine.ts';
import { CallClock } from './clock.ts';
import type { LogEntry, ToolAction } from './events.ts';
import type { AgendaSlot } from './session.ts';

const answers = {
  name: 'Test, Marie Test.',
  birthdate: 'Le 4 mai 1986.',
  phone: ['C’est le 06 12 34 56 78.', 'Je répète : 06 12 34 56 78.'],
};

function call(overrides: Parameters<typeof tinyBundle>[0] = {}, agenda: AgendaSlot[] = []) {
  const bundle = tinyBundle({ ...overrides, scenario: { answers, ...overrides.scenario } });
  bundle.practice.agenda.push(...agenda);
  const clock = new CallClock();
  const actor = createActor(callMachineFor(bundle), { clock, input: { bundle, now: () => clock.now() } });
  actor.start();
  clock.advance(3000);
  actor.send({ type: 'trainee.pickup' });
  const log = (): LogEntry[] => actor.getSnapshot().context.log;
  const lastLine = () => log().findLast((e) => e.type === 'caller.say');
  return {
    actor,
    clock,
    log,
    lastLine,
    say(analysis: Partial<Analysis>, text = '…') {
      clock.advance(2000);
      actor.send({ type: 'trainee.say', text, analysis: { acts: [], facts: [], ...analysis } });
      return lastLine();
    },
    act(action: ToolAction) {
      clock.advance(2000);
      actor.send({ type: 'trainee.action', action });
      return lastLine();
    },
  };
}

const act = (type: Act['type']): Act => ({ type, span: [0, 1] });
const intent = (type: IntentType, confidence = 0.9): Intent => ({ type, span: [0, 1], confidence });
const entity = (kind: Entity['kind'], value: string): Entity => ({
  kind,
  value,
  span: [0, 1],
  confidence: 0.9,
});
const greeting = { acts: [act('greeting')] };
const offer = (date: string, time: string) => ({
  acts: [act('proposal')],
  intents: [intent('offer_slot')],
  entities: [entity('date', date), entity('time', time)],
});

describe('the caller answers what is asked', () => {
  it('answers identity questions from the scenario, whatever node the dialogue is in', () => {
    const c = call();
    c.say(greeting);
    expect(c.say({ acts: [act('question')], intents: [intent('ask_birthdate')] })).toMatchObject({
      text: 'Le 4 mai 1986.',
      cause: 'answer',
    });
    expect(c.say({ acts: [act('question')], intents: [intent('ask_phone')] })?.text).toBe(
      'C’est le 06 12 34 56 78.',
    );
    // Asked again: the next variant.
    expect(c.say({ acts: [], intents: [intent('ask_phone')] })?.text).toBe('Je répète : 06 12 34 56 78.');
    expect(
      c.say({
        acts: [act('question'), act('empathy')],
        intents: [intent('ask_name'), intent('ask_birthdate')],
      })?.text,
    ).toBe('Test, Marie Test. Le 4 mai 1986.');
    // The dialogue did not move: still the node after the greeting.
    expect(c.actor.getSnapshot().context.node).toBe('demande');
  });

  it('says it does not know what the scenario does not say, without stress', () => {
    const c = call();
    const stress = c.actor.getSnapshot().context.stress;
    expect(c.say({ acts: [act('question')], intents: [intent('ask_gp')] })).toMatchObject({
      cause: 'dont-know',
    });
    expect(c.actor.getSnapshot().context.stress).toBe(stress);
    expect(c.say({ acts: [act('question')], intents: [intent('ask_gp'), intent('ask_name')] })?.text).toMatch(
      /^Test, Marie Test\. .+/,
    );
  });

  it('answers a side question a dialogue rule let through', () => {
    const c = call();
    c.say(greeting);
    const line = c.say(
      { acts: [act('reformulation')], facts: ['motif'], intents: [intent('ask_birthdate')] },
      'Si je comprends bien, mal à la gorge. Sa date de naissance ?',
    );
    const lines = c
      .log()
      .filter((e) => e.type === 'caller.say')
      .slice(-2);
    expect(lines.map((e) => e.type === 'caller.say' && e.text)).toEqual(['Oui, c’est ça.', 'Le 4 mai 1986.']);
    expect(line?.cause).toBe('answer');
  });
});

describe('the caller hears slots offered in words', () => {
  it('accepts a free slot, saying it back, and the tool booking it is not silent', () => {
    const c = call();
    c.say(greeting);
    expect(c.say(offer('2026-03-10', '14:00'))).toMatchObject({ text: 'Merci beaucoup.', node: 'fin' });
    // It moved the dialogue as its booking would, but settled nothing yet.
    expect(c.actor.getSnapshot().context.node).toBe('fin');
    expect(c.log().some((e) => e.type === 'outcome')).toBe(false);
    expect(c.act({ kind: 'book', slot: '2026-03-10T14:00' })).toMatchObject({ cause: 'ack' });
    expect(c.log().findLast((e) => e.type === 'outcome')).toMatchObject({ id: 'rdv' });
  });

  it('questions a slot that is taken, kept for urgencies, past or not in the agenda', () => {
    const c = call();
    c.say(greeting);
    expect(c.say(offer('2026-03-10', '11:00'))?.text).toMatch(/^Aujourd’hui à 11 h \? .*libre/);
    expect(c.say(offer('2026-03-10', '11:20'))?.text).toMatch(/urgences/);
    expect(c.say(offer('2026-03-10', '09:00'))?.text).toMatch(/passé/);
    expect(c.say(offer('2026-03-12', '09:00'))?.text).toMatch(/^Jeudi 12 mars à 9 h \?/);
    expect(c.actor.getSnapshot().context.node).toBe('demande');
  });

  it('questions a free slot of a type the call does not need', () => {
    const typed = { minutes: 45, practitioner: 'dr-essai', status: 'free' as const, type: 'bilan' };
    const c = call({ scenario: { booking: { types: ['consultation'] } } }, [
      { ...typed, start: '2026-03-11T09:00' },
      { ...typed, start: '2026-03-11T16:00', type: 'consultation' },
    ]);
    c.say(greeting);
    expect(c.say(offer('2026-03-11', '09:00'))?.text).toMatch(/^Demain à 9 h \? .*bon/);
    expect(c.say(offer('2026-03-11', 'afternoon'))?.text).toBe('Merci beaucoup.');
  });

  it('asks when it is after a booking done without a word, and takes the answer', () => {
    const c = call();
    c.say(greeting);
    expect(c.act({ kind: 'book', slot: '2026-03-10T14:00' })).toMatchObject({
      cause: 'when-booked',
      text: expect.stringMatching(/quand|quel jour/),
    });
    expect(c.log().findLast((e) => e.type === 'outcome')).toMatchObject({ id: 'rdv' });
    expect(
      c.say({ acts: [], intents: [intent('confirm')], entities: [entity('time', '14:00')] }, 'À 14 h.'),
    ).toMatchObject({ text: 'Merci beaucoup.' });
  });

  it('takes a booking announced just before as announced', () => {
    const c = call();
    c.say(greeting);
    c.say({ acts: [act('proposal')] }, 'Je vous propose cet après-midi.');
    expect(c.act({ kind: 'book', slot: '2026-03-10T14:00' })?.text).toBe('Merci beaucoup.');
  });
});

describe('the caller waits, acknowledges and asks', () => {
  it('waits while the trainee looks, and bears a longer silence then', () => {
    const c = call();
    c.say(greeting);
    const looks = { type: 'announce_action' as const, span: [0, 10] as [number, number], confidence: 0.8 };
    expect(c.say({ acts: [], intents: [looks] }, 'Je regarde ce qu’on a.')?.cause).toBe('wait');
    expect(c.actor.getSnapshot().status).toBe('active');
    c.clock.advance(25_000);
    expect(c.log().some((e) => e.type === 'caller.say' && e.cause === 'prompt')).toBe(false);
    c.clock.advance(10_000);
    expect(c.log().some((e) => e.type === 'caller.say' && e.cause === 'prompt')).toBe(true);
  });

  it('asks to clarify an unsure reading instead of reacting to it, in turn through variants', () => {
    const c = call();
    const first = c.say({ acts: [act('greeting')], confidence: 0.3 });
    const second = c.say({ acts: [act('greeting')], confidence: 0.3 });
    expect(first?.cause).toBe('clarify');
    expect(second?.text).not.toBe(first?.text);
    expect(c.actor.getSnapshot().context.node).toBe('accueil');
    expect(c.log().some((e) => e.type === 'stress' && e.why === 'confused')).toBe(false);
  });

  it('asks to clarify a line understood but unexpected here, never « Pardon ? »', () => {
    const c = call();
    expect(c.say({ acts: [act('empathy')] })?.cause).toBe('clarify');
    expect(c.say({ acts: [], intents: [intent('confirm')] })?.cause).toBe('ack');
  });
});

describe('after-call work', () => {
  it('keeps the tools after the caller hangs up, until the trainee is done', () => {
    const c = call();
    c.say(greeting);
    c.clock.advance(60_000); // prompted, then past patience: the caller hangs up
    expect(c.log().at(-1)).toMatchObject({ type: 'wrapup.start' });
    expect(c.actor.getSnapshot().value).toBe('wrapUp');
    c.act({ kind: 'message', text: 'Rappeler Mme Test.' });
    c.actor.send({ type: 'trainee.say', text: 'Allô ?', analysis: { acts: [], facts: [] } });
    c.clock.advance(1000);
    c.actor.send({ type: 'trainee.done' });
    const tail = c
      .log()
      .slice(-3)
      .map((e) => e.type);
    expect(tail).toEqual(['wrapup.start', 'trainee.action', 'wrapup.end']);
    expect(c.actor.getSnapshot().status).toBe('done');
  });

  it('ends by itself at its time limit', () => {
    const c = call();
    c.clock.advance(60_000);
    const start = c.log().find((e) => e.type === 'wrapup.start')!;
    c.clock.advance(WRAP_UP_LIMIT_MS + 1000);
    expect(c.log().at(-1)).toEqual({ t: start.t + WRAP_UP_LIMIT_MS, type: 'wrapup.end', by: 'limit' });
  });

  it('does not follow a hang-up by the trainee', () => {
    const c = call();
    c.actor.send({ type: 'trainee.hangup' });
    expect(c.log().some((e) => e.type === 'wrapup.start')).toBe(false);
    expect(c.actor.getSnapshot().status).toBe('done');
  });
});

describe('flags', () => {
  it('logs a flag on a trainee line once, and ignores one on anything else', () => {
    const c = call();
    c.say(greeting, 'Bonjour');
    const turn = c.log().findIndex((e) => e.type === 'trainee.say');
    c.actor.send({ type: 'trainee.flag', turn });
    c.actor.send({ type: 'trainee.flag', turn });
    c.actor.send({ type: 'trainee.flag', turn: 0 });
    expect(c.log().filter((e) => e.type === 'trainee.flag')).toEqual([
      { t: expect.any(Number), type: 'trainee.flag', turn },
    ]);
  });
});
