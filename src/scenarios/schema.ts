/**
 * The scenario pack format: practices, callers and scenarios are data, validated here.
 * Every condition and effect a scenario may name is a key of a strict object below, so a
 * misspelled name is a schema error at load time, never a silently ignored XState action.
 * docs/scenario-format.md documents this file for trainers.
 */
import { ACT_LABELS } from '../language/labels.ts';
import { z } from '../zod.ts';
import { MESSAGES } from './errors.ts';
import {
  ACTIONS,
  ANSWER_TOPICS,
  CALLER_STYLES,
  CALLER_TYPES,
  CRITERIA,
  CRITICAL_RULES,
  DIRECTORY_KINDS,
  SCHEMA_VERSION,
  SLOT_STATUSES,
  VERDICTS,
} from './vocabulary.ts';

// The vocabulary lives in a zod-free module the browser can import; it stays reachable from here.
export * from './vocabulary.ts';

const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'identifiant attendu : lettres minuscules, chiffres et tirets');
const text = z.string().trim().min(1, 'texte vide');
const clockTime = z.string().regex(/^\d{2}:\d{2}$/, 'heure attendue au format HH:MM');
const localDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'date et heure attendues au format AAAA-MM-JJTHH:MM');

/** Recorded caller lines: the formats browsers play, and the size of one clip. */
export const AUDIO_CLIPS = {
  extensions: ['.mp3', '.ogg', '.wav', '.m4a'],
  maxBytes: 300 * 1024,
} as const;

/** Why a clip path is not a plain path inside the pack with an allowed extension, in French. */
export function clipPathProblem(path: string): string | undefined {
  if (path === '') return MESSAGES.clipEmpty();
  if (path.includes('\\')) return MESSAGES.clipBackslash();
  if (path.startsWith('/') || /^[a-z][a-z0-9+.-]*:/i.test(path)) return MESSAGES.clipAbsolute();
  const segments = path.split('/');
  if (segments.includes('..')) return MESSAGES.clipOutsidePack();
  if (segments.some((segment) => segment === '' || segment === '.')) return MESSAGES.clipMalformed();
  const extension = /\.[^./]+$/.exec(path)?.[0].toLowerCase();
  if (!extension || !(AUDIO_CLIPS.extensions as readonly string[]).includes(extension))
    return MESSAGES.clipExtension(extension, AUDIO_CLIPS.extensions);
  return undefined;
}

