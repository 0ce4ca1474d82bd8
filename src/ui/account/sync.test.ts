/** The outbox and its sending: nothing lost, nothing sent twice once stored, backoff on failure. */
import { describe, expect, it } from 'vitest';
import { Outbox, type KeyValue, type OutgoingAttempt } from '../../storage/outbox.ts';
import { ServerError } from './api.ts';
import { backoffMs, sendRound } from './sync.ts';

function memory(): KeyValue {
  const map = new Map<string, unknown>();
  return {
    getItem: async <T>(key: string) => (map.get(key) as T) ?? null,
    setItem: async <T>(key: string, value: T) => (map.set(key, structuredClone(value)), value),
    removeItem: async (key: string) => void map.delete(key),
    keys: async () => [...map.keys()],
  };
}

const newOutbox = () => new Outbox({ outbox: memory(), rejected: memory(), meta: memory() });
const attempt = (id: string) =>
  ({
    id,
    scenarioId: 's',
    scenarioVersion: 1,
    startedAt: '2026-12-07T08:00:00.000Z',
    log: [],
    appVersion: '0.1.0',
  }) as OutgoingAttempt;

async function fill(outbox: Outbox, ids: string[]) {
  let t = 0;
  for (const id of ids) await outbox.add(attempt(id), new Date(Date.UTC(2026, 11, 7, 8, 0, t++)));
}

describe('the outbox', () => {
  it('keeps one entry per attempt id', async () => {
    const outbox = newOutbox();
    await fill(outbox, ['a', 'a', 'b']);
    expect(await outbox.count()).toBe(2);
  });

  it('sends oldest first and empties as the server stores', async () => {
    const outbox = newOutbox();
    await fill(outbox, ['a', 'b', 'c']);
    const sent: string[] = [];
    const result = await sendRound(outbox, {
      postAttempt: async (a) => (sent.push((a as OutgoingAttempt).id), 201),
    });
    expect(result).toEqual({ kind: 'done', sent: 3 });
    expect(sent).toEqual(['a', 'b', 'c']);
    expect(await outbox.count()).toBe(0);
  });

  it('keeps what was not acknowledged when the network fails mid-round, for the next round', async () => {
    const outbox = newOutbox();
    await fill(outbox, ['a', 'b', 'c']);
    let calls = 0;
    const flaky = {
      postAttempt: async () => {
        if (++calls === 2) throw new ServerError(0, 'Le serveur ne répond pas');
        return 201;
      },
    };
    expect(await sendRound(outbox, flaky)).toMatchObject({ kind: 'retry', sent: 1 });
    expect(await outbox.count()).toBe(2);
    expect(await sendRound(outbox, flaky)).toEqual({ kind: 'done', sent: 2 });
    expect(await outbox.count()).toBe(0);
  });

  it('sets aside an attempt the server refuses for good, and stops on a lost session', async () => {
    const outbox = newOutbox();
    await fill(outbox, ['bad', 'good', 'later']);
    const api = {
      postAttempt: async (a: unknown) => {
        const id = (a as OutgoingAttempt).id;
        if (id === 'bad') throw new ServerError(422, 'Scénario inconnu');
        if (id === 'later') throw new ServerError(401, 'Connectez-vous d’abord.');
        return 200;
      },
    };
    expect(await sendRound(outbox, api)).toEqual({ kind: 'loggedOut', sent: 1 });
    expect(await outbox.rejectedCount()).toBe(1);
    expect((await outbox.items()).map((i) => i.attempt.id)).toEqual(['later']);
  });

  it('waits longer after each failure, up to five minutes', () => {
    const mid = () => 0.5;
    expect([1, 2, 3, 4].map((n) => backoffMs(n, mid))).toEqual([2000, 4000, 8000, 16000]);
    expect(backoffMs(30, mid)).toBe(300_000);
    expect(backoffMs(1, () => 0)).toBe(1600);
  });
});
