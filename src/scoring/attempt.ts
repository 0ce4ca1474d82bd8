/**
 * An attempt file as `decroche score` reads it: `{ "scenario": "<id>", "log": [ …LogEntry ] }`,
 * extra fields allowed (the output of `play --json` has more). Checked strictly enough that the
 * scorer never meets a malformed entry, with French messages naming the entry at fault.
 */
import { z } from '../zod.ts';
import fr from 'zod/v4/locales/fr.js';
import { ACT_LABELS } from '../language/labels.ts';
import type { LogEntry } from '../machines/events.ts';
import { CRITICAL_RULES, MOODS, VERDICTS } from '../scenarios/vocabulary.ts';

const t = z.number().min(0);
const text = z.string();
const Span = z.tuple([z.number().int().min(0), z.number().int().min(0)]);

export const ToolActionSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('book'),
    slot: text,
    type: text.optional(),
    patient: text.optional(),
    practitioner: text.optional(),
  }),
  z.object({ kind: z.literal('move'), from: text, to: text, practitioner: text.optional() }),
  z.object({ kind: z.literal('cancel'), slot: text, practitioner: text.optional() }),
  z.object({
    kind: z.literal('sms'),
    slot: text,
    practitioner: text.optional(),
    purpose: z.enum(['confirmation', 'reminder', 'cancellation']),
  }),
  z.object({ kind: z.literal('waitlist'), patient: text.optional(), note: text.optional() }),
  z.object({ kind: z.literal('callback'), number: text.optional(), note: text.optional() }),
  z.object({
    kind: z.literal('message'),
    text,
    from: text.optional(),
    callbackNumber: text.optional(),
    urgency: z.enum(['normal', 'urgent']).optional(),
    for: text.optional(),
    birthDate: text.optional(),
    treatment: text.optional(),
  }),
  z.object({ kind: z.literal('transfer'), to: z.literal('doctor') }),
  z.object({ kind: z.literal('redirect'), to: text }),
]);

const ResolvedSlotSchema = z.object({
  start: text,
  minutes: z.number().positive(),
  practitioner: text,
  was: z.enum(['free', 'urgent', 'booked']),
  type: text.optional(),
  patient: text.optional(),
  own: z.literal(true).optional(),
});

export const LogEntrySchema = z.discriminatedUnion('type', [
  z.object({ t, type: z.literal('ring'), n: z.number().int().min(1) }),
  z.object({ t, type: z.literal('pickup') }),
  z.object({
    t,
    type: z.literal('trainee.say'),
    text,
    acts: z.array(z.object({ type: z.enum(ACT_LABELS), span: Span })),
    facts: z.array(text),
    greeting: z.object({ namesPractice: z.boolean(), namesSpeaker: z.boolean() }).optional(),
  }),
  z.object({
    t,
    type: z.literal('trainee.action'),
    action: ToolActionSchema,
    slot: ResolvedSlotSchema.optional(),
    from: ResolvedSlotSchema.optional(),
    refused: text.optional(),
  }),
  z.object({ t, type: z.literal('hold') }),
  z.object({ t, type: z.literal('resume') }),
  z.object({ t, type: z.literal('trainee.typing') }),
  z.object({
    t,
    type: z.literal('caller.say'),
    text,
    node: text,
    mood: z.enum(MOODS),
    cause: z.enum([
      'node',
      'reply',
      'prompt',
      'confused',
      'hold-back',
      'hold-check',
      'hangup',
      'answer',
      'dont-know',
      'clarify',
      'wait',
      'ack',
      'offer',
      'when-booked',
      'hold-return',
      'no-slot',
      'safety-net',
    ]),
  }),
  z.object({
    t,
    type: z.literal('stress'),
    value: z.number(),
    delta: z.number(),
    why: z.enum(['act', 'rule', 'silence', 'confused', 'hold']),
  }),
  z.object({
    t,
    type: z.literal('outcome'),
    id: text,
    verdict: z.enum(VERDICTS),
    critical: z.enum(CRITICAL_RULES).optional(),
  }),
  z.object({
    t,
    type: z.literal('hangup'),
    by: z.enum(['trainee', 'caller']),
    reason: z.enum(['trainee', 'done', 'silence', 'hold', 'stress', 'missed']),
  }),
  z.object({ t, type: z.literal('wrapup.start') }),
  z.object({ t, type: z.literal('wrapup.end'), by: z.enum(['trainee', 'limit']) }),
  z.object({ t, type: z.literal('trainee.flag'), turn: z.number().int().min(0) }),
  // The seed of a scenario with variables: last, so that errors name the usual types first.
  z.object({
    t,
    type: z.literal('variation'),
    seed: z
      .number()
      .int()
      .min(0)
      .max(2 ** 32 - 1),
    values: z.record(z.string(), z.union([text, z.record(z.string(), text)])),
  }),
]);

// The schema must read exactly what the call machine writes.
type Parsed = z.output<typeof LogEntrySchema>;
const _readsEveryEntry: (e: LogEntry) => Parsed = (e) => e;
const _writesOnlyEntries: (e: Parsed) => LogEntry = (e) => e;
void _readsEveryEntry;
void _writesOnlyEntries;

const AttemptFileSchema = z.object({
  scenario: z.string().min(1),
  scenarioVersion: z.number().int().min(1).optional(),
  log: z.array(LogEntrySchema).min(1, 'le journal est vide'),
});

export interface AttemptFile {
  scenario: string;
  scenarioVersion?: number;
  log: LogEntry[];
}

export class AttemptError extends Error {}

function where(path: readonly PropertyKey[], input: unknown): string {
  const [first, index, ...rest] = path;
  if (first === 'log' && typeof index === 'number') {
    const entry = (input as { log?: unknown[] }).log?.[index] as { type?: unknown } | undefined;
    const type = typeof entry?.type === 'string' ? ` (« ${entry.type} »)` : '';
    return `journal, entrée ${index + 1}${type}${rest.length ? ` › ${rest.map(String).join('.')}` : ''}`;
  }
  return path.map(String).join('.') || 'fichier';
}

/**
 * Reads an attempt from parsed JSON. Accepts `scenarioId` (an exported attempt record) for
 * `scenario`. Throws an AttemptError listing what is wrong, in French.
 */
export function parseAttempt(json: unknown): AttemptFile {
  const input =
    json && typeof json === 'object' && !Array.isArray(json) && !('scenario' in json) && 'scenarioId' in json
      ? { ...json, scenario: (json as { scenarioId: unknown }).scenarioId }
      : json;
  const result = AttemptFileSchema.safeParse(input, { error: fr().localeError });
  if (result.success) return result.data as AttemptFile;
  const lines = result.error.issues.slice(0, 10).map((issue) => {
    const message =
      issue.code === 'invalid_union' && 'discriminator' in issue
        ? `${issue.discriminator === 'kind' ? 'action' : 'type d’entrée'} inconnu, attendu : ${(issue as { options?: unknown[] }).options?.join(', ')}`
        : issue.path.length === 0 && issue.code === 'invalid_type'
          ? 'un objet { "scenario": "<id>", "log": [ … ] } est attendu'
          : issue.message;
    return `${where(issue.path, input)} : ${message}`;
  });
  const more = result.error.issues.length - lines.length;
  if (more > 0) lines.push(`… et ${more} autre${more > 1 ? 's' : ''} problème${more > 1 ? 's' : ''}`);
  throw new AttemptError(`Tentative invalide :\n  ${lines.join('\n  ')}`);
}
