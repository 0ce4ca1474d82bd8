/**
 * Rigueur: the right slot (not past, of the right type, long enough, with the right
 * practitioner), booked in a patient's name, an urgent slot only where the consignes allow it,
 * no refused action, one appointment per request, and complete messages.
 * Applies only when the trainee touched the agenda, the waitlist or wrote a message (in the
 * after-call time too: that work counts).
 */
import type { ToolAction } from '../../machines/events.ts';
import type { ScenarioBundle } from '../../scenarios/schema.ts';
import { TIPS, WHY, WHY_CRITICAL } from '../messages.ts';
import { firstCapture } from './identification.ts';
import { emergencyRedirect } from './orientation.ts';
import { fold, PHONE_NUMBER } from '../text.ts';
import { at, evidence, finalOutcome, isDone, outcomeAt, type Action, type Trace } from '../trace.ts';
import { Draft, type CriterionDraft } from './draft.ts';

/**
 * Each thing to correct costs one grade of the graders' sheet (4 = nothing to correct, 3 = one
 * small thing, 2 = two or three or one real gap…): 25 points; a real gap two grades.
 */
export const ACCURACY = {
  refused: -15,
  slotPast: -30,
  wrongType: -25,
  tooShortSlot: -25,
  wrongPractitioner: -25,
  doubleBooking: -25,
  /** A booking nobody can find or check (identitovigilance): two grades of the sheet. */
  noPatientName: -50,
  /**
   * The name asked or given in the call but not typed on the booking: the patient is known, the
   * record is to complete — a remark, not a grade (the graders read the call, not the form).
   */
  patientNameNotWritten: -15,
  /** A surname or a first name alone (« Berthier », « Jules », « Mme Sarda »): not an identity. */
  partialPatientName: -25,
  /** A booking with no appointment type chosen: its length and practitioner go unchecked. */
  noAppointmentType: -25,
  /** A message about a vital emergency not marked urgent. */
  emergencyMessageNotUrgent: -25,
  /** Any slot booked for a vital emergency: the wrong record whatever the slot (GUIDE §4). */
  slotForEmergency: -75,
  urgentSlotGivenAway: -100,
  /** Another patient's appointment moved, cancelled or texted (a namesake's). */
  wrongAppointment: -60,
  /** An existing appointment moved or cancelled before its date of birth was checked: by luck. */
  unverifiedAppointment: -50,
  messageEmpty: -30,
  /** An item of the sheet's complete message (who, date of birth, callback number, what, urgency). */
  messageItem: -25,
  /** An item only the practice's consignes add (treatment, GP, prescriber…): a remark, once a call. */
  messageExtraItem: -15,
  /**
   * The most Rigueur keeps when a record settled a wrong outcome (a message instead of the 15, a
   * waitlist instead of the free slot): a complete form does not make the wrong record right.
   */
  wrongRecordCap: 35,
  /** A message, a waitlist entry or a callback no one can act on: no number to call back. */
  noCallbackNumber: -50,
} as const;

const RECORD_ACTIONS = new Set<ToolAction['kind']>([
  'book',
  'move',
  'cancel',
  'message',
  'waitlist',
  'callback',
  'sms',
]);

const ACTION_NAMES: Partial<Record<ToolAction['kind'], string>> = {
  cancel: 'Annulation',
  waitlist: 'Inscription sur la liste d’attente',
  callback: 'Rappel promis',
  sms: 'SMS envoyé',
};

/** Did the caller say a phone number during the call (asked or not)? */
function callerGavePhone(trace: Trace): boolean {
  return trace.log.some((e) => e.type === 'caller.say' && PHONE_NUMBER.test(e.text));
}

