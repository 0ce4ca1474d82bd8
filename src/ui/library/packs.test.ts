import { describe, expect, it } from 'vitest';
import { fixtureFiles } from '../../../tests/fixtures/packs/packs.ts';
import { buildAttempt } from '../callpage/attempt.ts';
import { packOriginOf } from './origin.ts';
import {
  localPacks,
  packBundle,
  playable,
  serverCatalogue,
  type KeyValue,
  type ServerPack,
} from './packs.ts';

function memoryCache(): KeyValue & { map: Map<string, unknown> } {
  const map = new Map<string, unknown>();
  return {
    map,
    getItem: async <T>(key: string) => (map.has(key) ? structuredClone(map.get(key) as T) : null),
    setItem: async <T>(key: string, value: T) => {
      map.set(key, structuredClone(value));
      return value;
    },
  };
}

const files = (say = 'J’ai très mal à la gorge depuis hier.') =>
  fixtureFiles().map((f) => ({
    path: f.path,
    text: f.text.replace('say: J’ai très mal à la gorge depuis hier.', `say: ${say}`),
  }));

const published = (version: number, say?: string): ServerPack => ({
  packId: 'essai',
  version,
  title: 'Pack d’essai',
  main: 'scenarios/rdv-simple.yaml',
  files: files(say),
  publishedAt: '2026-03-10T09:00:00.000Z',
});

const noStorage = { packs: { list: async () => ({ items: [], problems: [] }) } } as never;

describe('the packs of the library', () => {
  it('plays an imported pack’s recorded lines from its clip files, and only audio data', async () => {
    const line = 'J’ai très mal à la gorge depuis hier.';
    const withAudio = files().map((f) =>
      f.path === 'scenarios/rdv-simple.yaml'
        ? {
            ...f,
            text: `${f.text}\naudio:\n  "${line}": audio/gorge.wav\n  "Au revoir.": audio/absent.wav\n`,
          }
        : f,
    );
    const clip = 'data:audio/wav;base64,UklGRg==';
    const storage = {
      packs: {
        list: async () => ({
          items: [
            {
              key: 'essai',
              data: {
                id: 'essai',
                title: 'Pack d’essai',
                files: withAudio,
                clips: [
                  { path: 'audio/gorge.wav', data: clip },
                  { path: 'audio/absent.wav', data: 'javascript:alert(1)' },
                ],
              },
            },
          ],
          problems: [],
        }),
      },
    } as never;
    const packs = await localPacks(storage);
    expect(packs[0]?.clips).toEqual({ 'audio/gorge.wav': clip });
    const { bundles, refused } = await playable(packs, () => false);
    expect(refused).toEqual([]);
    expect(bundles.get('rdv-simple')?.audio).toEqual({ [line]: clip });
  });

  it('plays a published pack’s recorded lines from the server’s clip route, that version’s', async () => {
    const line = 'J’ai très mal à la gorge depuis hier.';
    const pack: ServerPack = {
      ...published(3),
      packId: 'essai voix',
      files: published(3).files.map((f) =>
        f.path === 'scenarios/rdv-simple.yaml'
          ? { ...f, text: `${f.text}\naudio:\n  "${line}": audio/gorge à 2.wav\n` }
          : f,
      ),
      clips: ['audio/gorge à 2.wav'],
    };
    const { packs } = await serverCatalogue(memoryCache(), async () => [pack]);
    const url = 'api/packs/essai%20voix/versions/3/clips/audio/gorge%20%C3%A0%202.wav';
    expect(packs[0]?.clips).toEqual({ 'audio/gorge à 2.wav': url });
    const { bundles } = await playable(packs, () => false);
    expect(bundles.get('rdv-simple')?.audio).toEqual({ [line]: url });
    // A server from before the clips were published: no clips, the lines spoken.
    const { packs: older } = await serverCatalogue(memoryCache(), async () => [published(1)]);
    expect(older[0]?.clips).toBeUndefined();
  });

  it('keeps the last catalogue fetched, and shows it when the server cannot be reached', async () => {
    const cache = memoryCache();
    const online = await serverCatalogue(cache, async () => [published(2, 'Version deux.')]);
    expect(online).toMatchObject({ offline: false, packs: [{ id: 'essai', version: 2 }] });
    const offline = await serverCatalogue(cache, async () => {
      throw new Error('réseau');
    });
    expect(offline.offline).toBe(true);
    expect(offline.fetchedAt).toBe(online.fetchedAt);
    expect(offline.packs.map((p) => [p.id, p.version])).toEqual([['essai', 2]]);
    // Never fetched: nothing, and said to be offline.
    expect(await serverCatalogue(memoryCache(), null)).toMatchObject({ packs: [], offline: false });
  });

  it('reads each pack with the guarded parser, leaves out broken ones and ids already taken', async () => {
    const broken = {
      source: 'local' as const,
      id: 'casse',
      title: 'Cassé',
      files: files().map((f) => ({ ...f, text: f.text.replace('goto: demande', 'goto: ailleurs') })),
    };
    const good = {
      source: 'server' as const,
      id: 'essai',
      version: 3,
      title: 'Pack d’essai',
      files: files(),
    };
    const result = await playable([broken, good], () => false);
    expect(result.summaries.map((s) => [s.id, s.origin])).toEqual([
      ['rdv-simple', 'Pack « Pack d’essai », version 3'],
    ]);
    expect(result.refused).toEqual([
      { title: 'Cassé', reason: expect.stringMatching(/« ailleurs » n’existe pas/) },
    ]);
    expect((await playable([good], (id) => id === 'rdv-simple')).summaries).toEqual([]);
  });

  it('plays the version an attempt was played on, and the attempt records it', async () => {
    const cache = memoryCache();
    await serverCatalogue(cache, async () => [published(1, 'Première version.')]);
    await serverCatalogue(cache, async () => [published(2, 'Deuxième version.')]);
    const sources = { storage: noStorage, cache };
    const current = await packBundle(sources, 'rdv-simple', () => false);
    expect(current!.scenario.nodes.demande!.say).toBe('Deuxième version.');
    const older = await packBundle(sources, 'rdv-simple', () => false, { id: 'essai', version: 1 });
    expect(older!.scenario.nodes.demande!.say).toBe('Première version.');
    expect(packOriginOf(older!)).toEqual({ id: 'essai', version: 1 });
    const attempt = buildAttempt({
      id: 'a1',
      profileId: 'p1',
      bundle: older!,
      startedAt: '2026-03-10T10:00:00.000Z',
      endedAt: new Date('2026-03-10T10:02:00.000Z'),
      log: [{ t: 0, type: 'ring', n: 1 } as never],
    });
    expect(attempt.pack).toEqual({ id: 'essai', version: 1 });
  });
});
