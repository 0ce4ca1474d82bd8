/**
 * Checks a schema-valid practice or scenario can actually be played: every id it names exists,
 * every node can be reached, the trainee can succeed. Pure: data in, French issues out.
 * The dialogue graph is walked with xstate/graph on a tiny machine (one state per node, one
 * event per rule), so reachability is XState's own view of the graph.
 */
import { BUILTIN_OUTCOMES } from './builtins.ts';
import { placeholdersIn, stringsIn } from './variables.ts';
import { MESSAGES, type PackErrorCode, type PathSegment, type Severity } from './errors.ts';
import {
  AUDIO_CLIPS,
  type ActionMatch,
  type Caller,
  type Conditions,
  type LineVariants,
  type MoodLines,
  type Practice,
  type Rule,
  type Scenario,
} from './schema.ts';

export interface LintIssue {
  /** Path inside the linted object, as zod would give it. */
  path: PathSegment[];
  message: string;
  severity: Severity;
  code: PackErrorCode;
}

/** Targets a transfer or a redirect may name besides a directory number. */
const SPECIAL_TARGETS = ['doctor', 'colleague'];

const hasOwn = (record: object, key: string) => Object.hasOwn(record, key);

/** Same rule as the call machine: spaces, dots and dashes do not count in a number. */
const normalizeNumber = (n: string) => n.replace(/[\s.-]/g, '').toLowerCase();

function duplicates(
  items: readonly { id: string }[],
  base: PathSegment[],
  what: string,
  issues: LintIssue[],
): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id))
      issues.push({
        path: [...base, i, 'id'],
        message: MESSAGES.duplicateId(what, item.id),
        severity: 'error',
        code: 'duplicate',
      });
    seen.add(item.id);
  });
}

export function lintPractice(practice: Practice): LintIssue[] {
  const issues: LintIssue[] = [];
  const error = (path: PathSegment[], message: string) =>
    issues.push({ path, message, severity: 'error', code: 'reference' });
  duplicates(practice.practitioners, ['practitioners'], 'le praticien', issues);
  duplicates(practice.appointmentTypes, ['appointmentTypes'], 'le type de rendez-vous', issues);
  duplicates(practice.directory, ['directory'], 'l’entrée d’annuaire', issues);

  const practitioners = practice.practitioners.map((p) => p.id);
  const types = practice.appointmentTypes.map((t) => t.id);
  practice.appointmentTypes.forEach((type, i) => {
    if (type.practitioner !== undefined && !practitioners.includes(type.practitioner))
      error(
        ['appointmentTypes', i, 'practitioner'],
        MESSAGES.unknownPractitioner(type.practitioner, practitioners),
      );
  });
  const numbers = practice.directory.map((d) => normalizeNumber(d.number));
  if (practice.onCall)
    for (const field of ['number', 'beforeThen'] as const) {
      const number = practice.onCall[field];
      if (!numbers.includes(normalizeNumber(number)))
        error(['onCall', field], MESSAGES.onCallNotInDirectory(number));
    }
  practice.agenda.forEach((slot, i) => {
    if (!/^\d/.test(slot.start)) error(['agenda', i, 'start'], MESSAGES.variableInPractice(slot.start));
    if (!practitioners.includes(slot.practitioner))
      error(['agenda', i, 'practitioner'], MESSAGES.unknownPractitioner(slot.practitioner, practitioners));
    if (slot.type !== undefined && !types.includes(slot.type))
      error(['agenda', i, 'type'], MESSAGES.unknownAppointmentType(slot.type, practice.id, types));
  });
  return issues;
}

export interface ScenarioRefs {
  /** The scenario's practice, when known and valid: enables the type and number checks. */
  practice?: Practice;
  caller?: Caller;
}

interface RuleSite {
  rule: Rule;
  path: PathSegment[];
  /** The node whose `on` holds the rule; undefined for `anytime`. */
  node?: string;
}

