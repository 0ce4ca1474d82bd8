#!/usr/bin/env node
// Browser-side budgets of DESIGN §12, measured on the built app in Debian Chromium. Prints figures
// next to their budget and never fails on them; a figure that cannot be taken says why.
//
// Usage: node tests/e2e/bench.js [--json] [--only js,reaction,lighthouse,dashboard]
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { callScreenJs } from './lib/bundle.js';
import { measureDashboard } from './lib/bench-dashboard.js';
import { measurePageJs } from './lib/bench-pagejs.js';
import { CALL_PAGE, measureCallPageLighthouse, measureLighthouse } from './lib/bench-lighthouse.js';
import { measureReaction } from './lib/bench-reaction.js';
import { DIST, ROOT, startServer } from './lib/server.js';

const ALL = ['js', 'reaction', 'lighthouse', 'dashboard'];
const { values } = parseArgs({
  options: { json: { type: 'boolean', default: false }, only: { type: 'string' } },
});
const only = values.only ? values.only.split(',').map((s) => s.trim()) : ALL;
const log = values.json ? () => {} : (line = '') => console.log(line);

/** Runs a measure; a failure becomes `{ skipped: reason }` instead of stopping the bench. */
async function attempt(fn) {
  try {
    return await fn();
  } catch (err) {
    return { skipped: String(err?.message ?? err).split('\n')[0] };
  }
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} Ko`;
const mark = (ok) => (ok ? '✓' : '✗');
const skipped = (r) => log(`  non mesuré : ${r.skipped}`);

if (!existsSync(join(DIST, 'index.html'))) {
  log('dist/ absent : construction de l’application (npm run build)…');
  const build = spawnSync('npm', ['run', 'build', '--silent'], {
    cwd: ROOT,
    stdio: values.json ? 'ignore' : 'inherit',
  });
  if (build.status !== 0) {
    const result = { skipped: 'la construction (npm run build) a échoué' };
    if (values.json) console.log(JSON.stringify({ build: result }, null, 2));
    else console.log(`Banc d’essai navigateur : ${result.skipped}`);
    process.exit(0);
  }
}

const results = {};
const server = await startServer();
try {
  if (only.includes('js')) {
    log(
      'JS que charge tout appel (gzip ; réglages par défaut, quoi que fasse l’élève) — budget ≤ 120 Ko, chart.js seulement avec les tableaux de bord',
    );
    const r = (results.js = await attempt(() => callScreenJs(DIST)));
    if (r.skipped) skipped(r);
    else {
      const partTitle = {
        initial: 'au chargement de la page (index.html et ses imports)',
        callScreen: 'écran d’appel, chargé à la demande',
        scenario: `scénario joué, chargé au début de l’appel (le plus lourd : ${r.scenario})`,
        duringCall:
          'chargé pendant l’appel, quoi qu’il arrive (analyseur et machine d’appel à l’arrivée ; howler dès qu’il sonne, son activé par défaut)',
      };
      for (const [part, gzip] of Object.entries(r.parts)) {
        if (!gzip) continue;
        log(`  ${kb(gzip).padStart(9)}  ${partTitle[part]}`);
        for (const c of r.chunks.filter((chunk) => chunk.part === part))
          log(`  ${kb(c.gzip).padStart(13)}  ${c.file}  (${c.source})${c.chartJs ? '  ← chart.js' : ''}`);
      }
      log(`  ${mark(r.totalGzip <= 120 * 1024)} total ${kb(r.totalGzip)} (d’après le ${r.graph})`);
      if (r.onDemand.length)
        log(
          `  + à la demande ${kb(r.onDemandGzip)}, non compté : seulement si l’élève ou le scénario le demande`,
        );
      for (const c of r.onDemand)
        log(
          `  ${kb(c.gzip).padStart(13)}  ${c.file}  (${c.source}) — ${c.trigger}` +
            (c.count > 1 ? ` ; le plus lourd des ${c.count}` : ''),
        );
      for (const trigger of r.onDemandMissing)
        log(`  ! pas de morceau à part pour : ${trigger} (compté s’il est dans l’écran d’appel)`);
      if (r.scenarios.length > 1)
        log(`  scénarios : ${r.scenarios.map((s) => `${s.id} ${kb(s.gzip)}`).join(', ')}`);
      for (const a of r.afterCall)
        log(`  non compté, chargé après le raccrochage : ${a.file} (${a.source}) ${kb(a.gzip)}`);
      log(
        `  ${mark(!r.chartJsInCallScreen)} chart.js ${r.chartJsInCallScreen ? 'EST' : 'n’est pas'} dans ce lot` +
          (r.chartJsChunks.length ? ` (il est dans ${r.chartJsChunks.join(', ')})` : ' (absent du build)'),
      );
    }
    log();
    log(
      'JS téléchargé dans Chromium (gzip), page d’accueil et page d’appel côte à côte — budget ≤ 120 Ko pour un appel',
    );
    const p = (results.pageJs = await attempt(() => measurePageJs(server.baseURL)));
    if (p.skipped) skipped(p);
    else {
      const cell = (text) => String(text).padEnd(30);
      log(`  ${cell('')}${cell('accueil')}${cell(`appel (${CALL_PAGE}, décroché)`)}`);
      log(
        `  ${cell('total')}${cell(kb(p.home.gzip))}${cell(`${mark(p.call.gzip <= 120 * 1024)} ${kb(p.call.gzip)}`)}`,
      );
      log(`  ${cell('fichiers')}${cell(p.home.files.length)}${cell(p.call.files.length)}`);
      const worker = (r) => kb(r.serviceWorker.reduce((sum, f) => sum + f.gzip, 0));
      log(`  ${cell('+ service worker, après')}${cell(worker(p.home))}${cell(worker(p.call))}`);
      const homeFiles = new Set(p.home.files.map((f) => f.file));
      for (const f of p.call.files.filter((c) => !homeFiles.has(c.file)))
        log(`  ${kb(f.gzip).padStart(13)}  ${f.file}  (appel seulement)`);
      if (!r.skipped && Math.abs(p.call.gzip - r.totalGzip) > 1024)
        log(
          `  (le compte statique ci-dessus, ${kb(r.totalGzip)}, prend le scénario le plus lourd et ce que tout appel peut charger)`,
        );
    }
    log();
  }

  if (only.includes('reaction')) {
    log('Saisie → réaction de l’appelant à l’écran (médiane de 20) — budget ≤ 50 ms');
    const r = (results.reaction = await attempt(() => measureReaction(server.baseURL)));
    if (r.skipped) skipped(r);
    else {
      log(`  ${mark(r.medianMs <= 50)} médiane ${r.medianMs.toFixed(1)} ms jusqu’à l’image suivante`);
      log(
        `  (DOM à jour : médiane ${r.domMedianMs.toFixed(1)} ms ; max ${r.maxMs.toFixed(1)} ms ; ${r.samples} mesures)`,
      );
    }
    log();
  }

  if (only.includes('lighthouse')) {
    log(
      'Lighthouse (mobile, médiane de 3), page d’accueil et page d’appel côte à côte — budget performance ≥ 95, ' +
        'accessibilité 100, bonnes pratiques ≥ 95, CLS ≤ 0,05, TBT ≤ 150 ms',
    );
    const home = await attempt(() => measureLighthouse(server.baseURL));
    const call = await attempt(() => measureCallPageLighthouse(server.baseURL));
    results.lighthouse = { home, call };
    const pages = [
      ['accueil', home],
      [`appel (${CALL_PAGE}, profil existant)`, call],
    ];
    for (const [name, r] of pages) if (r.skipped) log(`  ${name} non mesurée : ${r.skipped}`);
    const measured = pages.filter(([, r]) => !r.skipped);
    if (measured.length) {
      const budget = { performance: 95, accessibility: 100, 'best-practices': 95 };
      const cell = (text) => String(text).padEnd(26);
      log(`  ${cell('')}${measured.map(([name]) => cell(name.split(' ')[0])).join('')}`);
      for (const id of Object.keys(budget)) {
        const cells = measured.map(
          ([, r]) => `${mark(r.scores[id] >= budget[id])} ${r.scores[id]} (${r.runs[id].join(', ')})`,
        );
        log(`  ${cell(id)}${cells.map(cell).join('')}`);
      }
      const metric = {
        cls: ['CLS', (v) => v <= 0.05, (v) => v.toFixed(3)],
        tbt: ['TBT', (v) => v <= 150, (v) => `${Math.round(v)} ms`],
        lcp: ['LCP', () => true, (v) => `${Math.round(v)} ms`],
      };
      for (const [m, [label, ok, show]] of Object.entries(metric)) {
        log(
          `  ${cell(label)}${measured.map(([, r]) => cell(`${mark(ok(r.metrics[m]))} ${show(r.metrics[m])}`)).join('')}`,
        );
      }
      for (const [name, r] of measured)
        for (const a of r.failingAudits)
          log(`    - ${name.split(' ')[0]} ${a.category} : ${a.id} — ${a.title}`);
    }
    log();
  }

  if (only.includes('dashboard')) {
    log('Tableau de bord sur 10 000 tentatives enregistrées — budget premier rendu ≤ 500 ms');
    const r = (results.dashboard = await attempt(() => measureDashboard(server.baseURL)));
    if (r.skipped) skipped(r);
    else {
      log(`  ${mark(r.inAppMs <= 500)} navigation dans l’application : médiane ${r.inAppMs.toFixed(0)} ms`);
      log(`    chargement complet de la page : médiane ${r.coldMs.toFixed(0)} ms (${r.attempts} tentatives)`);
    }
    log();
  }
} finally {
  await server.close();
}

if (values.json) console.log(JSON.stringify(results, null, 2));