/** A clip file, relative to the pack folder. */
const clipPath = z
  .string()
  .trim()
  .superRefine((path, ctx) => {
    const problem = clipPathProblem(path);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/** A caller line: one text, or one per mood (calm is required, the others fall back to it). */
export const MoodLines = z.union([
  text,
  z.strictObject({ calm: text, tense: text.optional(), upset: text.optional() }),
]);
export type MoodLines = z.infer<typeof MoodLines>;

/** One line or several variants, said in turn (the first, then the second…, then round again). */
export const LineVariants = z.union([MoodLines, z.array(MoodLines).min(1, 'au moins une réplique')]);
export type LineVariants = z.infer<typeof LineVariants>;

/**
 * What the caller answers when asked (name, date of birth, phone…), in their own words. A topic
 * left out is one the caller does not know: they say so, in character.
 */
export const Answers = z.strictObject(
  Object.fromEntries(ANSWER_TOPICS.map((topic) => [topic, LineVariants.optional()])) as Record<
    (typeof ANSWER_TOPICS)[number],
    z.ZodOptional<typeof LineVariants>
  >,
);
export type Answers = z.infer<typeof Answers>;

// ---------------------------------------------------------------- practice

/** A date and time, or a scenario variable that holds one (`{rdv.start}`: see `variables`). */
const slotTime = z
  .string()
  .regex(
    /^(?:\d{4}-\d{2}-\d{2}T\d{2}:\d{2}|\{[a-z][a-zA-Z0-9]*(?:\.[a-z][a-zA-Z0-9]*)?\})$/,
    'date et heure attendues au format AAAA-MM-JJTHH:MM (ou une variable du scénario : « {rdv.debut} »)',
  );

export const Slot = z.strictObject({
  start: slotTime,
  minutes: z.number().int().positive().max(240),
  practitioner: id,
  /** free: bookable; booked: taken; urgent: kept for same-day urgent cases by the consignes. */
  status: z.enum(SLOT_STATUSES),
  type: id.optional(),
  /** Fictional patient name on a booked slot. */
  patient: text.optional(),
  /**
   * The patient's date of birth on a booked slot (« 12/04/1956 »): what tells two namesakes
   * apart when the trainee moves or cancels an existing appointment.
   */
  birthDate: text.optional(),
});
export type Slot = z.infer<typeof Slot>;

export const DirectoryEntry = z.strictObject({
  id,
  label: text,
  /** What the trainee dials or redirects to: "15", "116 117", "3624", "05 61 00 00 00". */
  number: text,
  kind: z.enum(DIRECTORY_KINDS),
  when: text.optional(),
});
export type DirectoryEntry = z.infer<typeof DirectoryEntry>;

/**
 * The permanence des soins (doctor on call) where the practice is: its number (the 116 117, or
 * the 15 in regions that chose it), its hours, and who takes over between closing time and
 * then (SOS Médecins, 3624, where it exists; the 15 otherwise). Each number is in the directory.
 */
export const OnCall = z.strictObject({
  number: text,
  /** Weekday evenings from this time (20:00)… */
  weekdaysFrom: clockTime.default('20:00'),
  /** …to this time the next morning (08:00). */
  until: clockTime.default('08:00'),
  /** Saturdays from this time (12:00); Sundays and holidays all day. */
  saturdayFrom: clockTime.default('12:00'),
  /** Between the practice's closing time and `weekdaysFrom`: « 3624 » or « 15 ». */
  beforeThen: text,
});
export type OnCall = z.output<typeof OnCall>;

export const Practice = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id,
  name: text,
  specialty: text,
  address: text,
  phone: text,
  practitioners: z.array(z.strictObject({ id, name: text, specialty: text })).min(1, 'au moins un praticien'),
  appointmentTypes: z
    .array(
      z.strictObject({
        id,
        label: text,
        minutes: z.number().int().positive().max(240),
        practitioner: id.optional(),
      }),
    )
    .min(1, 'au moins un type de rendez-vous'),
  rules: z.strictObject({
    newPatients: z.enum(['accepted', 'refused', 'case-by-case']),
    urgentSlotsPerDay: z.number().int().min(0).max(20),
    waitlist: z.boolean(),
    messageMustContain: z.array(text).default([]),
    /** The practice sends SMS reminders and confirmations: the agenda offers the tool. */
    sms: z.boolean().default(false),
  }),
  /** The permanence des soins the consignes send callers to after hours. */
  onCall: OnCall.optional(),
  /** The practice's instructions as the trainee reads them, one per line. */
  consignes: z.array(text).min(1, 'au moins une consigne'),
  hours: z.array(z.strictObject({ days: text, from: clockTime, to: clockTime })).min(1),
  directory: z.array(DirectoryEntry).min(1, 'au moins un numéro dans l’annuaire'),
  agenda: z.array(Slot).min(1, 'au moins un créneau dans l’agenda'),
});
export type Practice = z.infer<typeof Practice>;

// ---------------------------------------------------------------- caller

