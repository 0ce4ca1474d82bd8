/**
 * Record migrations: each store's records are brought from the format they were written in
 * up to `CURRENT_VERSION`, one step at a time, then validated. A record without
 * `schemaVersion` is format 0.
 *
 * To change a record's shape: bump `CURRENT_VERSION[store]` in records.ts, change its schema,
 * and add a step here `{ store, from: n, to: n + 1, up }`. `up` gets an object that may be
 * anything an older version (or a bug) wrote: check before you touch, never throw on purpose
 * — if it throws anyway, the record is set aside, not lost.
 */
import { CURRENT_VERSION, RECORD_SCHEMAS, parseFrench, type StoreName } from './records.ts';
import { messages } from './messages.ts';

export interface Migration {
  store: StoreName;
  from: number;
  to: number;
  /** What changed, for the people reading this file. */
  why: string;
  up(record: Record<string, unknown>): Record<string, unknown>;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    store: 'attempts',
    from: 0,
    to: 1,
    why:
      'The first prototype stored attempts without a format version, called the log `events`, ' +
      'and did not record the app version.',
    up({ events, log, ...rest }) {
      return {
        ...rest,
        log: log ?? events,
        appVersion: typeof rest.appVersion === 'string' && rest.appVersion ? rest.appVersion : '0.0.0',
        schemaVersion: 1,
      };
    },
  },
];

export type MigrationResult<T> =
  | { kind: 'ok'; value: T; migrated: boolean }
  /** Corrupt: set it aside. */
  | { kind: 'invalid'; error: string }
  /** Written by a newer app: leave it where it is. */
  | { kind: 'newer'; version: number };

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Brings one stored value to the current format of its store and validates it. Pure. */
export function upgradeRecord<T = unknown>(
  store: StoreName,
  raw: unknown,
  migrations: readonly Migration[] = MIGRATIONS,
  current: number = CURRENT_VERSION[store],
): MigrationResult<T> {
  if (!isPlainObject(raw)) return { kind: 'invalid', error: messages.notAnObject() };
  const declared = raw.schemaVersion ?? 0;
  if (typeof declared !== 'number' || !Number.isInteger(declared) || declared < 0) {
    return { kind: 'invalid', error: messages.badVersion(declared) };
  }
  if (declared > current) return { kind: 'newer', version: declared };

  let record = raw;
  let version = declared;
  while (version < current) {
    const step = migrations.find((m) => m.store === store && m.from === version);
    if (!step) return { kind: 'invalid', error: messages.noMigration(version) };
    try {
      const next = step.up(record);
      if (!isPlainObject(next))
        return { kind: 'invalid', error: messages.migrationFailed(version, 'pas un objet') };
      record = next;
    } catch (e) {
      return {
        kind: 'invalid',
        error: messages.migrationFailed(version, e instanceof Error ? e.message : String(e)),
      };
    }
    version = step.to;
  }

  const parsed = parseFrench(RECORD_SCHEMAS[store], record);
  if (!parsed.ok) return { kind: 'invalid', error: parsed.error };
  return { kind: 'ok', value: parsed.value as T, migrated: version !== declared };
}
