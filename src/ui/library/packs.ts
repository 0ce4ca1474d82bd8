/**
 * The packs the library offers beside the built-in scenarios: those published to the trainee's
 * groups on a team server (fetched when signed in, and cached, so that offline the last fetched
 * catalogue is used), and those imported from a file in this browser (the studio's library).
 * A pack is data: its files go through the same guarded parser as any pack before anything is
 * shown or played, and a pack with errors is left out. The parser loads only when there is a
 * pack to read.
 */
import localforage from 'localforage';
import type { BundleLookup } from '../../scenarios/bundles.ts';
import type { PackFile } from '../../scenarios/parse.ts';
import type { ScenarioBundle } from '../../scenarios/schema.ts';
import type { ScenarioSummary } from '../../scenarios/summary.ts';
import type { AppStorage } from '../../storage/index.ts';
import { clipUrls } from './clipUrls.ts';
import { setPackOrigin, type PackOrigin } from './origin.ts';

export interface CataloguePack {
  source: 'server' | 'local';
  id: string;
  /** The published version (server packs). */
  version?: number;
  title: string;
  files: PackFile[];
  /**
   * Recorded caller lines: clip path → its URL (an imported pack's `data:audio/…`; a server
   * pack's, the server's clip route, heard while the server can be reached).
   */
  clips?: Record<string, string>;
}

/** A pack as `GET /api/scenarios` lists it. */
export interface ServerPack {
  packId: string;
  version: number;
  title: string;
  main: string;
  files: { path: string; text: string }[];
  /** Paths of its recorded caller lines (absent from a server before they were published). */
  clips?: string[];
  publishedAt: string;
}

/** The few calls of localforage the cache uses (tests pass a Map-backed one). */
export interface KeyValue {
  getItem<T>(key: string): Promise<T | null>;
  setItem<T>(key: string, value: T): Promise<T>;
}

interface CachedCatalogue {
  fetchedAt: string;
  /** The current version of each pack, in the catalogue's order. */
  current: { id: string; version: number }[];
}

const CATALOGUE_KEY = 'catalogue';
const versionKey = (id: string, version: number) => `pack:${id}@${version}`;

/** The app's cache of the server's catalogue (beside the outbox, in `decroche-sync`). */
export function browserCatalogueCache(): KeyValue {
  return localforage.createInstance({ name: 'decroche-sync', storeName: 'meta' });
}

export interface ServerCatalogue {
  packs: CataloguePack[];
  /** When the packs were fetched; null: never. */
  fetchedAt: string | null;
  /** True when the server could not be asked and the cached catalogue is shown. */
  offline: boolean;
}

/** Where the team server serves a clip of a published version (same origin, as the API). */
export const serverClipUrl = (packId: string, version: number, path: string) =>
  `api/packs/${encodeURIComponent(packId)}/versions/${version}/clips/${path.split('/').map(encodeURIComponent).join('/')}`;

const fromServer = (p: ServerPack): CataloguePack => ({
  source: 'server',
  id: p.packId,
  version: p.version,
  title: p.title,
  files: p.files.map((f) => ({ path: f.path, text: f.text })),
  ...(p.clips?.length && {
    clips: Object.fromEntries(p.clips.map((path) => [path, serverClipUrl(p.packId, p.version, path)])),
  }),
});

/**
 * The server's packs: fetched (and cached, each version under its own key so that an attempt's
 * version stays at hand) or, when the fetch fails, the last ones fetched.
 */
export async function serverCatalogue(
  cache: KeyValue,
  fetchPacks: (() => Promise<ServerPack[]>) | null,
  now: () => Date = () => new Date(),
): Promise<ServerCatalogue> {
  if (fetchPacks) {
    try {
      const packs = (await fetchPacks()).map(fromServer);
      const fetchedAt = now().toISOString();
      for (const p of packs) await cache.setItem(versionKey(p.id, p.version!), p);
      await cache.setItem<CachedCatalogue>(CATALOGUE_KEY, {
        fetchedAt,
        current: packs.map((p) => ({ id: p.id, version: p.version! })),
      });
      return { packs, fetchedAt, offline: false };
    } catch {
      // Offline, or the server is down: the cached catalogue below.
    }
  }
  const cached = await cache.getItem<CachedCatalogue>(CATALOGUE_KEY).catch(() => null);
  if (!cached) return { packs: [], fetchedAt: null, offline: fetchPacks !== null };
  const packs: CataloguePack[] = [];
  for (const { id, version } of cached.current) {
    const pack = await cache.getItem<CataloguePack>(versionKey(id, version)).catch(() => null);
    if (pack) packs.push(pack);
  }
  return { packs, fetchedAt: cached.fetchedAt, offline: fetchPacks !== null };
}

/** One cached version of a server pack (an attempt's), if this browser fetched it once. */
export async function cachedVersion(
  cache: KeyValue,
  id: string,
  version: number,
): Promise<CataloguePack | undefined> {
  return (await cache.getItem<CataloguePack>(versionKey(id, version)).catch(() => null)) ?? undefined;
}

/** The packs imported from a file in this browser (the studio's « Bibliothèque de l’atelier »). */
export async function localPacks(storage: Pick<AppStorage, 'packs'>): Promise<CataloguePack[]> {
  const { items } = await storage.packs.list();
  const packs: CataloguePack[] = [];
  for (const item of items) {
    const d = item.data as Partial<{ id: unknown; title: unknown; files: unknown; clips: unknown }> | null;
    if (!d || typeof d.id !== 'string' || typeof d.title !== 'string' || !Array.isArray(d.files)) continue;
    const files = (d.files as unknown[]).filter(
      (f): f is PackFile =>
        typeof f === 'object' &&
        f !== null &&
        typeof (f as PackFile).path === 'string' &&
        typeof (f as PackFile).text === 'string',
    );
    const clips: Record<string, string> = {};
    for (const c of Array.isArray(d.clips) ? (d.clips as unknown[]) : []) {
      const { path, data } = (c ?? {}) as { path?: unknown; data?: unknown };
      if (typeof path === 'string' && typeof data === 'string' && data.startsWith('data:audio/'))
        clips[path] = data;
    }
    packs.push({
      source: 'local',
      id: d.id,
      title: d.title,
      files,
      ...(Object.keys(clips).length > 0 && { clips }),
    });
  }
  return packs.sort((a, b) => a.title.localeCompare(b.title, 'fr'));
}

