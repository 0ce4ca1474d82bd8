/** The manager's LRS settings and the forwarding's status (server: src/server/routes/lrs.ts). */
import type { ServerApi } from '../account/api.ts';

export interface LrsSettingsView {
  endpoint: string;
  username: string;
  enabled: boolean;
  /** A secret is stored on the server (it is never sent back). */
  secretSaved: boolean;
}

export type OutboxStatus = 'pending' | 'sent' | 'failed';

export interface OutboxItem {
  id: string;
  attemptId: string;
  trainee: string;
  scenarioId: string;
  kind: 'attempt' | 'review';
  status: OutboxStatus;
  tries: number;
  nextAt: string | null;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
}

export interface LrsView {
  settings: LrsSettingsView | null;
  counts: Record<OutboxStatus, number>;
  items: OutboxItem[];
}

export interface LrsInput {
  endpoint: string;
  username: string;
  /** Empty: the saved secret is kept. */
  secret: string;
  enabled: boolean;
}

export class LrsApi {
  constructor(private readonly api: ServerApi) {}

  async view(): Promise<LrsView> {
    return (await this.api.request<LrsView>('GET', 'api/team/lrs')).data;
  }

  async save(input: LrsInput): Promise<LrsView> {
    return (await this.api.request<LrsView>('PUT', 'api/team/lrs', input)).data;
  }

  async retry(id: string): Promise<LrsView> {
    return (await this.api.request<LrsView>('POST', `api/team/lrs/outbox/${encodeURIComponent(id)}/retry`))
      .data;
  }
}
