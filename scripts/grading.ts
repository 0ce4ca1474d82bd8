/**
 * Blind grading of whole calls (eval/grading/SHEET.md), from the command line:
 *
 *   npx tsx scripts/grading.ts packets eval/grading/calls /tmp/packets
 *     plays every call of the folder (its index.json) and writes one transcript a call for the
 *     graders: times, the caller's lines, the trainee's lines and tool actions — no score.
 *   npx tsx scripts/grading.ts agreement eval/grading/calls eval/grading/grades-a.jsonl eval/grading/grades-b.jsonl [--json]
 *     plays every call again, scores it, and prints the agreement of the two graders with each
 *     other and of the program with each grader (quadratic-weighted κ per criterion and pooled,
 *     Cohen's κ on pass/fail and on « has a critical failure »), then the calls they differ on most.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseScript, playScript } from '../src/machines/play.ts';
import type { LogEntry } from '../src/machines/events.ts';
import { loadBuiltinPacks } from '../src/scenarios/load.ts';
import type { ScenarioBundle } from '../src/scenarios/schema.ts';
import {
  agreementOf,
  distance,
  toGrade,
  type Grade,
  type Judgement,
  type PairAgreement,
} from '../src/scoring/calibration.ts';
import { score } from '../src/scoring/index.ts';
import { CRITERIA } from '../src/scenarios/vocabulary.ts';

interface Call {
  file: string;
  scenario: string;
  intended?: string;
  pattern?: string;
}

const clock = (ms: number) =>
  `${Math.floor(ms / 60000)}:${String(Math.floor(ms / 1000) % 60).padStart(2, '0')}`;

function transcript(log: readonly LogEntry[]): string {
  const lines: string[] = [];
  for (const e of log) {
    const at = clock(e.t);
    if (e.type === 'ring') lines.push(`${at}  [sonnerie ${e.n}]`);
    else if (e.type === 'pickup') lines.push(`${at}  [décroche]`);
    else if (e.type === 'caller.say') lines.push(`${at}  APPELANT : ${e.text}`);
    else if (e.type === 'trainee.say') lines.push(`${at}  SECRÉTAIRE : ${e.text}`);
    else if (e.type === 'trainee.action') {
      const { kind, ...rest } = e.action;
      const refused = e.refused ? ` — refusé : ${e.refused}` : '';
      lines.push(`${at}  [outil : ${kind} ${JSON.stringify(rest)}${refused}]`);
    } else if (e.type === 'hold') lines.push(`${at}  [mise en attente]`);
    else if (e.type === 'resume') lines.push(`${at}  [reprise de l’appel]`);
    else if (e.type === 'hangup')
      lines.push(`${at}  [raccroche : ${e.by === 'caller' ? 'l’appelant' : 'la secrétaire'}]`);
    else if (e.type === 'wrapup.start') lines.push(`${at}  [travail après appel]`);
    else if (e.type === 'wrapup.end') lines.push(`${at}  [fin du travail après appel]`);
  }
  return lines.join('\n');
}

async function playAll(dir: string) {
  const calls = JSON.parse(await readFile(join(dir, 'index.json'), 'utf8')) as Call[];
  const { bundles } = await loadBuiltinPacks();
  const byId = new Map(bundles.map((b) => [b.scenario.id, b]));
  const played: { call: Call; bundle: ScenarioBundle; log: LogEntry[] }[] = [];
  for (const call of calls) {
    const bundle = byId.get(call.scenario);
    if (!bundle) throw new Error(`${call.file} : scénario inconnu « ${call.scenario} »`);
    const script = parseScript(JSON.parse(await readFile(join(dir, call.file), 'utf8')));
    played.push({ call, bundle, log: playScript(bundle, script).log });
  }
  return played;
}

async function packets(dir: string, out: string) {
  await mkdir(out, { recursive: true });
  for (const { call, bundle, log } of await playAll(dir)) {
    const name = call.file.replace(/\//g, '__').replace(/\.json$/, '.md');
    const head = [
      `# ${call.file}`,
      '',
      `Scénario : ${bundle.scenario.id} — ${bundle.scenario.title}`,
      `Cabinet : ${bundle.practice.name} (content/*/practices/${bundle.practice.id}.yaml)`,
      `Appelant : content/*/callers/${bundle.caller.id}.yaml ; scénario : content/*/scenarios/${bundle.scenario.id}.yaml`,
      '',
      '```',
    ];
    await writeFile(join(out, name), `${head.join('\n')}\n${transcript(log)}\n\`\`\`\n`);
  }
}

