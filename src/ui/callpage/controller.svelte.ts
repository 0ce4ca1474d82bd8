/**
 * The call page's logic: load the scenario, offer to resume or discard a call left in progress,
 * claim the call for this tab, run the session while saving its log after every new entry,
 * then score and store the attempt and go to the debrief.
 *
 * A call in progress is resumed by replaying its log through a fresh session (DESIGN §9): the
 * session is created with `{ log }` and its clock starts where the log stops.
 */
import type { CallSession, CallView } from '../../machines/session.ts';
import type { CallOptions, createCallSession, prepareCallSession } from '../../machines/call.ts';
import { newSeed } from '../../scenarios/variables.ts';
import { withNotes } from '../../scenarios/bundles.ts';
import type { CallBundle, ScenarioNotes } from '../../scenarios/schema.ts';
import {
  StorageError,
  attemptIdOf,
  type AppStorage,
  type Attempt,
  type CallDraft,
  type CallInProgress,
  type NewAttempt,
  type Profile,
} from '../../storage/index.ts';
import type { Route } from '../app/router.ts';
import { errorText, type AppState } from '../app/state.svelte.ts';
import { fr as shell } from '../i18n/fr.ts';
import { fr } from './strings.ts';
import { afterPaint, nextTask } from '../shared/nextTask.ts';

/**
 * The call's machine and the analyser, loaded while the page fetches the scenario: the analyser's
 * modules are evaluated (its tables built) in one task and the machine's in the next, each its
 * own task instead of one long one with the call screen's drawing (DESIGN §12: TBT). They count
 * in what every call loads (tests/e2e/lib/bundle.js).
 */
let sessions: Promise<typeof prepareCallSession> | undefined;
export function loadSessions(): Promise<typeof prepareCallSession> {
  return (sessions ??= import('../../language/analyze.ts')
    .then(nextTask)
    .then(() => import('../../machines/call.ts'))
    .then(
      (module) => module.prepareCallSession,
      (error: unknown) => {
        sessions = undefined; // a later call may try again
        throw error;
      },
    ));
}

/** What the trainee was doing when another tab turned out to own the call. */
export type LockedStep = 'start' | 'resume' | 'discard' | 'save';

export type CallPhase =
  | { kind: 'loading' }
  /** No such scenario in the catalogue. */
  | { kind: 'unknown' }
  /** A call was left in progress: resume it or discard it. `bundle` is undefined when its scenario is gone. */
  | { kind: 'pending'; call: CallInProgress; bundle: CallBundle | undefined }
  /** Another tab owns this profile's call. */
  | { kind: 'locked'; step: LockedStep; call?: CallInProgress }
  | { kind: 'playing' }
  | { kind: 'finishing' }
  /** The attempt could not be stored: retry, or see the debrief without keeping it. */
  | { kind: 'finishFailed'; attempt: NewAttempt; message: string }
  | { kind: 'failed'; message: string };

type NavigableRoute = Exclude<Route, { name: 'notFound' }>;

export interface CallControllerOptions {
  storage: AppStorage;
  profile: Profile;
  scenarioId: string;
  app: Pick<AppState, 'notify' | 'unsaved' | 'resumeOnArrival' | 'onAttemptSaved'>;
  navigate: (route: NavigableRoute, options?: { replace?: boolean }) => void;
  /** Loads a scenario's bundle as a call takes it (`undefined`: no such scenario). */
  bundleOf: (id: string) => Promise<CallBundle | undefined>;
  /** Loads a scenario's notes, which the scorer reads, when the bundle has none (default: the built-ins'). */
  notesOf?: (id: string) => Promise<ScenarioNotes | undefined>;
  /** Creates the session (tests may wrap it). */
  createSession?: typeof createCallSession;
  now?: () => Date;
  /** Where `pagehide` is listened for. */
  pageTarget?: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;
}

