/**
 * Sending the outbox: oldest first, one at a time. An attempt leaves the outbox only when the
 * server has stored it (201, or 200: already there); the network gone, the server down or busy
 * (0, 5xx, 429) stops the round and it is tried again later with a growing delay; an attempt the
 * server refuses for good (another 4xx) is set aside, never dropped; a lost session (401)
 * stops until the trainee logs in again.
 */
import type { Outbox } from '../../storage/outbox.ts';
import { ServerError, type ServerApi } from './api.ts';

export type RoundResult =
  | { kind: 'done'; sent: number }
  | { kind: 'retry'; sent: number; message: string }
  | { kind: 'loggedOut'; sent: number };

export async function sendRound(outbox: Outbox, api: Pick<ServerApi, 'postAttempt'>): Promise<RoundResult> {
  let sent = 0;
  for (const item of await outbox.items()) {
    try {
      await api.postAttempt(item.attempt);
      await outbox.sent(item.attempt.id);
      sent++;
    } catch (error) {
      const status = error instanceof ServerError ? error.status : 0;
      const message = error instanceof Error ? error.message : String(error);
      if (status === 401) return { kind: 'loggedOut', sent };
      if (status === 0 || status >= 500 || status === 429 || status === 408)
        return { kind: 'retry', sent, message };
      await outbox.reject(item, message);
    }
  }
  return { kind: 'done', sent };
}

/** 2 s, 4 s, 8 s… up to 5 min, with ±20 % jitter so that a room of trainees does not retry as one. */
export function backoffMs(failures: number, random: () => number = Math.random): number {
  const base = Math.min(5 * 60_000, 2000 * 2 ** Math.max(0, failures - 1));
  return Math.round(base * (0.8 + 0.4 * random()));
}

export const nowIso = (): string => new Date().toISOString();
