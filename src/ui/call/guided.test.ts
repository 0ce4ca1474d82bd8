import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { CallBundle, ScenarioBundle } from '../../scenarios/schema.ts';
import { loadGuidedMode } from './guided.ts';
import { suggestReplies } from './suggestions.ts';
import { coreBundle } from './testing.ts';

let full: ScenarioBundle;
beforeAll(async () => {
  full = await coreBundle('fievre-enfant-fin-de-journee');
});

describe('loading guided mode', () => {
  it('fetches the scenario’s notes for a bundle without them, so the good reply follows the model', async () => {
    const { debrief, model, ...scenario } = full.scenario;
    const call: CallBundle = { ...full, scenario };
    const notesOf = vi.fn(async () => ({ debrief, model }));
    const guided = await loadGuidedMode(call, notesOf);
    expect(notesOf).toHaveBeenCalledWith('fievre-enfant-fin-de-journee');
    const view = { node: full.scenario.start, log: [] };
    expect(suggestReplies(guided.bundle, view)).toEqual(suggestReplies(full, view));
    expect(guided.Replies).toBeTypeOf('function');
  });

  it('takes the notes a bundle already has', async () => {
    const notesOf = vi.fn(async () => undefined);
    const guided = await loadGuidedMode(full, notesOf);
    expect(notesOf).not.toHaveBeenCalled();
    expect(guided.bundle.scenario.model).toEqual(full.scenario.model);
  });

  it('fails, rather than suggest replies without the model, when the notes cannot be found', async () => {
    const { debrief: _debrief, model: _model, ...scenario } = full.scenario;
    await expect(loadGuidedMode({ ...full, scenario }, async () => undefined)).rejects.toThrow(
      'fievre-enfant-fin-de-journee',
    );
  });
});
