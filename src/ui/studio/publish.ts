/**
 * The seam for publishing a draft to a team server's groups (the server branch, issue #12):
 * the studio calls a `Publisher` when one is given, and offers local export/import otherwise.
 * Nothing here talks to a server: the server branch supplies the implementation.
 */
import type { PackExport } from './packFile.ts';

export interface PublishedVersion {
  packId: string;
  /** Increases with each publication of the pack; attempts keep the version they were played on. */
  version: number;
  publishedAt: string;
  groups: string[];
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
  /** Withdraws the latest version: the previous one is served again. */
  unpublish(packId: string): Promise<PublishResult>;
  /** Every version kept by the server, newest first. */
  versions(packId: string): Promise<PublishedVersion[]>;
}
