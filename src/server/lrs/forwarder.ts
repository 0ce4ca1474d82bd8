/**
 * Sends the outbox to each organisation's LRS (POST {endpoint}/statements, Basic auth, xAPI
 * 1.0.3), one row at a time, oldest due first. A refusal or a network error is tried again after
 * an exponential delay (base × 2^(tries−1), capped); after `maxTries` the row is marked failed
 * with the last error in French, for the manager to see and retry. The queue is in the database:
 * a restart picks up where the last process stopped (a row leased by a killed process is tried
 * again when its lease ends; the LRS ignores a statement id it already has).
 */
import type { Db } from '../db/database.ts';
import {
  claimDue,
  lrsSettings,
  markFailure,
  markSent,
  nextDue,
  type ClaimedRow,
} from '../repositories/lrs.ts';
import { invalidText } from './queue.ts';
import { xapiProblems } from './validate.ts';

export interface ForwarderOptions {
  /** The delay before the second try. */
  baseDelayMs: number;
  /** No delay between tries is longer. */
  maxDelayMs: number;
  /** Tries before a row is marked failed. */
  maxTries: number;
  /** A request to the LRS is abandoned (and counted as a failed try) after this. */
  timeoutMs: number;
  /** How long a row being sent is kept from other tries. */
  leaseMs: number;
}

export const DEFAULT_FORWARDER: ForwarderOptions = {
  baseDelayMs: 10_000,
  maxDelayMs: 30 * 60_000,
  maxTries: 10,
  timeoutMs: 15_000,
  leaseMs: 60_000,
};

/** The longest the forwarder sleeps before looking at the queue again (a row queued elsewhere). */
const MAX_SLEEP_MS = 60_000;

export function backoff(options: ForwarderOptions, tries: number): number {
  return Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** Math.max(0, tries - 1));
}

/** `{endpoint}/statements`, with or without a slash at the end of the endpoint. */
export function statementsUrl(endpoint: string): string {
  return `${endpoint.replace(/\/+$/, '')}/statements`;
}

function networkText(error: unknown): string {
  if (error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError'))
    return 'Le LRS n’a pas répondu à temps.';
  const cause = (error as { cause?: { code?: string } }).cause;
  if (cause?.code === 'ECONNREFUSED') return 'LRS injoignable : connexion refusée.';
  if (cause?.code === 'ENOTFOUND') return 'LRS injoignable : adresse inconnue.';
  return `LRS injoignable${cause?.code ? ` (${cause.code})` : ''}.`;
}

function refusalText(status: number, statusText: string): string {
  const code = `HTTP ${status}${statusText ? ` ${statusText}` : ''}`;
  if (status === 401 || status === 403)
    return `Le LRS a refusé l’authentification (${code}) : vérifiez la clé et le secret.`;
  if (status === 400) return `Le LRS a refusé les déclarations comme invalides (${code}).`;
  return `Le LRS a refusé les déclarations (${code}).`;
}

export class LrsForwarder {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = false;

  constructor(
    private readonly db: Db,
    private readonly options: ForwarderOptions,
    private readonly log: { warn(o: object, m: string): void } = { warn() {} },
  ) {}

  /** Look at the queue now (something was queued or retried). */
  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    clearTimeout(this.timer);
    this.running = this.drain()
      .catch((error: unknown) => this.log.warn({ err: error }, 'LRS forwarding failed'))
      .finally(() => {
        this.running = undefined;
        if (this.again) {
          this.again = false;
          this.kick();
        } else void this.sleep();
      });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** Sends every due row, one at a time. */
  private async drain(): Promise<void> {
    while (!this.stopped) {
      const row = await claimDue(this.db, new Date(), this.options.leaseMs);
      if (!row) return;
      await this.send(row);
    }
  }

  private async sleep(): Promise<void> {
    if (this.stopped) return;
    const next = await nextDue(this.db).catch(() => undefined);
    if (this.stopped || this.running) return;
    const wait = next ? Math.max(0, next.getTime() - Date.now()) : MAX_SLEEP_MS;
    this.timer = setTimeout(() => this.kick(), Math.min(wait, MAX_SLEEP_MS));
    this.timer.unref();
  }

  private async send(row: ClaimedRow): Promise<void> {
    const settings = await lrsSettings(this.db, row.orgId);
    if (!settings?.enabled) return this.fail(row, 'Le transfert vers le LRS est désactivé.', false);
    const problems = row.statements.flatMap(xapiProblems);
    if (problems.length) return this.fail(row, invalidText(problems), false);
    let response: Response;
    try {
      response = await fetch(statementsUrl(settings.endpoint), {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'X-Experience-API-Version': '1.0.3',
          Authorization: `Basic ${Buffer.from(`${settings.username}:${settings.secret}`).toString('base64')}`,
        },
        body: JSON.stringify(row.statements),
        signal: AbortSignal.timeout(this.options.timeoutMs),
        redirect: 'error',
      });
      await response.arrayBuffer().catch(() => undefined);
    } catch (error) {
      return this.fail(row, networkText(error), true);
    }
    if (response.ok) return markSent(this.db, row.id);
    return this.fail(row, refusalText(response.status, response.statusText), true);
  }

  private async fail(row: ClaimedRow, error: string, retry: boolean): Promise<void> {
    const next =
      retry && row.tries < this.options.maxTries
        ? new Date(Date.now() + backoff(this.options, row.tries))
        : null;
    await markFailure(this.db, row.id, error, next);
  }
}
