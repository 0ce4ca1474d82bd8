// What the built app makes the browser download before the call screen works: the entry chunk of
// index.html and everything it imports statically (dynamic imports load later, on demand), plus
// the call screen's own chunk and its static imports if the UI loads it lazily.
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

/** A string only chart.js contains (an error message, so minification keeps it). */
const CHART_JS_MARK = 'Canvas is already in use';
const CALL_SCREEN = /call/i;

const gzipSize = (buf) => gzipSync(buf, { level: 9 }).length;

/** The static import graph from Vite's manifest (build.manifest: true). */
function graphFromManifest(dist) {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
  const entryKey = manifest['index.html']
    ? 'index.html'
    : Object.keys(manifest).find((k) => manifest[k].isEntry);
  if (!entryKey) throw new Error('no entry in dist/.vite/manifest.json');
  const nodes = new Map(
    Object.entries(manifest).map(([key, chunk]) => [
      key,
      {
        file: chunk.file,
        label: chunk.src ?? chunk.name ?? key,
        imports: chunk.imports ?? [],
        dynamicImports: chunk.dynamicImports ?? [],
      },
    ]),
  );
  return { nodes, entries: [entryKey], source: 'manifeste Vite' };
}

/** The same graph read from the built files (no manifest): <script>/<link> of index.html, then imports. */
function graphFromFiles(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const entries = [...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g)].map((m) =>
    posix.normalize(m[1].replace(/^\.?\//, '')),
  );
  const nodes = new Map();
  const visit = (file) => {
    if (nodes.has(file) || !existsSync(join(dist, file))) return;
    const code = readFileSync(join(dist, file), 'utf8');
    const dir = posix.dirname(file);
    const resolveSpec = (spec) => posix.normalize(posix.join(dir, spec));
    const dynamic = [...code.matchAll(/\bimport\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g)].map((m) =>
      resolveSpec(m[1]),
    );
    const staticImports = [
      ...code.matchAll(/(?:^|[;}\s])import\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+\.js)["']/g),
      ...code.matchAll(/\bexport\s*(?:\*|\{[^}]*\})\s*from\s*["']([^"']+\.js)["']/g),
    ].map((m) => resolveSpec(m[1]));
    nodes.set(file, { file, label: file, imports: staticImports, dynamicImports: dynamic });
    [...staticImports, ...dynamic].forEach(visit);
  };
  entries.forEach(visit);
  return { nodes, entries, source: 'graphe des imports de dist/' };
}

function staticClosure(nodes, roots) {
  const seen = new Set();
  const walk = (key) => {
    if (seen.has(key) || !nodes.has(key)) return;
    seen.add(key);
    nodes.get(key).imports.forEach(walk);
  };
  roots.forEach(walk);
  return seen;
}

/**
 * Sizes of the JS the call screen needs, per chunk and in total (gzip, level 9 as Vite reports).
 * @param {string} dist
 */
export function callScreenJs(dist) {
  const useManifest = existsSync(join(dist, '.vite', 'manifest.json'));
  const { nodes, entries, source } = useManifest ? graphFromManifest(dist) : graphFromFiles(dist);
  const initial = staticClosure(nodes, entries);
  // A lazily loaded call screen: a dynamic import reachable from the initial set that names "call".
  const lazyCallScreens = [...initial]
    .flatMap((key) => nodes.get(key).dynamicImports)
    .filter((key) => nodes.has(key) && CALL_SCREEN.test(nodes.get(key).label) && !initial.has(key));
  const needed = staticClosure(nodes, [...initial, ...lazyCallScreens]);
  const chunks = [...needed]
    .map((key) => nodes.get(key))
    .filter((n) => n.file.endsWith('.js'))
    .map((n) => {
      const buf = readFileSync(join(dist, n.file));
      return {
        file: n.file,
        source: n.label,
        bytes: buf.length,
        gzip: gzipSize(buf),
        chartJs: buf.includes(CHART_JS_MARK),
      };
    })
    .sort((a, b) => b.gzip - a.gzip);
  const chartJsChunks = [...nodes.values()]
    .filter((n) => n.file.endsWith('.js') && existsSync(join(dist, n.file)))
    .filter((n) => readFileSync(join(dist, n.file)).includes(CHART_JS_MARK))
    .map((n) => n.file);
  return {
    graph: source,
    lazyCallScreen: lazyCallScreens.map((k) => nodes.get(k).file),
    chunks,
    totalGzip: chunks.reduce((sum, c) => sum + c.gzip, 0),
    chartJsInCallScreen: chunks.some((c) => c.chartJs),
    chartJsChunks,
  };
}
