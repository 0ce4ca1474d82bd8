/**
 * The seam for publishing a draft to a team server's groups (issue #12): the studio calls a
 * `Publisher` when one is given (signed in as a trainer or a manager: `serverPublisher.ts`), and
 * offers local export/import always.
 */
import type { PackExport } from './packFile.ts';

export interface PublishedVersion {
  packId: string;
  /** Increases with each publication of the pack; attempts keep the version they were played on. */
  version: number;
  publishedAt: string;
  /** Ids of the groups it was published to. */
  groups: string[];
  /** When it was unpublished (it stays kept for the attempts played on it). */
  withdrawnAt?: string | null;
}

export type PublishResult =
  | { ok: true; published: PublishedVersion }
  /** The server validates the pack again: its problems in French, as the studio shows them. */
  | { ok: false; errors: string[] };

export interface Publisher {
  /** The groups this trainer may publish to. */
  groups(): Promise<{ id: string; name: string }[]>;
  /** Publishes the pack (the same JSON as a local export) to some groups, as a new version. */
  publish(pack: PackExport, groupIds: string[]): Promise<PublishResult>;
  /** Withdraws the latest version: the previous one (in `published`, if any) is served again. */
  unpublish(
    packId: string,
  ): Promise<{ ok: true; published: PublishedVersion | null } | { ok: false; errors: string[] }>;
  /** Every version kept by the server, newest first. */
  versions(packId: string): Promise<PublishedVersion[]>;
}
