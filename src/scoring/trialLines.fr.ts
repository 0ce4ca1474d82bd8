/**
 * The lines a scripted trainee says to carry one act each, for the automatic trials of a
 * scenario's paths (outcomeRange.ts). Data, not structure: each line was checked to read as its
 * act alone with the analyser (outcomeRange.test.ts keeps that true).
 */
import type { ActLabel } from '../language/labels.ts';

export const ACT_LINES: Record<ActLabel, string> = {
  greeting: 'Cabinet médical, bonjour.',
  empathy: 'Je comprends votre inquiétude.',
  reformulation: 'Si je comprends bien, vous appelez pour cela.',
  question: 'Depuis quand est-ce que ça dure ?',
  proposal: 'Je peux vous proposer un rendez-vous demain à 10 h.',
  reassurance: 'Ne vous inquiétez pas, nous allons trouver une solution.',
  hold_request: 'Je vous mets en attente quelques instants, ne quittez pas.',
  redirect: 'Appelez le 15 tout de suite.',
  closing: 'Je vous en prie, au revoir, bonne journée.',
  minimizing: 'Oh, ce n’est pas grave.',
  blunt: 'Je n’ai pas que ça à faire.',
  medical_advice: 'Donnez-lui du Doliprane.',
  familiarity: 'Ok ma belle.',
};

/** A rephrasing that names facts by their first keyword. */
export const rephrase = (words: readonly string[]) =>
  `Si je comprends bien, c’est pour ${words.join(' et ')}.`;

/** A turn that carries no act: for a rule that waits for any line, or for a count of turns. */
export const NEUTRAL_LINE = 'D’accord.';

/** How the courteous trial picks up: the practice named, then the trainee. */
export const greetingLine = (practice: string) => `${practice}, bonjour, Julie à l’appareil.`;

export const MESSAGE_TEXT = (caller: string) => `Merci de rappeler ${caller} au sujet de son appel.`;
export const CALLBACK_NUMBER = '06 12 34 56 78';
