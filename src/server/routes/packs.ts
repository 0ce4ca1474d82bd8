/**
 * Trainers' packs on the team server: a trainer (or a manager) publishes a version of a pack to
 * groups, lists the versions, and unpublishes the latest (the previous one is served again).
 * The server reads the pack again with the same pure reader as the studio (size, JSON shape,
 * guarded YAML, schema, lint, no HTML); every refusal is French. A trainer publishes to, and
 * withdraws from, their own groups only; a manager to any group of the organisation.
 */
import type { FastifyRequest } from 'fastify';
import { MAX_PACK_FILE_BYTES, PACK_ID, readPackData } from '../../scenarios/packExport.ts';
import { z } from '../../zod.ts';
import { HttpError, Uuid, type RoutePlugin } from '../http.ts';
import { listGroups } from '../repositories/accounts.ts';
import {
  currentVersions,
  findVersion,
  insertVersion,
  listPacks,
  listVersions,
  VersionRaceError,
  withdrawVersion,
} from '../repositories/packs.ts';

/** The pack file's limit, and room for the JSON around it. */
export const PUBLISH_BODY_LIMIT = MAX_PACK_FILE_BYTES + 64 * 1024;

const PackId = z.string().max(80).regex(PACK_ID, { error: 'identifiant de pack invalide' });
const PackParams = z.object({ packId: PackId });
const VersionParams = z.object({ packId: PackId, version: z.coerce.number().int().min(1).max(1_000_000) });
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

      const read = readPackData(request.body.pack);
      if (!read.ok) throw new HttpError(422, 'Pack refusé.', read.errors);
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
          scenarioIds,
          bytes: content.files.reduce((n, f) => n + Buffer.byteLength(f.text), 0),
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

  /** One version's files: staff any; a trainee a version published to one of their groups. */
  app.get(
    '/api/packs/:packId/versions/:version',
    { schema: { params: VersionParams, response: { 200: ContentReply } }, preHandler: app.authenticate },
    async (request) => {
      const user = request.user!;
      const { packId, version } = request.params;
      const found = await findVersion(app.db, user.orgId, packId, version);
      if (found && user.role === 'trainee') {
        const meta = (await listVersions(app.db, user.orgId, packId)).find((v) => v.version === version);
        if (!meta?.groups.some((g) => user.groupIds.includes(g)))
          throw new HttpError(404, 'Version introuvable.');
      }
      if (!found) throw new HttpError(404, 'Version introuvable.');
      return found;
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
