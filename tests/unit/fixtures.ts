/** A small scenario bundle for machine and scoring tests, independent of content/. */
import { createCallSession } from '../../src/machines/call.ts';
import type { LogEntryOf } from '../../src/machines/events.ts';
import {
  Caller,
  Practice,
  Scenario,
  type CallBundle,
  type ScenarioBundle,
} from '../../src/scenarios/schema.ts';

export function tinyBundle(
  overrides: { scenario?: Record<string, unknown>; caller?: Record<string, unknown> } = {},
): ScenarioBundle {
  const practice = Practice.parse({
    schemaVersion: 1,
    id: 'cabinet-test',
    name: 'Cabinet médical du Test',
    specialty: 'Médecine générale',
    address: '1 rue des Essais, 31000 Toulouse',
    phone: '05 00 00 00 00',
    practitioners: [{ id: 'dr-essai', name: 'Docteur Essai', specialty: 'Médecine générale' }],
    appointmentTypes: [{ id: 'consultation', label: 'Consultation', minutes: 20 }],
    rules: { newPatients: 'accepted', urgentSlotsPerDay: 1, waitlist: true },
    consignes: ['Toujours reformuler la demande.'],
    hours: [{ days: 'Lundi au vendredi', from: '08:00', to: '19:00' }],
    directory: [
      { id: 'samu', label: 'SAMU', number: '15', kind: 'emergency' },
      { id: 'garde', label: 'Médecin de garde', number: '116 117', kind: 'service' },
      { id: 'dr-voisin', label: 'Docteur Voisin', number: '05 11 22 33 44', kind: 'colleague' },
    ],
    agenda: [
      {
        start: '2026-03-10T09:00',
        minutes: 20,
        practitioner: 'dr-essai',
        status: 'booked',
        patient: 'M. Passé',
      },
      {
        start: '2026-03-10T11:00',
        minutes: 20,
        practitioner: 'dr-essai',
        status: 'booked',
        patient: 'Mme Prise',
      },
      { start: '2026-03-10T11:20', minutes: 20, practitioner: 'dr-essai', status: 'urgent' },
      { start: '2026-03-10T14:00', minutes: 20, practitioner: 'dr-essai', status: 'free' },
    ],
  });
  const caller = Caller.parse({
    schemaVersion: 1,
    id: 'appelant-test',
    name: 'Mme Test',
    age: 40,
    style: 'anxious',
    stress: 50,
    patience: 20,
    lines: {
      prompt: 'Allô ? Vous êtes toujours là ?',
      confused: { calm: 'Pardon ?', tense: 'Je ne comprends pas ce que vous me dites.' },
      holdBack: 'Ah, vous revoilà.',
      hangup: 'Bon, je raccroche.',
    },
    ...overrides.caller,
  });
  const scenario = Scenario.parse({
    schemaVersion: 1,
    id: 'scenario-test',
    version: 1,
    title: 'Appel de test',
    summary: 'Une patiente veut un rendez-vous.',
    difficulty: 1,
    callerType: 'anxious',
    skills: ['empathy'],
    practice: 'cabinet-test',
    caller: 'appelant-test',
    moment: '2026-03-10T10:00',
    targetDuration: 120,
    facts: [{ id: 'motif', label: 'mal de gorge', keywords: ['gorge'] }],
    start: 'accueil',
    nodes: {
      accueil: {
        say: { calm: 'Bonjour, je voudrais un rendez-vous.', upset: 'Enfin ! Je voudrais un rendez-vous.' },
        on: [{ when: { said: 'greeting' }, goto: 'demande' }],
      },
      demande: {
        say: 'J’ai très mal à la gorge depuis hier.',
        prompt: 'Vous m’entendez ?',
        on: [
          {
            when: { said: 'reformulation', covered: ['motif'] },
            reply: 'Oui, c’est ça.',
            effects: { stress: -10 },
          },
          { when: { did: { action: 'book', slot: 'routine' } }, settle: 'rdv', goto: 'fin' },
        ],
      },
      fin: { say: 'Merci beaucoup.', on: [{ when: { said: 'closing' }, reply: 'Au revoir.', end: true }] },
    },
    anytime: [
      {
        when: { did: { action: 'redirect', to: '15' } },
        settle: 'samu-inutile',
        reply: 'Le 15 ? Pour une angine ?',
      },
      { when: { did: { action: 'book', slot: 'urgent' } }, settle: 'urgence-gachee', goto: 'fin' },
    ],
    onHangup: [{ when: { done: 'waitlist' }, outcome: 'liste' }],
    outcomes: {
      rdv: { label: 'Rendez-vous donné', verdict: 'correct', reason: 'Un créneau libre convenait.' },
      liste: { label: 'Liste d’attente', verdict: 'acceptable', reason: 'Un créneau était libre.' },
      'samu-inutile': { label: 'Orientée vers le 15', verdict: 'wrong', reason: 'Pas une urgence vitale.' },
      'urgence-gachee': {
        label: 'Créneau d’urgence pris',
        verdict: 'wrong',
        critical: 'red-flag',
        reason: 'Test.',
      },
    },
    debrief: ['Reformuler avant d’agir.'],
    model: [
      { who: 'trainee', text: 'Cabinet médical du Test, Julie à l’appareil, bonjour.' },
      { who: 'caller', text: 'Bonjour, je voudrais un rendez-vous.' },
    ],
    ...overrides.scenario,
  });
  return { scenario, practice, caller };
}

/**
 * A call picked up 4 s after the first ring, then the given trainee lines 3 s apart, on the
 * simulated clock; the caller's lines after the last one are its reaction.
 */
export function callWith(bundle: CallBundle, lines: readonly string[]) {
  const session = createCallSession(bundle);
  session.advance(4000);
  session.send({ type: 'trainee.pickup' });
  for (const text of lines) {
    session.advance(3000);
    session.send({ type: 'trainee.say', text });
  }
  const log = session.view().log;
  const last = log.findLastIndex((e) => e.type === 'trainee.say');
  const reaction = log.slice(last).filter((e): e is LogEntryOf<'caller.say'> => e.type === 'caller.say');
  return { session, log, reaction };
}
