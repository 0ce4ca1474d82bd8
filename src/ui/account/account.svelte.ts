/**
 * The team-server account, when the app is served by one: who is logged in, the outbox and its
 * sending. Without a server (static hosting, a file) the status stays `local` and nothing here
 * runs: the app works exactly as before. Finished attempts are saved locally first, as always,
 * then queued; the queue is sent at once, on `online`, and after a failure with backoff.
 * Who is logged in is remembered in this browser (name and role, never the session's secret,
 * which stays in its HttpOnly cookie): opened offline (the service worker serves the page), the
 * app keeps the account, queues the calls played, and asks the server again once back online.
 */
import type { Attempt, AppStorage } from '../../storage/index.ts';
import { Outbox, browserOutboxStores, outgoing } from '../../storage/outbox.ts';
import { ServerApi, ServerError, type SessionInfo } from './api.ts';
import { servedByTeamServer } from './served.ts';
import { backoffMs, nowIso, sendRound } from './sync.ts';
import type { ServerPack } from '../library/packs.ts';

export type AccountStatus = 'detecting' | 'local' | 'setup' | 'loggedOut' | 'loggedIn';

const LAST_SYNC = 'lastSyncAt';
/** The last session the server confirmed, for a page opened while it cannot be reached. */
const SESSION = 'session';

export interface AccountOptions {
  api?: ServerApi;
  outbox?: Outbox;
  /** Whether the page was served by a team server (default: its marker in the page). */
  served?: boolean;
  events?: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;
}

export class AccountState {
  status: AccountStatus = $state('detecting');
  session: SessionInfo | null = $state.raw(null);
  pending = $state(0);
  rejected = $state(0);
  lastSyncAt: string | null = $state(null);
  syncing = $state(false);
  /** Why the last round stopped (French), until the next one succeeds. */
  syncProblem: string | null = $state(null);
  /** Local attempts of the current profile the trainee may upload once (null: nothing to ask). */
  uploadOffer: { profileId: string; count: number } | null = $state.raw(null);

  readonly api: ServerApi;
  #outbox: Outbox | null;
  readonly #served: boolean;
  readonly #events: AccountOptions['events'];
  #failures = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** The session shown is the remembered one: the server has not confirmed it since the page opened. */
  #unconfirmed = false;
  #onOnline = () => void (this.#unconfirmed ? this.refreshSession() : this.syncNow());

  constructor(options: AccountOptions = {}) {
    this.api = options.api ?? new ServerApi();
    this.#outbox = options.outbox ?? null;
    this.#served = options.served ?? servedByTeamServer();
    this.#events = options.events ?? (typeof window !== 'undefined' ? window : undefined);
  }

  /** Whether a team server served the page (offline, the status stays `local`). */
  get served(): boolean {
    return this.#served;
  }

  /** The packs published to the user's groups (the catalogue's), as the server lists them. */
  async fetchPacks(): Promise<ServerPack[]> {
    return (await this.api.request<{ packs: ServerPack[] }>('GET', 'api/scenarios')).data.packs;
  }

