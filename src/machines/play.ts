/**
 * A scripted trainee plays a call on the simulated clock (DESIGN §10): the CLI's `play`, the
 * golden tests and the benchmarks all go through here.
 */
import { z } from '../zod.ts';
import fr from 'zod/v4/locales/fr.js';
import type { CallBundle } from '../scenarios/schema.ts';
import { ACTIONS } from '../scenarios/vocabulary.ts';
import { createCallSession } from './call.ts';
import type { LogEntry, ToolAction, TraineeInput } from './events.ts';
import type { CallView } from './session.ts';

/** A step waits this long after the previous one unless it says otherwise. */
export const DEFAULT_STEP_WAIT_S = 4;
/** A call left to itself always ends well before this (rings, silence, patience). */
const RUN_OUT_MS = 60 * 60 * 1000;

const seconds = z.number().min(0).max(3600);
const text = z.string().trim().min(1);

const Step = z
  .strictObject({
    at: seconds.optional(),
    wait: seconds.optional(),
    say: text.optional(),
    do: z.enum(['pickup', 'hold', 'resume', ...ACTIONS, 'hangup', 'done']).optional(),
    slot: text.optional(),
    type: text.optional(),
    patient: text.optional(),
    practitioner: text.optional(),
    from: text.optional(),
    to: text.optional(),
    text: text.optional(),
    note: text.optional(),
    number: text.optional(),
    urgency: z.enum(['normal', 'urgent']).optional(),
    /** sms: what it is for (default: confirmation). */
    purpose: z.enum(['confirmation', 'reminder', 'cancellation']).optional(),
    /** message: the patient's date of birth and treatments, as the form's fields. */
    birthDate: z.string().trim().optional(),
    /** The same, as some scripts spell it. */
    birthdate: z.string().trim().optional(),
    treatment: z.string().trim().optional(),
  })
  .superRefine((step, ctx) => {
    const need = (field: 'slot' | 'from' | 'to' | 'text') => {
      if (!step[field])
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message: `l’action « ${step.do} » demande le champ « ${field} »`,
        });
    };
    if (step.do === 'book' || step.do === 'cancel' || step.do === 'sms') need('slot');
    if (step.do === 'move') ['from' as const, 'to' as const].forEach(need);
    if (step.do === 'redirect' || step.do === 'transfer') need('to');
    if (step.do === 'message') need('text');
    if (step.do === 'transfer' && step.to && step.to !== 'doctor')
      ctx.addIssue({
        code: 'custom',
        path: ['to'],
        message: 'on ne transfère qu’au médecin : « to » vaut « doctor »',
      });
  });
export type Step = z.output<typeof Step>;

/** A script longer than this is not a call (a long call is a few hundred steps). */
export const MAX_STEPS = 10_000;

export const Script = z.strictObject({
  /** The seed a scenario's variables are drawn from (default 0): the same seed, the same call. */
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 32 - 1)
    .optional(),
  steps: z.array(Step).max(MAX_STEPS, `au plus ${MAX_STEPS.toLocaleString('fr-FR')} étapes`),
});
export type Script = z.output<typeof Script>;

export class ScriptError extends Error {}

/** Parses a script, with French messages naming the step and field at fault. */
export function parseScript(json: unknown): Script {
  const result = Script.safeParse(json, { error: fr().localeError });
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const [first, index, ...rest] = issue.path;
    const where =
      first === 'steps' && typeof index === 'number'
        ? `étape ${index + 1}${rest.length ? ` › ${rest.join('.')}` : ''}`
        : issue.path.join('.') || 'script';
    const message =
      issue.code === 'unrecognized_keys'
        ? `champ inconnu : ${issue.keys.map((k) => `« ${k} »`).join(', ')}`
        : issue.message;
    return `${where} : ${message}`;
  });
  throw new ScriptError(`Script invalide :\n  ${lines.join('\n  ')}`);
}

function toolAction(step: Step): ToolAction | undefined {
  switch (step.do) {
    case 'book':
      return {
        kind: 'book',
        slot: step.slot!,
        ...(step.type ? { type: step.type } : {}),
        ...(step.patient ? { patient: step.patient } : {}),
        ...(step.practitioner ? { practitioner: step.practitioner } : {}),
      };
    case 'move':
      return {
        kind: 'move',
        from: step.from!,
        to: step.to!,
        ...(step.practitioner ? { practitioner: step.practitioner } : {}),
      };
    case 'cancel':
      return {
        kind: 'cancel',
        slot: step.slot!,
        ...(step.practitioner ? { practitioner: step.practitioner } : {}),
      };
    case 'sms':
      return {
        kind: 'sms',
        slot: step.slot!,
        purpose: step.purpose ?? 'confirmation',
        ...(step.practitioner ? { practitioner: step.practitioner } : {}),
      };
    case 'waitlist':
      return {
        kind: 'waitlist',
        ...(step.patient ? { patient: step.patient } : {}),
        ...(step.note ? { note: step.note } : {}),
      };
    case 'callback':
      return {
        kind: 'callback',
        ...(step.number ? { number: step.number } : {}),
        ...(step.note ? { note: step.note } : {}),
      };
    case 'message':
      return {
        kind: 'message',
        text: step.text!,
        ...(step.from ? { from: step.from } : {}),
        ...(step.number ? { callbackNumber: step.number } : {}),
        ...(step.urgency ? { urgency: step.urgency } : {}),
        ...((step.birthDate ?? step.birthdate) !== undefined
          ? { birthDate: step.birthDate ?? step.birthdate }
          : {}),
        ...(step.treatment !== undefined ? { treatment: step.treatment } : {}),
      };
    case 'transfer':
      return { kind: 'transfer', to: 'doctor' };
    case 'redirect':
      return { kind: 'redirect', to: step.to! };
    default:
      return undefined;
  }
}

/** The trainee inputs one step of a script sends (the studio's play-test uses it too). */
export function inputsOf(step: Step): TraineeInput[] {
  const inputs: TraineeInput[] = [];
  if (step.say) inputs.push({ type: 'trainee.say', text: step.say });
  const action = toolAction(step);
  if (action) inputs.push({ type: 'trainee.action', action });
  else if (step.do === 'pickup') inputs.push({ type: 'trainee.pickup' });
  else if (step.do === 'hold') inputs.push({ type: 'trainee.hold' });
  else if (step.do === 'resume') inputs.push({ type: 'trainee.resume' });
  else if (step.do === 'hangup') inputs.push({ type: 'trainee.hangup' });
  else if (step.do === 'done') inputs.push({ type: 'trainee.done' });
  return inputs;
}

export interface PlayResult {
  log: LogEntry[];
  view: CallView;
}

/** Plays a script to the end of the call. Steps after the call has ended are ignored. */
export function playScript(bundle: CallBundle, script: Script): PlayResult {
  const session = createCallSession(bundle, script.seed !== undefined ? { seed: script.seed } : {});
  let t = 0;
  for (const step of script.steps) {
    t = step.at !== undefined ? step.at * 1000 : t + (step.wait ?? DEFAULT_STEP_WAIT_S) * 1000;
    session.advance(Math.max(0, t - session.view().t));
    for (const input of inputsOf(step)) session.send(input);
  }
  session.advance(RUN_OUT_MS);
  const view = session.view();
  session.stop();
  return { log: [...view.log], view };
}
