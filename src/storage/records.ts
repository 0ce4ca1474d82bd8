/**
 * The records kept in the browser, as valibot schemas (`schema.ts`: light, for the browser).
 * Each record carries `schemaVersion`; `migrations.ts` brings older records up to
 * `CURRENT_VERSION` before they are validated here.
 *
 * Stored records are parsed with `s.object` (unknown keys are dropped, not fatal): a record is
 * only set aside when what the app needs is missing or wrong. Imported files are stricter
 * (`transfer.ts`). Log entries are checked loosely (a time and a type): the log's full shape
 * belongs to `src/machines/events.ts`, and a scorer reading it copes with what it finds.
 */
import { CRITICAL_RULES, VERDICTS } from '../scenarios/vocabulary.ts';
import * as s from './schema.ts';
import { v, type FrenchIssue, type Output, type Schema } from './schema.ts';
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

export const Key = v.pipe(s.string(), s.minLength(1), s.maxLength(200));
const IsoDateTime = s.isoDateTime();
const ScenarioVersion = v.pipe(s.int(), s.minimum(1));

/**
 * A log entry, loosely: a non-negative time and a type. A custom check rather than an object
 * schema, so loading 5,000 attempts does not copy every entry of every log.
 */
export const LogEntryLoose = v.custom<LogEntry>(
  (x) =>
    typeof x === 'object' &&
    x !== null &&
    !Array.isArray(x) &&
    typeof (x as { t?: unknown }).t === 'number' &&
    Number.isFinite((x as { t: number }).t) &&
    (x as { t: number }).t >= 0 &&
    typeof (x as { type?: unknown }).type === 'string',
  'entrée de journal attendue ({ t: nombre ≥ 0, type: texte })',
);

const NonEmpty = v.pipe(s.string(), s.minLength(1));

export const AttemptOutcome = s.object({
  id: NonEmpty,
  verdict: s.picklist(VERDICTS),
  critical: v.optional(s.picklist(CRITICAL_RULES)),
});

/** What the UI hands over to save an attempt: everything but the format version. */
export const AttemptFields = {
  id: Key,
  profileId: Key,
  scenarioId: NonEmpty,
  scenarioVersion: ScenarioVersion,
  startedAt: IsoDateTime,
  endedAt: v.optional(IsoDateTime),
  log: s.array(LogEntryLoose),
  outcome: v.optional(AttemptOutcome),
  scorecard: v.optional(s.unknown()),
  appVersion: NonEmpty,
  /** The trainer's pack the scenario was played from (its published version); none: built-in. */
  pack: v.optional(s.object({ id: v.pipe(NonEmpty, s.maxLength(80)), version: v.optional(ScenarioVersion) })),
};

export const ProfileRecord = s.object({
  schemaVersion: s.literal(1),
  id: Key,
  name: v.pipe(s.string(), v.trim(), s.minLength(1), s.maxLength(80)),
  createdAt: IsoDateTime,
});
export type Profile = Output<typeof ProfileRecord>;

export const AttemptRecord = s.object({ schemaVersion: s.literal(1), ...AttemptFields });
export type Attempt = Omit<Output<typeof AttemptRecord>, 'log'> & { log: LogEntry[] };
export type NewAttempt = Omit<Attempt, 'schemaVersion'>;

export const CallRecord = s.object({
  schemaVersion: s.literal(1),
  profileId: Key,
  scenarioId: NonEmpty,
  scenarioVersion: ScenarioVersion,
  /** When the phone started ringing: every `t` of the log counts from here. */
  startedAt: IsoDateTime,
  log: s.array(LogEntryLoose),
  /** The tab that wrote it last. */
  tabId: NonEmpty,
  savedAt: IsoDateTime,
});
export type CallInProgress = Omit<Output<typeof CallRecord>, 'log'> & { log: LogEntry[] };
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
export const SettingsRecord = s.object({
  schemaVersion: s.literal(1),
  sound: v.optional(s.boolean(), DEFAULT_SETTINGS.sound),
  volume: v.optional(v.pipe(s.number(), s.minimum(0), s.maximum(1)), DEFAULT_SETTINGS.volume),
  speech: v.optional(s.boolean(), DEFAULT_SETTINGS.speech),
  captions: v.optional(s.boolean(), DEFAULT_SETTINGS.captions),
  guided: v.optional(s.boolean(), DEFAULT_SETTINGS.guided),
  showMood: v.optional(s.boolean(), DEFAULT_SETTINGS.showMood),
});
export type Settings = Omit<Output<typeof SettingsRecord>, 'schemaVersion'>;

/** An imported pack or a trainer's draft: opaque data under a key. */
export const KeyedRecord = s.object({
  schemaVersion: s.literal(1),
  key: Key,
  updatedAt: IsoDateTime,
  data: s.unknown(),
});
export type KeyedEntry = Output<typeof KeyedRecord>;

export const QuarantineRecord = s.object({
  schemaVersion: s.literal(1),
  store: s.picklist(STORE_NAMES),
  key: s.string(),
  reason: s.string(),
  quarantinedAt: IsoDateTime,
  value: s.unknown(),
});
export type QuarantineEntry = Output<typeof QuarantineRecord>;

/**
 * The meta store's one record, under `META_KEY`: which format each store was last fully
 * migrated to, so that start-up can skip a full scan.
 */
export const META_KEY = 'versions';
export const MetaRecord = s.object({
  schemaVersion: s.literal(1),
  stores: s.record(s.number()),
});

export const RECORD_SCHEMAS: Record<StoreName, Schema> = {
  profiles: ProfileRecord,
  attempts: AttemptRecord,
  calls: CallRecord,
  settings: SettingsRecord,
  packs: KeyedRecord,
  drafts: KeyedRecord,
  quarantine: QuarantineRecord,
  meta: MetaRecord,
};

/** Issue path → `log[3].t`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

/** Parses with French messages; on failure, says what is wrong with the first (at most 3) fields. */
export function parseFrench<S extends Schema>(
  schema: S,
  value: unknown,
  pathPrefix: readonly PropertyKey[] = [],
): { ok: true; value: Output<S> } | { ok: false; error: string } {
  const result = v.safeParse(schema, value);
  if (result.success) return { ok: true, value: result.output };
  const all = result.issues as readonly FrenchIssue[];
  const parts = all.slice(0, 3).map((issue) => {
    const path = [...pathPrefix, ...(issue.path ?? []).map((item) => item.key as PropertyKey)];
    return issue.unknownKeys
      ? messages.unknownFields(issue.unknownKeys.map((k) => fieldPath([...path.slice(0, -1), k])))
      : messages.field(fieldPath(path), issue.message);
  });
  const more = all.length - parts.length;
  return { ok: false, error: parts.join(' ; ') + (more > 0 ? ` (et ${more} autre(s) erreur(s))` : '') + '.' };
}