/** A scenario of a pack, as the library lists it. */
export interface PackScenario extends ScenarioSummary {
  /** Where it comes from, in French (« Pack « … », version 2 »). */
  origin: string;
}

export interface Playable {
  summaries: PackScenario[];
  bundles: Map<string, ScenarioBundle>;
  /** Packs left out, with why (French). */
  refused: { title: string; reason: string }[];
}

export const originText = (pack: CataloguePack): string =>
  pack.source === 'server'
    ? `Pack « ${pack.title} », version ${pack.version}`
    : `Pack importé « ${pack.title} »`;

/**
 * The scenarios of these packs, read with the guarded parser. A scenario whose id is taken (by a
 * built-in, `taken`, or by a pack earlier in the list) is left out: the first one wins.
 */
export async function playable(
  packs: readonly CataloguePack[],
  taken: (scenarioId: string) => boolean,
): Promise<Playable> {
  const out: Playable = { summaries: [], bundles: new Map(), refused: [] };
  if (packs.length === 0) return out;
  const [{ parsePack }, { hasErrors, formatError }, { summarizeScenario }] = await Promise.all([
    import('../../scenarios/parse.ts'),
    import('../../scenarios/errors.ts'),
    import('../../scenarios/summary.ts'),
  ]);
  for (const pack of packs) {
    const parsed = parsePack(pack.files);
    if (hasErrors(parsed.errors)) {
      const first = parsed.errors.find((e) => e.severity === 'error')!;
      out.refused.push({ title: pack.title, reason: formatError(first) });
      continue;
    }
    const origin: PackOrigin = { id: pack.id, ...(pack.version !== undefined && { version: pack.version }) };
    for (const bundle of parsed.bundles) {
      const id = bundle.scenario.id;
      if (taken(id) || out.bundles.has(id)) continue;
      const audio = clipUrls(bundle.scenario.audio, pack.clips);
      if (audio) bundle.audio = audio;
      setPackOrigin(bundle, origin);
      out.bundles.set(id, bundle);
      out.summaries.push({ ...summarizeScenario(bundle, pack.id), origin: originText(pack) });
    }
  }
  return out;
}

/** What the call page and the debrief need to find a pack's scenario without the network. */
export interface PackSources {
  storage: Pick<AppStorage, 'packs'>;
  cache: KeyValue;
}

/**
 * A pack scenario's bundle, from the cached server catalogue or the imported packs (no
 * network); with `at`, that version of that pack first (the one an attempt was played on).
 */
export async function packBundle(
  sources: PackSources,
  scenarioId: string,
  taken: (scenarioId: string) => boolean,
  at?: PackOrigin,
): Promise<ScenarioBundle | undefined> {
  const packs: CataloguePack[] = [];
  if (at?.version !== undefined) {
    const exact = await cachedVersion(sources.cache, at.id, at.version);
    if (exact) packs.push(exact);
  }
  packs.push(...(await serverCatalogue(sources.cache, null)).packs, ...(await localPacks(sources.storage)));
  return (await playable(packs, taken)).bundles.get(scenarioId);
}

/** `loadBundles` (built-ins) with pack scenarios found after them: the debrief's and re-scoring's. */
export function withPackBundles(
  loadBundles: (ids: Iterable<string>) => Promise<BundleLookup>,
  sources: PackSources,
  taken: (scenarioId: string) => boolean,
  at?: PackOrigin,
): (ids: Iterable<string>) => Promise<BundleLookup> {
  return async (ids) => {
    const unique = [...new Set(ids)];
    const builtin = await loadBundles(unique);
    const missing = unique.filter((id) => !builtin(id));
    if (missing.length === 0) return builtin;
    const found = new Map<string, ScenarioBundle>();
    for (const id of missing) {
      const bundle = await packBundle(sources, id, taken, at);
      if (bundle) found.set(id, bundle);
    }
    return (id) => builtin(id) ?? found.get(id);
  };
}

/** What the library needs of the team-server account (AccountState has it). */
export interface AccountView {
  status: 'detecting' | 'local' | 'setup' | 'loggedOut' | 'loggedIn';
  /** Whether the page was served by a team server (offline, its status stays `local`). */
  served: boolean;
  fetchPacks(): Promise<ServerPack[]>;
}

/**
 * The library's packs for an account's status: signed in, the server's (fetched, cached); served
 * by a team server but unreachable, the cached ones; and always the packs imported here.
 */
export function libraryPackLoader(
  storage: Pick<AppStorage, 'packs'>,
  account: AccountView,
  status: AccountView['status'],
  cache: KeyValue = browserCatalogueCache(),
) {
  return async (taken: (id: string) => boolean) => {
    const signedIn = status === 'loggedIn';
    const unreachable = account.served && status === 'local';
    const server =
      signedIn || unreachable
        ? await serverCatalogue(cache, signedIn ? () => account.fetchPacks() : null)
        : { packs: [], fetchedAt: null, offline: false };
    const offline = server.offline || unreachable;
    const packs = [...server.packs, ...(await localPacks(storage))];
    return { playable: await playable(packs, taken), offline, fetchedAt: server.fetchedAt };
  };
}
