/**
 * `score(bundle, log)`: the scorecard of an attempt, from its log alone (DESIGN §2.2, §7).
 * Pure and deterministic: the same bundle and log always give the same scorecard, so stored
 * attempts can be re-scored when RUBRIC_VERSION changes.
 *
 * A criterion that does not apply to the path the call took is `null` and the weights are
 * shared out over those that apply: whatever the path, a perfect attempt reaches 100.
 */
import { drawValues, instantiate } from '../scenarios/variables.ts';
import { seedOf } from '../machines/events.ts';
import type { LogEntry } from '../machines/events.ts';
import type { ScenarioBundle } from '../scenarios/schema.ts';
import { CRITERIA } from '../scenarios/vocabulary.ts';
import { scoreAccuracy } from './criteria/accuracy.ts';
import { scoreClosing } from './criteria/closing.ts';
import { scoreConfidentiality } from './criteria/confidentiality.ts';
import type { CriterionDraft, NotEvaluated } from './criteria/draft.ts';
import { scoreEmpathy } from './criteria/empathy.ts';
import { scoreGreeting } from './criteria/greeting.ts';
import { scoreIdentification } from './criteria/identification.ts';
import { scoreOrientation } from './criteria/orientation.ts';
import { scoreReformulation } from './criteria/reformulation.ts';
import { scoreRole } from './criteria/role.ts';
import { scoreTiming } from './criteria/timing.ts';
import { criticalFailures } from './critical.ts';
import { applyHalo } from './halo.ts';
import { CRITERION_LABELS, NOT_EVALUATED, TIPS } from './messages.ts';
import { LOW_CONFIDENCE } from './readings.ts';
import { verdictFailures } from './requirements.ts';
import { at, buildTrace, finalOutcome, type Say, type Trace } from './trace.ts';
import {
  DEFAULT_PASS_MARK,
  DEFAULT_WEIGHTS,
  RUBRIC_VERSION,
  type CriterionId,
  type CriterionScore,
  type CriticalRule,
  type Evidence,
  type Scorecard,
  type ScoredOutcome,
} from './types.ts';

const SCORERS: Record<CriterionId, (trace: Trace) => CriterionDraft | NotEvaluated | null> = {
  greeting: scoreGreeting,
  identification: scoreIdentification,
  empathy: scoreEmpathy,
  reformulation: scoreReformulation,
  timing: scoreTiming,
  orientation: scoreOrientation,
  accuracy: scoreAccuracy,
  role: scoreRole,
  confidentiality: scoreConfidentiality,
  closing: scoreClosing,
};

/** The lesson of a critical failure, as the tip of a criterion it caps. */
function haloTip(rule: CriticalRule, criterion: CriterionId): string | undefined {
  if (rule === 'medical-advice' && criterion === 'role') return TIPS.medicalAdvice;
  if (rule === 'red-flag') return TIPS.redFlag;
  return undefined;
}

/** The weights of a scenario: the defaults, with the scenario's own where it gives them. */
export function weightsFor(bundle: ScenarioBundle): Record<CriterionId, number> {
  return { ...DEFAULT_WEIGHTS, ...bundle.scenario.rubric.weights };
}

export function passMarkFor(bundle: ScenarioBundle): number {
  return bundle.scenario.rubric.passMark ?? DEFAULT_PASS_MARK;
}

function clampScore(value: number): number {
  return Math.min(100, Math.max(0, Math.round(value)));
}

/**
 * Marks the points lost on a reading the analyser was unsure of (« lecture incertaine »): the
 * debrief shows them so a trainee can tell a fault from a misreading.
 */
function markUncertain(trace: Trace, items: Evidence[], critical = false): Evidence[] {
  for (const e of items) {
    if (!critical && e.points >= 0) continue;
    if (trace.log[e.turn]?.type !== 'trainee.say') continue;
    if (readingConfidence(at(trace, e.turn, 'trainee.say'), e.quote?.span) < LOW_CONFIDENCE)
      e.uncertain = true;
  }
  return items;
}

/**
 * How sure the analyser was of what a point quotes: the readings (acts, intents) over the quoted
 * words, else the whole line's confidence.
 */
function readingConfidence(say: Say, span: readonly [number, number] | undefined): number {
  if (!span) return say.confidence;
  let lowest: number | undefined;
  for (const r of [...say.acts, ...say.intents]) {
    if (r.confidence === undefined || r.span[1] <= span[0] || r.span[0] >= span[1]) continue;
    lowest = Math.min(lowest ?? 1, r.confidence);
  }
  return lowest ?? say.confidence;
}

