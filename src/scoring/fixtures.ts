/**
 * Test helpers for the scorer: a small scenario bundle built in code (the scorer's tests do not
 * read content/) and a builder for hand-written attempt logs, stress moved by acts as the call
 * machine does. Not used by the product.
 */
import type { ActLabel } from '../language/labels.ts';
import type {
  LogEntry,
  ToolAction,
  ResolvedSlot,
  CallerLineCause,
  HangupReason,
} from '../machines/events.ts';
import { actsStressDelta, clampStress, moodOf } from '../machines/mood.ts';
import { BUILTIN_OUTCOMES } from '../scenarios/builtins.ts';
import {
  Caller,
  Practice,
  Scenario,
  type Mood,
  type Outcome,
  type ScenarioBundle,
} from '../scenarios/schema.ts';

export interface BundleOptions {
  callerType?: Scenario['callerType'];
  stress?: number;
  emergency?: string[];
  weights?: Partial<Record<string, number>>;
  passMark?: number;
  targetDuration?: number;
  messageMustContain?: string[];
  homonym?: boolean;
  /** Steps the correct outcome `rdv-donne` requires (docs/scenario-format.md §8). */
  requires?: NonNullable<Scenario['outcomes'][string]['requires']>;
}

export function testBundle(options: BundleOptions = {}): ScenarioBundle {
  const practice = Practice.parse({
    schemaVersion: 1,
    id: 'cabinet-martin',
    name: 'Cabinet du docteur Martin',
    specialty: 'Médecine générale',
    address: '1 rue de l’Essai, 31000 Toulouse',
    phone: '05 36 49 00 00',
    practitioners: [
      { id: 'dr-martin', name: 'Docteur Paul Martin', specialty: 'Médecine générale' },
      { id: 'dr-roux', name: 'Docteure Anne Roux', specialty: 'Cardiologie' },
    ],
    appointmentTypes: [
      { id: 'consultation', label: 'Consultation', minutes: 20 },
      { id: 'echographie', label: 'Échographie', minutes: 45, practitioner: 'dr-roux' },
    ],
    rules: {
      newPatients: 'accepted',
      urgentSlotsPerDay: 1,
      waitlist: true,
      messageMustContain: options.messageMustContain ?? [
        'nom et prénom du patient',
        'numéro de rappel',
        'motif de l’appel',
        'degré d’urgence',
      ],
    },
    consignes: ['Décrocher avant la troisième sonnerie.'],
    hours: [{ days: 'Lundi au vendredi', from: '08:00', to: '19:00' }],
    directory: [
      { id: 'samu', label: 'SAMU', number: '15', kind: 'emergency' },
      { id: 'garde', label: 'Médecin de garde', number: '116 117', kind: 'service' },
    ],
    agenda: [
      {
        start: '2026-03-10T09:00',
        minutes: 20,
        practitioner: 'dr-martin',
        status: 'booked',
        type: 'consultation',
        patient: 'M. Alric',
      },
      {
        start: '2026-03-10T16:00',
        minutes: 20,
        practitioner: 'dr-martin',
        status: 'free',
        type: 'consultation',
      },
      {
        start: '2026-03-10T17:00',
        minutes: 20,
        practitioner: 'dr-roux',
        status: 'free',
        type: 'consultation',
      },
      {
        start: '2026-03-10T17:40',
        minutes: 20,
        practitioner: 'dr-martin',
        status: 'urgent',
        type: 'consultation',
      },
      {
        start: '2026-03-11T10:00',
        minutes: 45,
        practitioner: 'dr-roux',
        status: 'free',
        type: 'echographie',
      },
    ],
  });
  const caller = Caller.parse({
    schemaVersion: 1,
    id: 'mme-essai',
    name: 'Mme Essai',
    age: 38,
    forWhom: 'son fils Léo, 6 ans',
    style: 'anxious',
    stress: options.stress ?? 50,
    patience: 20,
    lines: { prompt: 'Allô ?', confused: 'Pardon ?', holdBack: 'Oui ?', hangup: 'Bon, au revoir.' },
  });
  const scenario = Scenario.parse({
    schemaVersion: 1,
    id: 'fievre-essai',
    version: 3,
    title: 'Une fièvre d’essai',
    summary: 'Une mère inquiète pour la fièvre de son fils.',
    difficulty: 1,
    callerType: options.callerType ?? 'anxious',
    skills: ['empathy'],
    practice: practice.id,
    caller: caller.id,
    moment: '2026-03-10T14:00',
    targetDuration: options.targetDuration ?? 120,
    emergency: options.emergency ?? [],
    ...(options.homonym ? { homonym: true } : {}),
    facts: [
      { id: 'fievre', label: 'Léo a de la fièvre', keywords: ['fièvre'] },
      { id: 'depuis-hier', label: 'Depuis hier soir', keywords: ['hier'] },
    ],
    start: 'accueil',
    nodes: { accueil: { say: 'Allô ?', on: [{ when: { said: 'greeting' }, settle: 'rdv-donne' }] } },
    outcomes: {
      'rdv-donne': {
        label: 'Rendez-vous donné',
        verdict: 'correct',
        reason: 'Le bon créneau, le jour même.',
        ...(options.requires ? { requires: options.requires } : {}),
      },
      'orientation-garde': {
        label: 'Orienté vers la garde',
        verdict: 'correct',
        reason: 'La garde était la bonne voie.',
      },
      'liste-attente': {
        label: 'Liste d’attente seulement',
        verdict: 'acceptable',
        reason: 'Il y avait mieux.',
      },
      'avis-medical': {
        label: 'Avis médical donné',
        verdict: 'wrong',
        critical: 'medical-advice',
        reason: 'Un avis médical est hors du rôle de la secrétaire.',
      },
      'rdv-urgence-vitale': {
        label: 'Rendez-vous pour une urgence vitale',
        verdict: 'wrong',
        critical: 'red-flag',
        reason: 'Il fallait le 15.',
      },
    },
    rubric: {
      ...(options.weights ? { weights: options.weights } : {}),
      ...(options.passMark !== undefined ? { passMark: options.passMark } : {}),
    },
    debrief: ['Reformulez avant d’agir, puis proposez le premier créneau du jour.'],
    model: [
      { who: 'trainee', text: 'Cabinet du docteur Martin, Julie à l’appareil, bonjour.' },
      { who: 'caller', text: 'Bonjour, mon fils a de la fièvre.' },
    ],
  });
  return { practice, caller, scenario };
}