export const Caller = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id,
  name: text,
  age: z.number().int().min(0).max(120),
  /** Who the call is about, when it is not the caller: « sa fille Inès, 4 ans ». */
  forWhom: text.optional(),
  style: z.enum(CALLER_STYLES),
  /** Initial stress, 0–100. */
  stress: z.number().min(0).max(100),
  /** At or above this stress the caller hangs up. */
  stressLimit: z.number().min(1).max(100).default(100),
  /** Seconds of silence tolerated after a silence prompt before hanging up. */
  patience: z.number().int().min(5).max(600),
  /**
   * Seconds on hold before the caller checks in (« Allô ? Vous êtes toujours là ? »); they hang
   * up only if still on hold some time after that. In practice 45 to 90 seconds.
   */
  holdPatience: z.number().int().min(10).max(600).default(60),
  /** What this caller answers in every scenario (a scenario's own `answers` win). */
  answers: Answers.optional(),
  voice: z
    .strictObject({
      gender: z.enum(['female', 'male']),
      rate: z.number().min(0.5).max(2).default(1),
      pitch: z.number().min(0).max(2).default(1),
    })
    .optional(),
  /** Generic lines, used when a scenario node has none of its own. */
  lines: z.strictObject({
    prompt: MoodLines,
    confused: MoodLines,
    holdBack: MoodLines,
    hangup: MoodLines,
    /** The caller did not quite get it and asks (else built-in variants). */
    clarify: LineVariants.optional(),
    /** Asked something they do not know (else built-in variants). */
    dontKnow: LineVariants.optional(),
    /** The trainee says they are looking or doing something: the caller waits. */
    wait: LineVariants.optional(),
    /** On hold past their patience, the caller checks in. */
    holdCheck: LineVariants.optional(),
    /** A free slot offered in words; « {créneau} » is replaced by the slot said back. */
    offerAccepted: LineVariants.optional(),
    /** A slot offered in words that is taken, not the right kind, or kept for urgencies. */
    offerQuestioned: LineVariants.optional(),
    /** A booking done without a word: the caller asks when it is. */
    whenBooked: LineVariants.optional(),
    /** A recap or confirmation the scenario does not react to: the caller acknowledges. */
    ack: LineVariants.optional(),
  }),
});
export type Caller = z.infer<typeof Caller>;

// ---------------------------------------------------------------- scenario

const act = z.enum(ACT_LABELS);
const oneOrMany = <T extends z.ZodType>(item: T) =>
  z.union([item, z.array(item).min(1)]).transform((v) => (Array.isArray(v) ? v : [v]));

const ActionMatchObject = z.strictObject({
  action: z.enum(ACTIONS),
  /** redirect / transfer / callback / sms: the number or target ("15", "116 117", "doctor", "colleague", "06 39 98 12 34"). */
  to: text.optional(),
  /** book: which kind of slot. */
  slot: z.enum(['urgent', 'routine', 'any']).optional(),
  /** book: appointment type id. */
  type: id.optional(),
  /**
   * move / cancel / sms: whether the appointment touched is the caller's own (`own`, the
   * scenario's `appointment`) or someone else's (`other`, a namesake's, say).
   */
  appointment: z.enum(['own', 'other']).optional(),
  /** book / waitlist / sms: the patient named contains these words (accents and case ignored). */
  patient: text.optional(),
});

/** A trainee tool action a rule waits for: a bare kind, or a kind with details. */
export const ActionMatch = z.union([
  z.enum(ACTIONS).transform((action): z.output<typeof ActionMatchObject> => ({ action })),
  ActionMatchObject,
]);
export type ActionMatch = z.output<typeof ActionMatch>;

/** Conditions, all of which must hold. This is the whole guard vocabulary. */
export const Conditions = z.strictObject({
  /** The utterance carries every one of these acts. */
  said: oneOrMany(act).optional(),
  /** The utterance carries at least one of these acts. */
  saidAny: z.array(act).min(1).optional(),
  /** The utterance carries none of these acts. */
  notSaid: oneOrMany(act).optional(),
  /** The utterance contains one of these words or phrases (accents and case ignored). */
  mentions: z.array(text).min(1).optional(),
  /** These facts have been rephrased by the trainee at some point of the call. */
  covered: z.array(id).min(1).optional(),
  /** The trainee does this tool action now. */
  did: ActionMatch.optional(),
  /** The trainee did this tool action earlier in the call. */
  done: ActionMatch.optional(),
  /** The caller's stress is above / below this value. */
  stressAbove: z.number().min(0).max(100).optional(),
  stressBelow: z.number().min(0).max(100).optional(),
  /** The trainee has spoken at least this many times in the current node (this turn included). */
  turnsAtLeast: z.number().int().min(1).optional(),
});
export type Conditions = z.output<typeof Conditions>;

