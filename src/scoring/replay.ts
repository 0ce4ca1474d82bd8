/**
 * An attempt is a proof, not a claim (DESIGN §2.2, §7): `verifyAttempt` reads only the trainee's
 * inputs of a stored log (with their times), plays them again through the real machines on the
 * simulated clock, scores the rebuilt log, and lists where the stored log differs from it.
 * Acts, facts, outcomes, stress and caller lines written in a file are never taken from it.
 *
 * The CLI (`score`), the import, re-scoring and the team server all go through here. Pure: no
 * DOM, no storage; never throws on bad data (French messages instead).
 */
import { createCallSession } from '../machines/call.ts';
import { inputOf, isInputEntryType, seedOf, type LogEntry, type TraineeInput } from '../machines/events.ts';
import type { ScenarioBundle } from '../scenarios/schema.ts';
import { z } from '../zod.ts';
import { ToolActionSchema } from './attempt.ts';
import { score } from './score.ts';
import type { Scorecard } from './types.ts';

/** No call lasts an hour: rings, silences and patience end any call well before. */
export const MAX_CALL_MS = 60 * 60 * 1000;
/** More entries than any real call writes (a long call is a few hundred). */
export const MAX_LOG_ENTRIES = 20_000;
/** A typed line longer than this is not something said on the phone. */
export const MAX_SAY_CHARS = 2_000;
/** A tool action's fields (a message's text included) fit in this. */
const MAX_ACTION_CHARS = 4_000;
/** Problems listed before « … et N autres ». */
const MAX_LISTED = 10;

const bounded = (max: number) => z.string().max(max);

/** What an input entry may carry, checked before anything is replayed. */
const TraineeInputSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('trainee.pickup') }),
  z.object({ type: z.literal('trainee.say'), text: bounded(MAX_SAY_CHARS) }),
  z.object({ type: z.literal('trainee.action'), action: ToolActionSchema }),
  z.object({ type: z.literal('trainee.hold') }),
  z.object({ type: z.literal('trainee.resume') }),
  z.object({ type: z.literal('trainee.hangup') }),
  z.object({ type: z.literal('trainee.typing') }),
  z.object({ type: z.literal('trainee.done') }),
  z.object({ type: z.literal('trainee.flag'), turn: z.number().int().min(0).max(MAX_LOG_ENTRIES) }),
]);
// Every input the machines take must be checked here (a new input adds its schema above).
type CheckedInput = z.output<typeof TraineeInputSchema>;
const _checksEveryInput: (i: TraineeInput) => CheckedInput = (i) => i;
const _takesOnlyInputs: (i: CheckedInput) => TraineeInput = (i) => i;
void _checksEveryInput;
void _takesOnlyInputs;

export interface TimedInput {
  t: number;
  input: TraineeInput;
  /** Index of the entry in the stored log. */
  index: number;
}

/** What an attempt must give to be verified: the scenario version is optional (CLI files). */
export interface AttemptToVerify {
  log: unknown;
  scenarioVersion?: number;
}

export type Verification =
  | {
      ok: true;
      /** The log the machines rebuild from the trainee's inputs: the one to show and keep. */
      log: LogEntry[];
      /** The score of the rebuilt log. */
      scorecard: Scorecard;
      /** Where the stored log differs from its replay, in French; empty when it matches. */
      mismatches: string[];
    }
  | {
      ok: false;
      /** Why the log cannot be replayed at all, in French. */
      errors: string[];
    };

const frenchSeconds = (t: number) => `${(t / 1000).toFixed(1).replace('.', ',')} s`;

function entryLabel(index: number, entry: unknown): string {
  const type = (entry as { type?: unknown } | null)?.type;
  return `entrée ${index + 1}${typeof type === 'string' ? ` (« ${type.slice(0, 40)} »)` : ''}`;
}

