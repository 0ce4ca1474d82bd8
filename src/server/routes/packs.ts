/**
 * Trainers' packs on the team server: a trainer (or a manager) publishes a version of a pack to
 * groups, lists the versions, and unpublishes the latest (the previous one is served again).
 * The server reads the pack again with the same pure reader as the studio (size, JSON shape,
 * guarded YAML, schema, lint, no HTML); every refusal is French. A trainer publishes to, and
 * withdraws from, their own groups only; a manager to any group of the organisation.
 */
import type { FastifyRequest } from 'fastify';
import { PACK_ID, readPackData } from '../../scenarios/packExport.ts';
import { clipBase64, clipMime, MAX_PACK_WITH_CLIPS_BYTES, readClips } from '../../scenarios/packClips.ts';
import { clipPathProblem } from '../../scenarios/schema.ts';
import { z } from '../../zod.ts';
import { HttpError, Uuid, type RoutePlugin } from '../http.ts';
import { listGroups } from '../repositories/accounts.ts';
import {
  clipOf,
  currentVersions,
  findVersion,
  insertVersion,
  listPacks,
  listVersions,
  VersionRaceError,
  withdrawVersion,
} from '../repositories/packs.ts';

/** The pack file's limit, its clips included, and room for the JSON around it. */
export const PUBLISH_BODY_LIMIT = MAX_PACK_WITH_CLIPS_BYTES + 64 * 1024;

const PackId = z.string().max(80).regex(PACK_ID, { error: 'identifiant de pack invalide' });
const PackParams = z.object({ packId: PackId });
const VersionNumber = z.coerce.number().int().min(1).max(1_000_000);
const VersionParams = z.object({ packId: PackId, version: VersionNumber });
const ClipParams = z.object({ packId: PackId, version: VersionNumber, '*': z.string().max(200) });
/** A version as the routes answer it (response schema: nothing else is sent). */
export const VersionReply = z.object({
  packId: z.string(),
  version: z.number().int(),
  title: z.string(),
  publishedAt: z.string(),
  publishedBy: z.string().nullable(),
  withdrawnAt: z.string().nullable(),
  groups: z.array(z.string()),
  scenarioIds: z.array(z.string()),
});
/** A version's content, as the catalogue and the version route answer it. */
export const ContentReply = z.object({
  packId: z.string(),
  version: z.number().int(),
  title: z.string(),
  main: z.string(),
  files: z.array(z.object({ path: z.string(), text: z.string() })),
  /** Paths of its recorded caller lines, each served by the clip route. */
  clips: z.array(z.string()),
  publishedAt: z.string(),
});

const PublishBody = z.object({
  pack: z.unknown(),
  groupIds: z.array(Uuid).min(1, { error: 'choisissez au moins un groupe' }).max(50),
});

/** The groups a user may publish to: a manager every group of the organisation. */
function mayReach(request: FastifyRequest, groupIds: readonly string[]): boolean {
  const user = request.user!;
  return user.role === 'manager' || groupIds.every((g) => user.groupIds.includes(g));
}

