/**
 * A trainee's attempts as one JSON file: building it, and reading one back safely.
 * Pure (no storage): `AppStorage.exportAttempts` / `importAttempts` do the reading and writing
 * (transferStore.ts), and load this module with it only then (a dynamic import): a call never
 * needs it.
 *
 * Reading an untrusted file: size checked before parsing, `__proto__` keys refused anywhere
 * (JSON.parse makes them own properties, harmless until some code copies the object with a
 * spread or `Object.assign`), then every attempt checked by a strict schema (unknown keys
 * are errors) with French messages naming the attempt and the field.
 */
import * as s from './schema.ts';
import { AttemptFields, parseFrench, type NewAttempt, type Profile } from './records.ts';
import { EXPORT_FORMAT, EXPORT_VERSION, MAX_IMPORT_BYTES } from './exportFormat.ts';
import { importMessages as messages } from './importMessages.ts';

export { EXPORT_FORMAT, EXPORT_VERSION, MAX_IMPORT_BYTES };

/** An attempt as exported: its owner is the file's profile, its format the file's version. */
export type ExportedAttempt = Omit<NewAttempt, 'profileId'>;

const { profileId: _profileId, ...exportedFields } = AttemptFields;
export const ExportedAttemptSchema = s.strictObject(exportedFields);

const ExportFileSchema = s.strictObject({
  format: s.literal(EXPORT_FORMAT),
  version: s.literal(EXPORT_VERSION),
  exportedAt: s.isoDateTime(),
  profile: s.strictObject({ name: s.string() }),
  attempts: s.array(s.unknown()),
});

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  profile: { name: string };
  attempts: ExportedAttempt[];
}

export function buildExport(
  profile: Pick<Profile, 'name'>,
  attempts: readonly NewAttempt[],
  now: Date,
): string {
  const file: ExportFile = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    profile: { name: profile.name },
    attempts: attempts.map(({ profileId: _p, ...rest }) => {
      const { schemaVersion: _v, ...attempt } = rest as typeof rest & { schemaVersion?: number };
      return attempt;
    }),
  };
  return JSON.stringify(file);
}

/** UTF-8 size of a string, without encoding it when its length alone decides. */
export function utf8Bytes(text: string, limit: number): number {
  if (text.length > limit || text.length * 3 <= limit) return text.length; // a bound suffices
  return new TextEncoder().encode(text).length;
}

export interface ParsedFile {
  /** Valid attempts, in file order, each with its index in the file. */
  attempts: { index: number; attempt: ExportedAttempt }[];
  /** French, one per rejected attempt or one for the whole file. */
  errors: string[];
}

const FORBIDDEN_KEYS = new Set(['__proto__']);

export function parseExport(text: string, maxBytes = MAX_IMPORT_BYTES): ParsedFile {
  const failed = (error: string): ParsedFile => ({ attempts: [], errors: [error] });

  const size = utf8Bytes(text, maxBytes);
  if (size > maxBytes) {
    // `size` may be the length in UTF-16 units here: exact enough to tell the user how big.
    return failed(
      messages.importTooLarge(
        text.length > maxBytes ? new TextEncoder().encode(text).length : size,
        maxBytes,
      ),
    );
  }

  let forbidden: string | null = null;
  let json: unknown;
  try {
    json = JSON.parse(text, (key, value: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) forbidden = key;
      return value;
    });
  } catch (e) {
    return failed(messages.importNotJson(e instanceof Error ? e.message : String(e)));
  }
  if (forbidden) return failed(messages.importForbiddenKey(forbidden));

  const head = json as { format?: unknown; version?: unknown } | null;
  if (typeof head !== 'object' || head === null || head.format !== EXPORT_FORMAT)
    return failed(messages.importNotExport());
  if (typeof head.version === 'number' && head.version > EXPORT_VERSION) {
    return failed(messages.importNewerFormat(head.version));
  }
  const file = parseFrench(ExportFileSchema, json);
  if (!file.ok) return failed(messages.importFile(file.error));

  const result: ParsedFile = { attempts: [], errors: [] };
  file.value.attempts.forEach((raw, index) => {
    const parsed = parseFrench(ExportedAttemptSchema, raw);
    if (parsed.ok) result.attempts.push({ index, attempt: parsed.value as ExportedAttempt });
    else {
      const id =
        typeof (raw as { id?: unknown } | null)?.id === 'string' ? (raw as { id: string }).id : undefined;
      result.errors.push(messages.importAttempt(index, id, parsed.error));
    }
  });
  return result;
}