  get outbox(): Outbox {
    return (this.#outbox ??= new Outbox(browserOutboxStores()));
  }

  async init(): Promise<void> {
    if (!this.#served) {
      this.status = 'local';
      return;
    }
    this.#events?.addEventListener('online', this.#onOnline);
    if (await this.api.health()) await this.refreshSession();
    // Offline (or the server down): the account of the last visit, if any; otherwise local.
    else if (!(await this.#resumeOffline())) this.status = 'local';
  }

  async refreshSession(): Promise<void> {
    try {
      const session = await this.api.session();
      this.#unconfirmed = false;
      this.session = session;
      if (session) {
        await this.outbox.setMeta(SESSION, session);
        this.status = 'loggedIn';
        await this.#refreshCounts();
        void this.syncNow();
      } else {
        await this.#forgetSession();
        this.status = (await this.api.setupNeeded()) ? 'setup' : 'loggedOut';
      }
    } catch {
      // The server went away between two calls: keep the account of the last visit if any (the
      // calls played wait in the outbox), otherwise work locally; try again when back online.
      if (!(await this.#resumeOffline())) this.status = 'loggedOut';
    }
  }

  /** Offline: the last session the server confirmed, kept as it was until the server answers. */
  async #resumeOffline(): Promise<boolean> {
    const remembered = await this.outbox.getMeta<SessionInfo>(SESSION).catch(() => null);
    if (!remembered) return false;
    this.#unconfirmed = true;
    this.session = remembered;
    this.status = 'loggedIn';
    await this.#refreshCounts();
    return true;
  }

  async #forgetSession(): Promise<void> {
    await this.outbox.removeMeta(SESSION);
  }

  async login(email: string, password: string): Promise<void> {
    await this.api.login(email, password);
    await this.refreshSession();
  }

  async setup(body: { organisation: string; name: string; email: string; password: string }): Promise<void> {
    await this.api.setup(body);
    await this.refreshSession();
  }

  async acceptInvitation(
    token: string,
    body: { name?: string; email?: string; password: string },
  ): Promise<void> {
    await this.api.acceptInvitation(token, body);
    await this.refreshSession();
  }

  async logout(everywhere = false): Promise<void> {
    await this.api.logout(everywhere).catch((error: unknown) => {
      if (!(error instanceof ServerError && error.status === 401)) throw error;
    });
    this.session = null;
    this.status = 'loggedOut';
    clearTimeout(this.#timer);
    await this.#forgetSession();
  }

  /** A finished attempt, saved locally: queue it for the server and send. */
  async queue(attempt: Attempt): Promise<void> {
    if (this.status !== 'loggedIn') return;
    await this.outbox.add(outgoing(attempt));
    await this.#refreshCounts();
    void this.syncNow();
  }

  /** Sends what waits; on failure, tries again later (2 s, 4 s… up to 5 min). */
  async syncNow(): Promise<void> {
    if (this.status !== 'loggedIn' || this.syncing) return;
    clearTimeout(this.#timer);
    this.syncing = true;
    try {
      const result = await sendRound(this.outbox, this.api);
      if (result.kind === 'done') {
        this.#failures = 0;
        this.syncProblem = null;
        this.lastSyncAt = nowIso();
        await this.outbox.setMeta(LAST_SYNC, this.lastSyncAt);
      } else if (result.kind === 'retry') {
        this.#failures++;
        this.syncProblem = result.message;
        this.#timer = setTimeout(() => void this.syncNow(), backoffMs(this.#failures));
      } else {
        this.session = null;
        this.status = 'loggedOut';
        this.#unconfirmed = false;
        this.syncProblem = 'Votre session a expiré : reconnectez-vous pour envoyer vos appels.';
        await this.#forgetSession();
      }
    } finally {
      this.syncing = false;
      await this.#refreshCounts();
    }
  }

  /** Whether to offer the one-time upload of this profile's local attempts. */
  async checkUploadOffer(storage: AppStorage, profileId: string): Promise<void> {
    if (this.status !== 'loggedIn' || !this.session) return;
    if (await this.outbox.getMeta(this.#uploadKey(profileId))) {
      this.uploadOffer = null;
      return;
    }
    const { items } = await storage.loadAttempts(profileId);
    this.uploadOffer = items.length ? { profileId, count: items.length } : null;
  }

  /** The trainee's choice, kept: upload every local attempt of the profile, or none. */
  async decideUpload(storage: AppStorage, upload: boolean): Promise<void> {
    const offer = this.uploadOffer;
    if (!offer) return;
    if (upload) {
      const { items } = await storage.loadAttempts(offer.profileId);
      for (const attempt of items) await this.outbox.add(outgoing(attempt));
    }
    await this.outbox.setMeta(this.#uploadKey(offer.profileId), upload ? 'uploaded' : 'declined');
    this.uploadOffer = null;
    await this.#refreshCounts();
    if (upload) void this.syncNow();
  }

  destroy(): void {
    clearTimeout(this.#timer);
    this.#events?.removeEventListener('online', this.#onOnline);
  }

  #uploadKey(profileId: string): string {
    return `upload:${this.session?.user.id}:${profileId}`;
  }

  async #refreshCounts(): Promise<void> {
    this.pending = await this.outbox.count();
    this.rejected = await this.outbox.rejectedCount();
    this.lastSyncAt ??= await this.outbox.getMeta<string>(LAST_SYNC);
  }
}