export function scoreAccuracy(trace: Trace): CriterionDraft | null {
  const actions = trace.actions.map((i) => [i, at(trace, i, 'trainee.action')] as const);
  if (!actions.some(([, e]) => RECORD_ACTIONS.has(e.action?.kind))) return null;
  const draft = new Draft(100, TIPS.accuracyGood);
  /** The practice's extra message items already remarked on: one remark a call. */
  const remarked = new Set<string>();
  let booked = false;
  for (const [i, e] of actions) {
    if (!isDone(e)) {
      draft.add(evidence(trace, i, ACCURACY.refused, WHY.refused(e.refused!)), TIPS.refused);
      continue;
    }
    switch (e.action?.kind) {
      case 'book':
        if (booked)
          draft.add(evidence(trace, i, ACCURACY.doubleBooking, WHY.doubleBooking), TIPS.doubleBooking);
        booked = true;
        if (e.action.patient?.trim()) checkFullName(trace, draft, i, e.action.patient);
        else if (identityTaken(trace, i))
          draft.add(
            evidence(trace, i, ACCURACY.patientNameNotWritten, WHY.patientNameNotWritten),
            TIPS.noPatientName,
          );
        else draft.add(evidence(trace, i, ACCURACY.noPatientName, WHY.noPatientName), TIPS.noPatientName);
        if (!e.action.type)
          draft.add(
            evidence(trace, i, ACCURACY.noAppointmentType, WHY.noAppointmentType),
            TIPS.noAppointmentType,
          );
        if (trace.bundle.scenario.emergency.length > 0)
          draft.add(
            evidence(trace, i, ACCURACY.slotForEmergency, WHY_CRITICAL.slotForEmergency),
            TIPS.holdInEmergency,
          );
        checkSlot(trace, draft, i, e);
        break;
      case 'move':
        checkAppointment(trace, draft, i, e.from);
        checkSlot(trace, draft, i, e);
        break;
      case 'cancel':
        booked = false;
        if (!checkAppointment(trace, draft, i, e.slot))
          draft.add(evidence(trace, i, 0, WHY.actionDone(ACTION_NAMES.cancel!)));
        break;
      case 'sms':
        if (!checkAppointment(trace, draft, i, e.slot))
          draft.add(evidence(trace, i, 0, WHY.actionDone(ACTION_NAMES.sms!)));
        break;
      case 'waitlist':
      case 'callback': {
        if (e.action.kind === 'waitlist' && e.action.patient?.trim())
          checkFullName(trace, draft, i, e.action.patient);
        const note =
          e.action.kind === 'waitlist' ? e.action.note : `${e.action.number ?? ''} ${e.action.note ?? ''}`;
        if (PHONE_NUMBER.test(note ?? '') || callerGavePhone(trace))
          draft.add(evidence(trace, i, 0, WHY.actionDone(ACTION_NAMES[e.action.kind]!)));
        else
          draft.add(
            evidence(trace, i, ACCURACY.noCallbackNumber, WHY.noCallbackNumber(ACTION_NAMES[e.action.kind]!)),
            TIPS.noCallbackNumber,
          );
        break;
      }
      case 'message':
        checkMessage(trace, draft, i, e.action, remarked);
        break;
    }
  }
  capWrongRecord(trace, draft, actions);
  return draft.done();
}

/**
 * A record that settled the call's final outcome as wrong caps the criterion (`wrongRecordCap`);
 * a wrong step put right later (a cancellation, then the waitlist) does not.
 */
function capWrongRecord(trace: Trace, draft: Draft, actions: readonly (readonly [number, Action])[]): void {
  const wrong = actions.find(
    ([i, e]) =>
      isDone(e) &&
      RECORD_ACTIONS.has(e.action?.kind) &&
      i + 1 === trace.outcome &&
      outcomeAt(trace, i + 1).verdict === 'wrong',
  );
  if (!wrong) return;
  const score = 100 + draft.evidence.reduce((sum, x) => sum + x.points, 0);
  const over = score - ACCURACY.wrongRecordCap;
  const outcome = outcomeAt(trace, wrong[0] + 1);
  draft.add(
    evidence(trace, wrong[0], over > 0 ? -over : 0, WHY.wrongRecord(outcome.label)),
    TIPS.wrongRecord,
  );
}

/**
 * The trainee took the patient's identity before this action: asked the name, or had it with the
 * date of birth (identitovigilance). A name the caller merely said in passing is not taken.
 */
