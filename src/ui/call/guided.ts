/**
 * Guided mode, fetched only when it is on (it is off by default), as the call starts so the first
 * replies are there at pickup: the list of replies (GuidedReplies.svelte, with suggestions.ts) and
 * the scenario's model transcript the good reply follows. A built-in scenario's model is in its
 * notes, a module apart that a call without guided mode never downloads; a bundle read from a
 * pack has it already.
 */
import type { Component } from 'svelte';
import { withNotes } from '../../scenarios/bundles.ts';
import type { CallBundle, ScenarioBundle, ScenarioNotes } from '../../scenarios/schema.ts';
import type { GuidedRepliesProps } from './GuidedReplies.svelte';

export interface GuidedMode {
  Replies: Component<GuidedRepliesProps>;
  /** The call's bundle with its notes, as suggestions.ts reads it. */
  bundle: ScenarioBundle;
}

export async function loadGuidedMode(
  call: CallBundle,
  notesOf?: (scenarioId: string) => Promise<ScenarioNotes | undefined>,
): Promise<GuidedMode> {
  const [{ default: Replies }, bundle] = await Promise.all([
    import('./GuidedReplies.svelte'),
    withNotes(call, notesOf),
  ]);
  return { Replies, bundle };
}
