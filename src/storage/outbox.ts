/**
 * The outbox of a team-server account: finished attempts waiting to be sent, kept in their own
 * localforage database (`decroche-sync`) so that the local stores and their migrations are not
 * touched. Keyed by attempt id: adding one twice keeps one. An attempt leaves the outbox only
 * once the server has said it is stored (201 or 200); one the server refuses for good is set
 * aside in `rejected`, never dropped.
 */
import localforage from 'localforage';
import type { Attempt } from './records.ts';

/** What is sent: the export format's attempt (no local profile id). */
export type OutgoingAttempt = Omit<Attempt, 'profileId' | 'schemaVersion'>;

export interface OutboxItem {
  attempt: OutgoingAttempt;
  queuedAt: string;
}

export interface RejectedItem extends OutboxItem {
  reason: string;
}

/** The few calls of localforage the outbox uses (tests pass a Map-backed one). */
export interface KeyValue {
  getItem<T>(key: string): Promise<T | null>;
  setItem<T>(key: string, value: T): Promise<T>;
  removeItem(key: string): Promise<void>;
  keys(): Promise<string[]>;
}

export interface OutboxStores {
  outbox: KeyValue;
  rejected: KeyValue;
  meta: KeyValue;
}

export function browserOutboxStores(): OutboxStores {
  const make = (storeName: string) => localforage.createInstance({ name: 'decroche-sync', storeName });
  return { outbox: make('outbox'), rejected: make('rejected'), meta: make('meta') };
}

export function outgoing(attempt: Attempt): OutgoingAttempt {
  const { profileId: _profile, schemaVersion: _version, ...rest } = attempt;
  return rest;
}

export class Outbox {
  constructor(private readonly stores: OutboxStores) {}

  async add(attempt: OutgoingAttempt, now = new Date()): Promise<void> {
    if (await this.stores.outbox.getItem(attempt.id)) return;
    await this.stores.outbox.setItem<OutboxItem>(attempt.id, { attempt, queuedAt: now.toISOString() });
  }

  /** Oldest first. */
  async items(): Promise<OutboxItem[]> {
    const keys = await this.stores.outbox.keys();
    const items: OutboxItem[] = [];
    for (const key of keys) {
      const item = await this.stores.outbox.getItem<OutboxItem>(key);
      if (item) items.push(item);
    }
    return items.sort((a, b) => a.queuedAt.localeCompare(b.queuedAt));
  }

  async count(): Promise<number> {
    return (await this.stores.outbox.keys()).length;
  }

  async sent(id: string): Promise<void> {
    await this.stores.outbox.removeItem(id);
  }

  async reject(item: OutboxItem, reason: string): Promise<void> {
    await this.stores.rejected.setItem<RejectedItem>(item.attempt.id, { ...item, reason });
    await this.stores.outbox.removeItem(item.attempt.id);
  }

  async rejectedCount(): Promise<number> {
    return (await this.stores.rejected.keys()).length;
  }

  getMeta<T>(key: string): Promise<T | null> {
    return this.stores.meta.getItem<T>(key);
  }

  async setMeta<T>(key: string, value: T): Promise<void> {
    await this.stores.meta.setItem(key, value);
  }

  async removeMeta(key: string): Promise<void> {
    await this.stores.meta.removeItem(key);
  }
}