interface GradeLine {
  call: string;
  grades: Record<string, number | 'NA'>;
  critical: string[];
  passed: boolean;
}

async function readGrades(file: string): Promise<Map<string, Judgement>> {
  const map = new Map<string, Judgement>();
  for (const raw of (await readFile(file, 'utf8')).split('\n')) {
    if (!raw.trim()) continue;
    const line = JSON.parse(raw) as GradeLine;
    map.set(line.call, {
      grades: line.grades as Judgement['grades'],
      critical: line.critical as Judgement['critical'],
      passed: line.passed,
    });
  }
  return map;
}

function programJudgement(bundle: ScenarioBundle, log: LogEntry[]): Judgement {
  const card = score(bundle, log);
  const grades: Partial<Record<(typeof CRITERIA)[number], Grade>> = {};
  for (const id of CRITERIA) grades[id] = toGrade(card.criteria[id]?.score ?? null);
  return { grades, critical: card.critical.map((c) => c.id), passed: card.passed };
}

function formatPair(name: string, r: PairAgreement): string {
  const f = (x: number) => (Number.isNaN(x) ? '—' : x.toFixed(2));
  const per = CRITERIA.map(
    (id) => `${id} ${r.criteria[id] ? `${f(r.criteria[id].kappa)} (${r.criteria[id].n})` : '—'}`,
  );
  return `${name}: pooled κw ${f(r.pooled.kappa)} (${r.pooled.n}); pass/fail κ ${f(r.passFail)}; critical κ ${f(r.critical)}\n  ${per.join(' · ')}`;
}

async function agreement(dir: string, fileA: string, fileB: string, json: boolean) {
  const played = await playAll(dir);
  const [a, b] = await Promise.all([readGrades(fileA), readGrades(fileB)]);
  const rows = played.map(({ call, bundle, log }) => {
    const ga = a.get(call.file);
    const gb = b.get(call.file);
    if (!ga || !gb) throw new Error(`${call.file} : pas de note des deux correcteurs`);
    return { call, a: ga, b: gb, program: programJudgement(bundle, log) };
  });
  const report = {
    calls: rows.length,
    graders: agreementOf(
      rows.map((r) => r.a),
      rows.map((r) => r.b),
    ),
    programVsA: agreementOf(
      rows.map((r) => r.program),
      rows.map((r) => r.a),
    ),
    programVsB: agreementOf(
      rows.map((r) => r.program),
      rows.map((r) => r.b),
    ),
    furthest: rows
      .map((r) => ({
        call: r.call.file,
        distance: Math.min(distance(r.program, r.a), distance(r.program, r.b)),
        program: r.program,
        a: r.a,
        b: r.b,
      }))
      .sort((x, y) => y.distance - x.distance)
      .slice(0, 8),
  };
  if (json) {
    console.log(JSON.stringify(report, null, 2));
    return;
  }
  console.log(`${report.calls} calls`);
  console.log(formatPair('grader A vs grader B', report.graders));
  console.log(formatPair('program vs grader A', report.programVsA));
  console.log(formatPair('program vs grader B', report.programVsB));
  console.log('\nwhere the program differs most from the closer grader:');
  for (const f of report.furthest) {
    const diff = CRITERIA.filter(
      (id) => f.program.grades[id] !== f.a.grades[id] || f.program.grades[id] !== f.b.grades[id],
    )
      .map((id) => `${id} ${f.program.grades[id]}/${f.a.grades[id]}/${f.b.grades[id]}`)
      .join(', ');
    console.log(
      `  ${f.call} (${f.distance}): passed ${f.program.passed}/${f.a.passed}/${f.b.passed}, critical [${f.program.critical}]/[${f.a.critical}]/[${f.b.critical}]; ${diff}`,
    );
  }
}

const [command, ...rest] = process.argv.slice(2);
if (command === 'packets' && rest.length === 2) await packets(rest[0]!, rest[1]!);
else if (command === 'agreement' && rest.length >= 3)
  await agreement(rest[0]!, rest[1]!, rest[2]!, rest.includes('--json'));
else {
  console.error(
    'Usage : tsx scripts/grading.ts packets <appels> <sortie> | agreement <appels> <notes-a> <notes-b> [--json]',
  );
  process.exit(2);
}
