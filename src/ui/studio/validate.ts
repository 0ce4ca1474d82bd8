/**
 * The draft checked as the CLI and the build check a pack: parse, schema and lint (the same
 * French messages, with file, line and path). Pure: nothing of the draft is executed.
 */
import { hasErrors, type PackError } from '../../scenarios/errors.ts';
import { parsePack } from '../../scenarios/parse.ts';
import type { ScenarioBundle } from '../../scenarios/schema.ts';
import type { Draft } from './draft.ts';

export interface Checked {
  errors: PackError[];
  /** The draft's scenario, ready to play, when its files have no errors. */
  bundle?: ScenarioBundle;
  /** How long the check took, in milliseconds. */
  ms: number;
}

export function checkDraft(draft: Pick<Draft, 'files' | 'main'>): Checked {
  const started = performance.now();
  const parsed = parsePack(draft.files);
  const scenarioFile = parsed.files.find((f) => f.path === draft.main);
  const bundle = parsed.bundles.find((b) => b.scenario.id === scenarioFile?.id);
  const mainErrors = parsed.errors.filter((e) => e.file === draft.main);
  return {
    errors: parsed.errors,
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
