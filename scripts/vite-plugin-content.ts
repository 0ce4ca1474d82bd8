/**
 * `virtual:decroche-content`: the built-in scenario packs, loaded and validated at build (and
 * dev) time, exported as plain JSON. The build fails with the trainers' French messages when a
 * pack is invalid; the `yaml` parser and the schema never ship to the browser.
 *
 * The module itself holds only light summaries (what the library and the advice show) and one
 * loader per scenario: each scenario's bundle is a module of its own, imported on demand when a
 * call or a debrief needs it, so the call screen never downloads the other scenarios. Practices
 * and callers are modules of their own too, so one shared by several scenarios ships once.
 *
 *   virtual:decroche-content                          packs, scenarios (summaries), loaders
 *   virtual:decroche-content/loaders                  the bundles' loaders only (what the call
 *                                                     screen needs)
 *   virtual:decroche-content/notes-loaders            the notes' loaders (what a debrief and the
 *                                                     guided mode need: fetched on demand)
 *   virtual:decroche-content/scenario/<pack>/<id>     default: the CallBundle (no notes)
 *   virtual:decroche-content/notes/<pack>/<id>        default: its ScenarioNotes (debrief, model)
 *   virtual:decroche-content/practice/<pack>/<id>     default: the Practice
 *   virtual:decroche-content/caller/<pack>/<id>       default: the Caller
 *
 * `<pack>` is the pack's position among the packs that have valid scenarios: pack ids are not
 * required, folder names are not ids, and a position is always a safe module path.
 *
 * A scenario's recorded lines (`audio:`, clip files of its pack, checked by the loader) become
 * `bundle.audio`: line text → URL. The build emits each clip once as a hashed asset; the dev
 * server serves the referenced clips, and only those, under `/@decroche-content/audio/`.
 */
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, join, relative, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import { formatError } from '../src/scenarios/errors.ts';
import { loadBuiltinPacks, type LoadedPacks } from '../src/scenarios/load.ts';
import { summarizeScenario } from '../src/scenarios/summary.ts';

export const CONTENT_MODULE = 'virtual:decroche-content';
/** Just the loaders (scenario id → its bundle), without the summaries. */
export const LOADERS_MODULE = `${CONTENT_MODULE}/loaders`;
/** The notes' loaders (scenario id → its debrief notes): not in the first download of a page. */
export const NOTES_LOADERS_MODULE = `${CONTENT_MODULE}/notes-loaders`;
const RESOLVED = `\0${CONTENT_MODULE}`;

export interface ContentPluginOptions {
  /** Folder of the packs; default `<vite root>/content`. */
  contentDir?: string;
}

/** A big JSON literal parses faster as JSON.parse("…") than as JavaScript. */
const json = (value: unknown) => `JSON.parse(${JSON.stringify(JSON.stringify(value))})`;
const str = (text: string) => JSON.stringify(text);

/** `2026-03-09T08:30`: a slot's start, as the agenda writes it. */
const DATE_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d$/;

/**
 * A list of flat records (a practice's agenda: hundreds of slots) as columns, which gzip
 * compresses far better than the same records as objects: one column per field, a date-time
 * column as its days (date, count) and its times, and for each record which fields it has, in
 * its own order. `table` rebuilds the very same records; `encodeTable` checks that it does.
 */
interface Table {
  /** The fields. */
  k: string[];
  /** The shapes: a record's fields, as indexes of `k`, in the record's order. */
  h: number[][];
  /** Each record's shape (index of `h`). */
  s: number[];
  /** One column per field (0 where a record does not have it), or a date-time column. */
  c: unknown[];
  /** The fields whose column is a date-time column: `[[date, count]…, "08:30 09:00 …"]`. */
  d: number[];
}

/**
 * The records a Table holds. The content modules carry this very function (its source, as the
 * build runs it), so what `encodeTable` checks is what the browser runs.
 */
function table(t: Table): Record<string, unknown>[] {
  const cols = t.c.map((c, i) => {
    if (!t.d.includes(i)) return c as unknown[];
    const days = c as [...[string, number][], string];
    const times = (days[days.length - 1] as string).split(' ');
    let n = 0;
    return (days.slice(0, -1) as [string, number][]).flatMap(([day, count]) =>
      Array.from({ length: count }, () => `${day}T${times[n++]}`),
    );
  });
  return t.s.map((shape, r) => {
    const record: Record<string, unknown> = {};
    for (const f of t.h[shape]!) record[t.k[f]!] = cols[f]![r];
    return record;
  });
}
const TABLE_CODE = table.toString();

