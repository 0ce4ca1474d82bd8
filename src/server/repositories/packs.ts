/**
 * Published packs: every version a trainer publishes is kept, with the groups it went to. A
 * group sees, of each pack, its latest version published to it and not withdrawn; withdrawing
 * (unpublishing) the latest brings the previous one back. Versions stay for the attempts played
 * on them.
 */
import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import { isUniqueViolation } from './accounts.ts';

export interface PublishedVersion {
  packId: string;
  version: number;
  title: string;
  publishedAt: string;
  publishedBy: string | null;
  withdrawnAt: string | null;
  /** Ids of the groups this version was published to. */
  groups: string[];
  scenarioIds: string[];
}

export interface PackVersionContent {
  packId: string;
  version: number;
  title: string;
  main: string;
  files: { path: string; text: string }[];
  /** Paths of the version's recorded caller lines (`clipOf` serves each). */
  clips: string[];
  publishedAt: string;
}

/** A recorded caller line of a version, as stored: its type and bytes. */
export interface StoredClip {
  path: string;
  mime: string;
  data: Uint8Array;
}

export class VersionRaceError extends Error {}

const iso = (d: Date | string) => new Date(d).toISOString();

/** The paths of a version's clips (`t`: the alias of pack_versions in the query). */
const clipPaths = (t: string) =>
  sql<
    string[]
  >`array(select c.path from pack_version_clips c where c.org_id = ${sql.ref(`${t}.org_id`)} and c.pack_id = ${sql.ref(`${t}.pack_id`)} and c.version = ${sql.ref(`${t}.version`)} order by c.path)`.as(
    'clip_paths',
  );