const packs: RoutePlugin = async (app) => {
  const staff = app.requireRole('trainer', 'manager');

  app.post(
    '/api/packs',
    {
      schema: { body: PublishBody, response: { 201: VersionReply } },
      bodyLimit: PUBLISH_BODY_LIMIT,
      preHandler: staff,
    },
    async (request, reply) => {
      const user = request.user!;
      const groupIds = [...new Set(request.body.groupIds)];
      const known = await listGroups(app.db, user.orgId, groupIds);
      if (known.length !== groupIds.length) throw new HttpError(404, 'Groupe introuvable.');
      if (!mayReach(request, groupIds))
        throw new HttpError(403, 'Accès refusé : vous ne publiez que vers vos propres groupes.');

      // The clips apart (checked as a pack file's are on import), then the texts, as a pack.
      const pack = request.body.pack;
      const isRecord = typeof pack === 'object' && pack !== null && !Array.isArray(pack);
      const clipsRead = readClips(isRecord ? (pack as { clips?: unknown }).clips : undefined);
      if (!clipsRead.ok) throw new HttpError(422, 'Pack refusé.', [clipsRead.error]);
      const read = readPackData(isRecord ? { ...pack, clips: undefined } : pack);
      if (!read.ok) throw new HttpError(422, 'Pack refusé.', read.errors);
      const clips = clipsRead.clips.map((c) => ({
        path: c.path,
        mime: clipMime(c.path)!,
        data: Buffer.from(clipBase64(c.data), 'base64'),
      }));
      const { content, parsed } = read;
      const scenarioIds = parsed.bundles.map((b) => b.scenario.id);
      const clashes: string[] = [];
      for (const id of scenarioIds)
        if (app.scenarios.has(id))
          clashes.push(
            `Le scénario « ${id} » porte l’identifiant d’un scénario intégré : donnez-lui un autre identifiant.`,
          );
      for (const other of await listPacks(app.db, user.orgId)) {
        if (other.packId === content.id || other.withdrawnAt) continue;
        for (const id of scenarioIds)
          if (other.scenarioIds.includes(id))
            clashes.push(
              `Le scénario « ${id} » existe déjà dans le pack publié « ${other.title} » : donnez-lui un autre identifiant.`,
            );
      }
      if (clashes.length) throw new HttpError(422, 'Pack refusé.', clashes);

      try {
        const published = await insertVersion(app.db, {
          orgId: user.orgId,
          packId: content.id,
          title: content.title,
          main: content.main,
          files: content.files.map((f) => ({ path: f.path, text: f.text })),
          clips,
          scenarioIds,
          bytes:
            content.files.reduce((n, f) => n + Buffer.byteLength(f.text), 0) +
            clips.reduce((n, c) => n + c.data.length, 0),
          userId: user.id,
          groupIds,
        });
        return reply.code(201).send(published);
      } catch (error) {
        if (error instanceof VersionRaceError)
          throw new HttpError(409, 'Une autre version de ce pack vient d’être publiée : réessayez.');
        throw error;
      }
    },
  );

  app.get(
    '/api/packs',
    { schema: { response: { 200: z.object({ packs: z.array(VersionReply) }) } }, preHandler: staff },
    async (request) => ({
      packs: await listPacks(app.db, request.user!.orgId),
    }),
  );

  app.get(
    '/api/packs/:packId/versions',
    {
      schema: { params: PackParams, response: { 200: z.object({ versions: z.array(VersionReply) }) } },
      preHandler: staff,
    },
    // A pack never published (in this organisation) has no version: an empty list.
    async (request) => ({ versions: await listVersions(app.db, request.user!.orgId, request.params.packId) }),
  );

  /** A version of the organisation's pack a user may read: staff any; a trainee one published to their groups. */
  async function readableVersion(request: FastifyRequest, packId: string, version: number) {
    const user = request.user!;
    const found = await findVersion(app.db, user.orgId, packId, version);
    if (found && user.role === 'trainee') {
      const meta = (await listVersions(app.db, user.orgId, packId)).find((v) => v.version === version);
      if (!meta?.groups.some((g) => user.groupIds.includes(g))) return undefined;
    }
    return found;
  }

  /** One version's files: staff any; a trainee a version published to one of their groups. */
  app.get(
    '/api/packs/:packId/versions/:version',
    { schema: { params: VersionParams, response: { 200: ContentReply } }, preHandler: app.authenticate },
    async (request) => {
      const { packId, version } = request.params;
      const found = await readableVersion(request, packId, version);
      if (!found) throw new HttpError(404, 'Version introuvable.');
      return found;
    },
  );

  /** One recorded caller line of a version, to whoever may read the version (the call plays it). */
  app.get(
    '/api/packs/:packId/versions/:version/clips/*',
    { schema: { params: ClipParams }, preHandler: app.authenticate },
    async (request, reply) => {
      const { packId, version, '*': path } = request.params;
      if (clipPathProblem(path)) throw new HttpError(404, 'Enregistrement introuvable.');
      const found = await readableVersion(request, packId, version);
      const clip = found && (await clipOf(app.db, request.user!.orgId, packId, version, path));
      if (!clip) throw new HttpError(404, 'Enregistrement introuvable.');
      return reply.type(clip.mime).send(Buffer.from(clip.data));
    },
  );

  /** Withdraws the latest published version: the previous one is served again. */
  app.post(
    '/api/packs/:packId/unpublish',
    {
      schema: {
        params: PackParams,
        response: { 200: z.object({ withdrawn: z.number().int(), current: VersionReply.nullable() }) },
      },
      preHandler: staff,
    },
    async (request) => {
      const user = request.user!;
      const { packId } = request.params;
      const versions = await listVersions(app.db, user.orgId, packId);
      if (!versions.length) throw new HttpError(404, 'Pack introuvable.');
      const latest = versions.find((v) => !v.withdrawnAt);
      if (!latest) throw new HttpError(409, 'Aucune version de ce pack n’est publiée.');
      if (!mayReach(request, latest.groups))
        throw new HttpError(
          403,
          'Accès refusé : cette version a été publiée vers des groupes qui ne sont pas les vôtres.',
        );
      if (!(await withdrawVersion(app.db, user.orgId, packId, latest.version, user.id)))
        throw new HttpError(409, 'Cette version vient d’être retirée par quelqu’un d’autre.');
      const current = versions.find((v) => !v.withdrawnAt && v.version < latest.version) ?? null;
      return { withdrawn: latest.version, current };
    },
  );
};

/** The packs a user's groups see (a manager: the organisation's), for the catalogue. */
export function visiblePacks(app: Parameters<RoutePlugin>[0], request: FastifyRequest) {
  const user = request.user!;
  return currentVersions(app.db, user.orgId, user.role === 'manager' ? undefined : user.groupIds);
}

export default packs;
