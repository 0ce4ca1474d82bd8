/**
 * What every screen of the shell shares: the opened storage, the profiles and the current one,
 * the settings, and the notices shown at the top of the page. A small class with rune fields,
 * created once by App.svelte and handed to the pages.
 */
import { createContext } from 'svelte';
import {
  DEFAULT_SETTINGS,
  StorageError,
  openStorage,
  requestPersistence,
  type AppStorage,
  type Attempt,
  type OpenedStorage,
  type Profile,
  type Settings,
  type StorageProblem,
} from '../../storage/index.ts';
import { fr } from '../i18n/fr.ts';
import { rememberProfileId, rememberedProfileId } from './currentProfile.ts';

export interface Notice {
  id: number;
  /** `error` notices are alerts; `info` ones are polite status messages. */
  kind: 'error' | 'info';
  text: string;
  /** French details (one per record set aside…), shown on demand. */
  details?: string[];
}

export interface AppStateOptions {
  /** Opens the storage (tests pass their own database name). */
  open?: () => Promise<OpenedStorage>;
  /** Where the last profile's id is remembered; `null`: nowhere. */
  remember?: { get: () => string | null; set: (id: string | null) => void } | null;
}

/** The problems found while loading, as one notice: how many, then each message. */
export function problemsNotice(problems: readonly StorageProblem[]): Omit<Notice, 'id'> | null {
  if (problems.length === 0) return null;
  const setAside = problems.filter((p) => /mis de côté|ignoré/.test(p.message)).length;
  return {
    kind: 'error',
    text: setAside ? fr.notices.setAside(setAside) : fr.notices.loadProblems(problems.length),
    details: problems.map((p) => p.message),
  };
}

export function errorText(error: unknown): string {
  if (error instanceof StorageError) return error.message;
  return fr.notices.unexpected(error instanceof Error ? error.message : String(error));
}

export class AppState {
  status: 'loading' | 'ready' | 'unavailable' = $state('loading');
  storage: AppStorage | null = $state.raw(null);
  profiles: readonly Profile[] = $state.raw([]);
  profileId: string | null = $state(null);
  readonly profile: Profile | null = $derived(this.profiles.find((p) => p.id === this.profileId) ?? null);
  settings: Settings = $state.raw({ ...DEFAULT_SETTINGS });
  notices: readonly Notice[] = $state.raw([]);
  /**
   * Finished attempts the storage refused (full quota…), kept for this session so the debrief
   * still shows them. They are gone after a reload; the trainee was told so.
   */
  // Not reactive on purpose: read once when a debrief page opens.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  readonly unsaved = new Map<string, Attempt>();
  /** Called once a finished attempt is saved locally (the team-server outbox queues it). */
  onAttemptSaved?: (attempt: Attempt) => void;
  /** Set by the resume dialog when the call to resume is another scenario's: resume on arrival. */
  resumeOnArrival = false;

  readonly #open: () => Promise<OpenedStorage>;
  readonly #remember: NonNullable<AppStateOptions['remember']> | null;
  #nextNotice = 1;

  constructor(options: AppStateOptions = {}) {
    this.#open = options.open ?? (() => openStorage());
    this.#remember =
      options.remember === undefined
        ? { get: () => rememberedProfileId(), set: (id) => rememberProfileId(id) }
        : options.remember;
  }

  /** Opens the storage and loads profiles and settings. Never throws: problems become notices. */
  async init(): Promise<void> {
    try {
      const opened = await this.#open();
      this.storage = opened.storage;
      this.profiles = opened.profiles;
      this.settings = opened.settings;
      const remembered = this.#remember?.get() ?? null;
      if (remembered && opened.profiles.some((p) => p.id === remembered)) this.profileId = remembered;
      const notice = problemsNotice(opened.problems);
      if (notice) this.notify(notice.kind, notice.text, notice.details);
      this.status = 'ready';
    } catch (error) {
      this.status = 'unavailable';
      this.notify('error', error instanceof StorageError ? error.message : fr.notices.storageUnavailable);
    }
  }

  selectProfile(id: string | null): void {
    this.profileId = id;
    this.#remember?.set(id);
  }

  /** Creates a profile and makes it the current one. Throws a StorageError (French) on failure. */
  async createProfile(name: string): Promise<Profile> {
    const storage = this.#requireStorage();
    const profile = await storage.createProfile(name);
    this.profiles = [...this.profiles, profile];
    this.selectProfile(profile.id);
    // Once someone has trained here, ask the browser to keep the data under storage pressure.
    void requestPersistence();
    return profile;
  }

  async deleteProfile(id: string): Promise<void> {
    const storage = this.#requireStorage();
    await storage.deleteProfile(id);
    this.profiles = this.profiles.filter((p) => p.id !== id);
    if (this.profileId === id) this.selectProfile(null);
  }

  /** Saves a change of settings; the new settings apply at once, even if the write fails. */
  async saveSettings(patch: Partial<Settings>): Promise<Settings> {
    this.settings = { ...this.settings, ...patch };
    const storage = this.#requireStorage();
    const saved = await storage.saveSettings(patch);
    this.settings = saved;
    return saved;
  }

  notify(kind: Notice['kind'], text: string, details?: string[]): number {
    const id = this.#nextNotice++;
    this.notices = [...this.notices, { id, kind, text, ...(details?.length ? { details } : {}) }];
    return id;
  }

  dismiss(id: number): void {
    this.notices = this.notices.filter((n) => n.id !== id);
  }

  #requireStorage(): AppStorage {
    if (!this.storage) throw new StorageError('unavailable', fr.notices.storageUnavailable);
    return this.storage;
  }
}

export const [getAppState, setAppState] = createContext<AppState>();
