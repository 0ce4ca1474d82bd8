/**
 * The studio's `Publisher` on a team server: `POST /api/packs` (a new version to groups),
 * `POST /api/packs/:id/unpublish`, `GET /api/packs/:id/versions`, `GET /api/groups`. The server
 * validates the pack again; its French reasons come back as the result's errors.
 */
import { ServerError, type ServerApi } from '../account/api.ts';
import type { PackExport } from './packFile.ts';
import type { PublishedVersion, Publisher, PublishResult } from './publish.ts';

type Api = Pick<ServerApi, 'request'>;

const failure = (error: unknown): { ok: false; errors: string[] } => {
  if (error instanceof ServerError) return { ok: false, errors: [error.message, ...error.details] };
  throw error;
};

const path = (packId: string) => `api/packs/${encodeURIComponent(packId)}`;

export function serverPublisher(api: Api): Publisher {
  return {
    async groups() {
      return (await api.request<{ groups: { id: string; name: string }[] }>('GET', 'api/groups')).data.groups;
    },
    async publish(pack: PackExport, groupIds: string[]): Promise<PublishResult> {
      try {
        // The whole pack, its clips included: the server checks them again and serves them.
        const body = { pack, groupIds };
        const { data } = await api.request<PublishedVersion>('POST', 'api/packs', body, 60_000);
        return { ok: true, published: data };
      } catch (error) {
        return failure(error);
      }
    },
    async unpublish(packId: string) {
      try {
        const { data } = await api.request<{ current: PublishedVersion | null }>(
          'POST',
          `${path(packId)}/unpublish`,
        );
        return { ok: true as const, published: data.current };
      } catch (error) {
        return failure(error);
      }
    },
    async versions(packId: string) {
      return (await api.request<{ versions: PublishedVersion[] }>('GET', `${path(packId)}/versions`)).data
        .versions;
    },
  };
}