/** Records as a Table, or null when they are not flat records the table rebuilds exactly. */
export function encodeTable(records: readonly unknown[]): Table | null {
  const flat = (value: unknown): value is Record<string, unknown> =>
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((v) => v === null || typeof v !== 'object');
  if (records.length === 0 || !records.every(flat)) return null;
  const k = [...new Set(records.flatMap((r) => Object.keys(r)))];
  const shapes = new Map<string, number>();
  const h: number[][] = [];
  const s = records.map((record) => {
    const fields = Object.keys(record).map((key) => k.indexOf(key));
    const id = fields.join(',');
    if (!shapes.has(id)) shapes.set(id, h.push(fields) - 1);
    return shapes.get(id)!;
  });
  const d: number[] = [];
  const c = k.map((key, i) => {
    const column = records.map((record) => (key in record ? record[key] : 0));
    if (!column.every((v) => typeof v === 'string' && DATE_TIME.test(v))) return column;
    d.push(i);
    const days: [string, number][] = [];
    for (const v of column as string[]) {
      const day = v.slice(0, 10);
      if (days.at(-1)?.[0] === day) days.at(-1)![1]++;
      else days.push([day, 1]);
    }
    return [...days, (column as string[]).map((v) => v.slice(11)).join(' ')];
  });
  const encoded = { k, h, s, c, d };
  return JSON.stringify(table(JSON.parse(JSON.stringify(encoded)) as Table)) === JSON.stringify(records)
    ? encoded
    : null;
}

/**
 * A practice's module: its JSON, with the agenda (most of its weight) as a table rebuilt on
 * load, so a call downloads less (DESIGN §12). The same object, key for key, as `json(practice)`.
 */
export function practiceModule<P extends { agenda?: unknown }>(practice: P): string {
  const agenda = Array.isArray(practice.agenda) ? encodeTable(practice.agenda) : null;
  if (!agenda) return `export default ${json(practice)};\n`;
  return `const table = ${TABLE_CODE};
const practice = ${json({ ...practice, agenda: 0 })};
practice.agenda = table(${json(agenda)});
export default practice;
`;
}

/** The packs with valid scenarios, each with only the practices and callers those use. */
function usedContent(loaded: LoadedPacks) {
  return loaded.packs
    .filter((pack) => pack.bundles.length > 0)
    .map((pack, index) => {
      const used = <T extends { id: string }>(items: T[], ids: Set<string>) =>
        items.filter((i) => ids.has(i.id));
      return {
        index,
        pack,
        practices: used(pack.practices, new Set(pack.bundles.map((b) => b.practice.id))),
        callers: used(pack.callers, new Set(pack.bundles.map((b) => b.caller.id))),
      };
    });
}

/** A recorded line of a built-in scenario, and the clip file that says it. */
export interface ContentClip {
  /** The pack's position, as in module ids. */
  pack: number;
  scenario: string;
  /** The line's text, as the caller says it. */
  line: string;
  /** The clip's path in the pack, as the scenario writes it ("audio/accueil.mp3"). */
  path: string;
  /** The clip's absolute path on disk. */
  file: string;
}

/** Every recorded line of the valid scenarios, in pack and scenario order. */
export function contentClips(loaded: LoadedPacks): ContentClip[] {
  return usedContent(loaded).flatMap(({ index, pack }) =>
    pack.bundles.flatMap(({ scenario }) =>
      Object.entries(scenario.audio ?? {}).map(([line, path]) => ({
        pack: index,
        scenario: scenario.id,
        line,
        path,
        file: join(pack.dir, ...path.split('/')),
      })),
    ),
  );
}

/** Where the dev server serves the clips. */
export const DEV_CLIP_PREFIX = '/@decroche-content/audio/';

/** The dev server's URL of a clip of a pack. */
export function devClipUrl(pack: number, path: string): string {
  return `${DEV_CLIP_PREFIX}${pack}/${path.split('/').map(encodeURIComponent).join('/')}`;
}

