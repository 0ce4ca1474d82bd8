/**
 * Identification (identitovigilance, GUIDE §1.3): before a booking or a message, the patient's
 * name, date of birth and a callback number are collected — asked by the trainee, or given by
 * the caller unasked; with a namesake in the practice's files (`scenario.homonym`), the date of
 * birth is asked and checked. Applies only when something was booked, moved, put on the
 * waitlist or written down for the doctor (a vital emergency goes to the 15 without it).
 */
import type { IntentType } from '../../language/labels.ts';
import type { ToolAction } from '../../machines/events.ts';
import { NOT_EVALUATED, TIPS, WHY } from '../messages.ts';
import { memo } from '../readings.ts';
import { fold, PHONE_NUMBER } from '../text.ts';
import { at, evidence, intentOf, isDone, type Trace } from '../trace.ts';
import { emergencyRedirect } from './orientation.ts';
import { Draft, type CriterionDraft, type NotEvaluated } from './draft.ts';

export const IDENTIFICATION = {
  plain: { name: 30, birthDate: 30, phone: 40, homonym: 0 },
  withHomonym: { name: 30, birthDate: 25, phone: 25, homonym: 20 },
} as const;

const RECORDS = new Set<ToolAction['kind']>([
  'book',
  'move',
  'cancel',
  'sms',
  'waitlist',
  'message',
  'callback',
]);

type Item = 'name' | 'birthDate' | 'phone';
const ASKS: Record<Item, IntentType> = { name: 'ask_name', birthDate: 'ask_birthdate', phone: 'ask_phone' };

const MONTHS = 'janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre';
/**
 * A date of birth in a caller's line: « née le 3 mai 1958 », « 12/05/1990 ». An age is not one:
 * it does not tell two namesakes apart (the graders' sheet asks for the date of birth).
 */
const BIRTH_GIVEN = new RegExp(
  `\\bnee? le\\b|\\b\\d{1,2}(?:er)? (?:${MONTHS}) (?:19|20)\\d\\d\\b|\\b\\d{1,2}[/.-]\\d{1,2}[/.-](?:19|20)?\\d\\d\\b`,
);

/** The names a caller may give: their own, and that of the person they call for. */
function namesOf(trace: Trace): string[] {
  const { caller } = trace.bundle;
  const words = [caller.name, caller.forWhom ?? '']
    .join(' ')
    .split(/[^\p{L}'’-]+/u)
    .filter((w) => /^\p{Lu}/u.test(w) && w.length >= 3)
    .map((w) => fold(w));
  return [...new Set(words)];
}

function givenByCaller(item: Item, folded: string, raw: string, names: readonly string[]): boolean {
  switch (item) {
    case 'name':
      return names.some((n) => new RegExp(`\\b${n}\\b`).test(folded));
    case 'birthDate':
      return BIRTH_GIVEN.test(folded);
    case 'phone':
      return PHONE_NUMBER.test(raw);
  }
}

export type IdentityItem = Item;

/** Where an identity item was first asked by the trainee or given by the caller, if ever. */
export function firstCapture(
  trace: Trace,
  item: Item,
): { turn: number; asked?: [number, number] } | undefined {
  const names = () => namesOf(trace);
  for (let i = Math.max(0, trace.pickup + 1); i < trace.log.length; i++) {
    const e = trace.log[i]!;
    if (e.type === 'trainee.say') {
      const intent = intentOf(at(trace, i, 'trainee.say'), ASKS[item]);
      if (intent) return { turn: i, asked: intent.span };
    } else if (
      e.type === 'caller.say' &&
      memo(trace.bundle, `gives-${item}`, e.text, () => givenByCaller(item, fold(e.text), e.text, names()))
    )
      return { turn: i };
  }
  return undefined;
}

/** The first booking, move, cancellation, SMS, waitlist entry, message or callback done. */
export function firstRecord(trace: Trace): number | undefined {
  return trace.actions.find((i) => {
    const e = at(trace, i, 'trainee.action');
    return isDone(e) && RECORDS.has(e.action?.kind);
  });
}

export function scoreIdentification(trace: Trace): CriterionDraft | NotEvaluated | null {
  if (trace.pickup < 0) return null;
  const record = firstRecord(trace);
  if (record === undefined) return { notEvaluated: NOT_EVALUATED.identification };
  // A vital emergency sent to the 15 at once, with only a note for the doctor: identity waits.
  const booked = trace.actions.some((i) => {
    const e = at(trace, i, 'trainee.action');
    return isDone(e) && (e.action?.kind === 'book' || e.action?.kind === 'move');
  });
  if (!booked && emergencyRedirect(trace) !== undefined)
    return { notEvaluated: NOT_EVALUATED.identification };
  const homonym = trace.bundle.scenario.homonym === true;
  const P = homonym ? IDENTIFICATION.withHomonym : IDENTIFICATION.plain;
  const draft = new Draft(0, TIPS.identificationGood);

  for (const item of ['name', 'birthDate', 'phone'] as const) {
    const capture = firstCapture(trace, item);
    const asked = capture?.asked ? { turn: capture.turn, span: capture.asked } : undefined;
    const turn = capture?.turn;
    if (turn === undefined)
      draft.add(evidence(trace, record, 0, WHY.identityMissing(item)), TIPS.identity, P[item]);
    else if (turn < record)
      draft.add(
        evidence(
          trace,
          turn,
          P[item],
          asked ? WHY.identityAsked(item) : WHY.identityGiven(item),
          asked?.span,
        ),
      );
    else {
      const half = Math.floor(P[item] / 2);
      draft.add(
        evidence(trace, turn, half, WHY.identityLate(item), asked?.span),
        TIPS.identityLate,
        P[item] - half,
      );
    }
    // A namesake in the files: the date of birth is checked by asking, before acting.
    if (item === 'birthDate' && homonym) {
      if (asked && asked.turn < record)
        draft.add(evidence(trace, asked.turn, P.homonym, WHY.homonymChecked, asked.span));
      else draft.add(evidence(trace, record, 0, WHY.homonymUnchecked), TIPS.homonym, P.homonym);
    }
  }
  return draft.done();
}
