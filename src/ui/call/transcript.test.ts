import { beforeAll, describe, expect, it } from 'vitest';
import type { LogEntry } from '../../machines/events.ts';
import type { ScenarioBundle } from '../../scenarios/schema.ts';
import { coreBundle } from './testing.ts';
import { transcriptLines } from './transcript.ts';
import { typo } from '../i18n/typography.ts';

let bundle: ScenarioBundle;
beforeAll(async () => {
  bundle = await coreBundle('fievre-enfant-fin-de-journee');
});

const log: LogEntry[] = [
  { t: 0, type: 'ring', n: 1 },
  { t: 5000, type: 'ring', n: 2 },
  { t: 6200, type: 'pickup' },
  { t: 6200, type: 'caller.say', text: 'Allô ? Bonsoir…', node: 'accueil', mood: 'tense', cause: 'node' },
  { t: 9000, type: 'trainee.say', text: 'Cabinet de pédiatrie du Canal, bonsoir.', acts: [], facts: [] },
  { t: 9000, type: 'stress', value: 50, delta: -5, why: 'act' },
  {
    t: 21000,
    type: 'caller.say',
    text: 'Allô ? Vous êtes toujours là ?',
    node: 'motif',
    mood: 'tense',
    cause: 'prompt',
  },
  {
    t: 30000,
    type: 'trainee.action',
    action: {
      kind: 'book',
      slot: '2026-03-11T08:50',
      practitioner: 'dr-ferrand',
      type: 'consultation',
      patient: 'Noé Berthier',
    },
    slot: {
      start: '2026-03-11T08:50',
      minutes: 20,
      practitioner: 'dr-ferrand',
      was: 'free',
      type: 'consultation',
    },
  },
  {
    t: 32000,
    type: 'trainee.action',
    action: { kind: 'book', slot: '2026-03-10T09:00' },
    refused: 'Ce créneau est déjà passé.',
  },
  { t: 35000, type: 'trainee.action', action: { kind: 'redirect', to: '116117' } },
  { t: 36000, type: 'outcome', id: 'garde-et-rdv', verdict: 'correct' },
  { t: 40000, type: 'hangup', by: 'caller', reason: 'silence' },
];

describe('the live transcript', () => {
  it('shows what was said and done, not the machinery', () => {
    const lines = transcriptLines(log, bundle.practice);
    expect(lines.map((l) => [l.who, l.kind])).toEqual([
      ['system', 'event'],
      ['caller', 'say'],
      ['trainee', 'say'],
      ['caller', 'prompt'],
      ['trainee', 'action'],
      ['system', 'refused'],
      ['trainee', 'action'],
      ['system', 'event'],
    ]);
    // Keys are log indexes: appending never changes an earlier line's key.
    expect(lines.map((l) => l.key)).toEqual([2, 3, 4, 6, 7, 8, 9, 11]);
  });

  it('counts the rings at pickup', () => {
    expect(transcriptLines(log, bundle.practice)[0]!.text).toBe('Vous avez décroché (2 sonneries).');
  });

  it('describes a booking in French with its details', () => {
    const booking = transcriptLines(log, bundle.practice).find((l) => l.kind === 'action')!;
    expect(booking.text).toBe(typo('Rendez-vous réservé : mercredi 11 mars, 8 h 50'));
    expect(booking.detail).toContain('20 min');
    expect(booking.detail).toContain('Docteure Léa Ferrand');
    expect(booking.detail).toContain('pour Noé Berthier');
  });

  it('says why an action was refused and what was tried', () => {
    const refused = transcriptLines(log, bundle.practice).find((l) => l.kind === 'refused')!;
    expect(refused.text).toBe(typo('Action refusée : Ce créneau est déjà passé.'));
    expect(refused.detail).toBe(typo('Réservation demandée : mardi 10 mars, 9 h'));
  });

  it('names the service a caller was sent to', () => {
    const redirect = transcriptLines(log, bundle.practice).filter((l) => l.kind === 'action')[1]!;
    expect(redirect.text).toMatch(/^Orienté vers\s: .+ \(116 117\)$/);
  });

  it('says why the call ended', () => {
    expect(transcriptLines(log, bundle.practice).at(-1)!.text).toBe(
      'L’appelant a raccroché après un long silence.',
    );
  });
});
