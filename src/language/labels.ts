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
  /** How sure the reading is (issue #14); absent on logs written before it. */
  confidence?: Confidence;
  /**
   * On `redirect`: the number is given for later or on a condition (« si ça ne passe pas,
   * faites le 15 », « rappelez le 15 ce soir ») rather than now.
   */
  conditional?: boolean;
}

/** What the analyser needs from a scenario to say more than the acts. */
export interface AnalysisContext {
  facts?: readonly { id: string; keywords: readonly string[] }[];
  /** Names a greeting may present: the practice's name and its practitioners' names. */
  practiceNames?: readonly string[];
  /** The call's "now" as a local date-time (YYYY-MM-DDTHH:MM), for relative dates. */
  now?: string;
  /** The practice's practitioners, for `practitioner` entities. */
  practitioners?: readonly string[];
}

export interface Analysis {
  acts: Act[];
  /** Ids of the context's facts this utterance rephrases (only when it is a reformulation). */
  facts: string[];
  /** For a greeting: did it name the practice, and did the speaker give their own name? */
  greeting?: { namesPractice: boolean; namesSpeaker: boolean };
  /** What the line asks, offers or announces (issue #14). */
  intents?: Intent[];
  entities?: Entity[];
  /** The lowest confidence of the readings that matter for the caller's reaction. */
  confidence?: Confidence;
}

/**
 * What a line does beyond the 13 acts, for the caller and the scorer (issue #14). The acts keep
 * their LABELS.md meaning and stay what `eval` measures; intents and entities are read beside them.
 */
export const INTENTS = [
  /** « Que puis-je pour vous ? », « C'est à quel sujet ? » */
  'ask_reason',
  /** « Vous êtes madame ? », « Votre nom, s'il vous plaît », « il me faudrait votre nom » */
  'ask_name',
  /** « Vous pouvez m'épeler ? » */
  'ask_spelling',
  'ask_birthdate',
  'ask_phone',
  'ask_address',
  /** « Qui est votre médecin traitant ? » */
  'ask_gp',
  /** « Vous êtes déjà patiente du cabinet ? » */
  'ask_patient_status',
  /** « Qu'est-ce qu'elle a ? », « Il a de la fièvre ? » */
  'ask_symptom',
  /** « Depuis quand ? » */
  'ask_onset',
  /** « Elle prend un traitement ? » */
  'ask_treatment',
  /** « Je peux vous proposer demain 18 h 20 »: a slot offered in words (entities carry when). */
  'offer_slot',
  /** « C'est noté pour jeudi 9 h », « je vous confirme… »: a recap or a confirmation. */
  'confirm',
  /** « Je transmets au docteur », « je regarde ce qu'on a »: the trainee says what they do now. */
  'announce_action',
  /** « Je vous mets en attente », « ne quittez pas » */
  'announce_hold',
  /** « Merci d'avoir patienté », « me revoilà », « désolée pour l'attente »: back from a hold. */
  'hold_return',
  /** « Je n'ai rien demain », « il n'y a plus de place cette semaine »: no slot then, not an offer. */
  'no_slot',
  /** « Si ça s'aggrave, rappelez / faites le 15 »: advice for later, not an orientation now. */
  'safety_net',
  /** A refusal citing cover (CMU/C2S, AME, mutuelle), origin, handicap, age or pathology. */
  'discriminatory_refusal',
  /** Something told about another person's appointment, results or health. */
  'third_party_disclosure',
  /** « Raccrochez et appelez le 15 », « vous pouvez raccrocher »: end this call and call elsewhere now. */
  'send_off',
] as const;
export type IntentType = (typeof INTENTS)[number];

/** 0 (a guess) to 1 (certain): how sure the analyser is of a reading. */
export type Confidence = number;

export interface Intent {
  type: IntentType;
  span: [number, number];
  confidence: Confidence;
}

export const ENTITY_KINDS = [
  /** `value`: YYYY-MM-DD, resolved against the context's `now` (« demain », « jeudi », « le 17 »). */
  'date',
  /** `value`: HH:MM (« 18 h 20 », « 9h », « midi »), or a part of the day: morning | afternoon | evening. */
  'time',
  /** `value`: digits only. */
  'phone',
  /** `value`: the number as dialled: 15, 112, 17, 18, 114, 116117, 3624, 3237, 3114, 119, 3919. */
  'emergency_number',
  /** `value`: the practitioner's name as the context lists it. */
  'practitioner',
  /** `value`: the trainee's own first name, as they said it. */
  'speaker_name',
  /** `value`: the drug, folded (« doliprane », « paracetamol »). */
  'drug',
  /** `value`: the dose as said (« 500 mg », « deux comprimés », « double dose »). */
  'dose',
  /** `value`: the care, folded (« bain tiede », « suppositoire », « poche de glace »). */
  'home_care',
] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export interface Entity {
  kind: EntityKind;
  value: string;
  span: [number, number];
  confidence: Confidence;
}
