/**
 * `virtual:decroche-content`: the built-in scenario packs, loaded and validated at build (and
 * dev) time, exported as plain JSON. The build fails with the trainers' French messages when a
 * pack is invalid; the `yaml` parser and the schema never ship to the browser.
 */
import { join, relative, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import { formatError } from '../src/scenarios/errors.ts';
import { loadBuiltinPacks, type LoadedPacks } from '../src/scenarios/load.ts';

export const CONTENT_MODULE = 'virtual:decroche-content';
const RESOLVED = `\0${CONTENT_MODULE}`;

export interface ContentPluginOptions {
  /** Folder of the packs; default `<vite root>/content`. */
  contentDir?: string;
}

/** The module's data: each pack with only what its valid scenarios use. */
export function contentData(loaded: LoadedPacks) {
  return loaded.packs
    .filter((pack) => pack.bundles.length > 0)
    .map((pack) => {
      const used = <T extends { id: string }>(items: T[], ids: Set<string>) =>
        items.filter((i) => ids.has(i.id));
      return {
        id: pack.pack?.id ?? '',
        title: pack.pack?.title ?? '',
        ...(pack.pack?.description !== undefined && { description: pack.pack.description }),
        practices: used(pack.practices, new Set(pack.bundles.map((b) => b.practice.id))),
        callers: used(pack.callers, new Set(pack.bundles.map((b) => b.caller.id))),
        scenarios: pack.bundles.map((b) => b.scenario),
      };
    });
}

/** The module's source. Bundles are rebuilt from ids so a practice shared by scenarios ships once. */
export function contentModule(loaded: LoadedPacks): string {
  return `export const packs = JSON.parse(${JSON.stringify(JSON.stringify(contentData(loaded)))});
export const bundles = packs.flatMap((pack) =>
  pack.scenarios.map((scenario) => ({
    scenario,
    practice: pack.practices.find((p) => p.id === scenario.practice),
    caller: pack.callers.find((c) => c.id === scenario.caller),
  })),
);
`;
}

export function decrocheContent(options: ContentPluginOptions = {}): Plugin {
  let contentDir = options.contentDir ? resolve(options.contentDir) : '';
  return {
    name: 'decroche-content',
    configResolved(config) {
      if (!contentDir) contentDir = join(config.root, 'content');
    },
    resolveId(id) {
      return id === CONTENT_MODULE ? RESOLVED : undefined;
    },
    async load(id) {
      if (id !== RESOLVED) return undefined;
      const loaded = await loadBuiltinPacks(contentDir);
      for (const pack of loaded.packs)
        for (const file of pack.files) this.addWatchFile(join(pack.dir, ...file.path.split('/')));
      const shown = (file: string) =>
        relative(process.cwd(), join(contentDir, ...file.split('/')))
          .split(sep)
          .join('/');
      const errors = loaded.errors.filter((e) => e.severity === 'error');
      for (const warning of loaded.errors.filter((e) => e.severity === 'warning'))
        this.warn(formatError(warning, shown(warning.file)));
      if (errors.length > 0)
        this.error(
          `Contenu invalide : ${errors.length === 1 ? '1 erreur' : `${errors.length} erreurs`} dans les packs de ${shown('')}\n` +
            errors.map((e) => `  ${formatError(e, shown(e.file))}`).join('\n'),
        );
      return contentModule(loaded);
    },
    configureServer(server) {
      server.watcher.add(contentDir);
      server.watcher.on('all', (_event, file) => {
        if (!resolve(file).startsWith(contentDir + sep)) return;
        for (const environment of Object.values(server.environments)) {
          const module = environment.moduleGraph.getModuleById(RESOLVED);
          if (module) environment.moduleGraph.invalidateModule(module);
        }
        server.ws.send({ type: 'full-reload' });
      });
    },
  };
}

export default decrocheContent;
