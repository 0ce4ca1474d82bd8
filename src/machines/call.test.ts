import { describe, expect, it } from 'vitest';
import { tinyBundle } from '../../tests/unit/fixtures.ts';
import { createCallSession } from './call.ts';
import type { LogEntry } from './events.ts';
import { parseScript, playScript, ScriptError } from './play.ts';
import { SPEAKING_MS_MAX, SPEAKING_MS_PER_CHAR } from './turn.ts';

const bundle = tinyBundle();
const play = (steps: unknown[], b = bundle) => playScript(b, parseScript({ steps }));
const callerLines = (log: readonly LogEntry[]) =>
  log.flatMap((e) => (e.type === 'caller.say' ? [e.text] : []));
const finalOutcome = (log: readonly LogEntry[]) => log.findLast((e) => e.type === 'outcome');

describe('a call', () => {
  it('rings on the French cadence and ends as a missed call when nobody picks up', () => {
    const { log, view } = play([]);
    const rings = log.filter((e) => e.type === 'ring');
    expect(rings.map((e) => e.t)).toEqual([0, 5000, 10000, 15000, 20000, 25000, 30000, 35000]);
    expect(view.status).toBe('ended');
    expect(log.at(-2)).toMatchObject({ type: 'hangup', by: 'caller', reason: 'missed', t: 40000 });
    expect(finalOutcome(log)).toMatchObject({ id: 'appel-manque', verdict: 'wrong' });
  });

  it('lets the secretary speak first at pickup, then follows the dialogue rules', () => {
    const { log } = play([
      { at: 6, do: 'pickup' },
      { wait: 2, say: 'Cabinet médical du Test, Julie à l’appareil, bonjour.' },
    ]);
    expect(log.find((e) => e.type === 'pickup')?.t).toBe(6000);
    const spoken = log.filter((e) => e.type === 'trainee.say' || e.type === 'caller.say');
    expect(spoken[0]?.type).toBe('trainee.say');
    expect(callerLines(log).slice(0, 2)).toEqual([
      'Bonjour, je voudrais un rendez-vous.',
      'J’ai très mal à la gorge depuis hier.',
    ]);
  });

  it('answers an unexpected line with a plausible reaction and more stress, never getting stuck', () => {
    const { log } = play([{ at: 1, do: 'pickup' }, { say: 'azerty qsdfg' }, { say: 'blorp' }]);
    const confused = log.filter((e) => e.type === 'caller.say' && e.cause === 'confused');
    expect(confused).toHaveLength(2);
    expect(log.filter((e) => e.type === 'stress' && e.why === 'confused')).toHaveLength(2);
    // The caller hangs up in the end (silence), then after-call work runs out.
    expect(log.findLast((e) => e.type !== 'wrapup.end' && e.type !== 'wrapup.start')?.type).toBe('outcome');
  });

  it('prompts after a silence and lets the caller hang up past their patience', () => {
    const { log } = play([{ at: 2, do: 'pickup' }, { wait: 180 }]);
    const prompt = log.find((e) => e.type === 'caller.say' && e.cause === 'prompt');
    expect(prompt?.t).toBe(12000);
    expect(log.find((e) => e.type === 'hangup')).toMatchObject({ by: 'caller', reason: 'silence', t: 32000 });
    expect(finalOutcome(log)?.id).toBe('raccrochage-appelant');
  });

  it('starts the silence clock again whenever the trainee speaks, once the reply is said', () => {
    const { log } = play([{ at: 1, do: 'pickup' }, { wait: 6, say: 'Bonjour madame.' }, { wait: 100 }]);
    // The caller's reply at 7 s, heard out at the speaking pace, then 10 s of silence.
    const reply = callerLines(log.filter((e) => e.t === 7000)).join('');
    expect(reply.length).toBeGreaterThan(0);
    expect(log.find((e) => e.type === 'caller.say' && e.cause === 'prompt')?.t).toBe(
      17000 + Math.round(reply.length * SPEAKING_MS_PER_CHAR),
    );
  });

  it('does not say « Allô ? » while its own long reply would still be heard', () => {
    const talkative = tinyBundle({
      scenario: {
        nodes: {
          fin: { say: 'Merci.', on: [] },
          accueil: {
            say: 'Bonjour, je voudrais un rendez-vous.',
            on: [
              {
                when: { said: ['greeting'] },
                reply:
                  'Alors voilà, c’est une longue histoire : j’ai mal au dos depuis trois semaines, j’ai vu un ostéopathe, puis un autre, et ma voisine m’a dit de venir chez vous parce que le docteur est très bien, alors je voudrais un rendez-vous, si possible pas trop tard.',
              },
            ],
          },
        },
      },
    });
    // Answered 12 s after the 230-character story began: a quick answer, no prompt before it.
    const { log } = play(
      [
        { at: 1, do: 'pickup' },
        { wait: 2, say: 'Cabinet médical, bonjour.' },
        { wait: 12, say: 'Très bien, je regarde.' },
      ],
      talkative,
    );
    expect(log.some((e) => e.type === 'caller.say' && e.cause === 'prompt' && e.t < 15000)).toBe(false);
    // Unanswered, the story is heard out (capped) before the silence counts.
    const silent = play(
      [{ at: 1, do: 'pickup' }, { wait: 2, say: 'Cabinet médical, bonjour.' }, { wait: 100 }],
      talkative,
    );
    const prompt = silent.log.find((e) => e.type === 'caller.say' && e.cause === 'prompt');
    expect(prompt?.t).toBeGreaterThan(3000 + 10_000 + 10_000);
    expect(prompt?.t).toBeLessThanOrEqual(3000 + 10_000 + SPEAKING_MS_MAX);
  });

  it('lets a trainee who is typing a reply finish it without a silence prompt, and replays it', () => {
    const live = createCallSession(bundle);
    live.send({ type: 'trainee.pickup' });
    // Typing from 8 s to 20 s after pickup, as the screen reports it (every few seconds).
    for (const t of [8000, 11000, 14000, 17000, 20000]) {
      live.advance(t - live.view().t);
      live.send({ type: 'trainee.typing' });
    }
    live.advance(9000);
    const log = live.view().log;
    expect(log.filter((e) => e.type === 'trainee.typing')).toHaveLength(5);
    expect(log.some((e) => e.type === 'caller.say' && e.cause === 'prompt')).toBe(false);
    // The silence counts from the last keystroke reported.
    live.advance(2000);
    expect(live.view().log.find((e) => e.type === 'caller.say' && e.cause === 'prompt')?.t).toBe(30000);

    const resumed = createCallSession(bundle, { log: live.view().log });
    expect(JSON.stringify(resumed.view().log)).toBe(JSON.stringify(live.view().log));
  });

  it('books a free slot, settles the outcome and lets the caller close the call', () => {
    const { log, view } = play([
      { at: 3, do: 'pickup' },
      { say: 'Cabinet médical du Test, Julie à l’appareil, bonjour.' },
      { do: 'book', slot: 'first-free', type: 'consultation', patient: 'Mme Test' },
      { say: 'Je vous souhaite une bonne journée, au revoir madame.' },
    ]);
    const action = log.find((e) => e.type === 'trainee.action');
    expect(action).toMatchObject({ slot: { start: '2026-03-10T14:00', was: 'free' } });
    expect(view.agenda.find((s) => s.start === '2026-03-10T14:00')).toMatchObject({
      status: 'booked',
      byTrainee: true,
      patient: 'Mme Test',
    });
    expect(finalOutcome(log)).toMatchObject({ id: 'rdv', verdict: 'correct' });
    expect(log.find((e) => e.type === 'hangup')).toMatchObject({ by: 'caller', reason: 'done' });
  });

  it('refuses to book a slot that is taken, without any other effect', () => {
    const { log } = play([
      { at: 1, do: 'pickup' },
      { do: 'book', slot: '2026-03-10T11:00' },
      { do: 'hangup' },
    ]);
    const action = log.find((e) => e.type === 'trainee.action');
    expect(action).toMatchObject({ refused: 'Ce créneau est déjà pris.' });
    expect(finalOutcome(log)?.id).toBe('sans-suite');
  });

  it('keeps a critical outcome even when a better one is settled later', () => {
    const { log } = play([
      { at: 1, do: 'pickup' },
      { do: 'book', slot: '2026-03-10T11:20' },
      { do: 'redirect', to: '15' },
      { do: 'hangup' },
    ]);
    expect(finalOutcome(log)).toMatchObject({ id: 'urgence-gachee', critical: 'red-flag' });
  });

  it('gives the outcome of the first matching hang-up rule when nothing was settled', () => {
    const { log } = play([{ at: 1, do: 'pickup' }, { do: 'waitlist' }, { do: 'hangup' }]);
    expect(finalOutcome(log)?.id).toBe('liste');
  });

  it('runs the caller’s hold patience, checks in, then hangs up only past it', () => {
    const { log } = play([{ at: 1, do: 'pickup' }, { wait: 2, do: 'hold' }, { wait: 60 }]);
    // Default hold patience: 60 s from the hold at 3 s; then 20 s of grace after checking in.
    const check = log.filter((e) => e.type === 'caller.say' && e.cause === 'hold-check');
    expect(check).toEqual([expect.objectContaining({ t: 63000, text: expect.stringMatching(/^Allô \?/) })]);
    expect(log.find((e) => e.type === 'hangup')).toMatchObject({ by: 'caller', reason: 'hold', t: 83000 });
  });

  it('lets each caller wait on hold as long as their persona bears it', () => {
    const patient = tinyBundle({ caller: { holdPatience: 90 } });
    const { log } = play(
      [
        { at: 1, do: 'pickup' },
        { wait: 2, do: 'hold' },
        { wait: 80, do: 'resume' },
      ],
      patient,
    );
    expect(log.find((e) => e.type === 'resume')?.t).toBe(83000);
    expect(log.some((e) => e.type === 'hangup' && e.reason === 'hold')).toBe(false);
    expect(log.some((e) => e.type === 'caller.say' && e.cause === 'hold-check')).toBe(false);
    expect(callerLines(log)).toContain('Ah, vous revoilà.');
  });

  it('greets back from hold, and the silence clock starts again', () => {
    const { log } = play([
      { at: 1, do: 'pickup' },
      { wait: 2, do: 'hold' },
      { wait: 10, do: 'resume' },
      { wait: 100 },
    ]);
    expect(callerLines(log)).toContain('Ah, vous revoilà.');
    const back = Math.round('Ah, vous revoilà.'.length * SPEAKING_MS_PER_CHAR);
    expect(log.find((e) => e.type === 'caller.say' && e.cause === 'prompt')?.t).toBe(23000 + back);
  });

  it('lets a caller pushed past their stress limit hang up', () => {
    const touchy = tinyBundle({ caller: { stress: 60, stressLimit: 70 } });
    const { log } = play([{ at: 1, do: 'pickup' }, { say: 'Calmez-vous, c’est impossible.' }], touchy);
    expect(log.find((e) => e.type === 'hangup')).toMatchObject({ by: 'caller', reason: 'stress' });
  });

  it('gives the same log, byte for byte, for the same inputs on the same clock', () => {
    const steps = [
      { at: 4, do: 'pickup' },
      { say: 'Cabinet médical du Test, Julie à l’appareil, bonjour.' },
      { wait: 30 },
    ];
    expect(JSON.stringify(play(steps).log)).toBe(JSON.stringify(play(steps).log));
  });

  it('reproduces a call in progress by replaying its log into a fresh session', () => {
    const live = createCallSession(bundle);
    live.advance(7000);
    live.send({ type: 'trainee.pickup' });
    live.advance(3100);
    live.send({ type: 'trainee.say', text: 'Cabinet médical du Test, Julie à l’appareil, bonjour.' });
    live.advance(12000);
    const log = live.view().log;
    const resumed = createCallSession(bundle, { log });
    expect(JSON.stringify(resumed.view().log)).toBe(JSON.stringify(log));
    live.advance(40000);
    resumed.advance(40000);
    expect(JSON.stringify(resumed.view().log)).toBe(JSON.stringify(live.view().log));
  });

  it('replays after-call work and flags as they were: the same log, and the same end', () => {
    const live = createCallSession(bundle);
    live.advance(4000);
    live.send({ type: 'trainee.pickup' });
    live.advance(2000);
    live.send({ type: 'trainee.say', text: 'Cabinet médical du Test, Julie à l’appareil, bonjour.' });
    const said = live.view().log.findIndex((e) => e.type === 'trainee.say');
    live.send({ type: 'trainee.flag', turn: said });
    live.advance(60_000); // the caller hangs up on the silence
    expect(live.view().status).toBe('wrapUp');
    live.send({ type: 'trainee.action', action: { kind: 'message', text: 'Rappeler Mme Test.' } });
    live.advance(5000);
    live.send({ type: 'trainee.done' });
    const log = live.view().log;
    expect(live.view().status).toBe('ended');
    expect(log.filter((e) => e.type.startsWith('wrapup.')).map((e) => e.type)).toEqual([
      'wrapup.start',
      'wrapup.end',
    ]);
    const replayed = createCallSession(bundle, { log });
    expect(JSON.stringify(replayed.view().log)).toBe(JSON.stringify(log));
    expect(replayed.view().status).toBe('ended');
  });

  it('ends a script’s after-call work with « done »', () => {
    const { log } = play([
      { at: 1, do: 'pickup' },
      { wait: 40 },
      { wait: 10, do: 'message', text: 'Rappeler.' },
      { do: 'done' },
    ]);
    expect(log.slice(-3).map((e) => e.type)).toEqual(['wrapup.start', 'trainee.action', 'wrapup.end']);
    expect(log.at(-1)?.t).toBe(55000);
  });

  it('ignores inputs once the call has ended', () => {
    const session = createCallSession(bundle);
    session.send({ type: 'trainee.hangup' });
    const before = session.view().log.length;
    session.send({ type: 'trainee.say', text: 'Allô ?' });
    expect(session.view().log).toHaveLength(before);
    expect(session.view().status).toBe('ended');
  });
});

describe('scripts', () => {
  it('rejects an unknown action with the step and field named in French', () => {
    expect(() => parseScript({ steps: [{ do: 'pickup' }, { do: 'dance' }] })).toThrow(ScriptError);
    expect(() => parseScript({ steps: [{ do: 'book' }] })).toThrow(
      /étape 1 › slot : l’action « book » demande le champ « slot »/,
    );
  });
});
