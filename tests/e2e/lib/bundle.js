// What the built app makes the browser download for a call: what every call loads with the
// default settings, whatever the trainee does, is the figure held to the budget. That is the
// entry chunk of index.html and everything it imports statically, the call screen's own chunk and
// its static imports if the UI loads it lazily, and what the call screen itself imports as the
// call goes on: the scenario played (its bundle, practice and caller modules; the largest
// scenario is counted, since any of them may be the one played) and every other dynamic import of
// the call screen (the analyser and the call machine, imported as the page arrives so that their
// evaluation is a task of its own; the sound library: sound is on by default, so a call downloads
// it as it starts ringing). Two kinds of dynamic imports are listed apart, not counted: what loads only once the
// call is over (the scorer, for the debrief: AFTER_CALL), and what loads only if the trainee or
// the scenario asks for it (the shortcut help, guided mode, the week view…: ON_DEMAND), each with
// what triggers it. Both are named by source path, so a part that is not listed is counted.
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

/** A string only chart.js contains (an error message, so minification keeps it). */
const CHART_JS_MARK = 'Canvas is already in use';
/**
 * Strings only the studio's code contains: CodeMirror's editor class and dagre's layout option
 * (the studio's libraries), and headings of the studio's graph and recorded lines (its own code).
 */
const STUDIO_MARKS = ['cm-content', 'rankdir', 'Totaux possibles par issue', 'Répliques enregistrées'];
/** A string only howler contains (a warning it prints, so minification keeps it). */
const HOWLER_MARK = 'HTML5 Audio pool exhausted';
const CALL_SCREEN = /call/i;
/** A built-in scenario's module, as the content plugin names it (scripts/vite-plugin-content.ts). */
const SCENARIO_MODULE = /^virtual:decroche-content\/scenario\//;
/** A built-in scenario's notes (debrief notes, model transcript): a module apart from its bundle. */
const NOTES_MODULE = /^virtual:decroche-content\/notes\//;
/** The notes' loaders (scenario id → its notes module): a module apart, fetched with the first notes. */
const NOTES_LOADERS_MODULE = /^virtual:decroche-content\/notes-loaders$/;
/** Without a manifest: a scenario module's default export, `{ scenario, practice, caller }` minified. */
const SCENARIO_CODE = /\bpractice:[\w$]+,caller:[\w$]+\}/;
/** Without a manifest: a notes module, the JSON of `{ debrief, model }`. */
const NOTES_CODE = /\{"?debrief"?:\[/;

/**
 * A module by its source path: its key in Vite's manifest, or without a manifest the chunk Vite
 * names after it (src/ui/call/HelpDialog.svelte → assets/HelpDialog-<hash>.js).
 */
function bySource(path) {
  const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const name = path
    .split('/')
    .at(-1)
    .replace(/\.[^.]+$/, '');
  return new RegExp(`(^|/)(${escape(path)}|assets/${escape(name)}-[\\w-]+\\.js)$`);
}

/** What the call screen imports only once the call is over: the scorer, for the debrief. */
const AFTER_CALL = bySource('src/ui/callpage/attempt.ts');

/**
 * What the call screen imports only when the trainee or the scenario asks for it: listed apart
 * with its trigger (in French, as the bench prints it), not counted. A part several modules can
 * play (one scenario's notes) is listed by its largest.
 */
const ON_DEMAND = [
  {
    match: bySource('src/ui/call/HelpDialog.svelte'),
    trigger: 'aide des raccourcis (touche « ? » ou bouton)',
  },
  { match: bySource('src/ui/call/AgendaWeek.svelte'), trigger: 'vue « Semaine » de l’agenda' },
  {
    match: bySource('src/ui/call/GuidedReplies.svelte'),
    trigger: 'mode guidé (désactivé par défaut), dès le début de l’appel',
  },
  {
    match: NOTES_LOADERS_MODULE,
    trigger: 'liste des notes des scénarios : avec les premières notes demandées',
  },
  {
    match: NOTES_MODULE,
    trigger: 'notes du scénario : au raccrochage (score, débriefing), dès le début en mode guidé',
  },
  {
    match: bySource('src/ui/callpage/ResumeDialog.svelte'),
    trigger: 'rechargement de la page pendant un appel',
  },
  {
    match: bySource('src/ui/library/packs.ts'),
    trigger: 'scénario d’un pack (publié au groupe ou importé) au lieu d’un scénario intégré',
  },
  { match: bySource('src/ui/audio/clips.ts'), trigger: 'scénario avec des voix enregistrées (audio:)' },
  // The practice panel's tools past « Consignes », each fetched when its tab is first opened
  // (or pointed at): most calls use the agenda, some the others.
  { match: bySource('src/ui/call/AgendaTab.svelte'), trigger: 'onglet « Agenda » (la plupart des appels)' },
  { match: bySource('src/ui/call/WaitlistTab.svelte'), trigger: 'onglet « Liste d’attente »' },
  { match: bySource('src/ui/call/DirectoryTab.svelte'), trigger: 'onglet « Annuaire »' },
  { match: bySource('src/ui/call/MessageTab.svelte'), trigger: 'onglet « Message »' },
  { match: bySource('src/ui/call/TransferTab.svelte'), trigger: 'onglet « Transfert »' },
];

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
    const label = SCENARIO_CODE.test(code)
      ? `virtual:decroche-content/scenario/${file}`
      : NOTES_CODE.test(code)
        ? `virtual:decroche-content/notes/${file}`
        : file;
    nodes.set(file, { file, label, imports: staticImports, dynamicImports: dynamic });
    [...staticImports, ...dynamic].forEach(visit);
  };
  entries.forEach(visit);
  return { nodes, entries, source: 'graphe des imports de dist/' };
}