/**
 * The scenario as an attempt drew it, one object per scenario and values drawn: the readings of
 * its lines are cached on that object (readings.ts), so attempts that drew the same values (most
 * of them: a few values per variable) share them instead of analysing every line again.
 */
const drawnBundles = new WeakMap<ScenarioBundle, Map<string, ScenarioBundle>>();
/** Draws kept per scenario; past this the cache starts again (a bound, not an LRU). */
const DRAWN_LIMIT = 256;

function bundleOfAttempt(template: ScenarioBundle, log: readonly LogEntry[]): ScenarioBundle {
  const { variables } = template.scenario;
  if (!variables) return template;
  const seed = (seedOf(log) ?? 0) >>> 0;
  const key = JSON.stringify(drawValues(variables, seed));
  let drawn = drawnBundles.get(template);
  if (!drawn) drawnBundles.set(template, (drawn = new Map()));
  let bundle = drawn.get(key);
  if (!bundle) {
    if (drawn.size >= DRAWN_LIMIT) drawn.clear();
    bundle = instantiate(template, seed);
    drawn.set(key, bundle);
  }
  return bundle;
}

export function score(template: ScenarioBundle, log: readonly LogEntry[]): Scorecard {
  // A scenario with variables is scored as the attempt drew it (the seed is in its log).
  const bundle = bundleOfAttempt(template, log);
  const trace = buildTrace(bundle, log);
  const weights = weightsFor(bundle);
  const criteria = {} as Record<CriterionId, CriterionScore | null>;
  const notEvaluated: Partial<Record<CriterionId, string>> = {};
  let weighted = 0;
  let weightSum = 0;
  const critical = criticalFailures(trace);
  const drafts: Partial<Record<CriterionId, CriterionDraft>> = {};
  for (const id of CRITERIA) {
    const draft = SCORERS[id](trace);
    if (!draft || 'notEvaluated' in draft) {
      criteria[id] = null;
      notEvaluated[id] = draft?.notEvaluated ?? NOT_EVALUATED.generic;
      continue;
    }
    drafts[id] = draft;
  }
  // A critical failure weighs on the criteria whose step it belongs to (halo.ts).
  applyHalo(drafts, critical, haloTip);
  for (const id of CRITERIA) {
    const draft = drafts[id];
    if (!draft) continue;
    const points = draft.evidence.reduce<number>((sum, e) => sum + e.points, draft.base);
    const criterion: CriterionScore = {
      score: clampScore(points),
      base: draft.base,
      weight: weights[id],
      label: CRITERION_LABELS[id],
      evidence: markUncertain(
        trace,
        draft.evidence.sort((a, b) => a.turn - b.turn),
      ),
      tip: draft.tip,
    };
    criteria[id] = criterion;
    weighted += criterion.score * criterion.weight;
    weightSum += criterion.weight;
  }

  const total = weightSum > 0 ? clampScore(weighted / weightSum) : 0;
  const passMark = passMarkFor(bundle);
  for (const c of critical) markUncertain(trace, c.evidence, true);
  const final = finalOutcome(trace);
  const outcome: ScoredOutcome = { id: final.id, verdict: final.verdict, label: final.label };
  if (final.critical) outcome.critical = final.critical;
  // A wrong outcome, the urgent slot given away or a step the outcome requires not done fails
  // the call with no critical failure (the graders' sheet), each with its reason.
  const failures = verdictFailures(trace);
  const card: Scorecard = {
    rubricVersion: RUBRIC_VERSION,
    scenario: bundle.scenario.id,
    scenarioVersion: bundle.scenario.version,
    outcome,
    total,
    passed: critical.length === 0 && total >= passMark && failures.length === 0,
    passMark,
    critical,
    criteria,
    notEvaluated,
  };
  if (failures.length > 0) card.failures = failures;
  return card;
}

/** Each criterion's score, `null` where it does not apply: the `criteria` of the CLI's JSON. */
export function criteriaSummary(card: Scorecard): Record<CriterionId, number | null> {
  const summary = {} as Record<CriterionId, number | null>;
  for (const id of CRITERIA) summary[id] = card.criteria[id]?.score ?? null;
  return summary;
}
