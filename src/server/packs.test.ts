/**
 * Publishing packs to groups: validated again by the server (the studio's reader), hostile
 * packs refused in French, every version kept, unpublish brings the previous one back, the
 * catalogue of each group, attempts re-scored on the version they were played on; who may do
 * what, by role and group.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureFiles, tinyWav } from '../../tests/fixtures/packs/packs.ts';
import { playScript, parseScript } from '../machines/play.ts';
import { MAX_CLIPS } from '../scenarios/packClips.ts';
import { PACK_FORMAT, PACK_FORMAT_VERSION } from '../scenarios/packExport.ts';
import { AUDIO_CLIPS } from '../scenarios/schema.ts';
import { parsePack } from '../scenarios/parse.ts';
import type { Database } from './db/database.ts';
import { PUBLISH_BODY_LIMIT } from './routes/packs.ts';
import { backends, call, seedOrg, testApp, type Member, type Org } from './testing.ts';

const FIXTURE_MAIN = 'scenarios/rdv-simple.yaml';
const mainOf = (id: string) => `scenarios/rdv-${id}.yaml`;

/** The fixture pack as the studio exports it, its scenario (`rdv-<id>`) edited. */
function packFile(id = 'essai', edit: (text: string) => string = (t) => t) {
  const files = fixtureFiles().map((f) =>
    f.path === FIXTURE_MAIN
      ? { path: mainOf(id), text: edit(f.text.replace('id: rdv-simple', `id: rdv-${id}`)) }
      : f,
  );
  return {
    format: PACK_FORMAT,
    version: PACK_FORMAT_VERSION,
    id,
    title: 'Pack d’essai',
    main: mainOf(id),
    files: files.map((f) => ({ path: f.path, text: f.text })),
    golden: [],
  };
}

const sayLine = (line: string) => (text: string) =>
  text.replace('say: J’ai très mal à la gorge depuis hier.', `say: ${line}`);

/** A call of the pack's scenario, as the app would upload it. */
function attemptOn(pack: ReturnType<typeof packFile>, version: number) {
  const [bundle] = parsePack(pack.files).bundles;
  const script = parseScript({
    steps: [
      { do: 'pickup' },
      { say: 'Cabinet de l’Essai, bonjour.' },
      { do: 'book', slot: 'routine', type: 'consultation' },
      { say: 'Au revoir.' },
      { do: 'hangup' },
    ],
  });
  const { log } = playScript(bundle!, script);
  return {
    id: crypto.randomUUID(),
    scenarioId: `rdv-${pack.id}`,
    scenarioVersion: 1,
    startedAt: '2026-03-10T10:00:00.000Z',
    log,
    pack: { id: pack.id, version },
  };
}