function ruleSites(scenario: Scenario): RuleSite[] {
  const sites: RuleSite[] = [];
  for (const [node, { on }] of Object.entries(scenario.nodes))
    on.forEach((rule, i) => sites.push({ rule, path: ['nodes', node, 'on', i], node }));
  scenario.anytime.forEach((rule, i) => sites.push({ rule, path: ['anytime', i] }));
  return sites;
}

const isCatchAll = (when: Conditions) => Object.values(when).every((v) => v === undefined);

/**
 * The nodes reachable from `start` by following `goto`s (a node's own rules and `anytime`): a
 * breadth-first walk (it replaced XState's shortest-path search over a machine with one state per
 * node, the same set for a quarter of the studio's check time on a 200-node scenario).
 */
export function reachableNodes(scenario: Scenario): Set<string> {
  const { nodes, anytime, start } = scenario;
  if (!hasOwn(nodes, start)) return new Set();
  const targets = (rules: readonly { goto?: string | undefined }[]) =>
    rules.flatMap((r) => (r.goto !== undefined && hasOwn(nodes, r.goto) ? [r.goto] : []));
  const always = targets(anytime);
  const seen = new Set([start]);
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    for (const next of [...targets(nodes[queue[i]!]!.on), ...always]) {
      if (seen.has(next)) continue;
      seen.add(next);
      queue.push(next);
    }
  }
  return seen;
}