/** The acts of an utterance, each given by the words that carry it (found in the text). */
export type ActWords = Partial<Record<ActLabel, string>>;

export interface SayOptions {
  facts?: string[];
  greeting?: { namesPractice: boolean; namesSpeaker: boolean };
}

/**
 * Writes an attempt log the way the call machine would: times in ms since the first ring, the
 * caller's stress moved by the trainee's acts, caller lines said in the mood of the moment.
 */
export class CallLog {
  readonly log: LogEntry[] = [];
  t = 0;
  stress: number;

  constructor(readonly bundle: ScenarioBundle) {
    this.stress = bundle.caller.stress;
  }

  /** Rings the phone `rings` times (one every 5 s), then picks up 1 s after the last ring. */
  pickUp(rings = 2): this {
    for (let n = 1; n <= rings; n++) this.log.push({ t: (n - 1) * 5000, type: 'ring', n });
    this.t = (rings - 1) * 5000 + 1000;
    this.log.push({ t: this.t, type: 'pickup' });
    return this.caller(this.bundle.scenario.nodes[this.bundle.scenario.start]!.say as string, 'node');
  }

  /** Nobody picks up: `maxRings` rings and the caller hangs up. */
  missed(): this {
    const { maxRings } = this.bundle.scenario;
    for (let n = 1; n <= maxRings; n++) this.log.push({ t: (n - 1) * 5000, type: 'ring', n });
    this.t = maxRings * 5000;
    this.log.push({ t: this.t, type: 'hangup', by: 'caller', reason: 'missed' });
    return this.outcome('appel-manque');
  }

  wait(seconds: number): this {
    this.t += seconds * 1000;
    return this;
  }

  say(text: string, acts: ActWords = {}, options: SayOptions = {}): this {
    const found = Object.entries(acts).map(([type, words]) => {
      const start = text.indexOf(words!);
      if (start < 0) throw new Error(`« ${words} » n’est pas dans « ${text} »`);
      return { type: type as ActLabel, span: [start, start + words!.length] as [number, number] };
    });
    this.log.push({
      t: this.t,
      type: 'trainee.say',
      text,
      acts: found,
      facts: options.facts ?? [],
      ...(options.greeting ? { greeting: options.greeting } : {}),
    });
    return this.moveStress(actsStressDelta(found), 'act');
  }

  moveStress(delta: number, why: 'act' | 'rule' | 'silence' | 'confused' | 'hold'): this {
    const value = clampStress(this.stress + delta);
    if (value !== this.stress)
      this.log.push({ t: this.t, type: 'stress', value, delta: value - this.stress, why });
    this.stress = value;
    return this;
  }

  caller(text: string, cause: CallerLineCause = 'reply', mood: Mood = moodOf(this.stress)): this {
    this.log.push({ t: this.t, type: 'caller.say', text, node: 'accueil', mood, cause });
    return this;
  }

  /** The caller's silence prompt, with its stress. */
  prompt(): this {
    return this.moveStress(8, 'silence').caller('Allô ? Vous êtes toujours là ?', 'prompt');
  }

  act(action: ToolAction, result: { slot?: ResolvedSlot; refused?: string } = {}): this {
    this.log.push({ t: this.t, type: 'trainee.action', action, ...result });
    return this;
  }