export class CallController {
  phase: CallPhase = $state.raw({ kind: 'loading' });
  session: CallSession | null = $state.raw(null);
  bundle: CallBundle | undefined = $state.raw(undefined);
  /** A problem saving the call in progress, in French (the call goes on). */
  saveProblem: string | null = $state(null);
  /** Another tab took the call over while it was being played here. */
  lostOwnership = $state(false);
  /** A short French note about what just happened (a call discarded…). */
  note: string | null = $state(null);

  readonly #o: CallControllerOptions;
  readonly #now: () => Date;
  #startedAt = '';
  #unsubscribe: (() => void) | undefined;
  #stopFlush: (() => void) | undefined;
  #saving: Promise<void> | null = null;
  #dirty = false;
  #savedLength = 0;
  #ended = false;
  #destroyed = false;
  #sessions: Promise<typeof prepareCallSession> | undefined;

  constructor(options: CallControllerOptions) {
    this.#o = options;
    // A plain timestamp, never observed.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    this.#now = options.now ?? (() => new Date());
  }

  get #profileId(): string {
    return this.#o.profile.id;
  }

  /** Runs on arrival on the page. */
  async enter(): Promise<void> {
    let bundle: CallBundle | undefined;
    try {
      bundle = await this.#o.bundleOf(this.#o.scenarioId);
    } catch (error) {
      if (!this.#destroyed) this.phase = { kind: 'failed', message: errorText(error) };
      return;
    }
    if (this.#destroyed) return;
    this.bundle = bundle;
    if (!bundle) {
      this.phase = { kind: 'unknown' };
      return;
    }
    // The page's title is drawn before the analyser and the machine (over a third of what a
    // call downloads) are fetched: they do not hold up the first paint. A failure is reported
    // when a session is made (and the next attempt fetches again).
    if (!this.#o.createSession) {
      const sessions = afterPaint().then(loadSessions);
      this.#sessions = sessions;
      sessions.catch(() => {
        if (this.#sessions === sessions) this.#sessions = undefined;
      });
    }
    let call: CallInProgress | null;
    try {
      const loaded = await this.#o.storage.loadCall(this.#profileId);
      call = loaded.item;
      if (loaded.problems.length) {
        this.#o.app.notify(
          'error',
          shell.notices.loadProblems(loaded.problems.length),
          loaded.problems.map((p) => p.message),
        );
      }
    } catch (error) {
      this.phase = { kind: 'failed', message: errorText(error) };
      return;
    }
    if (this.#destroyed) return;
    if (call) {
      if (this.#o.app.resumeOnArrival && call.scenarioId === this.#o.scenarioId) {
        this.#o.app.resumeOnArrival = false;
        return this.resume(call);
      }
      const other = await this.#o.bundleOf(call.scenarioId).catch(() => undefined);
      if (this.#destroyed) return;
      this.phase = { kind: 'pending', call, bundle: other };
      return;
    }
    return this.#start();
  }

  /** Resumes the call left in progress (on its own scenario's page). */
  async resume(call: CallInProgress): Promise<void> {
    if (!(await this.#claim('resume', call))) return;
    if (call.scenarioId !== this.#o.scenarioId) {
      this.#o.app.resumeOnArrival = true;
      this.#o.navigate({ name: 'call', scenarioId: call.scenarioId }, { replace: true });
      return;
    }
    const session = await this.#session(this.bundle!, { log: call.log });
    if (session) this.#begin(session, call.startedAt, call.log.length);
  }

  /** Forgets the call left in progress, then starts this page's scenario. */
  async discard(call: CallInProgress): Promise<void> {
    if (!(await this.#claim('discard', call))) return;
    try {
      await this.#o.storage.discardCall(this.#profileId);
    } catch (error) {
      this.phase = { kind: 'failed', message: errorText(error) };
      return;
    }
    this.note = fr.discarded;
    return this.#start();
  }

  /** Takes the call from the other tab, then does what was being done. */
  async takeOver(): Promise<void> {
    const phase = this.phase;
    try {
      await this.#o.storage.claimCall(this.#profileId, { takeOver: true });
    } catch (error) {
      this.phase = { kind: 'failed', message: errorText(error) };
      return;
    }
    if (this.lostOwnership) {
      this.lostOwnership = false;
      this.saveProblem = null;
      this.#save();
      return;
    }
    if (phase.kind !== 'locked') return;
    if (phase.step === 'start') return this.#start();
    if (phase.call && phase.step === 'resume') return this.resume(phase.call);
    if (phase.call && phase.step === 'discard') return this.discard(phase.call);
  }

  /** The call screen says the call is over: score, store, debrief. */
  async finish(view: CallView): Promise<void> {
    if (this.#ended || !this.bundle) return;
    // The whole log is saved as in progress first: whatever fails next, a reload can resume it.
    this.#save();
    this.#ended = true;
    this.#stopWatching();
    this.phase = { kind: 'finishing' };
    // The scorer and the scenario's notes (its tips quote them) load only now: a call does not
    // need them until it is over. The call stays saved as in progress if they fail to load.
    let buildAttempt: typeof import('./attempt.ts').buildAttempt;
    let bundle: Awaited<ReturnType<typeof withNotes>>;
    try {
      [{ buildAttempt }, bundle] = await Promise.all([
        import('./attempt.ts'),
        withNotes(this.bundle, this.#o.notesOf),
      ]);
    } catch (error) {
      // A browser does not fetch a module again once it failed: only a reload can (the call
      // was saved as in progress above, with its end, so it resumes and finishes then).
      const detail = error instanceof Error ? error.message : String(error);
      this.phase = { kind: 'failed', message: fr.scorerNotLoaded(detail) };
      return;
    }
    const attempt = buildAttempt({
      id: attemptIdOf(this.#profileId, this.#startedAt),
      profileId: this.#profileId,
      bundle,
      startedAt: this.#startedAt,
      endedAt: this.#now(),
      log: view.log,
    });
    await this.#store(attempt);
  }

  /** After a failed write: try again. */
  async retryFinish(): Promise<void> {
    if (this.phase.kind === 'finishFailed') await this.#store(this.phase.attempt);
  }

  /** After a failed write: show the debrief from memory (it will not survive a reload). */
  showUnsaved(): void {
    if (this.phase.kind !== 'finishFailed') return;
    const { attempt } = this.phase;
    this.#o.app.unsaved.set(attempt.id, { ...attempt, schemaVersion: 1 } as Attempt);
    this.#o.navigate({ name: 'debrief', attemptId: attempt.id }, { replace: true });
  }

  /** Leaving the page: the call stays saved as in progress, and this tab lets it go. */
  destroy(): void {
    this.#destroyed = true;
    const session = this.session;
    this.#stopWatching();
    if (session && !this.#ended) {
      const storage = this.#o.storage;
      const profileId = this.#profileId;
      const last = session.view().log.length > this.#savedLength ? this.#draft(session) : null;
      const saving = this.#saving ?? Promise.resolve();
      void saving
        .then(() => (last && storage.ownsCall(profileId) ? storage.saveCall(last) : undefined))
        .catch(() => {})
        .finally(() => storage.releaseCall(profileId));
    }
    session?.stop();
  }

  // ── Internals ───────────────────────────────────────────────────────────────────────────

  async #claim(step: LockedStep, call?: CallInProgress): Promise<boolean> {
    try {
      const { owned } = await this.#o.storage.claimCall(this.#profileId);
      if (!owned) this.phase = { kind: 'locked', step, ...(call ? { call } : {}) };
      return owned && !this.#destroyed;
    } catch (error) {
      this.phase = { kind: 'failed', message: errorText(error) };
      return false;
    }
  }

  async #start(): Promise<void> {
    if (!(await this.#claim('start'))) return;
    // A new attempt draws the scenario's variations from a fresh seed, logged with the call.
    const session = await this.#session(this.bundle!, { seed: newSeed() });
    if (session) this.#begin(session, this.#now().toISOString(), 0);
  }

  /**
   * The call's session, made over three tasks (DESIGN §12: TBT): its machine compiled in one, the
   * session started in the next, the call screen drawn in the one after. `null` on failure (the
   * phase says why) or when the page is gone.
   */
  async #session(bundle: CallBundle, options: CallOptions): Promise<CallSession | null> {
    let session: CallSession;
    try {
      const custom = this.#o.createSession;
      const prepare = custom
        ? (b: CallBundle, o: CallOptions) => () => custom(b, o)
        : await (this.#sessions ?? loadSessions());
      if (this.#destroyed) return null;
      const start = prepare(bundle, options);
      await nextTask();
      if (this.#destroyed) return null;
      session = start();
    } catch (error) {
      this.phase = { kind: 'failed', message: errorText(error) };
      return null;
    }
    await nextTask();
    if (this.#destroyed) {
      session.stop();
      return null;
    }
    return session;
  }

  #begin(session: CallSession, startedAt: string, savedLength: number): void {
    if (this.#destroyed) {
      session.stop();
      return;
    }
    this.session = session;
    this.#startedAt = startedAt;
    this.#savedLength = savedLength;
    this.#unsubscribe = session.subscribe((view) => {
      if (view.log.length !== this.#savedLength) this.#save();
    });
    this.#stopFlush = this.#o.storage.flushOnPageHide(
      () => (this.#ended ? null : this.#draft(session)),
      this.#o.pageTarget,
    );
    this.phase = { kind: 'playing' };
    // A fresh call is saved at once (its first ring), so a reload can already offer to resume it:
    // in the task after the one that draws the call screen (DESIGN §12: TBT).
    void nextTask().then(() => {
      if (!this.#destroyed && session.view().log.length !== this.#savedLength) this.#save();
    });
  }

  #draft(session: CallSession): CallDraft {
    return {
      profileId: this.#profileId,
      scenarioId: session.bundle.scenario.id,
      scenarioVersion: session.bundle.scenario.version,
      startedAt: this.#startedAt,
      log: [...session.view().log],
    };
  }

  /** Saves the log as it stands; one write at a time, the latest log last. */
  #save(): void {
    const session = this.session;
    if (!session || this.lostOwnership) return;
    if (this.#saving) {
      this.#dirty = true;
      return;
    }
    const draft = this.#draft(session);
    this.#saving = this.#o.storage
      .saveCall(draft)
      .then(
        () => {
          this.#savedLength = Math.max(this.#savedLength, draft.log.length);
          this.saveProblem = null;
        },
        (error: unknown) => {
          if (error instanceof StorageError && error.code === 'locked') {
            this.lostOwnership = true;
            this.saveProblem = fr.lockedLost;
          } else {
            this.saveProblem = `${errorText(error)} ${fr.saveFailed}`;
          }
        },
      )
      .finally(() => {
        this.#saving = null;
        if (this.#dirty) {
          this.#dirty = false;
          this.#save();
        }
      });
  }

  async #store(attempt: NewAttempt): Promise<void> {
    this.phase = { kind: 'finishing' };
    // Let the last saves of the call in progress land first: none may follow finishCall.
    while (this.#saving) await this.#saving;
    try {
      const saved = await this.#o.storage.finishCall(attempt);
      this.#o.app.onAttemptSaved?.(saved);
      this.#o.navigate({ name: 'debrief', attemptId: saved.id }, { replace: true });
    } catch (error) {
      this.phase = { kind: 'finishFailed', attempt, message: errorText(error) };
    }
  }

  #stopWatching(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#stopFlush?.();
    this.#stopFlush = undefined;
  }
}