/** Effects of a rule, applied before the caller replies. */
export const Effects = z.strictObject({
  /** Change the caller's stress by this amount (negative calms). */
  stress: z.number().min(-100).max(100).optional(),
});
export type Effects = z.output<typeof Effects>;

export const Rule = z.strictObject({
  when: Conditions.default({}),
  effects: Effects.optional(),
  /** The caller's reply. Without it the caller says the target node's line. */
  reply: MoodLines.optional(),
  /** The node the conversation moves to. */
  goto: id.optional(),
  /** Records this outcome; the call goes on (to close it properly). */
  settle: id.optional(),
  /** After replying, the caller hangs up. */
  end: z.boolean().optional(),
});
export type Rule = z.output<typeof Rule>;

export const Node = z.strictObject({
  /** What the caller says on arriving at this node. */
  say: MoodLines,
  /** What the caller says after a silence here (else the caller's generic prompt). */
  prompt: MoodLines.optional(),
  /** What the caller says when nothing matches (else the caller's generic confused line). */
  otherwise: MoodLines.optional(),
  on: z.array(Rule).default([]),
});
export type Node = z.output<typeof Node>;

/** What an outcome may require (`requires`): exactly one of these per item. */
const REQUIREMENT_KEYS = ['captured', 'did', 'said', 'covered'] as const;

/**
 * A step an outcome needs to count as passed: without it the attempt fails whatever the score
 * (no critical failure), and the debrief gives `reason`. `captured`: the patient's name, date of
 * birth or a callback number, asked by the trainee or given by the caller, before the first
 * booking, move, cancellation, SMS, waitlist entry, callback or message; `did`: a tool action done
 * during the call or the after-call time; `said`: an act said by the trainee; `covered`: a fact
 * of the scenario restated.
 */
export const Requirement = z
  .strictObject({
    captured: z.enum(['name', 'birthdate', 'phone']).optional(),
    did: z.enum(ACTIONS).optional(),
    said: z.enum(ACT_LABELS).optional(),
    covered: id.optional(),
    reason: text,
  })
  .refine(
    (r) => REQUIREMENT_KEYS.filter((k) => r[k] !== undefined).length === 1,
    MESSAGES.requirementShape(REQUIREMENT_KEYS),
  );
export type Requirement = z.output<typeof Requirement>;

export const Outcome = z.strictObject({
  label: text,
  verdict: z.enum(VERDICTS),
  /** A critical outcome fails the attempt whatever the score. */
  critical: z.enum(CRITICAL_RULES).optional(),
  reason: text,
  /** Steps without which this outcome fails the attempt anyway (e.g. a namesake's date of birth). */
  requires: z.array(Requirement).min(1).optional(),
});
export type Outcome = z.output<typeof Outcome>;

export const Fact = z.strictObject({
  id,
  label: text,
  /** Words or phrases that show the fact in a rephrasing; any one is enough. */
  keywords: z.array(text).min(1),
});
export type Fact = z.output<typeof Fact>;

