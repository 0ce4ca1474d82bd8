/**
 * The content plugin's recorded lines: which clips the built-in scenarios use, the URLs their
 * bundles carry (dev server and build), and the dev server serving them.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import {
  clipOfDevUrl,
  contentClips,
  contentModules,
  decrocheContent,
  devClipUrl,
  DEV_CLIP_PREFIX,
  encodeTable,
  practiceModule,
} from '../../scripts/vite-plugin-content.ts';
import { loadBuiltinPacks } from '../../src/scenarios/load.ts';
import { materializePack } from '../fixtures/packs/packs.ts';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((remove) => remove()));

/** The fixture pack with recorded lines (or without), alone in a content folder. */
function audioContent(withClips = true) {
  const made = materializePack(withClips ? 'audio' : undefined);
  cleanups.push(made.remove);
  return { pack: made.dir, content: join(made.dir, '..') };
}

const SCENARIO_MODULE = '\0virtual:decroche-content/scenario/0/rdv-simple';

/** Runs a scenario module's code with its practice and caller imports stubbed. */
async function bundleOf(code: string): Promise<{ audio?: Record<string, string> }> {
  const body = code.replace(/^import (\w+) from "[^"]+";$/gm, 'const $1 = {};');
  const url = `data:text/javascript;base64,${Buffer.from(body).toString('base64')}`;
  return ((await import(/* @vite-ignore */ url)) as { default: { audio?: Record<string, string> } }).default;
}

describe('recorded lines in the content', () => {
  it('lists the clips of the valid scenarios, with their files', async () => {
    const { pack, content } = audioContent();
    const clips = contentClips(await loadBuiltinPacks(content));
    expect(clips).toEqual([
      {
        pack: 0,
        scenario: 'rdv-simple',
        line: 'Bonjour, je voudrais un rendez-vous.',
        path: 'audio/accueil.wav',
        file: join(pack, 'audio', 'accueil.wav'),
      },
      expect.objectContaining({ line: 'J’ai très mal à la gorge depuis hier.', path: 'audio/gorge.wav' }),
      expect.objectContaining({ line: 'Pardon ?', path: 'audio/gorge.wav' }),
    ]);
  });

  it('gives the bundle a dev URL per line by default, and no audio to a scenario without clips', async () => {
    const { content } = audioContent();
    const modules = contentModules(await loadBuiltinPacks(content));
    const bundle = await bundleOf(modules.get(SCENARIO_MODULE)!);
    expect(bundle.audio).toEqual({
      'Bonjour, je voudrais un rendez-vous.': '/@decroche-content/audio/0/audio/accueil.wav',
      'J’ai très mal à la gorge depuis hier.': '/@decroche-content/audio/0/audio/gorge.wav',
      'Pardon ?': '/@decroche-content/audio/0/audio/gorge.wav',
    });

    const plain = contentModules(await loadBuiltinPacks(audioContent(false).content));
    expect(await bundleOf(plain.get(SCENARIO_MODULE)!)).not.toHaveProperty('audio');
  });

  it('writes the URL expression it is given (the build’s asset reference)', async () => {
    const { content } = audioContent();
    const code = contentModules(
      await loadBuiltinPacks(content),
      (clip) => `import.meta.ROLLUP_FILE_URL_${clip.path.includes('gorge') ? 'g' : 'a'}`,
    ).get(SCENARIO_MODULE)!;
    expect(code).toContain('"Bonjour, je voudrais un rendez-vous.": import.meta.ROLLUP_FILE_URL_a');
    expect(code).toContain('"Pardon ?": import.meta.ROLLUP_FILE_URL_g');
  });

  it('maps a dev URL back to a referenced clip only', async () => {
    const { content } = audioContent();
    const clips = contentClips(await loadBuiltinPacks(content));
    expect(devClipUrl(2, 'voix/été 1.mp3')).toBe(`${DEV_CLIP_PREFIX}2/voix/%C3%A9t%C3%A9%201.mp3`);
    expect(clipOfDevUrl(clips, '/@decroche-content/audio/0/audio/gorge.wav?t=1')?.path).toBe(
      'audio/gorge.wav',
    );
    for (const url of [
      '/@decroche-content/audio/0/pack.yaml',
      '/@decroche-content/audio/0/audio/../pack.yaml',
      '/@decroche-content/audio/1/audio/gorge.wav',
      '/audio/gorge.wav',
    ])
      expect(clipOfDevUrl(clips, url)).toBeUndefined();
  });
});