function capped(list: string[]): string[] {
  if (list.length <= MAX_LISTED) return list;
  const more = list.length - MAX_LISTED;
  return [...list.slice(0, MAX_LISTED), `… et ${more} autre${more > 1 ? 's' : ''}`];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The trainee's inputs of a stored log, with their times, or why they cannot be trusted:
 * times must be finite, within the call's limit and never go back; input entries must be
 * well formed. Entries the machines write (caller lines, acts, outcomes…) are skipped here.
 */
export function extractInputs(log: unknown): { inputs: TimedInput[]; errors: string[] } {
  const errors: string[] = [];
  const inputs: TimedInput[] = [];
  if (!Array.isArray(log)) return { inputs, errors: ['le journal doit être une liste d’entrées'] };
  if (log.length === 0) return { inputs, errors: ['le journal est vide'] };
  if (log.length > MAX_LOG_ENTRIES)
    return {
      inputs,
      errors: [`le journal a ${log.length} entrées, plus que les ${MAX_LOG_ENTRIES} qu’un appel peut écrire`],
    };
  let previous = 0;
  log.forEach((entry: unknown, index) => {
    const label = entryLabel(index, entry);
    if (!isRecord(entry) || typeof entry.type !== 'string') {
      errors.push(`${label} : une entrée { t, type } est attendue`);
      return;
    }
    const t = entry.t;
    if (typeof t !== 'number' || !Number.isFinite(t) || t < 0) {
      errors.push(`${label} : le temps « t » doit être un nombre fini ≥ 0`);
      return;
    }
    if (t > MAX_CALL_MS) {
      errors.push(`${label} : temps ${frenchSeconds(t)} au-delà de la durée maximale d’un appel (1 h)`);
      return;
    }
    if (t < previous) {
      errors.push(`${label} : le temps recule (${frenchSeconds(t)} après ${frenchSeconds(previous)})`);
      return;
    }
    previous = t;
    if (!isInputEntryType(entry.type)) return;
    let input: TraineeInput | undefined;
    try {
      input = inputOf(entry as LogEntry);
    } catch {
      errors.push(`${label} : entrée du stagiaire illisible`);
      return;
    }
    // Some entries record an input only in some forms (a hang-up by the caller, the end of
    // after-call time at its limit): those are the machines' own.
    if (!input) return;
    const checked = TraineeInputSchema.safeParse(input);
    if (!checked.success) {
      errors.push(
        `${label} : entrée du stagiaire mal formée (${checked.error.issues[0]?.path.join('.') || 'type'})`,
      );
      return;
    }
    if (input.type === 'trainee.action' && JSON.stringify(input.action).length > MAX_ACTION_CHARS) {
      errors.push(`${label} : action trop longue`);
      return;
    }
    inputs.push({ t, input: checked.data as TraineeInput, index });
  });
  return { inputs, errors };
}

/** JSON with sorted keys: two entries are the same when this is. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isRecord(value)) {
    const keys = Object.keys(value)
      .filter((k) => value[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * The analyser's readings of a line: derived data, recomputed on every replay and expected to
 * change when the analyser improves, so a stored reading that differs is neither a forgery nor
 * a mismatch. The score never reads them from the file either.
 */
const DERIVED_READINGS = new Set(['acts', 'facts', 'greeting', 'intents', 'entities', 'confidence']);

/**
 * Where a stored log differs from its replay, in French. Entries are paired by time and type
 * (in order), so one missing caller line does not make every later entry look different.
 */
export function compareLogs(stored: readonly unknown[], replayed: readonly LogEntry[]): string[] {
  const out: string[] = [];
  const pending = new Map<string, number[]>();
  const keyOf = (t: unknown, type: unknown) => `${String(t)}|${String(type)}`;
  replayed.forEach((e, i) => {
    const key = keyOf(e.t, e.type);
    const list = pending.get(key);
    if (list) list.push(i);
    else pending.set(key, [i]);
  });
  const paired = new Set<number>();
  let inOrder = true;
  let last = -1;
  stored.forEach((a, i) => {
    const label = entryLabel(i, a);
    const record = isRecord(a) ? a : {};
    const j = pending.get(keyOf(record.t, record.type))?.shift();
    if (j === undefined) {
      out.push(`${label} : absente du rejeu`);
      return;
    }
    paired.add(j);
    if (j < last) inOrder = false;
    last = j;
    const b = replayed[j] as unknown as Record<string, unknown>;
    if (JSON.stringify(a) === JSON.stringify(b) || canonical(a) === canonical(b)) return;
    const keys = [...new Set([...Object.keys(record), ...Object.keys(b)])].filter(
      (k) =>
        !(record.type === 'trainee.say' && DERIVED_READINGS.has(k)) &&
        canonical(record[k]) !== canonical(b[k]),
    );
    if (keys.length === 0) return;
    const fields = keys.map((k) => `« ${k.slice(0, 40)} »`).join(', ');
    out.push(`${label} : ${fields} ne correspond${keys.length > 1 ? 'ent' : ''} pas au rejeu`);
  });
  replayed.forEach((b, j) => {
    if (!paired.has(j))
      out.push(`le rejeu a une entrée « ${b.type} » à ${frenchSeconds(b.t)} qui manque au journal`);
  });
  if (!inOrder) out.push('les entrées du journal ne sont pas dans l’ordre du rejeu');
  return out;
}

/** Plays timed inputs through a fresh call to its end; notes the inputs that came too late. */
export function replayInputs(
  bundle: ScenarioBundle,
  inputs: readonly TimedInput[],
  seed?: number,
): { log: LogEntry[]; ignored: string[] } {
  const session = createCallSession(bundle, seed !== undefined ? { seed } : {});
  const ignored: string[] = [];
  try {
    for (const { t, input, index } of inputs) {
      session.advance(Math.max(0, t - session.view().t));
      const before = session.view();
      if (before.status === 'ended') {
        ignored.push(
          `entrée ${index + 1} (« ${input.type} ») à ${frenchSeconds(t)} : l’appel était déjà terminé, elle ne compte pas`,
        );
        continue;
      }
      session.send(input);
    }
    session.advance(MAX_CALL_MS);
    return { log: [...session.view().log], ignored };
  } finally {
    session.stop();
  }
}

/**
 * Verifies an attempt against a scenario: its inputs replayed, the rebuilt log scored, the
 * differences with the stored log listed. `ok: false` when the log cannot be replayed at all.
 */
export function verifyAttempt(bundle: ScenarioBundle, attempt: AttemptToVerify): Verification {
  const { inputs, errors } = extractInputs(attempt.log);
  if (errors.length) return { ok: false, errors: capped(errors) };
  try {
    // A scenario with variables: the values are drawn again from the seed the log starts with.
    const { log, ignored } = replayInputs(bundle, inputs, seedOf(attempt.log as unknown[]));
    const mismatches: string[] = [];
    const version = bundle.scenario.version;
    if (attempt.scenarioVersion !== undefined && attempt.scenarioVersion !== version)
      mismatches.push(
        `tentative jouée sur la version ${attempt.scenarioVersion} du scénario, rejouée sur la version ${version}`,
      );
    mismatches.push(...ignored, ...compareLogs(attempt.log as unknown[], log));
    return { ok: true, log, scorecard: score(bundle, log), mismatches: capped(mismatches) };
  } catch (error) {
    return {
      ok: false,
      errors: [`le rejeu a échoué : ${error instanceof Error ? error.message : String(error)}`],
    };
  }
}
