/**
 * The fixed vocabulary of the scenario format: the closed lists a pack's values come from, and
 * their types. Zod-free on purpose: the browser reads these lists (filters, criteria, verdicts…)
 * but never parses a pack, so it must not pay for the schemas of `schema.ts`, which re-exports
 * everything here for the code that does parse.
 */

export const SCHEMA_VERSION = 1;

export const MOODS = ['calm', 'tense', 'upset'] as const;
export type Mood = (typeof MOODS)[number];

export const SLOT_STATUSES = ['free', 'booked', 'urgent'] as const;
export type SlotStatus = (typeof SLOT_STATUSES)[number];

export const DIRECTORY_KINDS = ['emergency', 'service', 'colleague', 'internal'] as const;
export type DirectoryKind = (typeof DIRECTORY_KINDS)[number];

export const CALLER_STYLES = [
  'anxious',
  'demanding',
  'hurried',
  'undecided',
  'sceptical',
  'aggressive',
  'calm',
  'confused',
] as const;
export type CallerStyle = (typeof CALLER_STYLES)[number];

export const CALLER_TYPES = [
  'anxious',
  'demanding',
  'new-patient-refused',
  'no-slot',
  'urgent',
  'undecided',
  'sceptical',
  'aggressive',
  'relative',
  'professional',
] as const;
export type CallerType = (typeof CALLER_TYPES)[number];

export const CRITERIA = [
  'greeting',
  'identification',
  'empathy',
  'reformulation',
  'timing',
  'orientation',
  'accuracy',
  'role',
  'confidentiality',
  'closing',
] as const;
export type CriterionId = (typeof CRITERIA)[number];

export const ACTIONS = [
  'book',
  'move',
  'cancel',
  'waitlist',
  'callback',
  'sms',
  'message',
  'transfer',
  'redirect',
] as const;
export type ActionKind = (typeof ACTIONS)[number];

/**
 * What a caller can be asked about and answers from the scenario's (or the caller's) `answers`
 * (docs/scenario-format.md); the analyser's `ask_*` intents map onto these.
 */
export const ANSWER_TOPICS = [
  'name',
  /** The name of the patient the caller calls about (a professional or a relative calling). */
  'patientName',
  'spelling',
  'birthdate',
  'phone',
  'address',
  'gp',
  'patientStatus',
  'symptoms',
  'onset',
  'treatment',
] as const;
export type AnswerTopic = (typeof ANSWER_TOPICS)[number];

export const VERDICTS = ['correct', 'acceptable', 'wrong'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** Faults that fail an attempt whatever its score (GUIDE §4, §5). */
export const CRITICAL_RULES = ['red-flag', 'secrecy', 'medical-advice', 'discrimination'] as const;
export type CriticalRule = (typeof CRITICAL_RULES)[number];
