/**
 * A studio draft: a small pack (pack.yaml, the scenario, its practice and its caller) as YAML
 * texts, with the golden scripts kept beside it. Pure: building, renaming and checking drafts;
 * storing them is the `drafts` store's job (src/storage).
 */
import { parseDocument } from 'yaml';
import type { PackFile } from '../../scenarios/parse.ts';
import type { DraftClip } from './clips.ts';
import type { GoldenScript } from './golden.ts';

export const DRAFT_VERSION = 1;

export interface Draft {
  version: typeof DRAFT_VERSION;
  /** The draft's key in the store, and the id of its pack. */
  id: string;
  title: string;
  /** The pack's files, `scenarios/<id>.yaml` among them. */
  files: PackFile[];
  /** Path of the scenario file the editor opens. */
  main: string;
  golden: GoldenScript[];
  /** The recorded caller lines (clips.ts): files of the pack named by the scenario's `audio`. */
  clips?: DraftClip[];
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Lower-case ASCII words joined by hyphens, as every id of a pack. */
export function slug(text: string): string {
  const out = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return ID.test(out) ? out : 'brouillon';
}

/**
 * A YAML text with one top-level field set to a one-line value, every other line kept as the
 * trainer wrote it (a YAML round trip would rewrite the hand-formatted flow maps).
 */
export function setField(text: string, key: string, value: string | number): string {
  const line = `${key}: ${typeof value === 'number' ? value : JSON.stringify(value)}`;
  const field = new RegExp(`^${key}:[^\\n]*$`, 'm');
  return field.test(text) ? text.replace(field, () => line) : `${line}\n${text}`;
}

/** A top-level text field of a YAML file, if it reads as one. */
export function readField(text: string, key: string): string | undefined {
  try {
    const value: unknown = parseDocument(text).get(key);
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

export function packYaml(id: string, title: string): string {
  return [
    'schemaVersion: 1',
    `id: ${id}`,
    `title: ${JSON.stringify(title)}`,
    'description: "Brouillon de l’atelier."',
    '',
  ].join('\n');
}

/** An id not yet taken, from `base`: `base`, `base-2`, `base-3`… */
export function freeId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/**
 * A draft from a scenario's YAML and the practice and caller files it names: the scenario gets
 * a new id (so it never shadows the built-in one), its file the matching name.
 */
export function makeDraft(options: {
  id: string;
  title: string;
  scenario: string;
  practice: { id: string; text: string };
  caller: { id: string; text: string };
}): Draft {
  const { id, title } = options;
  const scenario = setField(setField(options.scenario, 'id', id), 'title', title);
  const main = `scenarios/${id}.yaml`;
  return {
    version: DRAFT_VERSION,
    id,
    title,
    main,
    golden: [],
    files: [
      { path: 'pack.yaml', text: packYaml(`atelier-${id}`, title) },
      { path: `practices/${options.practice.id}.yaml`, text: options.practice.text },
      { path: `callers/${options.caller.id}.yaml`, text: options.caller.text },
      { path: main, text: scenario },
    ],
  };
}

/** The draft with one file's text replaced (the title follows the scenario's). */
export function withFile(draft: Draft, path: string, text: string): Draft {
  const files = draft.files.map((f) => (f.path === path ? { ...f, text } : f));
  const title = path === draft.main ? (readField(text, 'title') ?? draft.title) : draft.title;
  return { ...draft, files, title };
}

/** A stored value that is a draft (the store keeps opaque data: checked when read). */
export function asDraft(value: unknown): Draft | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Partial<Draft>;
  if (v.version !== DRAFT_VERSION || typeof v.id !== 'string' || typeof v.title !== 'string')
    return undefined;
  if (typeof v.main !== 'string' || !Array.isArray(v.files) || !Array.isArray(v.golden)) return undefined;
  const files = v.files.filter(
    (f): f is PackFile =>
      typeof f === 'object' && f !== null && typeof f.path === 'string' && typeof f.text === 'string',
  );
  if (!files.some((f) => f.path === v.main)) return undefined;
  const clips = Array.isArray(v.clips)
    ? v.clips.filter(
        (c): c is DraftClip =>
          typeof c === 'object' && c !== null && typeof c.path === 'string' && typeof c.data === 'string',
      )
    : [];
  return {
    version: DRAFT_VERSION,
    id: v.id,
    title: v.title,
    main: v.main,
    files,
    golden: v.golden,
    ...(clips.length > 0 && { clips }),
  };
}