export const Scenario = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id,
  version: z.number().int().min(1),
  title: text,
  summary: text,
  difficulty: z.number().int().min(1).max(5),
  callerType: z.enum(CALLER_TYPES),
  skills: z.array(z.enum(CRITERIA)).min(1),
  practice: id,
  caller: id,
  /** The scenario's "now": the practice's agenda is read at this moment. */
  moment: localDateTime,
  /** The caller hangs up after this many rings. */
  maxRings: z.number().int().min(1).max(20).default(8),
  /** Target call length in seconds, for timing. */
  targetDuration: z.number().int().min(30).max(1800),
  /** Seconds of silence before the caller prompts. */
  silencePrompt: z.number().int().min(3).max(120).default(10),
  /** Numbers that are the right way out for this call (e.g. ["15"]): a red flag lives here. */
  emergency: z.array(text).default([]),
  facts: z.array(Fact).min(1),
  /**
   * The practice's files hold another patient of the same name: the trainee must ask and check
   * the date of birth before booking or writing a message (scored under Identification).
   */
  homonym: z.boolean().optional(),
  /** What the caller answers when asked, for this call (else the caller's own `answers`). */
  answers: Answers.optional(),
  /** The appointments that suit this call: a slot offered in words is checked against them. */
  booking: z
    .strictObject({
      /** Appointment types that suit (ids of the practice's `appointmentTypes`). */
      types: z.array(id).min(1).optional(),
      /** Practitioners the caller may see (ids); default: any. */
      practitioners: z.array(id).min(1).optional(),
    })
    .optional(),
  /**
   * Appointments of this call added to the practice's agenda (or replacing the slot at the same
   * time with the same practitioner): the caller's own, a namesake's, a cancelled one's…
   */
  agenda: z.array(Slot).optional(),
  /** The caller's existing appointment, when the call is about it (move, cancel, confirm). */
  appointment: z.strictObject({ start: slotTime, practitioner: id }).optional(),
  /** People already on the practice's waitlist, first to call back first. */
  waitlist: z.array(z.strictObject({ patient: text, phone: text, note: text.optional() })).optional(),
  /**
   * Named variables drawn per attempt from a logged seed: `{name}` (or `{name.field}` for a
   * value with fields) anywhere in the scenario's texts and agenda is replaced by the value drawn.
   */
  variables: z
    .record(
      z.string().regex(/^[a-z][a-zA-Z0-9]*$/, 'nom de variable attendu : lettres et chiffres, sans accent'),
      z
        .array(z.union([text, z.record(z.string().regex(/^[a-z][a-zA-Z0-9]*$/), text)]))
        .min(2, 'au moins deux valeurs : une seule n’est pas une variation'),
    )
    .optional(),
  start: id,
  nodes: z.record(id, Node),
  /** Rules checked in every node after the node's own. */
  anytime: z.array(Rule).default([]),
  /** When the trainee hangs up: the first rule whose conditions hold gives the outcome. */
  onHangup: z.array(z.strictObject({ when: Conditions.default({}), outcome: id })).default([]),
  outcomes: z.record(id, Outcome),
  rubric: z
    .strictObject({
      weights: z.partialRecord(z.enum(CRITERIA), z.number().min(0).max(10)).optional(),
      passMark: z.number().min(0).max(100).optional(),
    })
    .default({}),
  debrief: z.array(text).min(1),
  model: z.array(z.strictObject({ who: z.enum(['trainee', 'caller']), text })).min(2),
  /**
   * Recorded caller lines: the exact text of a line the caller may say in this scenario (any
   * mood variant, a silence prompt, the caller's generic lines) → a clip file of the pack.
   */
  audio: z.record(text, clipPath).optional(),
});
export type Scenario = z.output<typeof Scenario>;

export const Pack = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id,
  title: text,
  description: text.optional(),
});
export type Pack = z.output<typeof Pack>;

/** A scenario with what it refers to, resolved. */
export interface ScenarioBundle {
  scenario: Scenario;
  practice: Practice;
  caller: Caller;
  /**
   * The URLs of the scenario's recorded lines, by line text: set by the build
   * (virtual:decroche-content) when the scenario has `audio`, absent otherwise.
   */
  audio?: Record<string, string>;
}

/** What only the debrief (and the guided mode's suggestions) read of a scenario. */
export type ScenarioNotes = Pick<Scenario, 'debrief' | 'model'>;

/**
 * What a call, the compiler and the scorer take: a bundle whose scenario may lack its notes.
 * In the browser, a call downloads the scenario without them (DESIGN §12); a full
 * `ScenarioBundle` is one too.
 */
export interface CallBundle extends Omit<ScenarioBundle, 'scenario'> {
  scenario: Omit<Scenario, keyof ScenarioNotes>;
}
