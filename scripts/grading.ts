/**
 * Blind grading of whole calls (eval/grading/SHEET.md), from the command line:
 *
 *   npx tsx scripts/grading.ts packets eval/grading/calls /tmp/packets
 *     plays every call of the folder (its index.json) and writes one transcript a call for the
 *     graders: times, the caller's lines, the trainee's lines and tool actions — no score.
 *   npx tsx scripts/grading.ts packets eval/grading/calls-2 /tmp/packets-2 --anonymise --key eval/grading/calls-2/key.json [--seed N]
 *     the same, blind: packets `appel-01.txt`… in a shuffled order, nothing in their name or text
 *     telling the call file or its intended quality, the scenario's, practice's and caller's files
 *     copied into `contexte/`; the key (packet → call file, and the seed) goes to `--key`, which
 *     must lie outside the packet folder.
 *   npx tsx scripts/grading.ts agreement eval/grading/calls eval/grading/grades-a.jsonl eval/grading/grades-b.jsonl [--json] [--key key.json]
 *     plays every call again, scores it, and prints the agreement of the two graders with each
 *     other and of the program with each grader (quadratic-weighted κ per criterion and pooled,
 *     Cohen's κ on pass/fail and on « has a critical failure »), then the calls they differ on most.
 *     With `--key`, grades naming a packet (`appel-07`) are mapped back to its call file. With
 *     `--content <dir>` the calls are played on that content folder: the content the graders saw
 *     (`git archive <commit> content | tar -x -C /tmp/c`), when today's agendas or lines differ.
 */
