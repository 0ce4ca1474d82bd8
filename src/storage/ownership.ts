/**
 * Which tab owns a profile's call in progress, so two tabs never overwrite each other's call.
 *
 * - With Web Locks (every current browser, in a secure context): the tab holds the lock
 *   `decroche-call-<profileId>` for as long as it owns the call. The browser releases it when
 *   the tab closes, reloads or crashes, so a reload can claim the call again at once.
 * - Without Web Locks, over a BroadcastChannel: a claiming tab asks « who owns this call? » and
 *   owns it if nobody answers within `windowMs`. Two tabs claiming at once: the smaller tab id
 *   wins, the other concedes as soon as it hears the winner.
 * - With neither (very old browsers), every claim succeeds: a single tab is assumed.
 *
 * `claim(…, { takeOver: true })` takes the call from another tab (a stuck or forgotten one);
 * that tab learns it on its next save, which is refused.
 */

/** The part of `navigator.locks` used here. */
export interface LockManagerLike {
  request(
    name: string,
    options: { ifAvailable?: boolean; steal?: boolean },
    callback: (lock: unknown) => unknown,
  ): Promise<unknown>;
}

/** The part of `BroadcastChannel` used here. */
export interface ChannelLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  close(): void;
}

export interface OwnershipOptions {
  /** Web Locks; default `navigator.locks` when present, `null` to disable. */
  locks?: LockManagerLike | null;
  /** Opens the channel; default the global BroadcastChannel when present, `null` to disable. */
  openChannel?: ((name: string) => ChannelLike) | null;
  /** How long a BroadcastChannel claim waits for an owner to answer. */
  windowMs?: number;
}

type Message =
  | { kind: 'ask'; profileId: string; from: string }
  | { kind: 'owned'; profileId: string; from: string; to: string }
  | { kind: 'takeover'; profileId: string; from: string };

interface PendingClaim {
  resolve(owned: boolean): void;
  timer: ReturnType<typeof setTimeout>;
}

export type OwnershipMode = 'locks' | 'broadcast' | 'single-tab';

export class CallOwnership {
  readonly mode: OwnershipMode;
  readonly #tabId: string;
  readonly #locks: LockManagerLike | null;
  readonly #channel: ChannelLike | null;
  readonly #windowMs: number;
  /** Owned profiles → how to let go (release the held lock). */
  readonly #held = new Map<string, () => void>();
  readonly #pending = new Map<string, PendingClaim>();
  readonly #inflight = new Map<string, Promise<boolean>>();

  constructor(tabId: string, scope: string, options: OwnershipOptions = {}) {
    this.#tabId = tabId;
    this.#windowMs = options.windowMs ?? 150;
    this.#locks = options.locks === undefined ? defaultLocks() : options.locks;
    const openChannel = options.openChannel === undefined ? defaultChannel() : options.openChannel;
    this.#channel = !this.#locks && openChannel ? openChannel(`decroche-calls-${scope}`) : null;
    this.#channel?.addEventListener('message', (event) => this.#onMessage(event.data));
    this.mode = this.#locks ? 'locks' : this.#channel ? 'broadcast' : 'single-tab';
  }

  owns(profileId: string): boolean {
    return this.mode === 'single-tab' || this.#held.has(profileId);
  }

  claim(profileId: string, options: { takeOver?: boolean } = {}): Promise<boolean> {
    if (this.#held.has(profileId)) return Promise.resolve(true);
    const inflight = this.#inflight.get(profileId);
    if (inflight && !options.takeOver) return inflight;
    const claim = (
      this.#locks
        ? this.#claimLock(profileId, options.takeOver ?? false)
        : this.#claimByChannel(profileId, options.takeOver ?? false)
    ).finally(() => {
      if (this.#inflight.get(profileId) === claim) this.#inflight.delete(profileId);
    });
    this.#inflight.set(profileId, claim);
    return claim;
  }

  release(profileId: string): void {
    const release = this.#held.get(profileId);
    this.#held.delete(profileId);
    release?.();
  }

  close(): void {
    for (const id of [...this.#held.keys()]) this.release(id);
    for (const [id, pending] of this.#pending) {
      clearTimeout(pending.timer);
      pending.resolve(false);
      this.#pending.delete(id);
    }
    this.#channel?.close();
  }

  #claimLock(profileId: string, takeOver: boolean): Promise<boolean> {
    const locks = this.#locks!;
    return new Promise<boolean>((resolve) => {
      let letGo!: () => void;
      const holding = new Promise<void>((r) => (letGo = r));
      const request = locks.request(
        `decroche-call-${profileId}`,
        takeOver ? { steal: true } : { ifAvailable: true },
        (lock) => {
          if (!lock) {
            resolve(false);
            return undefined;
          }
          this.#held.set(profileId, letGo);
          resolve(true);
          return holding;
        },
      );
      // A stolen lock rejects the request that held it: this tab no longer owns the call.
      request.catch(() => {
        if (this.#held.get(profileId) === letGo) this.#held.delete(profileId);
        resolve(false);
      });
    });
  }

  #claimByChannel(profileId: string, takeOver: boolean): Promise<boolean> {
    const channel = this.#channel;
    if (!channel) return Promise.resolve(true);
    if (takeOver) {
      channel.postMessage({ kind: 'takeover', profileId, from: this.#tabId } satisfies Message);
      this.#held.set(profileId, () => {});
      return Promise.resolve(true);
    }
    return new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => {
        this.#pending.delete(profileId);
        this.#held.set(profileId, () => {});
        resolve(true);
      }, this.#windowMs);
      this.#pending.set(profileId, { resolve, timer });
      channel.postMessage({ kind: 'ask', profileId, from: this.#tabId } satisfies Message);
    });
  }

  #concede(profileId: string): void {
    const pending = this.#pending.get(profileId);
    if (!pending) return;
    clearTimeout(pending.timer);
    this.#pending.delete(profileId);
    pending.resolve(false);
  }

  #onMessage(data: unknown): void {
    const message = data as Partial<Message> | null;
    if (!message || typeof message.profileId !== 'string' || typeof message.from !== 'string') return;
    const { profileId, from } = message;
    if (from === this.#tabId) return;
    if (message.kind === 'ask') {
      const winning = this.#pending.has(profileId) && this.#tabId < from;
      if (this.#held.has(profileId) || winning) {
        this.#channel?.postMessage({
          kind: 'owned',
          profileId,
          from: this.#tabId,
          to: from,
        } satisfies Message);
      } else {
        this.#concede(profileId);
      }
    } else if (message.kind === 'owned' && message.to === this.#tabId) {
      this.#concede(profileId);
    } else if (message.kind === 'takeover') {
      this.#held.delete(profileId);
      this.#concede(profileId);
    }
  }
}

function defaultLocks(): LockManagerLike | null {
  const nav = (globalThis as { navigator?: { locks?: LockManagerLike } }).navigator;
  return nav?.locks && typeof nav.locks.request === 'function' ? nav.locks : null;
}

function defaultChannel(): ((name: string) => ChannelLike) | null {
  const Channel = (
    globalThis as { BroadcastChannel?: new (name: string) => ChannelLike & { unref?(): void } }
  ).BroadcastChannel;
  if (typeof Channel !== 'function') return null;
  return (name) => {
    const channel = new Channel(name);
    // Node keeps its process alive for an open channel; a browser has no unref.
    channel.unref?.();
    return channel;
  };
}