export function lintScenario(scenario: Scenario, refs: ScenarioRefs = {}): LintIssue[] {
  const issues: LintIssue[] = [];
  const push = (severity: Severity, code: PackErrorCode, path: PathSegment[], message: string) =>
    issues.push({ path, message, severity, code });
  const { nodes, outcomes, practice } = scenario;
  const nodeIds = Object.keys(nodes);
  const outcomeIds = Object.keys(outcomes);
  const factIds = scenario.facts.map((f) => f.id);
  const isOutcome = (id: string) => hasOwn(outcomes, id) || hasOwn(BUILTIN_OUTCOMES, id);
  const directory = refs.practice?.directory.map((d) => normalizeNumber(d.number)) ?? [];

  duplicates(scenario.facts, ['facts'], 'le fait', issues);
  if (!hasOwn(nodes, scenario.start))
    push('error', 'reference', ['start'], MESSAGES.unknownStart(scenario.start, nodeIds));

  const checkAction = (match: ActionMatch, path: PathSegment[]) => {
    if (match.type !== undefined && refs.practice) {
      const types = refs.practice.appointmentTypes.map((t) => t.id);
      if (!types.includes(match.type))
        push(
          'error',
          'reference',
          [...path, 'type'],
          MESSAGES.unknownAppointmentType(match.type, practice, types),
        );
    }
    if (match.appointment !== undefined) {
      if (!['move', 'cancel', 'sms'].includes(match.action))
        push('error', 'reference', [...path, 'appointment'], MESSAGES.appointmentNotApplicable(match.action));
      else if (!scenario.appointment)
        push('error', 'reference', [...path, 'appointment'], MESSAGES.noOwnAppointment());
    }
    if (match.patient !== undefined && !['book', 'waitlist', 'move', 'cancel', 'sms'].includes(match.action))
      push('error', 'reference', [...path, 'patient'], MESSAGES.patientNotApplicable(match.action));
    if (match.to === undefined) return;
    if (match.action === 'callback') return;
    if (match.action === 'transfer') {
      if (match.to !== 'doctor')
        push('error', 'reference', [...path, 'to'], MESSAGES.transferTarget(match.to));
    } else if (match.action === 'redirect') {
      if (
        refs.practice &&
        !SPECIAL_TARGETS.includes(match.to) &&
        !directory.includes(normalizeNumber(match.to))
      )
        push('error', 'reference', [...path, 'to'], MESSAGES.unknownNumber(match.to, practice));
    } else push('error', 'reference', [...path, 'to'], MESSAGES.toNotApplicable(match.action));
  };

  const checkConditions = (when: Conditions, path: PathSegment[]) => {
    when.covered?.forEach((fact, i) => {
      if (!factIds.includes(fact))
        push('error', 'reference', [...path, 'covered', i], MESSAGES.unknownFact(fact, factIds));
    });
    if (when.did) checkAction(when.did, [...path, 'did']);
    if (when.done) checkAction(when.done, [...path, 'done']);
    if (when.did && (when.said || when.saidAny || when.mentions))
      push('warning', 'graph', path, MESSAGES.actionAndSpeech());
    if (
      when.stressAbove !== undefined &&
      when.stressBelow !== undefined &&
      when.stressAbove >= when.stressBelow
    )
      push('warning', 'graph', path, MESSAGES.stressRangeEmpty());
  };

  const sites = ruleSites(scenario);
  for (const { rule, path } of sites) {
    checkConditions(rule.when, [...path, 'when']);
    if (rule.goto !== undefined && !hasOwn(nodes, rule.goto))
      push('error', 'reference', [...path, 'goto'], MESSAGES.unknownNode(rule.goto, nodeIds));
    if (rule.settle !== undefined && !isOutcome(rule.settle))
      push('error', 'reference', [...path, 'settle'], MESSAGES.unknownOutcome(rule.settle, outcomeIds));
    if (!rule.reply && !rule.goto && !rule.settle && !rule.end && !rule.effects)
      push('warning', 'graph', path, MESSAGES.ruleDoesNothing());
  }
  scenario.onHangup.forEach((rule, i) => {
    checkConditions(rule.when, ['onHangup', i, 'when']);
    if (!isOutcome(rule.outcome))
      push(
        'error',
        'reference',
        ['onHangup', i, 'outcome'],
        MESSAGES.unknownOutcome(rule.outcome, outcomeIds),
      );
  });

  // A rule without conditions catches every utterance: later utterance rules never fire.
  const shadowed = (rules: readonly { when: Conditions }[], base: PathSegment[]) => {
    const first = rules.findIndex((r) => isCatchAll(r.when));
    if (first < 0) return;
    rules.forEach((rule, i) => {
      if (i > first && !rule.when.did) push('warning', 'graph', [...base, i], MESSAGES.shadowedRule(first));
    });
  };
  for (const [id, node] of Object.entries(nodes)) shadowed(node.on, ['nodes', id, 'on']);
  shadowed(scenario.anytime, ['anytime']);
  shadowed(scenario.onHangup, ['onHangup']);

  // ---- the appointments that suit the call: types and practitioners of the practice
  if (refs.practice) {
    const types = refs.practice.appointmentTypes.map((t) => t.id);
    scenario.booking?.types?.forEach((type, i) => {
      if (!types.includes(type))
        push(
          'error',
          'reference',
          ['booking', 'types', i],
          MESSAGES.unknownAppointmentType(type, practice, types),
        );
    });
    const people = refs.practice.practitioners.map((p) => p.id);
    scenario.booking?.practitioners?.forEach((who, i) => {
      if (!people.includes(who))
        push(
          'error',
          'reference',
          ['booking', 'practitioners', i],
          MESSAGES.unknownPractitioner(who, people),
        );
    });
  }

  issues.push(...lintVariables(scenario));

  // ---- the call's own appointments: laid over the practice's agenda
  if (refs.practice) {
    const people = refs.practice.practitioners.map((p) => p.id);
    const types = refs.practice.appointmentTypes.map((t) => t.id);
    scenario.agenda?.forEach((slot, i) => {
      if (!people.includes(slot.practitioner))
        push(
          'error',
          'reference',
          ['agenda', i, 'practitioner'],
          MESSAGES.unknownPractitioner(slot.practitioner, people),
        );
      if (slot.type !== undefined && !types.includes(slot.type))
        push(
          'error',
          'reference',
          ['agenda', i, 'type'],
          MESSAGES.unknownAppointmentType(slot.type, practice, types),
        );
    });
    const own = scenario.appointment;
    if (own) {
      const slots = [...(scenario.agenda ?? []), ...refs.practice.agenda];
      const at = slots.find((s) => s.start === own.start && s.practitioner === own.practitioner);
      if (!at || at.status !== 'booked')
        push(
          'error',
          'reference',
          ['appointment'],
          MESSAGES.ownAppointmentMissing(own.start, own.practitioner),
        );
      else if (own.start < scenario.moment)
        push('error', 'reference', ['appointment'], MESSAGES.ownAppointmentPast(own.start));
    }
  }

  scenario.emergency.forEach((number, i) => {
    if (refs.practice && !directory.includes(normalizeNumber(number)))
      push('warning', 'reference', ['emergency', i], MESSAGES.emergencyNotInDirectory(number));
  });
  // A call that can end on a missed red flag trains the 15: the trainee must find it in the
  // practice's directory.
  const redFlag = Object.entries(outcomes).find(([, o]) => o.critical === 'red-flag');
  if (redFlag && refs.practice && !refs.practice.directory.some((d) => d.kind === 'emergency'))
    push('error', 'reference', ['outcomes', redFlag[0], 'critical'], MESSAGES.redFlagWithoutEmergency);

  // ---- recorded lines: a clip for a line the caller never says would never play
  // Without the caller, a key may be one of its generic lines: it is checked with the caller.
  if (scenario.audio && refs.caller) {
    const lines = callerLines(scenario, refs.caller);
    for (const line of Object.keys(scenario.audio))
      if (!lines.has(line))
        push('error', 'reference', ['audio', line], MESSAGES.unknownClipLine(line, [...lines]));
  }

  // ---- the graph
  if (!hasOwn(nodes, scenario.start)) return issues;
  const reachable = reachableNodes(scenario);
  const anytimeWayOut = scenario.anytime.some((r) => r.goto !== undefined || r.settle !== undefined || r.end);
  for (const [id, node] of Object.entries(nodes)) {
    if (!reachable.has(id)) {
      push('error', 'graph', ['nodes', id], MESSAGES.unreachableNode(id));
      continue;
    }
    const wayOut = node.on.some(
      (r) => (r.goto !== undefined && r.goto !== id) || r.settle !== undefined || r.end,
    );
    if (!wayOut && !anytimeWayOut) push('warning', 'graph', ['nodes', id], MESSAGES.deadEnd(id));
    if (!node.prompt && refs.caller && !refs.caller.lines.prompt)
      push('warning', 'graph', ['nodes', id], MESSAGES.noSilenceLine(id));
  }

  // Outcomes: settled by a rule the call can reach, given on hang-up, or built in (a missed
  // call, a caller who hangs up, a trainee who hangs up with nothing settled).
  const settledAnywhere = new Set(sites.flatMap((s) => (s.rule.settle ? [s.rule.settle] : [])));
  const reachableOutcomes = new Set<string>([
    ...sites.flatMap((s) =>
      s.rule.settle && (s.node === undefined || reachable.has(s.node)) ? [s.rule.settle] : [],
    ),
    ...scenario.onHangup.map((r) => r.outcome),
    ...Object.keys(BUILTIN_OUTCOMES),
  ]);
  const verdict = (id: string) =>
    hasOwn(outcomes, id)
      ? outcomes[id]!.verdict
      : (BUILTIN_OUTCOMES as Record<string, { verdict: string }>)[id]?.verdict;
  for (const [id, outcome] of Object.entries(outcomes))
    outcome.requires?.forEach((r, i) => {
      if (r.covered !== undefined && !factIds.includes(r.covered))
        push(
          'error',
          'reference',
          ['outcomes', id, 'requires', i, 'covered'],
          MESSAGES.unknownFact(r.covered, factIds),
        );
    });
  if (![...reachableOutcomes].some((id) => verdict(id) === 'correct'))
    push('error', 'graph', ['outcomes'], MESSAGES.noCorrectOutcome());
  for (const id of outcomeIds) {
    if (hasOwn(BUILTIN_OUTCOMES, id) || settledAnywhere.has(id)) continue;
    if (scenario.onHangup.some((r) => r.outcome === id)) continue;
    push('warning', 'graph', ['outcomes', id], MESSAGES.outcomeNeverSettled(id));
  }
  return issues;
}