/** The clip a dev URL names, among the referenced ones; undefined for anything else. */
export function clipOfDevUrl(clips: readonly ContentClip[], url: string): ContentClip | undefined {
  const path = url.split(/[?#]/)[0]!;
  if (!path.startsWith(DEV_CLIP_PREFIX)) return undefined;
  return clips.find((clip) => devClipUrl(clip.pack, clip.path) === path);
}

const CLIP_TYPES: Record<string, string> = {
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.wav': 'audio/wav',
  '.m4a': 'audio/mp4',
};

/** A clip's URL as a JavaScript expression of the scenario module: a literal, or the build's. */
export type ClipUrl = (clip: ContentClip) => string;
const devClipExpression: ClipUrl = (clip) => str(devClipUrl(clip.pack, clip.path));

/** The main module's data: the packs (scenario ids in pack order) and every scenario's summary. */
export function contentData(loaded: LoadedPacks) {
  const used = usedContent(loaded);
  const packs = used.map(({ pack }) => ({
    id: pack.pack?.id ?? '',
    title: pack.pack?.title ?? '',
    ...(pack.pack?.description !== undefined && { description: pack.pack.description }),
    scenarios: pack.bundles.map((b) => b.scenario.id),
  }));
  const scenarios = used.flatMap(({ pack }) =>
    pack.bundles.map((b) => summarizeScenario(b, pack.pack?.id ?? '')),
  );
  return { packs, scenarios };
}

/**
 * Every module of the content, by resolved id: the main one and one per scenario, practice and
 * caller. Their only imports are of one another.
 */
export function contentModules(
  loaded: LoadedPacks,
  clipUrl: ClipUrl = devClipExpression,
): Map<string, string> {
  const modules = new Map<string, string>();
  const clips = contentClips(loaded);
  const idOf = (kind: 'scenario' | 'notes' | 'practice' | 'caller', pack: number, id: string) =>
    `${CONTENT_MODULE}/${kind}/${pack}/${id}`;
  const loaders: string[] = [];
  const notes: string[] = [];
  for (const { index, pack, practices, callers } of usedContent(loaded)) {
    for (const practice of practices)
      modules.set(`\0${idOf('practice', index, practice.id)}`, practiceModule(practice));
    for (const caller of callers)
      modules.set(`\0${idOf('caller', index, caller.id)}`, `export default ${json(caller)};\n`);
    for (const { scenario: full, practice, caller } of pack.bundles) {
      // The debrief's notes and the model transcript are a module apart: a call does not read them.
      const { debrief, model, ...scenario } = full;
      const id = idOf('scenario', index, scenario.id);
      const notesId = idOf('notes', index, scenario.id);
      modules.set(`\0${notesId}`, `export default ${json({ debrief, model })};\n`);
      notes.push(`  [${str(scenario.id)}, () => import(${str(notesId)}).then((m) => m.default)],`);
      const audio = clips
        .filter((clip) => clip.pack === index && clip.scenario === scenario.id)
        .map((clip) => `${str(clip.line)}: ${clipUrl(clip)}`);
      modules.set(
        `\0${id}`,
        `import practice from ${str(idOf('practice', index, practice.id))};
import caller from ${str(idOf('caller', index, caller.id))};
export default { scenario: ${json(scenario)}, practice, caller${audio.length > 0 ? `, audio: {\n  ${audio.join(',\n  ')},\n}` : ''} };
`,
      );
      loaders.push(`  [${str(scenario.id)}, () => import(${str(id)}).then((m) => m.default)],`);
    }
  }
  const { packs, scenarios } = contentData(loaded);
  // The loaders are a module of their own: the call screen needs them, not the summaries; the
  // notes' loaders another, fetched once a page needs notes (a call needs none until it ends).
  modules.set(`\0${LOADERS_MODULE}`, `export const loaders = new Map([\n${loaders.join('\n')}\n]);\n`);
  modules.set(`\0${NOTES_LOADERS_MODULE}`, `export const notes = new Map([\n${notes.join('\n')}\n]);\n`);
  modules.set(
    RESOLVED,
    `export { loaders } from ${str(LOADERS_MODULE)};
export const packs = ${json(packs)};
export const scenarios = ${json(scenarios)};
`,
  );
  return modules;
}

type EmitAsset = (asset: { type: 'asset'; name: string; source: Uint8Array }) => string;

export function decrocheContent(options: ContentPluginOptions = {}): Plugin {
  let contentDir = options.contentDir ? resolve(options.contentDir) : '';
  let building = false;
  // The packs are read once per build (or until a content file changes in dev), not per module.
  let content: Promise<{
    loaded: LoadedPacks;
    modules: Map<string, string>;
    clips: ContentClip[];
  }> | null = null;
  const read = (emitFile?: EmitAsset) =>
    (content ??= loadBuiltinPacks(contentDir).then(async (loaded) => {
      const clips = contentClips(loaded);
      let clipUrl = devClipExpression;
      if (building && emitFile) {
        // One asset per clip file, however many lines say it; Vite writes its final URL.
        const refs = new Map<string, string>();
        for (const clip of clips)
          if (!refs.has(clip.file))
            refs.set(
              clip.file,
              emitFile({ type: 'asset', name: basename(clip.file), source: await readFile(clip.file) }),
            );
        clipUrl = (clip) => `import.meta.ROLLUP_FILE_URL_${refs.get(clip.file)!}`;
      }
      return { loaded, clips, modules: contentModules(loaded, clipUrl) };
    }));
  const isContent = (id: string) => id === RESOLVED || id.startsWith(`${RESOLVED}/`);

  return {
    name: 'decroche-content',
    configResolved(config) {
      if (!contentDir) contentDir = join(config.root, 'content');
      building = config.command === 'build';
    },
    buildStart() {
      content = null;
    },
    resolveId(id) {
      return id === CONTENT_MODULE || id.startsWith(`${CONTENT_MODULE}/`) ? `\0${id}` : undefined;
    },
    async load(id) {
      if (!isContent(id)) return undefined;
      const { loaded, modules, clips } = await read((asset) => this.emitFile(asset));
      for (const pack of loaded.packs)
        for (const file of pack.files) this.addWatchFile(join(pack.dir, ...file.path.split('/')));
      for (const clip of clips) this.addWatchFile(clip.file);
      if (id !== RESOLVED) {
        const code = modules.get(id);
        if (code === undefined) this.error(`Module de contenu inconnu : ${id.slice(1)}`);
        return code;
      }
      const shown = (file: string) =>
        relative(process.cwd(), join(contentDir, ...file.split('/')))
          .split(sep)
          .join('/');
      const errors = loaded.errors.filter((e) => e.severity === 'error');
      for (const warning of loaded.errors.filter((e) => e.severity === 'warning'))
        this.warn(formatError(warning, shown(warning.file)));
      if (errors.length > 0) {
        const message =
          `Contenu invalide : ${errors.length === 1 ? '1 erreur' : `${errors.length} erreurs`} dans les packs de ${shown('')}\n` +
          errors.map((e) => `  ${formatError(e, shown(e.file))}`).join('\n');
        // A build stops on the French message alone: the bundler's stack trace says nothing
        // to a trainer about their pack. (The dev server shows it in its overlay instead.)
        if (building) {
          process.stderr.write(`\n${message}\n`);
          process.exit(1);
        }
        this.error(message);
      }
      return modules.get(RESOLVED);
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (!req.url?.startsWith(DEV_CLIP_PREFIX)) return next();
        read().then(({ clips }) => {
          const clip = clipOfDevUrl(clips, req.url ?? '');
          if (!clip) return next();
          const type = CLIP_TYPES[/\.[^.]+$/.exec(clip.path)![0].toLowerCase()]!;
          res.setHeader('Content-Type', type);
          res.setHeader('Cache-Control', 'no-cache');
          createReadStream(clip.file)
            .on('error', (error) => next(error))
            .pipe(res);
        }, next);
      });
      server.watcher.add(contentDir);
      server.watcher.on('all', (_event, file) => {
        if (!resolve(file).startsWith(contentDir + sep)) return;
        content = null;
        for (const environment of Object.values(server.environments)) {
          const graph = environment.moduleGraph;
          for (const [id, module] of graph.idToModuleMap) if (isContent(id)) graph.invalidateModule(module);
        }
        server.ws.send({ type: 'full-reload' });
      });
    },
  };
}

export default decrocheContent;
