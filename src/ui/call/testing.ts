/**
 * Test helpers for the call screen (not used by the product): the built-in scenarios read from
 * content/, and a fake CallSession that records what the screen sends.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { TraineeInput } from '../../machines/events.ts';
import type { CallSession, CallView } from '../../machines/session.ts';
import { parsePack, type PackFile } from '../../scenarios/parse.ts';
import type { ScenarioBundle } from '../../scenarios/schema.ts';

let core: Promise<ScenarioBundle[]> | undefined;

// Read here rather than through scenarios/load.ts, whose `import.meta.url` is not a file URL
// under the jsdom environment of component tests. Tests run from the repository root.
async function readCorePack(): Promise<ScenarioBundle[]> {
  const dir = join(process.cwd(), 'content', 'core');
  const files: PackFile[] = [{ path: 'pack.yaml', text: await readFile(join(dir, 'pack.yaml'), 'utf8') }];
  for (const folder of ['practices', 'callers', 'scenarios'])
    for (const name of (await readdir(join(dir, folder))).sort())
      files.push({ path: `${folder}/${name}`, text: await readFile(join(dir, folder, name), 'utf8') });
  return parsePack(files).bundles;
}

/** A scenario of the core pack, with its practice and caller. */
export async function coreBundle(id: string): Promise<ScenarioBundle> {
  core ??= readCorePack();
  const bundle = (await core).find((b) => b.scenario.id === id);
  if (!bundle) throw new Error(`no scenario ${id} in content/core`);
  return bundle;
}

export function initialView(bundle: ScenarioBundle, patch: Partial<CallView> = {}): CallView {
  return {
    status: 'ringing',
    rings: 1,
    t: 0,
    stress: bundle.caller.stress,
    mood: 'tense',
    node: bundle.scenario.start,
    log: [{ t: 0, type: 'ring', n: 1 }],
    agenda: bundle.practice.agenda,
    ...patch,
  };
}

/** A CallSession that only records: the test moves its view with `update`. */
export class FakeSession implements CallSession {
  readonly bundle: ScenarioBundle;
  readonly sent: TraineeInput[] = [];
  advanced = 0;
  stopped = false;
  #view: CallView;
  readonly #listeners = new Set<(view: CallView) => void>();

  constructor(bundle: ScenarioBundle, patch: Partial<CallView> = {}) {
    this.bundle = bundle;
    this.#view = initialView(bundle, patch);
  }

  view(): CallView {
    return this.#view;
  }

  send(input: TraineeInput): void {
    this.sent.push(input);
  }

  advance(ms: number): void {
    this.advanced += ms;
    this.#view = { ...this.#view, t: this.#view.t + ms };
  }

  subscribe(listener: (view: CallView) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  stop(): void {
    this.stopped = true;
  }

  /** Changes the view and notifies, as the real session does after each event. */
  update(patch: Partial<CallView>): void {
    this.#view = { ...this.#view, ...patch };
    for (const listener of this.#listeners) listener(this.#view);
  }

  get listenerCount(): number {
    return this.#listeners.size;
  }
}