function staticClosure(nodes, roots, exclude = new Set()) {
  const seen = new Set();
  const walk = (key) => {
    if (seen.has(key) || exclude.has(key) || !nodes.has(key)) return;
    seen.add(key);
    nodes.get(key).imports.forEach(walk);
  };
  roots.forEach(walk);
  return seen;
}

/**
 * Sizes of the JS every call needs, per chunk and in total (gzip, level 9 as Vite reports). Each
 * chunk says when it loads (`part`): `initial` (index.html), `callScreen` (the lazily loaded call
 * screen), `scenario` (the largest scenario's modules), `duringCall` (the call screen's other
 * dynamic imports: the analyser, the call machine, howler). Listed apart: `onDemand` (each part with its trigger, and their sum
 * `onDemandGzip`; `onDemandMissing`, a listed part with no chunk of its own, is counted if it is
 * in the call screen's chunk) and `afterCall`.
 * @param {string} dist
 */
export function callScreenJs(dist) {
  const useManifest = existsSync(join(dist, '.vite', 'manifest.json'));
  const { nodes, entries, source } = useManifest ? graphFromManifest(dist) : graphFromFiles(dist);
  const cache = new Map();
  const read = (key) => {
    if (!cache.has(key)) cache.set(key, readFileSync(join(dist, nodes.get(key).file)));
    return cache.get(key);
  };
  const isJs = (key) => nodes.get(key).file.endsWith('.js') && existsSync(join(dist, nodes.get(key).file));
  const dynamicOf = (keys) => [
    ...new Set([...keys].flatMap((key) => nodes.get(key).dynamicImports).filter((k) => nodes.has(k))),
  ];

  const initial = staticClosure(nodes, entries);
  // A lazily loaded call screen: a dynamic import reachable from the initial set that names "call".
  const lazyCallScreens = dynamicOf(initial).filter(
    (key) => CALL_SCREEN.test(nodes.get(key).label) && !initial.has(key),
  );
  const screen = staticClosure(nodes, lazyCallScreens, initial);
  const loaded = new Set([...initial, ...screen]);

  // What the call screen imports once it is there: the scenario and the sound library (every
  // call), the parts only asked for (ON_DEMAND), and what waits for the hang-up (AFTER_CALL).
  const isScenario = (key) => SCENARIO_MODULE.test(nodes.get(key).label);
  const isAfterCall = (key) => AFTER_CALL.test(nodes.get(key).label);
  const onDemandOf = (key) => ON_DEMAND.find((part) => part.match.test(nodes.get(key).label));
  const isSound = (key) => isJs(key) && read(key).includes(HOWLER_MARK);
  const closureGzip = (keys) => [...keys].filter(isJs).reduce((sum, key) => sum + gzipSize(read(key)), 0);
  const scenarios = dynamicOf(loaded)
    .filter((key) => !loaded.has(key) && isScenario(key))
    .map((key) => {
      const keys = staticClosure(nodes, [key], loaded);
      return { key, keys, gzip: closureGzip(keys) };
    })
    .sort((a, b) => b.gzip - a.gzip);
  const largest = scenarios[0];
  const fromScreen = (screen.size ? dynamicOf(screen) : dynamicOf(initial)).filter(
    (key) => !loaded.has(key) && !isScenario(key),
  );
  const afterCallRoots = fromScreen.filter(isAfterCall);
  // An on-demand part may be imported by the first download too (the scenarios' loaders, so that
  // a call's scenario is fetched alongside its screen: its notes are then the entry's imports).
  const onDemandFromInitial = screen.size
    ? dynamicOf(initial).filter((key) => !loaded.has(key) && !isScenario(key) && onDemandOf(key))
    : [];
  const onDemandRoots = [
    ...new Set([...fromScreen.filter((key) => !isAfterCall(key) && onDemandOf(key)), ...onDemandFromInitial]),
  ];
  // A part loaded on demand may load another on demand in turn (the agenda tab, its week view).
  for (let i = 0; i < onDemandRoots.length; i++) {
    for (const key of dynamicOf(staticClosure(nodes, [onDemandRoots[i]], loaded)))
      if (
        !loaded.has(key) &&
        !isScenario(key) &&
        !isAfterCall(key) &&
        onDemandOf(key) &&
        !onDemandRoots.includes(key)
      )
        onDemandRoots.push(key);
  }
  /**
   * What an on-demand part downloads: its static imports, and what it imports dynamically that is
   * not a part of its own (so that nothing it can load goes unlisted).
   */
  const onDemandClosure = (key, exclude) => {
    const keys = staticClosure(nodes, [key], exclude);
    for (const dyn of dynamicOf(keys))
      if (
        !keys.has(dyn) &&
        !exclude.has(dyn) &&
        !onDemandRoots.includes(dyn) &&
        !isScenario(dyn) &&
        !isAfterCall(dyn)
      )
        for (const k of onDemandClosure(dyn, new Set([...exclude, ...keys]))) keys.add(k);
    return keys;
  };
  // Without a lazy call screen, the entry's other dynamic imports are the other pages: only sound counts.
  const duringCall = staticClosure(
    nodes,
    fromScreen.filter((key) => !isAfterCall(key) && !onDemandOf(key) && (screen.size > 0 || isSound(key))),
    loaded,
  );

  const describe = (key, part) => {
    const buf = read(key);
    return {
      file: nodes.get(key).file,
      source: nodes.get(key).label,
      part,
      bytes: buf.length,
      gzip: gzipSize(buf),
      chartJs: buf.includes(CHART_JS_MARK),
      studio: STUDIO_MARKS.some((mark) => buf.includes(mark)),
    };
  };
  const parts = [
    ['initial', initial],
    ['callScreen', screen],
    ['scenario', largest?.keys ?? new Set()],
    ['duringCall', duringCall],
  ];
  const counted = new Set();
  const chunks = parts.flatMap(([part, keys]) =>
    [...keys]
      .filter((key) => isJs(key) && !counted.has(key) && counted.add(key))
      .map((key) => describe(key, part))
      .sort((a, b) => b.gzip - a.gzip),
  );
  const afterCall = afterCallRoots.map((key) => ({
    file: nodes.get(key).file,
    source: nodes.get(key).label,
    gzip: closureGzip(staticClosure(nodes, [key], new Set([...loaded, ...counted]))),
  }));

  // Each on-demand part with what it imports that a call has not loaded (a chunk two parts share
  // is in both sizes, once in the sum); of several modules for one part, the largest.
  const onDemandParts = ON_DEMAND.map((part) => {
    const roots = onDemandRoots
      .filter((key) => onDemandOf(key) === part)
      .map((key) => {
        const keys = onDemandClosure(key, new Set([...loaded, ...counted]));
        return { key, keys, gzip: closureGzip(keys) };
      })
      .sort((a, b) => b.gzip - a.gzip);
    return { part, largest: roots[0], count: roots.length };
  });
  const onDemand = onDemandParts
    .filter(({ largest }) => largest)
    .map(({ part, largest, count }) => ({
      file: nodes.get(largest.key).file,
      source: nodes.get(largest.key).label,
      trigger: part.trigger,
      gzip: largest.gzip,
      /** How many modules can play this part (one per scenario for the notes). */
      count,
    }));
  const onDemandKeys = new Set(onDemandParts.flatMap(({ largest }) => (largest ? [...largest.keys] : [])));
  const sum = (part) => chunks.filter((c) => c.part === part).reduce((s, c) => s + c.gzip, 0);
  const chartJsChunks = [...nodes.keys()]
    .filter((key) => isJs(key) && read(key).includes(CHART_JS_MARK))
    .map((key) => nodes.get(key).file);
  return {
    graph: source,
    lazyCallScreen: lazyCallScreens.map((k) => nodes.get(k).file),
    chunks,
    parts: {
      initial: sum('initial'),
      callScreen: sum('callScreen'),
      scenario: sum('scenario'),
      duringCall: sum('duringCall'),
    },
    /** The scenario counted (the largest), and every scenario's size for the record. */
    scenario: largest ? nodes.get(largest.key).label.replace(SCENARIO_MODULE, '') : null,
    scenarios: scenarios.map((s) => ({
      id: nodes.get(s.key).label.replace(SCENARIO_MODULE, ''),
      gzip: s.gzip,
    })),
    afterCall,
    onDemand,
    onDemandGzip: closureGzip(onDemandKeys),
    onDemandMissing: onDemandParts.filter(({ largest }) => !largest).map(({ part }) => part.trigger),
    /** What every call loads with the default settings: the figure held to the budget. */
    totalGzip: chunks.reduce((s, c) => s + c.gzip, 0),
    chartJsInCallScreen: chunks.some((c) => c.chartJs),
    chartJsChunks,
    /** The studio (its editor, its graph) is never in what a call loads. */
    studioInCallScreen: chunks.some((c) => c.studio),
  };
}