describe('the plugin with recorded lines', () => {
  it('emits each clip file once as an asset when building', async () => {
    const { content, pack } = audioContent();
    const plugin = decrocheContent({ contentDir: content });
    (plugin.configResolved as (config: object) => void)({ command: 'build', root: '/' });
    const emitted: { type: string; name: string; source: Uint8Array }[] = [];
    const context = {
      addWatchFile: () => {},
      warn: () => {},
      error: (message: string) => {
        throw new Error(message);
      },
      emitFile: (asset: (typeof emitted)[number]) => `ref${emitted.push(asset)}`,
    };
    const load = (plugin.load as (this: unknown, id: string) => Promise<string>).bind(context);
    const code = await load(SCENARIO_MODULE);
    await load('\0virtual:decroche-content'); // the same build: nothing emitted again
    expect(emitted.map((a) => [a.type, a.name])).toEqual([
      ['asset', 'accueil.wav'],
      ['asset', 'gorge.wav'],
    ]);
    expect(Buffer.from(emitted[0]!.source)).toEqual(readFileSync(join(pack, 'audio', 'accueil.wav')));
    expect(code).toContain('"Bonjour, je voudrais un rendez-vous.": import.meta.ROLLUP_FILE_URL_ref1');
    expect(code).toContain('"J’ai très mal à la gorge depuis hier.": import.meta.ROLLUP_FILE_URL_ref2');
    expect(code).toContain('"Pardon ?": import.meta.ROLLUP_FILE_URL_ref2');
  });

  it('serves the referenced clips on the dev server, and passes anything else on', async () => {
    const { content, pack } = audioContent();
    const plugin = decrocheContent({ contentDir: content });
    type Middleware = (req: { url?: string }, res: unknown, next: (error?: unknown) => void) => void;
    let middleware: Middleware | undefined;
    const server = {
      middlewares: { use: (fn: Middleware) => (middleware = fn) },
      watcher: { add: () => {}, on: () => {} },
      environments: {},
      ws: { send: () => {} },
    };
    (plugin.configureServer as (server: object) => void)(server);

    const get = (url: string) =>
      new Promise<{ passed: boolean; type?: string; body?: Buffer }>((done, fail) => {
        const headers: Record<string, string> = {};
        const chunks: Buffer[] = [];
        const res = Object.assign(new PassThrough(), {
          setHeader: (name: string, value: string) => (headers[name.toLowerCase()] = value),
        });
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          done({ passed: false, type: headers['content-type'], body: Buffer.concat(chunks) }),
        );
        middleware!({ url }, res, (error) => (error ? fail(error) : done({ passed: true })));
      });

    const clip = await get('/@decroche-content/audio/0/audio/accueil.wav');
    expect(clip.type).toBe('audio/wav');
    expect(clip.body).toEqual(readFileSync(join(pack, 'audio', 'accueil.wav')));
    expect(await get('/@decroche-content/audio/0/pack.yaml')).toEqual({ passed: true });
    expect(await get('/src/main.ts')).toEqual({ passed: true });
  });

  it('gives hashed asset URLs, relative to the chunk, in a real build', async () => {
    const { content } = audioContent();
    const { build } = await import('vite');
    const root = mkdtempSync(join(tmpdir(), 'decroche-build-'));
    cleanups.push(() => rmSync(root, { recursive: true, force: true }));
    mkdirSync(join(root, 'app'));
    writeFileSync(join(root, 'app', 'index.html'), '<script type="module" src="./main.js"></script>');
    writeFileSync(
      join(root, 'app', 'main.js'),
      "import { loaders } from 'virtual:decroche-content';\nfor (const load of loaders.values()) load();\n",
    );
    await build({
      root: join(root, 'app'),
      base: './',
      configFile: false,
      logLevel: 'silent',
      plugins: [decrocheContent({ contentDir: content })],
      build: { outDir: join(root, 'out'), emptyOutDir: true },
    });
    const assets = readdirSync(join(root, 'out', 'assets'));
    const accueil = assets.find((f) => /^accueil-[\w-]+\.wav$/.test(f));
    const gorge = assets.find((f) => /^gorge-[\w-]+\.wav$/.test(f));
    expect(accueil).toBeDefined();
    expect(assets.filter((f) => f.endsWith('.wav'))).toHaveLength(2);
    const chunk = assets
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(join(root, 'out', 'assets', f), 'utf8'))
      .find((code) => code.includes('Pardon ?'))!;
    expect(chunk).toContain(`new URL(\`${accueil}\`,import.meta.url).href`);
    expect(chunk.match(new RegExp(gorge!.replace('.', '\\.'), 'g'))).toHaveLength(2);
  });
});

/** Runs a module's code (no imports) and gives its default export. */
async function defaultOf(code: string): Promise<unknown> {
  const url = `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`;
  return ((await import(/* @vite-ignore */ url)) as { default: unknown }).default;
}

describe('a practice’s agenda shipped as a table', () => {
  it('rebuilds every built-in practice as it is, key for key, in fewer bytes', async () => {
    const loaded = await loadBuiltinPacks();
    const practices = loaded.packs.flatMap((pack) => pack.practices);
    expect(practices.length).toBeGreaterThan(3);
    for (const practice of practices) {
      const code = practiceModule(practice);
      expect(code).toContain('table(');
      expect(JSON.stringify(await defaultOf(code))).toBe(JSON.stringify(practice));
      expect(code.length).toBeLessThan(JSON.stringify(practice).length);
    }
  });

  it('keeps records of several shapes, key orders, missing fields and other values', () => {
    const records = [
      { start: '2026-03-09T08:30', minutes: 30, status: 'booked', patient: 'Mme A' },
      { start: '2026-03-09T09:00', status: 'free', minutes: 15 },
      { start: '2026-03-10T08:30', minutes: 0, status: 'urgent', patient: null, note: 'x y' },
      { start: '2026-03-10T09:00', minutes: 30, status: 'booked', patient: 'M. B', blocked: false },
    ];
    const table = encodeTable(records)!;
    expect(table).not.toBeNull();
    expect(table.h).toHaveLength(4);
    const code = practiceModule({ id: 'p', agenda: records });
    return defaultOf(code).then((practice) =>
      expect(JSON.stringify(practice)).toBe(JSON.stringify({ id: 'p', agenda: records })),
    );
  });

  it('writes plain JSON when the records are not flat (or there are none)', async () => {
    const nested = [{ start: '2026-03-09T08:30', with: { id: 'dr-x' } }];
    expect(encodeTable(nested)).toBeNull();
    expect(encodeTable([])).toBeNull();
    expect(practiceModule({ agenda: nested })).not.toContain('table(');
    expect(await defaultOf(practiceModule({ agenda: nested }))).toEqual({ agenda: nested });
    // A start that is not a date-time stays a plain column.
    const odd = [{ start: '2026-03-09' }, { start: '2026-03-09T08:30' }];
    expect(await defaultOf(practiceModule({ agenda: odd }))).toEqual({ agenda: odd });
  });
});
