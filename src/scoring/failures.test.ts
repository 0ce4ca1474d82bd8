/**
 * Why a call fails with no critical failure (the scorecard's `failures`): a step the final
 * outcome requires (`requires`, docs/scenario-format.md §8), a wrong outcome, the urgent slot given
 * away — each with the reason the debrief shows.
 */
import { describe, expect, it } from 'vitest';
import { CallLog, GREETING, testBundle, type BundleOptions } from './fixtures.ts';
import { score } from './score.ts';

const WHY_BIRTH = 'Un homonyme au dossier : la date de naissance se vérifie avant de toucher l’agenda.';

const opened = (options: BundleOptions = {}) =>
  new CallLog(testBundle({ stress: 20, ...options }))
    .pickUp(1)
    .wait(2)
    .say(GREETING.text)
    .caller('Bonjour, c’est Mme Essai, pour mon fils Léo, il a de la fièvre depuis hier soir.')
    .wait(3);

/** A good call otherwise: the fact restated, a recap, a courteous goodbye. */
const booked = (call: CallLog) =>
  call
    .say('Si je comprends bien, Léo a de la fièvre depuis hier soir. Votre numéro, s’il vous plaît ?')
    .caller('Le 06 12 34 56 78.')
    .wait(3)
    .book('2026-03-10T16:00', 'consultation')
    .outcome('rdv-donne')
    .say('C’est noté pour aujourd’hui 16 h avec le docteur Martin. Autre chose ? Bonne journée, madame.')
    .caller('Merci, au revoir.')
    .hangUp();

describe('a step the outcome requires', () => {
  const birthdate = { requires: [{ captured: 'birthdate' as const, reason: WHY_BIRTH }] };

  it('fails the call, with the author’s reason, when the date of birth was never captured', () => {
    const call = booked(opened(birthdate));
    const card = score(call.bundle, call.log);
    expect(card.critical).toEqual([]);
    expect(card.passed).toBe(false);
    expect(card.failures).toEqual([expect.objectContaining({ id: 'requirement', rule: WHY_BIRTH })]);
    // The debrief points at the booking made without it.
    const at = card.failures![0]!.evidence[0]!.turn;
    expect(call.log[at]!.type).toBe('trainee.action');
  });

  it.each([
    'Votre date de naissance, s’il vous plaît ?',
    'Il me faudrait la date de naissance de Léo.',
    'Léo est né quel jour ?',
  ])('is met when the trainee asks before booking: « %s »', (ask) => {
    const call = booked(opened(birthdate).say(ask).caller('Le 3 mai 2019.').wait(2));
    expect(score(call.bundle, call.log).failures).toBeUndefined();
  });

  it('is met when the caller gives it unasked before the booking, not after', () => {
    const before = booked(opened(birthdate).caller('Il est né le 3 mai 2019.').wait(2));
    expect(score(before.bundle, before.log).failures).toBeUndefined();
    const after = booked(opened(birthdate)).caller('Il est né le 3 mai 2019.');
    expect(score(after.bundle, after.log).failures?.map((f) => f.id)).toEqual(['requirement']);
  });

  it('checks a tool action and a restated fact the same way', () => {
    const sms = { requires: [{ did: 'sms' as const, reason: 'Le cabinet confirme par SMS.' }] };
    const without = booked(opened(sms));
    expect(score(without.bundle, without.log).failures?.[0]?.rule).toBe('Le cabinet confirme par SMS.');
    const withSms = booked(
      opened(sms).act({ kind: 'sms', slot: '2026-03-10T16:00', purpose: 'confirmation' }),
    );
    expect(score(withSms.bundle, withSms.log).failures).toBeUndefined();

    const fact = { requires: [{ covered: 'depuis-hier', reason: 'Depuis quand : à redire.' }] };
    const restated = booked(opened(fact));
    expect(score(restated.bundle, restated.log).failures).toBeUndefined();
  });

  it('belongs to its outcome: another outcome of the same call does not require it', () => {
    const call = opened(birthdate).act({ kind: 'waitlist', patient: 'Léo Garnier', note: '06 12 34 56 78' });
    const card = score(call.bundle, call.outcome('liste-attente').hangUp().log);
    expect(card.failures).toBeUndefined();
  });
});

describe('a wrong outcome and the urgent slot', () => {
  it('fails a call left with nothing done, saying which outcome and why', () => {
    const call = opened().say('Rappelez demain, madame. Au revoir.').hangUp();
    const card = score(call.bundle, call.log);
    expect(card.outcome.verdict).toBe('wrong');
    expect(card.passed).toBe(false);
    expect(card.failures?.[0]).toMatchObject({ id: 'wrong-outcome' });
    expect(card.failures![0]!.rule).toMatch(/à revoir/);
  });

  it('gives the urgent slot given away a reason naming the slot', () => {
    const call = opened().book('2026-03-10T17:40').outcome('liste-attente').hangUp();
    const card = score(call.bundle, call.log);
    expect(card.passed).toBe(false);
    const slot = card.failures!.find((f) => f.id === 'urgent-slot')!;
    expect(slot.rule).toMatch(/créneau d’urgence du 10\/03 à 17 h 40/);
    expect(call.log[slot.evidence[0]!.turn]!.type).toBe('trainee.action');
  });

  it('leaves a correct call with no failure to show', () => {
    const call = booked(opened());
    const card = score(call.bundle, call.log);
    expect(card.failures).toBeUndefined();
  });
});