const variants = (lines: LineVariants | undefined): string[] =>
  lines === undefined
    ? []
    : Array.isArray(lines)
      ? lines.flatMap((l: MoodLines) => variants(l))
      : typeof lines === 'string'
        ? [lines]
        : Object.values(lines).filter((l) => l !== undefined);

/**
 * Every text the caller may say in this scenario, mood variants included: the nodes' lines,
 * silence prompts and fallbacks, the rules' replies, and the caller's generic lines when known.
 */
export function callerLines(scenario: Scenario, caller?: Pick<Caller, 'lines' | 'answers'>): Set<string> {
  const lines = new Set<string>();
  const add = (l: LineVariants | undefined) => variants(l).forEach((text) => lines.add(text));
  Object.values(scenario.answers ?? {}).forEach(add);
  Object.values(caller?.answers ?? {}).forEach(add);
  for (const node of Object.values(scenario.nodes)) {
    add(node.say);
    add(node.prompt);
    add(node.otherwise);
    node.on.forEach((rule) => add(rule.reply));
  }
  scenario.anytime.forEach((rule) => add(rule.reply));
  if (caller) Object.values(caller.lines).forEach(add);
  return lines;
}

/** What the disk holds at a clip's path: a file of this size, something else, or nothing. */
export type ClipFile =
  { kind: 'file'; bytes: number } | { kind: 'missing' } | { kind: 'not-a-file' } | { kind: 'outside' };