describe.each(backends())('publishing packs on $name', (backend) => {
  let database: Database;
  let app: FastifyInstance;
  let org: Org;
  let other: Org;

  const publish = (as: Member, pack: unknown, groupIds: string[]) =>
    call(app, as, { method: 'POST', url: '/api/packs', payload: { pack, groupIds } });
  const catalogue = async (as: Member) =>
    (await call(app, as, { method: 'GET', url: '/api/scenarios' })).json().packs as {
      packId: string;
      version: number;
      files: { path: string; text: string }[];
    }[];
  const mainText = (pack: { files: { path: string; text: string }[] }) =>
    pack.files.find((f) => f.path.startsWith('scenarios/'))!.text;

  beforeAll(async () => {
    database = await backend.open();
    app = await testApp(database);
    org = await seedOrg(database.db, 'pub');
    other = await seedOrg(database.db, 'pub-autre');
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('publishes versions to a group, keeps them all, and unpublish brings the previous back', async () => {
    const first = await publish(org.trainer, packFile('essai', sayLine('Ma gorge me brûle.')), [org.groupA]);
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ packId: 'essai', version: 1, groups: [org.groupA] });
    const second = await publish(org.trainer, packFile('essai', sayLine('Version deux.')), [org.groupA]);
    expect(second.json()).toMatchObject({ version: 2 });

    // The trainee of group A sees version 2; the trainee of group B nothing; another organisation nothing.
    const seen = await catalogue(org.trainee);
    expect(seen.map((p) => [p.packId, p.version])).toEqual([['essai', 2]]);
    expect(mainText(seen[0]!)).toContain('say: Version deux.');
    // The response schema names every field sent.
    expect(Object.keys(seen[0]!).sort()).toEqual([
      'clips',
      'files',
      'main',
      'packId',
      'publishedAt',
      'title',
      'version',
    ]);
    expect(await catalogue(org.otherTrainee)).toEqual([]);
    expect(await catalogue(other.trainee)).toEqual([]);
    expect((await catalogue(org.manager)).map((p) => p.version)).toEqual([2]);

    const versions = await call(app, org.trainer, { method: 'GET', url: '/api/packs/essai/versions' });
    expect(versions.json().versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);

    const undone = await call(app, org.trainer, { method: 'POST', url: '/api/packs/essai/unpublish' });
    expect(undone.statusCode).toBe(200);
    expect(undone.json()).toMatchObject({ withdrawn: 2, current: { version: 1 } });
    const back = await catalogue(org.trainee);
    expect(back.map((p) => p.version)).toEqual([1]);
    expect(mainText(back[0]!)).toContain('say: Ma gorge me brûle.');
    // Still kept, marked withdrawn.
    const kept = (await call(app, org.trainer, { method: 'GET', url: '/api/packs/essai/versions' })).json()
      .versions;
    expect(
      kept.map((v: { version: number; withdrawnAt: string | null }) => [v.version, !!v.withdrawnAt]),
    ).toEqual([
      [2, true],
      [1, false],
    ]);
    // The next publication is version 3, not a reused 2.
    expect((await publish(org.trainer, packFile('essai'), [org.groupA])).json().version).toBe(3);
  });

  it('re-scores an attempt on the version it was played on, and keeps that version with it', async () => {
    const pack = packFile('essai-score');
    const published = (await publish(org.trainer, pack, [org.groupA])).json();
    await publish(org.trainer, packFile('essai-score', sayLine('Autre texte.')), [org.groupA]);
    const body = attemptOn(pack, published.version);
    const sent = await call(app, org.trainee, { method: 'POST', url: '/api/attempts', payload: body });
    expect(sent.statusCode).toBe(201);
    expect(sent.json().replayMatches).toBe(true);
    const stored = await call(app, org.trainee, { method: 'GET', url: `/api/attempts/${body.id}` });
    expect(stored.json()).toMatchObject({ pack: { id: 'essai-score', version: 1 }, replayMatches: true });
    // The same log claimed on version 2 (another caller line) does not replay as it was played.
    const claimed = await call(app, org.trainee, {
      method: 'POST',
      url: '/api/attempts',
      payload: { ...body, id: crypto.randomUUID(), pack: { id: 'essai-score', version: 2 } },
    });
    expect(claimed.json().replayMatches).toBe(false);
    // A version that does not exist, or another organisation's pack: refused in French.
    const unknown = await call(app, org.trainee, {
      method: 'POST',
      url: '/api/attempts',
      payload: { ...body, id: crypto.randomUUID(), pack: { id: 'essai-score', version: 9 } },
    });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().error).toMatch(/inconnu dans la version 9 du pack « essai-score »/);
    const foreign = await call(app, other.trainee, {
      method: 'POST',
      url: '/api/attempts',
      payload: { ...body, id: crypto.randomUUID() },
    });
    expect(foreign.statusCode).toBe(422);
  });

  it('refuses hostile packs with French reasons, and stores nothing', async () => {
    const refused = async (pack: unknown) => {
      const reply = await publish(org.trainer, pack, [org.groupA]);
      expect(reply.statusCode).toBe(422);
      return [reply.json().error, ...(reply.json().errors ?? [])].join('\n');
    };
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 0; i < 12; i++)
      bomb.push(
        `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)}]`,
      );
    expect(await refused(packFile('bombe', (t) => `${t}\n${bomb.join('\n')}\n`))).toMatch(/alias/);
    expect(await refused(packFile('proto', (t) => `${t}\n__proto__:\n  admin: true\n`))).toMatch(
      /clé interdite « __proto__ »/,
    );
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
    expect(
      await refused(packFile('html', (t) => t.replace(/^title: .*$/m, 'title: "<script>alert(1)</script>"'))),
    ).toMatch(/balise HTML « <script> » refusée/);
    expect(await refused(packFile('casse', (t) => t.replace('goto: demande', 'goto: nulle-part')))).toMatch(
      /« nulle-part » n’existe pas/,
    );
    const deep = `${'a:\n'.split('').join('')}${Array.from({ length: 200 }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n')} 1\n`;
    expect(await refused(packFile('profond', (t) => `${t}\nextra:\n${deep.replace(/^/gm, '  ')}`))).toMatch(
      /trop imbriquée/,
    );
    expect(await refused({ format: 'autre' })).toMatch(/n’est pas un pack exporté de l’atelier/);
    expect(await refused({ ...packFile('chemin'), files: [{ path: '../x.yaml', text: 'a: 1' }] })).toMatch(
      /n’est pas un chemin de fichier du pack/,
    );
    // A scenario id that is a built-in's, or another published pack's.
    const intruder = packFile('intrus', (t) => t.replace('id: rdv-intrus', 'id: urgence-douleur-thoracique'));
    const path = 'scenarios/urgence-douleur-thoracique.yaml';
    expect(
      await refused({
        ...intruder,
        main: path,
        files: intruder.files.map((f) => (f.path === intruder.main ? { ...f, path } : f)),
      }),
    ).toMatch(/identifiant d’un scénario intégré/);
    expect((await publish(org.trainer, packFile('premier'), [org.groupA])).statusCode).toBe(201);
    const twin = packFile('jumeau', (t) => t.replace('id: rdv-jumeau', 'id: rdv-premier'));
    expect(
      await refused({
        ...twin,
        main: mainOf('premier'),
        files: twin.files.map((f) => (f.path === twin.main ? { ...f, path: mainOf('premier') } : f)),
      }),
    ).toMatch(/existe déjà dans le pack publié « Pack d’essai »/);
    // Too big for the route: a clear 413 in French.
    const huge = await publish(org.trainer, { ...packFile('gros'), pad: 'x'.repeat(PUBLISH_BODY_LIMIT) }, [
      org.groupA,
    ]);
    expect(huge.statusCode).toBe(413);
    expect(huge.json().error).toBe('Requête trop volumineuse.');
    const names = (await call(app, org.manager, { method: 'GET', url: '/api/packs' }))
      .json()
      .packs.map((p: { packId: string }) => p.packId);
    for (const id of ['bombe', 'proto', 'html', 'casse', 'profond', 'intrus', 'jumeau', 'gros'])
      expect(names).not.toContain(id);
  });

  it('keeps a version’s recorded lines, checked again, and serves them to its groups only', async () => {
    const line = 'J’ai très mal à la gorge depuis hier.';
    const wav = tinyWav(2000);
    const clip = { path: 'audio/gorge.wav', data: `data:audio/wav;base64,${wav.toString('base64')}` };
    const withAudio = (t: string) => `${t}\naudio:\n  "${line}": audio/gorge.wav\n`;
    const pack = { ...packFile('voix', withAudio), clips: [clip] };
    const first = await publish(org.trainer, pack, [org.groupA]);
    expect(first.statusCode).toBe(201);

    // The catalogue lists the clip's path; the clip route serves its bytes, typed by its name.
    const [seen] = (await catalogue(org.trainee)).filter((p) => p.packId === 'voix') as ({
      clips: string[];
    } & Awaited<ReturnType<typeof catalogue>>[number])[];
    expect(seen?.clips).toEqual(['audio/gorge.wav']);
    const url = '/api/packs/voix/versions/1/clips/audio/gorge.wav';
    const served = await call(app, org.trainee, { method: 'GET', url });
    expect(served.statusCode).toBe(200);
    expect(served.headers['content-type']).toBe('audio/wav');
    expect(served.rawPayload.equals(wav)).toBe(true);
    // Another group's trainee, another organisation, an unknown path, no session: not found.
    expect((await call(app, org.otherTrainee, { method: 'GET', url })).statusCode).toBe(404);
    expect((await call(app, other.trainee, { method: 'GET', url })).statusCode).toBe(404);
    expect((await call(app, null, { method: 'GET', url })).statusCode).toBe(401);
    const missing = '/api/packs/voix/versions/1/clips/audio/autre.wav';
    expect((await call(app, org.trainee, { method: 'GET', url: missing })).statusCode).toBe(404);
    expect(
      (await call(app, org.trainee, { method: 'GET', url: '/api/packs/voix/versions/1/clips/../x.wav' }))
        .statusCode,
    ).toBe(404);
    // A new version without clips: its catalogue entry has none; version 1 keeps its clip.
    expect((await publish(org.trainer, packFile('voix'), [org.groupA])).json().version).toBe(2);
    const next = (await catalogue(org.trainee)).find((p) => p.packId === 'voix') as unknown as {
      clips: string[];
    };
    expect(next.clips).toEqual([]);
    expect((await call(app, org.trainee, { method: 'GET', url })).statusCode).toBe(200);

    // Checked again as on import: format matching the name, path, size, count; nothing stored.
    const refused = async (clips: unknown) => {
      const reply = await publish(org.trainer, { ...packFile('voix-refus', withAudio), clips }, [org.groupA]);
      expect(reply.statusCode).toBe(422);
      return reply.json().errors.join('\n');
    };
    expect(await refused([{ path: 'audio/gorge.wav', data: 'data:text/html;base64,PGI+' }])).toMatch(
      /ne sont pas un fichier audio du format de son nom/,
    );
    expect(
      await refused([{ path: 'audio/gorge.wav', data: `data:audio/mpeg;base64,${wav.toString('base64')}` }]),
    ).toMatch(/format de son nom/);
    expect(await refused([{ ...clip, path: '../gorge.wav' }])).toMatch(/Enregistrement n° 1/);
    expect(await refused([{ ...clip, path: 'audio/gorge.exe' }])).toMatch(/Enregistrement n° 1/);
    const big = tinyWav(AUDIO_CLIPS.maxBytes);
    expect(
      await refused([{ path: 'audio/gorge.wav', data: `data:audio/wav;base64,${big.toString('base64')}` }]),
    ).toMatch(/Ko/);
    const many = Array.from({ length: MAX_CLIPS + 1 }, (_, i) => ({ ...clip, path: `audio/l${i}.wav` }));
    expect(await refused(many)).toMatch(new RegExp(`au plus ${MAX_CLIPS}`));
    expect(await refused([clip, clip])).toMatch(/déjà celui d’un autre enregistrement/);
    const versions = await call(app, org.trainer, { method: 'GET', url: '/api/packs/voix-refus/versions' });
    expect(versions.json()).toEqual({ versions: [] });
  });

  it('takes a pack with its clips at their limits, within a bounded body', async () => {
    // 40 clips of 300 Ko each: the largest pack the studio exports goes through.
    const wav = tinyWav(AUDIO_CLIPS.maxBytes - 44);
    const data = `data:audio/wav;base64,${wav.toString('base64')}`;
    const clips = Array.from({ length: MAX_CLIPS }, (_, i) => ({ path: `audio/l${i}.wav`, data }));
    const reply = await publish(org.trainer, { ...packFile('voix-pleine'), clips }, [org.groupA]);
    expect(reply.statusCode).toBe(201);
    // Beyond it, the route refuses the body before reading it.
    const over = await publish(
      org.trainer,
      { ...packFile('voix-trop'), clips, pad: 'x'.repeat(PUBLISH_BODY_LIMIT - clips.length * data.length) },
      [org.groupA],
    );
    expect(over.statusCode).toBe(413);
  }, 60_000);

  it('lets each role publish and unpublish only where it may', async () => {
    const status = async (as: Member | null, method: 'GET' | 'POST', url: string, payload?: object) =>
      (await call(app, as, { method, url, ...(payload ? { payload } : {}) })).statusCode;
    const body = (groupIds: string[]) => ({ pack: packFile('droits'), groupIds });
    expect(await status(null, 'POST', '/api/packs', body([org.groupA]))).toBe(401);
    expect(await status(org.trainee, 'POST', '/api/packs', body([org.groupA]))).toBe(403);
    // A trainer to another group than theirs: 403; to another organisation's group: 404.
    expect(await status(org.trainer, 'POST', '/api/packs', body([org.groupB]))).toBe(403);
    expect(await status(other.trainer, 'POST', '/api/packs', body([org.groupA]))).toBe(404);
    // A manager to any group of the organisation.
    expect(await status(org.manager, 'POST', '/api/packs', body([org.groupB]))).toBe(201);
    // The trainer of A may not withdraw the version the manager published to B.
    expect(await status(org.trainer, 'POST', '/api/packs/droits/unpublish')).toBe(403);
    expect(await status(org.trainee, 'POST', '/api/packs/droits/unpublish')).toBe(403);
    expect(await status(other.manager, 'POST', '/api/packs/droits/unpublish')).toBe(404);
    const foreign = await call(app, other.manager, { method: 'GET', url: '/api/packs/droits/versions' });
    expect(foreign.json()).toEqual({ versions: [] });
    expect(await status(org.trainee, 'GET', '/api/packs')).toBe(403);
    // A trainee reads the files of a version published to their group only.
    expect(await status(org.otherTrainee, 'GET', '/api/packs/droits/versions/1')).toBe(200);
    expect(await status(org.trainee, 'GET', '/api/packs/droits/versions/1')).toBe(404);
    expect(await status(org.manager, 'POST', '/api/packs/droits/unpublish')).toBe(200);
    expect(await status(org.manager, 'POST', '/api/packs/droits/unpublish')).toBe(409);
    expect(await status(org.trainee, 'GET', '/api/packs/droits/versions')).toBe(403);
    expect(await status(org.trainer, 'GET', '/api/packs/..%2Fx/versions')).toBe(400);
  });
});