  /** Books a slot of the test agenda, resolved as the machine would resolve it. */
  /** Books a slot in a patient's name (`''`: with no name). */
  book(start: string, type?: string, practitioner?: string, patient = 'Léo Garnier'): this {
    const slot = this.bundle.practice.agenda.find(
      (s) => s.start === start && s.status !== 'booked' && (!practitioner || s.practitioner === practitioner),
    )!;
    return this.act(
      { kind: 'book', slot: start, ...(type ? { type } : {}), ...(patient ? { patient } : {}) },
      {
        slot: {
          start,
          minutes: slot.minutes,
          practitioner: slot.practitioner,
          was: slot.status,
          ...(slot.type ? { type: slot.type } : {}),
        },
      },
    );
  }

  /** The screen reported the trainee typing a reply. */
  typing(): this {
    this.log.push({ t: this.t, type: 'trainee.typing' });
    return this;
  }

  hold(): this {
    this.log.push({ t: this.t, type: 'hold' });
    return this;
  }

  resume(): this {
    this.log.push({ t: this.t, type: 'resume' });
    return this.caller(this.bundle.caller.lines.holdBack as string, 'hold-back');
  }

  outcome(id: string): this {
    const outcome: Outcome =
      this.bundle.scenario.outcomes[id] ?? (BUILTIN_OUTCOMES as Record<string, Outcome>)[id]!;
    this.log.push({
      t: this.t,
      type: 'outcome',
      id,
      verdict: outcome.verdict,
      ...(outcome.critical ? { critical: outcome.critical } : {}),
    });
    return this;
  }

  /** The after-call time: from the caller's hang-up to the trainee closing the attempt. */
  wrapup(edge: 'start' | 'end'): this {
    this.log.push(
      edge === 'start'
        ? { t: this.t, type: 'wrapup.start' }
        : { t: this.t, type: 'wrapup.end', by: 'trainee' },
    );
    return this;
  }

  hangUp(
    by: 'trainee' | 'caller' = 'trainee',
    reason: HangupReason = by === 'trainee' ? 'trainee' : 'done',
  ): this {
    this.log.push({ t: this.t, type: 'hangup', by, reason });
    return this;
  }
}

export const GREETING = {
  text: 'Cabinet du docteur Martin, Julie à l’appareil, bonjour. Que puis-je faire pour vous ?',
  acts: {
    greeting: 'Cabinet du docteur Martin, Julie à l’appareil, bonjour.',
    question: 'Que puis-je faire pour vous ?',
  },
  options: { greeting: { namesPractice: true, namesSpeaker: true } },
} as const;

/**
 * A model call on the test scenario: greeting, empathy, reformulation of every fact, the
 * patient identified, the first slot of the day booked in his name, confirmation with a safety
 * net, « autre chose ? », a courteous goodbye.
 */
export function goodCall(bundle = testBundle()): CallLog {
  return new CallLog(bundle)
    .pickUp(2)
    .wait(2)
    .say(GREETING.text, GREETING.acts, GREETING.options)
    .caller('Bonjour… Mon fils a de la fièvre depuis hier soir, je suis très inquiète.')
    .wait(5)
    .say(
      'Je comprends votre inquiétude, madame. Si je comprends bien, Léo a de la fièvre depuis hier soir et vous voudriez qu’il soit vu, c’est bien ça ?',
      {
        empathy: 'Je comprends votre inquiétude',
        reformulation:
          'Si je comprends bien, Léo a de la fièvre depuis hier soir et vous voudriez qu’il soit vu, c’est bien ça ?',
      },
      { facts: ['fievre', 'depuis-hier'] },
    )
    .caller('Oui, c’est ça.')
    .wait(4)
    .say('Pour le dossier, quel est le nom de Léo, sa date de naissance et un numéro où vous joindre ?')
    .caller('Léo Garnier, né le 4 mai 2019. Mon numéro, c’est le 06 12 34 56 78.')
    .wait(5)
    .say('Je peux vous proposer aujourd’hui à 16 h avec le docteur Martin.', {
      proposal: 'Je peux vous proposer aujourd’hui à 16 h',
    })
    .caller('Oui, très bien.')
    .wait(3)
    .book('2026-03-10T16:00', 'consultation')
    .outcome('rdv-donne')
    .caller('Merci beaucoup.')
    .wait(4)
    .say(
      'C’est noté pour aujourd’hui 16 h avec le docteur Martin. Si la fièvre s’aggrave ou s’il respire mal, appelez le 15.',
      { reassurance: 'C’est noté pour aujourd’hui 16 h avec le docteur Martin.', redirect: 'appelez le 15' },
    )
    .caller('D’accord.')
    .wait(3)
    .say('Avez-vous d’autres questions ?')
    .caller('Non, merci.')
    .wait(2)
    .say('Je vous souhaite une bonne journée, madame, au revoir.', {
      closing: 'Je vous souhaite une bonne journée, madame, au revoir.',
    })
    .caller('Au revoir.')
    .wait(2)
    .hangUp();
}
