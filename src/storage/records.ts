/**
 * The records kept in the browser, as zod schemas (`zod/mini`, since the browser loads them).
 * Each record carries `schemaVersion`; `migrations.ts` brings older records up to
 * `CURRENT_VERSION` before they are validated here.
 *
 * Stored records are parsed with `z.object` (unknown keys are dropped, not fatal): a record is
 * only set aside when what the app needs is missing or wrong. Imported files are stricter
 * (`transfer.ts`). Log entries are checked loosely (a time and a type): the log's full shape
 * belongs to `src/machines/events.ts`, and a scorer reading it copes with what it finds.
 */
import fr from 'zod/v4/locales/fr.js';
import { CRITICAL_RULES, VERDICTS } from '../scenarios/vocabulary.ts';
import * as z from '../zod-mini.ts';
import type { LogEntry } from '../machines/events.ts';
import { messages } from './messages.ts';

export const STORE_NAMES = [
  'profiles',
  'attempts',
  'calls',
  'settings',
  'packs',
  'drafts',
  'quarantine',
  'meta',
] as const;
export type StoreName = (typeof STORE_NAMES)[number];

/** The record format each store is written in today. Bump it with a migration (migrations.ts). */
export const CURRENT_VERSION: Record<StoreName, number> = {
  profiles: 1,
  attempts: 1,
  calls: 1,
  settings: 1,
  packs: 1,
  drafts: 1,
  quarantine: 1,
  meta: 1,
};

export const Key = z.string().check(z.minLength(1), z.maxLength(200));
const IsoDateTime = z.iso.datetime({ offset: true });
const ScenarioVersion = z.int().check(z.minimum(1));

/**
 * A log entry, loosely: a non-negative time and a type. A custom check rather than an object
 * schema, so loading 5,000 attempts does not copy every entry of every log.
 */
export const LogEntryLoose = z.custom<LogEntry>(
  (v) =>
    typeof v === 'object' &&
    v !== null &&
    !Array.isArray(v) &&
    typeof (v as { t?: unknown }).t === 'number' &&
    Number.isFinite((v as { t: number }).t) &&
    (v as { t: number }).t >= 0 &&
    typeof (v as { type?: unknown }).type === 'string',
  { message: 'entrée de journal attendue ({ t: nombre ≥ 0, type: texte })' },
);

const NonEmpty = z.string().check(z.minLength(1));

export const AttemptOutcome = z.object({
  id: NonEmpty,
  verdict: z.enum(VERDICTS),
  critical: z.optional(z.enum(CRITICAL_RULES)),
});

/** What the UI hands over to save an attempt: everything but the format version. */
export const AttemptFields = {
  id: Key,
  profileId: Key,
  scenarioId: NonEmpty,
  scenarioVersion: ScenarioVersion,
  startedAt: IsoDateTime,
  endedAt: z.optional(IsoDateTime),
  log: z.array(LogEntryLoose),
  outcome: z.optional(AttemptOutcome),
  scorecard: z.optional(z.unknown()),
  appVersion: NonEmpty,
};

export const ProfileRecord = z.object({
  schemaVersion: z.literal(1),
  id: Key,
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(80)),
  createdAt: IsoDateTime,
});
export type Profile = z.output<typeof ProfileRecord>;

export const AttemptRecord = z.object({ schemaVersion: z.literal(1), ...AttemptFields });
export type Attempt = Omit<z.output<typeof AttemptRecord>, 'log'> & { log: LogEntry[] };
export type NewAttempt = Omit<Attempt, 'schemaVersion'>;

export const CallRecord = z.object({
  schemaVersion: z.literal(1),
  profileId: Key,
  scenarioId: NonEmpty,
  scenarioVersion: ScenarioVersion,
  /** When the phone started ringing: every `t` of the log counts from here. */
  startedAt: IsoDateTime,
  log: z.array(LogEntryLoose),
  /** The tab that wrote it last. */
  tabId: NonEmpty,
  savedAt: IsoDateTime,
});
export type CallInProgress = Omit<z.output<typeof CallRecord>, 'log'> & { log: LogEntry[] };
/** What the UI hands over after each event of a call. */
export type CallDraft = Pick<
  CallInProgress,
  'profileId' | 'scenarioId' | 'scenarioVersion' | 'startedAt' | 'log'
>;

export const DEFAULT_SETTINGS = {
  sound: true,
  volume: 0.8,
  speech: true,
  captions: true,
  guided: false,
  showMood: true,
} as const;

/** Each field defaults on its own, so a setting added later never invalidates older records. */
export const SettingsRecord = z.object({
  schemaVersion: z.literal(1),
  sound: z._default(z.boolean(), DEFAULT_SETTINGS.sound),
  volume: z._default(z.number().check(z.minimum(0), z.maximum(1)), DEFAULT_SETTINGS.volume),
  speech: z._default(z.boolean(), DEFAULT_SETTINGS.speech),
  captions: z._default(z.boolean(), DEFAULT_SETTINGS.captions),
  guided: z._default(z.boolean(), DEFAULT_SETTINGS.guided),
  showMood: z._default(z.boolean(), DEFAULT_SETTINGS.showMood),
});
export type Settings = Omit<z.output<typeof SettingsRecord>, 'schemaVersion'>;

/** An imported pack or a trainer's draft: opaque data under a key. */
export const KeyedRecord = z.object({
  schemaVersion: z.literal(1),
  key: Key,
  updatedAt: IsoDateTime,
  data: z.unknown(),
});
export type KeyedEntry = z.output<typeof KeyedRecord>;

export const QuarantineRecord = z.object({
  schemaVersion: z.literal(1),
  store: z.enum(STORE_NAMES),
  key: z.string(),
  reason: z.string(),
  quarantinedAt: IsoDateTime,
  value: z.unknown(),
});
export type QuarantineEntry = z.output<typeof QuarantineRecord>;

/** Which format each store was last fully migrated to: lets start-up skip a full scan. */
export const MetaRecord = z.object({
  schemaVersion: z.literal(1),
  stores: z.record(z.string(), z.number()),
});

export const RECORD_SCHEMAS: Record<StoreName, z.ZodType> = {
  profiles: ProfileRecord,
  attempts: AttemptRecord,
  calls: CallRecord,
  settings: SettingsRecord,
  packs: KeyedRecord,
  drafts: KeyedRecord,
  quarantine: QuarantineRecord,
  meta: MetaRecord,
};

const frenchErrors = fr().localeError;

/** Zod path → `log[3].t`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

/** Parses with French messages; on failure, says what is wrong with the first (at most 3) fields. */
export function parseFrench<S extends z.ZodType>(
  schema: S,
  value: unknown,
  pathPrefix: readonly PropertyKey[] = [],
): { ok: true; value: z.output<S> } | { ok: false; error: string } {
  const result = schema.safeParse(value, { error: frenchErrors });
  if (result.success) return { ok: true, value: result.data };
  const issues = result.error.issues.slice(0, 3);
  const parts = issues.map((issue) =>
    issue.code === 'unrecognized_keys'
      ? messages.unknownFields(issue.keys.map((k) => fieldPath([...pathPrefix, ...issue.path, k])))
      : messages.field(fieldPath([...pathPrefix, ...issue.path]), issue.message),
  );
  const more = result.error.issues.length - issues.length;
  return { ok: false, error: parts.join(' ; ') + (more > 0 ? ` (et ${more} autre(s) erreur(s))` : '') + '.' };
}