/** Stores a new version (the next number) of a pack for some groups. */
export async function insertVersion(
  db: Db,
  row: {
    orgId: string;
    packId: string;
    title: string;
    main: string;
    files: { path: string; text: string }[];
    clips: StoredClip[];
    scenarioIds: string[];
    bytes: number;
    userId: string;
    groupIds: string[];
  },
): Promise<PublishedVersion> {
  try {
    return await db.transaction().execute(async (tx) => {
      const last = await tx
        .selectFrom('pack_versions')
        .select(sql<number>`coalesce(max(version), 0)::int`.as('last'))
        .where('org_id', '=', row.orgId)
        .where('pack_id', '=', row.packId)
        .executeTakeFirst();
      const version = (last?.last ?? 0) + 1;
      const inserted = await tx
        .insertInto('pack_versions')
        .values({
          org_id: row.orgId,
          pack_id: row.packId,
          version,
          title: row.title,
          main: row.main,
          files: JSON.stringify(row.files),
          scenario_ids: JSON.stringify(row.scenarioIds),
          bytes: row.bytes,
          published_by: row.userId,
        })
        .returning('published_at')
        .executeTakeFirstOrThrow();
      if (row.clips.length > 0)
        await tx
          .insertInto('pack_version_clips')
          .values(
            row.clips.map((c) => ({
              org_id: row.orgId,
              pack_id: row.packId,
              version,
              path: c.path,
              mime: c.mime,
              data: c.data,
            })),
          )
          .execute();
      await tx
        .insertInto('pack_version_groups')
        .values(
          row.groupIds.map((group_id) => ({ org_id: row.orgId, pack_id: row.packId, version, group_id })),
        )
        .execute();
      return {
        packId: row.packId,
        version,
        title: row.title,
        publishedAt: iso(inserted.published_at),
        publishedBy: row.userId,
        withdrawnAt: null,
        groups: [...row.groupIds].sort(),
        scenarioIds: row.scenarioIds,
      };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new VersionRaceError();
    throw error;
  }
}

const versionColumns = [
  'pack_versions.pack_id',
  'pack_versions.version',
  'pack_versions.title',
  'pack_versions.published_at',
  'pack_versions.published_by',
  'pack_versions.withdrawn_at',
  'pack_versions.scenario_ids',
  sql<
    string[]
  >`array(select g.group_id from pack_version_groups g where g.org_id = pack_versions.org_id and g.pack_id = pack_versions.pack_id and g.version = pack_versions.version order by g.group_id)`.as(
    'group_ids',
  ),
] as const;

interface VersionRow {
  pack_id: string;
  version: number;
  title: string;
  published_at: Date;
  published_by: string | null;
  withdrawn_at: Date | null;
  scenario_ids: string[];
  group_ids: string[];
}

function versionOf(r: VersionRow): PublishedVersion {
  return {
    packId: r.pack_id,
    version: r.version,
    title: r.title,
    publishedAt: iso(r.published_at),
    publishedBy: r.published_by,
    withdrawnAt: r.withdrawn_at ? iso(r.withdrawn_at) : null,
    groups: r.group_ids,
    scenarioIds: r.scenario_ids,
  };
}

/** Every version of a pack in the organisation, newest first. */
export async function listVersions(db: Db, orgId: string, packId: string): Promise<PublishedVersion[]> {
  const rows = await db
    .selectFrom('pack_versions')
    .select(versionColumns)
    .where('org_id', '=', orgId)
    .where('pack_id', '=', packId)
    .orderBy('version', 'desc')
    .execute();
  return rows.map(versionOf);
}

/** The latest version of each pack of the organisation (withdrawn or not), by pack id. */
export async function listPacks(db: Db, orgId: string): Promise<PublishedVersion[]> {
  const rows = await db
    .selectFrom('pack_versions')
    .select(versionColumns)
    .where('org_id', '=', orgId)
    .where(
      'version',
      '=',
      sql<number>`(select max(v.version) from pack_versions v where v.org_id = pack_versions.org_id and v.pack_id = pack_versions.pack_id)`,
    )
    .orderBy('pack_id')
    .execute();
  return rows.map(versionOf);
}

/**
 * What a user's groups see: of each pack, the latest version not withdrawn that was published
 * to one of them (`groupIds` undefined: the whole organisation, a manager's view).
 */
export async function currentVersions(
  db: Db,
  orgId: string,
  groupIds: readonly string[] | undefined,
): Promise<PackVersionContent[]> {
  if (groupIds && groupIds.length === 0) return [];
  let visible = db
    .selectFrom('pack_versions as v')
    .select(['v.pack_id', sql<number>`max(v.version)::int`.as('version')])
    .where('v.org_id', '=', orgId)
    .where('v.withdrawn_at', 'is', null)
    .groupBy('v.pack_id');
  if (groupIds)
    visible = visible.where((eb) =>
      eb.exists(
        eb
          .selectFrom('pack_version_groups as g')
          .select('g.group_id')
          .whereRef('g.org_id', '=', 'v.org_id')
          .whereRef('g.pack_id', '=', 'v.pack_id')
          .whereRef('g.version', '=', 'v.version')
          .where('g.group_id', 'in', [...groupIds]),
      ),
    );
  const rows = await db
    .selectFrom('pack_versions as p')
    .innerJoin(visible.as('c'), (join) =>
      join.onRef('c.pack_id', '=', 'p.pack_id').onRef('c.version', '=', 'p.version'),
    )
    .select(['p.pack_id', 'p.version', 'p.title', 'p.main', 'p.files', 'p.published_at', clipPaths('p')])
    .where('p.org_id', '=', orgId)
    .orderBy('p.pack_id')
    .execute();
  return rows.map((r) => ({
    packId: r.pack_id,
    version: r.version,
    title: r.title,
    main: r.main,
    files: r.files,
    clips: r.clip_paths,
    publishedAt: iso(r.published_at),
  }));
}

/** One version's content (withdrawn or not: an attempt keeps the version it was played on). */
export async function findVersion(
  db: Db,
  orgId: string,
  packId: string,
  version: number,
): Promise<PackVersionContent | undefined> {
  const r = await db
    .selectFrom('pack_versions')
    .select(['pack_id', 'version', 'title', 'main', 'files', 'published_at', clipPaths('pack_versions')])
    .where('org_id', '=', orgId)
    .where('pack_id', '=', packId)
    .where('version', '=', version)
    .executeTakeFirst();
  return (
    r && {
      packId: r.pack_id,
      version: r.version,
      title: r.title,
      main: r.main,
      files: r.files,
      clips: r.clip_paths,
      publishedAt: iso(r.published_at),
    }
  );
}

/** One recorded caller line of a version, or undefined. */
export async function clipOf(
  db: Db,
  orgId: string,
  packId: string,
  version: number,
  path: string,
): Promise<StoredClip | undefined> {
  return db
    .selectFrom('pack_version_clips')
    .select(['path', 'mime', 'data'])
    .where('org_id', '=', orgId)
    .where('pack_id', '=', packId)
    .where('version', '=', version)
    .where('path', '=', path)
    .executeTakeFirst();
}

/** Withdraws one version (the caller checked it is the latest one still published). */
export async function withdrawVersion(
  db: Db,
  orgId: string,
  packId: string,
  version: number,
  userId: string,
): Promise<boolean> {
  const result = await db
    .updateTable('pack_versions')
    .set({ withdrawn_at: new Date(), withdrawn_by: userId })
    .where('org_id', '=', orgId)
    .where('pack_id', '=', packId)
    .where('version', '=', version)
    .where('withdrawn_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
