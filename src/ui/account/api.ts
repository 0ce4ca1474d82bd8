/**
 * The team server's API, as the app calls it (same origin, cookies, JSON). Every failure is a
 * `ServerError` with the server's French message, or a French one when the network failed.
 */
export type Role = 'trainee' | 'trainer' | 'manager';

export interface AccountUser {
  id: string;
  name: string;
  email: string;
  role: Role;
}

export interface SessionInfo {
  user: AccountUser;
  organisation: { id: string; name: string };
}

export class ServerError extends Error {
  constructor(
    /** 0: the network (or the server) did not answer. */
    readonly status: number,
    message: string,
    /** Further French lines the server gave (a refused pack's problems). */
    readonly details: string[] = [],
  ) {
    super(message);
  }
}

export type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

const OFFLINE = 'Le serveur ne répond pas : vérifiez la connexion, l’envoi reprendra tout seul.';

export class ServerApi {
  constructor(private readonly fetcher: Fetch = (input, init) => fetch(input, init)) {}

  async request<T>(
    method: string,
    path: string,
    body?: unknown,
    timeoutMs = 15_000,
  ): Promise<{ status: number; data: T }> {
    let reply: Response;
    try {
      reply = await this.fetcher(path, {
        method,
        credentials: 'same-origin',
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch {
      throw new ServerError(0, OFFLINE);
    }
    const data = (await reply.json().catch(() => ({}))) as T & { error?: string; errors?: unknown };
    if (!reply.ok)
      throw new ServerError(
        reply.status,
        data.error ?? `Erreur du serveur (${reply.status}).`,
        Array.isArray(data.errors) ? data.errors.filter((e): e is string => typeof e === 'string') : [],
      );
    return { status: reply.status, data };
  }

  /** Whether the app is served by a team server (and not from static hosting or a file). */
  async health(): Promise<boolean> {
    try {
      const { data } = await this.request<{ ok?: boolean }>('GET', 'api/health', undefined, 5000);
      return data.ok === true;
    } catch {
      return false;
    }
  }

  /** The session, or null (asked first through the public `api/setup`: no 401 logged by the browser). */
  async session(): Promise<SessionInfo | null> {
    const { data } = await this.request<{ authenticated?: boolean }>('GET', 'api/setup');
    if (!data.authenticated) return null;
    try {
      return (await this.request<SessionInfo>('GET', 'api/session')).data;
    } catch (error) {
      if (error instanceof ServerError && error.status === 401) return null;
      throw error;
    }
  }

  async setupNeeded(): Promise<boolean> {
    return (await this.request<{ needed: boolean }>('GET', 'api/setup')).data.needed;
  }

  async setup(body: { organisation: string; name: string; email: string; password: string }): Promise<void> {
    await this.request('POST', 'api/setup', body);
  }

  async login(email: string, password: string): Promise<void> {
    await this.request('POST', 'api/session', { email, password });
  }

  async logout(everywhere = false): Promise<void> {
    await this.request('DELETE', everywhere ? 'api/sessions' : 'api/session');
  }

  async invitation(
    token: string,
  ): Promise<{ kind: 'join' | 'password'; organisation: string; group: string | null }> {
    return (
      await this.request<{ kind: 'join' | 'password'; organisation: string; group: string | null }>(
        'GET',
        `api/invitations/${encodeURIComponent(token)}`,
      )
    ).data;
  }

  async acceptInvitation(
    token: string,
    body: { name?: string; email?: string; password: string },
  ): Promise<void> {
    await this.request('POST', `api/invitations/${encodeURIComponent(token)}`, body);
  }

  async postAttempt(attempt: unknown): Promise<number> {
    return (await this.request('POST', 'api/attempts', attempt)).status;
  }
}