function identityTaken(trace: Trace, i: number): boolean {
  const name = firstCapture(trace, 'name');
  if (!name || name.turn >= i) return false;
  return name.asked !== undefined || (firstCapture(trace, 'birthDate')?.turn ?? Infinity) < i;
}

/** Titles and what follows a comma or a bracket (« Gérard Vasseur, né le… ») are not the name. */
const NAME_NOISE = /\b(?:m|mr|mme|mlle|madame|monsieur|mademoiselle|dr|dre|docteur|docteure)\b\.?|[,(].*$/giu;

/** The patient's first name and surname, both (identitovigilance: « nom, prénom »). */
function checkFullName(trace: Trace, draft: Draft, i: number, patient: string): void {
  const words = patient
    .replace(NAME_NOISE, ' ')
    .split(/[^\p{L}'’-]+/u)
    .filter((w) => w.length >= 2);
  if (words.length < 2)
    draft.add(
      evidence(trace, i, ACCURACY.partialPatientName, WHY.partialPatientName(patient.trim())),
      TIPS.noPatientName,
    );
}

/**
 * An existing appointment moved, cancelled or texted, in a call about the caller's own
 * (`scenario.appointment`): it must be theirs, not a namesake's. False when the scenario names
 * no appointment of the caller or the slot was not an existing one (nothing said then).
 */
function checkAppointment(trace: Trace, draft: Draft, i: number, touched: Action['slot']): boolean {
  if (!trace.bundle.scenario.appointment || touched?.was !== 'booked') return false;
  const patient = touched.patient ?? '?';
  const birth = firstCapture(trace, 'birthDate');
  if (touched.own && (birth === undefined || birth.turn > i))
    draft.add(
      evidence(trace, i, ACCURACY.unverifiedAppointment, WHY.unverifiedAppointment(patient, touched.start)),
      TIPS.wrongAppointment,
    );
  else if (touched.own) draft.add(evidence(trace, i, 0, WHY.ownAppointment(patient, touched.start)));
  else
    draft.add(
      evidence(trace, i, ACCURACY.wrongAppointment, WHY.wrongAppointment(patient, touched.start)),
      TIPS.wrongAppointment,
    );
  return true;
}

/**
 * A slot the consignes keep for urgencies, booked or moved into when the scenario's verdict says
 * this call was not one of them. It harms the practice (grade 0 on the graders' sheet) and fails
 * the call whatever the total (score.ts).
 */
export function urgentSlotGivenAway(trace: Trace, e: Action): boolean {
  return e.slot?.was === 'urgent' && finalOutcome(trace).verdict !== 'correct';
}

export function givesAwayUrgentSlot(trace: Trace): boolean {
  return trace.actions.some((i) => {
    const e = at(trace, i, 'trainee.action');
    return (
      isDone(e) && (e.action?.kind === 'book' || e.action?.kind === 'move') && urgentSlotGivenAway(trace, e)
    );
  });
}

function checkSlot(trace: Trace, draft: Draft, i: number, e: Action): void {
  const { practice, scenario } = trace.bundle;
  const slot = e.slot;
  if (!slot) return;
  const asked = e.action.kind === 'book' ? e.action.type : undefined;
  const type = practice.appointmentTypes.find((t) => t.id === (asked ?? slot.type));
  const label = (id: string) => practice.appointmentTypes.find((t) => t.id === id)?.label ?? id;
  const before = draft.evidence.length;
  // A slot kept for urgencies is the consignes' to give: the scenario's verdict says whether
  // this call was one of them.
  if (urgentSlotGivenAway(trace, e))
    draft.add(
      evidence(trace, i, ACCURACY.urgentSlotGivenAway, WHY.urgentSlotGivenAway(slot.start)),
      TIPS.urgentSlot,
    );
  if (slot.start < scenario.moment)
    draft.add(evidence(trace, i, ACCURACY.slotPast, WHY.slotPast(slot.start)), TIPS.refused);
  if (asked && slot.type && asked !== slot.type)
    draft.add(
      evidence(trace, i, ACCURACY.wrongType, WHY.wrongType(label(slot.type), label(asked))),
      TIPS.slot(type?.label ?? asked, type?.minutes ?? slot.minutes),
    );
  if (type && slot.minutes < type.minutes)
    draft.add(
      evidence(trace, i, ACCURACY.tooShortSlot, WHY.tooShortSlot(slot.minutes, type.label, type.minutes)),
      TIPS.slot(type.label, type.minutes),
    );
  if (type?.practitioner && type.practitioner !== slot.practitioner)
    draft.add(
      evidence(trace, i, ACCURACY.wrongPractitioner, WHY.wrongPractitioner(type.label)),
      TIPS.slot(type.label, type.minutes),
    );
  if (draft.evidence.length === before) draft.add(evidence(trace, i, 0, WHY.slotOk(slot.start)));
}

// ---------------------------------------------------------------- messages

type Check = 'callback' | 'urgency' | 'birth' | 'treatment' | 'gp' | 'name' | 'reason' | 'keywords';
/** The items of the graders' « complete message » (SHEET.md: who, date of birth, callback number, what, urgency). */
const CORE_ITEMS: ReadonlySet<Check> = new Set(['callback', 'urgency', 'birth', 'name', 'reason']);
type Message = Extract<ToolAction, { kind: 'message' }>;

const MONTHS = 'janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre';
const BIRTH_DATE = new RegExp(
  `\\b\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}\\b|\\bnee? le\\b|\\b\\d{1,2}(?:er)? (?:${MONTHS}) \\d{4}\\b|\\bnaissance\\b`,
);
/**
 * An age (« 82 ans », « 6 semaines »): enough where the practice asks for the age, not for a date
 * of birth (it does not tell two namesakes apart — the graders' sheet).
 */
const AGE = /\b\d{1,3} (?:ans|mois|semaines)\b/;
const TITLE = /(?:^|[^a-z])(?:m\.|mr|mme|mlle|madame|monsieur|mademoiselle)\s/;
/** Two capitalised words in a row: « Hélène Sarda ». */
const FULL_NAME = /(?:^|[^\p{L}])\p{Lu}[\p{Ll}'’-]+ \p{Lu}[\p{L}'’-]+/u;
const STOPWORDS = new Set([
  'avec',
  'pour',
  'dans',
  'sans',
  'votre',
  'notre',
  'leur',
  'elle',
  'celui',
  'cette',
  'patient',
  'patiente',
]);

/** How an item of the practice's `messageMustContain` is looked for, loosely. */
function checkOf(item: string): Check {
  const f = fold(item);
  if (/rappel|telephone|numero|joindre/.test(f)) return 'callback';
  if (/urgen|priorit/.test(f)) return 'urgency';
  if (/naissance|\bage\b/.test(f)) return 'birth';
  if (/traitement|medicament|anticoag/.test(f)) return 'treatment';
  if (/medecin traitant/.test(f)) return 'gp';
  if (/\bnom\b|prenom|identite|qui appelle/.test(f)) return 'name';
  if (/motif|objet|raison|demande|question|message/.test(f)) return 'reason';
  return 'keywords';
}

/** The message's written fields together, as typed and folded: read once per message. */
interface Written {
  text: string;
  folded: string;
}

function writtenIn(message: Message): Written {
  const text = [message.text, message.from, message.for, message.birthDate, message.treatment]
    .filter(Boolean)
    .join(' ');
  return { text, folded: fold(text) };
}

function present(check: Check, item: string, message: Message, { text, folded }: Written): boolean {
  switch (check) {
    case 'callback':
      // « à demander » in the number field is no number.
      return PHONE_NUMBER.test(message.callbackNumber ?? '') || PHONE_NUMBER.test(text);
    case 'urgency':
      return Boolean(message.urgency) || /\burgen|\bpas presse|\bprioritaire\b/.test(folded);
    case 'birth':
      return (
        Boolean(message.birthDate?.trim()) ||
        BIRTH_DATE.test(folded) ||
        (/\bage\b/.test(fold(item)) && AGE.test(folded))
      );
    case 'treatment':
      return (
        Boolean(message.treatment?.trim()) ||
        /traitement|anticoag|kardegic|previscan|xarelto|eliquis|aucun/.test(folded)
      );
    case 'gp':
      return Boolean(message.for?.trim()) || /\b(?:docteure?|dr|medecin)\b/.test(folded);
    case 'name':
      return Boolean(message.from?.trim()) || TITLE.test(folded) || FULL_NAME.test(text);
    case 'reason':
      return (message.text ?? '').trim().split(/\s+/).length >= 4;
    case 'keywords':
      return fold(item)
        .split(/[^a-z0-9]+/)
        .filter((w) => w.length >= 4 && !STOPWORDS.has(w))
        .some((w) => folded.includes(w));
  }
}

const itemsOf = new WeakMap<ScenarioBundle, readonly { label: string; check: Check }[]>();

/** What every message needs, then what this practice asks for (GUIDE §1.7); read once per scenario. */
function messageItems(bundle: ScenarioBundle): readonly { label: string; check: Check }[] {
  let items = itemsOf.get(bundle);
  if (!items) itemsOf.set(bundle, (items = readMessageItems(bundle)));
  return items;
}

function readMessageItems(bundle: ScenarioBundle): { label: string; check: Check }[] {
  const items = bundle.practice.rules.messageMustContain.map((label) => ({ label, check: checkOf(label) }));
  const defaults: { label: string; check: Check }[] = [
    { label: 'un numéro de rappel', check: 'callback' },
    { label: 'le degré d’urgence', check: 'urgency' },
  ];
  for (const d of defaults) if (!items.some((i) => i.check === d.check)) items.push(d);
  return items;
}

function checkMessage(trace: Trace, draft: Draft, i: number, message: Message, remarked: Set<string>): void {
  // A caller sent to the 15 at once: the message informs the doctor, nobody calls back on it.
  const sentToEmergency = emergencyRedirect(trace) !== undefined;
  const items = messageItems(trace.bundle).filter((x) => !(sentToEmergency && x.check === 'callback'));
  const tip = TIPS.message(items.map((x) => x.label));
  if (!message.text?.trim()) {
    draft.add(evidence(trace, i, ACCURACY.messageEmpty, WHY.messageEmpty), tip);
    return;
  }
  const written = writtenIn(message);
  // The form has every field the practice asks for: an item left out is missing, whatever the
  // form of the stored attempt (the graders' sheet: « a complete message »).
  const missingItems = items.filter((x) => !present(x.check, x.label, message, written));
  const missing = missingItems.map((x) => x.label);
  // A vital emergency written down as routine: the doctor reads it last.
  if (trace.bundle.scenario.emergency.length > 0 && message.urgency && message.urgency !== 'urgent')
    draft.add(
      evidence(trace, i, ACCURACY.emergencyMessageNotUrgent, WHY.emergencyMessageNotUrgent),
      TIPS.emergencyMessageNotUrgent,
    );
  // The sheet's complete message — who, date of birth, callback number, what, urgency — weighs a
  // grade an item; what only the practice adds (treatment, GP, prescriber…) is a remark.
  const core = missingItems.filter((x) => CORE_ITEMS.has(x.check));
  const extra = missingItems.filter((x) => !CORE_ITEMS.has(x.check) && !remarked.has(x.label));
  for (const x of extra) remarked.add(x.label);
  if (missing.length === 0) draft.add(evidence(trace, i, 0, WHY.messageComplete));
  if (core.length > 0) {
    // No number to call back makes the message useless (GUIDE §1.7): it weighs more than an item.
    const points = core.reduce(
      (sum, x) => sum + (x.check === 'callback' ? ACCURACY.noCallbackNumber : ACCURACY.messageItem),
      0,
    );
    draft.add(evidence(trace, i, points, WHY.messageMissing(core.map((x) => x.label))), tip);
  }
  if (extra.length > 0)
    draft.add(
      evidence(
        trace,
        i,
        ACCURACY.messageExtraItem * extra.length,
        WHY.messageExtraMissing(extra.map((x) => x.label)),
      ),
      tip,
    );
}
