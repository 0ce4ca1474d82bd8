/** The manager's LRS settings and the forwarding's status (server: src/server/routes/lrs.ts). */
import type { ServerApi } from '../account/api.ts';
import type { LrsView } from '../../scoring/lrsViews.ts';

export type { LrsView, OutboxItem } from '../../scoring/lrsViews.ts';

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

  /** Queues the attempts stored before the LRS was set up; `queued`: how many. */
  async sendEarlier(): Promise<LrsView & { queued: number }> {
    return (await this.api.request<LrsView & { queued: number }>('POST', 'api/team/lrs/earlier')).data;
  }

  async retry(id: string): Promise<LrsView> {
    return (await this.api.request<LrsView>('POST', `api/team/lrs/outbox/${encodeURIComponent(id)}/retry`))
      .data;
  }
}