/**
 * Checks the files of a scenario's recorded lines, as the pack's reader found them (`files`:
 * clip path → what is there). Pure: the reader (load.ts) looks at the disk.
 */
export function lintClipFiles(scenario: Scenario, files: ReadonlyMap<string, ClipFile>): LintIssue[] {
  const issues: LintIssue[] = [];
  for (const [line, path] of Object.entries(scenario.audio ?? {})) {
    const file = files.get(path) ?? { kind: 'missing' };
    const message =
      file.kind === 'missing'
        ? MESSAGES.clipMissing(path)
        : file.kind === 'not-a-file'
          ? MESSAGES.clipNotAFile(path)
          : file.kind === 'outside'
            ? MESSAGES.clipOutside(path)
            : file.bytes > AUDIO_CLIPS.maxBytes
              ? MESSAGES.clipTooLarge(path, file.bytes, AUDIO_CLIPS.maxBytes)
              : undefined;
    if (message)
      issues.push({
        path: ['audio', line],
        message,
        severity: 'error',
        code: file.kind === 'file' ? 'size' : 'missing',
      });
  }
  return issues;
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

/**
 * The scenario's variables: every `{name}` or `{name.field}` names a variable declared with values
 * of the right shape (a text, or fields), a time of the agenda holds times, and every variable is
 * used somewhere.
 */
export function lintVariables(scenario: Scenario): LintIssue[] {
  const issues: LintIssue[] = [];
  const error = (path: PathSegment[], message: string) =>
    issues.push({ path, message, severity: 'error', code: 'reference' });
  const { variables = {}, ...rest } = scenario;
  const names = Object.keys(variables);
  const used = new Set<string>();
  for (const [text, path] of stringsIn(rest)) {
    for (const [name, field] of placeholdersIn(text)) {
      used.add(name);
      // Own names only: « {toString} » is not a variable because every object has one.
      const values = Object.hasOwn(variables, name) ? variables[name] : undefined;
      if (!values) {
        error(path, MESSAGES.unknownVariable(name, names));
        continue;
      }
      const bad = values.findIndex((v) =>
        field === undefined ? typeof v !== 'string' : typeof v === 'string' || !Object.hasOwn(v, field),
      );
      if (bad >= 0) {
        error(path, MESSAGES.variableShape(name, field, bad));
        continue;
      }
      const isTime = path.at(-1) === 'start';
      if (isTime && values.some((v) => !DATE_TIME.test(typeof v === 'string' ? v : v[field!]!)))
        error(path, MESSAGES.variableNotTime(field === undefined ? name : `${name}.${field}`));
    }
  }
  for (const name of names)
    if (!used.has(name))
      issues.push({
        path: ['variables', name],
        message: MESSAGES.unusedVariable(name),
        severity: 'warning',
        code: 'graph',
      });
  return issues;
}