import { randomInt } from 'node:crypto';
import { copyFile, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { parseScript, playScript } from '../src/machines/play.ts';
import { createCallSession } from '../src/machines/call.ts';
import type { AgendaSlot } from '../src/machines/session.ts';
import type { LogEntry } from '../src/machines/events.ts';
import { CONTENT_DIR, loadBuiltinPacks } from '../src/scenarios/load.ts';
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
import {
  anonymise,
  keyOf,
  parseArgs,
  parseKey,
  resolveCall,
  type Args,
  type Call,
  type PacketKey,
  agendaAtPickup,
} from './grading-packets.ts';

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

async function playAll(dir: string, content?: string) {
  const calls = JSON.parse(await readFile(join(dir, 'index.json'), 'utf8')) as Call[];
  const { bundles } = await loadBuiltinPacks(content);
  const byId = new Map(bundles.map((b) => [b.scenario.id, b]));
  const played: {
    call: Call;
    bundle: ScenarioBundle;
    agenda: readonly AgendaSlot[];
    log: LogEntry[];
  }[] = [];
  for (const call of calls) {
    const bundle = byId.get(call.scenario);
    if (!bundle) throw new Error(`${call.file} : scénario inconnu « ${call.scenario} »`);
    const script = parseScript(JSON.parse(await readFile(join(dir, call.file), 'utf8')));
    const start = createCallSession(bundle, script.seed !== undefined ? { seed: script.seed } : {});
    const agenda = start.view().agenda;
    start.stop();
    played.push({ call, bundle, agenda, log: playScript(bundle, script).log });
  }
  return played;
}

async function packets(dir: string, out: string) {
  await mkdir(out, { recursive: true });
  for (const { call, bundle, agenda, log } of await playAll(dir)) {
    const name = call.file.replace(/\//g, '__').replace(/\.json$/, '.md');
    const head = [
      `# ${call.file}`,
      '',
      `Scénario : ${bundle.scenario.id} — ${bundle.scenario.title}`,
      `Cabinet : ${bundle.practice.name} (content/*/practices/${bundle.practice.id}.yaml)`,
      `Appelant : content/*/callers/${bundle.caller.id}.yaml ; scénario : content/*/scenarios/${bundle.scenario.id}.yaml`,
      '',
      ...agendaAtPickup(agenda),
      '',
      '```',
    ];
    await writeFile(join(out, name), `${head.join('\n')}\n${transcript(log)}\n\`\`\`\n`);
  }
}

/** The YAML file a content object was loaded from: content/<pack>/<kind>/<id>.yaml. */
async function contentFile(kind: 'scenarios' | 'practices' | 'callers', id: string) {
  for (const pack of await readdir(CONTENT_DIR, { withFileTypes: true })) {
    const file = join(CONTENT_DIR, pack.name, kind, `${id}.yaml`);
    if (pack.isDirectory() && (await stat(file).catch(() => null))?.isFile()) return file;
  }
  throw new Error(`fichier introuvable : content/*/${kind}/${id}.yaml`);
}

/** Blind packets: shuffled, named `appel-NN.txt`, the key written apart (see the header). */
async function anonymousPackets(dir: string, out: string, keyFile: string, seed: number) {
  const inside = relative(resolve(out), resolve(keyFile));
  if (!inside.startsWith('..'))
    throw new Error(`la clé (${keyFile}) ne doit pas être dans le dossier des paquets (${out})`);
  await mkdir(join(out, 'contexte'), { recursive: true });
  // A folder generated earlier may hold more packets: none of them may outlive this key.
  for (const old of await readdir(out)) if (/^appel-\d+\.txt$/.test(old)) await rm(join(out, old));
  const played = await playAll(dir);
  const byCall = new Map(played.map((p) => [p.call, p]));
  const named = anonymise(
    played.map((p) => p.call),
    seed,
  );
  const copied = new Set<string>();
  for (const { name, call } of named) {
    const { bundle, agenda, log } = byCall.get(call)!;
    const context = [
      ['scenarios', bundle.scenario.id],
      ['practices', bundle.practice.id],
      ['callers', bundle.caller.id],
    ] as const;
    for (const [kind, id] of context) {
      const target = `${kind}-${id}.yaml`;
      if (copied.has(target)) continue;
      await copyFile(await contentFile(kind, id), join(out, 'contexte', target));
      copied.add(target);
    }
    const head = [
      `# ${name}`,
      '',
      `Scénario : ${bundle.scenario.id} — ${bundle.scenario.title}`,
      `Cabinet : ${bundle.practice.name}`,
      `Fiches : contexte/scenarios-${bundle.scenario.id}.yaml, contexte/practices-${bundle.practice.id}.yaml, contexte/callers-${bundle.caller.id}.yaml`,
      '',
      ...agendaAtPickup(agenda),
      '',
    ];
    await writeFile(join(out, `${name}.txt`), `${head.join('\n')}\n${transcript(log)}\n`);
  }
  await mkdir(dirname(resolve(keyFile)), { recursive: true });
  await writeFile(keyFile, `${JSON.stringify(keyOf(named, seed), null, 2)}\n`);
  console.log(`${named.length} paquets dans ${out} (graine ${seed}) ; clé : ${keyFile}`);
}

interface GradeLine {
  call: string;
  grades: Record<string, number | 'NA'>;
  critical: string[];
  passed: boolean;
}

async function readGrades(file: string, key?: PacketKey): Promise<Map<string, Judgement>> {
  const map = new Map<string, Judgement>();
  for (const raw of (await readFile(file, 'utf8')).split('\n')) {
    if (!raw.trim()) continue;
    const line = JSON.parse(raw) as GradeLine;
    map.set(resolveCall(line.call, key), {
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

async function agreement(
  dir: string,
  fileA: string,
  fileB: string,
  json: boolean,
  keyFile?: string,
  content?: string,
) {
  const played = await playAll(dir, content);
  const key = keyFile ? parseKey(JSON.parse(await readFile(keyFile, 'utf8')), keyFile) : undefined;
  const [a, b] = await Promise.all([readGrades(fileA, key), readGrades(fileB, key)]);
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

const USAGE =
  'Usage : tsx scripts/grading.ts packets <appels> <sortie> [--anonymise --key <clé.json> [--seed N]] | agreement <appels> <notes-a> <notes-b> [--json] [--key <clé.json>] [--content <dossier>]';

async function main(command: string | undefined, args: Args) {
  const [dir, second, third] = args.positional;
  if (command === 'packets' && args.positional.length === 2) {
    if (args.anonymise) {
      if (!args.key) throw new Error('--anonymise demande --key <fichier> pour écrire la clé');
      await anonymousPackets(dir!, second!, args.key, args.seed ?? randomInt(2 ** 31));
    } else if (args.key || args.seed !== undefined)
      throw new Error('--key et --seed ne servent qu’avec --anonymise');
    else await packets(dir!, second!);
  } else if (command === 'agreement' && args.positional.length === 3)
    await agreement(dir!, second!, third!, args.json, args.key, args.content);
  else {
    console.error(USAGE);
    process.exit(2);
  }
}

const [command, ...rest] = process.argv.slice(2);
let args: Args;
try {
  args = parseArgs(rest);
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  process.exit(2);
}
try {
  await main(command, args);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
