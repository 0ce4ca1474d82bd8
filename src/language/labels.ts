/** The conversational acts of a trainee utterance (../shared/eval/LABELS.md). */
export const ACT_LABELS = [
  'greeting',
  'empathy',
  'reformulation',
  'question',
  'proposal',
  'reassurance',
  'hold_request',
  'redirect',
  'closing',
  'minimizing',
  'blunt',
  'medical_advice',
  'familiarity',
] as const;
export type ActLabel = (typeof ACT_LABELS)[number];

/** Acts that are faults: they cost the trainee points and raise the caller's stress. */
export const FAULT_ACTS: readonly ActLabel[] = ['minimizing', 'blunt', 'medical_advice', 'familiarity'];

/** One act found in an utterance, with the half-open span [start, end) of text behind it. */
export interface Act {
  type: ActLabel;
  span: [number, number];
}

/** What the analyser needs from a scenario to say more than the acts. */
export interface AnalysisContext {
  facts?: readonly { id: string; keywords: readonly string[] }[];
  /** Names a greeting may present: the practice's name and its practitioners' names. */
  practiceNames?: readonly string[];
}

export interface Analysis {
  acts: Act[];
  /** Ids of the context's facts this utterance rephrases (only when it is a reformulation). */
  facts: string[];
  /** For a greeting: did it name the practice, and did the speaker give their own name? */
  greeting?: { namesPractice: boolean; namesSpeaker: boolean };
}
