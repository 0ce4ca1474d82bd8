/**
 * The draft checked as the CLI and the build check a pack: parse, schema and lint (the same
 * French messages, with file, line and path). Pure: nothing of the draft is executed.
 */
import { hasErrors, type PackError } from '../../scenarios/errors.ts';
import { parsePack, type FileCache } from '../../scenarios/parse.ts';
import type { Scenario, ScenarioBundle } from '../../scenarios/schema.ts';
import { clipErrors, draftClipUrls } from './clips.ts';
import type { Draft } from './draft.ts';

export interface Checked {
  errors: PackError[];
  /** The draft's scenario as read, when its file passes the schema (lint errors or not). */
  scenario?: Scenario;
  /** The draft's scenario, ready to play, when its files have no errors. */
  bundle?: ScenarioBundle;
  /** How long the check took, in milliseconds. */
  ms: number;
}

/** `cache` keeps the reading of unchanged files from one edit to the next. */
export function checkDraft(draft: Pick<Draft, 'files' | 'main' | 'clips'>, cache?: FileCache): Checked {
  const started = performance.now();
  const parsed = parsePack(draft.files, cache ? { cache } : {});
  const scenarioFile = parsed.files.find((f) => f.path === draft.main);
  const found = parsed.bundles.find((b) => b.scenario.id === scenarioFile?.id);
  const scenario = parsed.scenarios.find((s) => s.id === scenarioFile?.id);
  // The draft's clips are its pack folder: checked as the CLI checks a folder's, and played.
  const clips = scenario
    ? clipErrors(draft, scenario, draft.files.find((f) => f.path === draft.main)?.text ?? '')
    : [];
  const errors = clips.length > 0 ? [...parsed.errors, ...clips] : parsed.errors;
  const mainErrors = errors.filter((e) => e.file === draft.main);
  const audio = found && draftClipUrls(found.scenario, draft.clips);
  const bundle = found && audio ? { ...found, audio } : found;
  return {
    errors,
    ...(scenario ? { scenario } : {}),
    ...(bundle && !hasErrors(mainErrors) ? { bundle } : {}),
    ms: performance.now() - started,
  };
}

/** The errors of one file, errors before warnings, then by line. */
export function errorsOf(errors: readonly PackError[], file: string): PackError[] {
  return errors
    .filter((e) => e.file === file)
    .sort(
      (a, b) =>
        (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) || (a.line ?? 0) - (b.line ?? 0),
    );
}
