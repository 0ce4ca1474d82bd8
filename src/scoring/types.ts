/**
 * The scorecard of an attempt (DESIGN §7): what `score(bundle, log)` returns, what the debrief
 * shows and what is stored with the attempt. Every point comes with the evidence behind it.
 */
import type { CriterionId, CriticalRule, Verdict } from '../scenarios/schema.ts';

export type { CriterionId, CriticalRule } from '../scenarios/schema.ts';

/**
 * Bumped whenever a change to the rubric can change a score: stored attempts scored under an
 * older version are re-scored from their log.
 */
export const RUBRIC_VERSION = 8;

/** Used when the scenario does not override them (`scenario.rubric.weights`). */
export const DEFAULT_WEIGHTS: Readonly<Record<CriterionId, number>> = {
  greeting: 1,
  identification: 1.5,
  empathy: 2,
  reformulation: 2,
  timing: 1.5,
  orientation: 3,
  accuracy: 1.5,
  role: 2,
  confidentiality: 2,
  closing: 1,
};

export const DEFAULT_PASS_MARK = 70;

/** The trainee's words behind a point: `span` is a half-open range into that utterance. */
export interface Quote {
  text: string;
  span: [number, number];
}

/** One reason a criterion gained or lost points. */
export interface Evidence {
  /** Index of the log entry this is about. */
  turn: number;
  /** Its time, ms since the first ring. */
  t: number;
  quote?: Quote;
  /** Signed; 0 for a remark that moves nothing (a step done right, a missing one already paid). */
  points: number;
  /** In French. */
  why: string;
  /**
   * The analyser was unsure of the reading behind this point (its confidence is under
   * `LOW_CONFIDENCE`): the debrief marks it « lecture incertaine ». Set only on points lost.
   */
  uncertain?: true;
}

export interface CriterionScore {
  /** 0–100: `base + Σ evidence.points`, rounded and kept within 0–100. */
  score: number;
  /** Where the criterion starts before its evidence: 0 (points are earned) or 100 (points are lost). */
  base: 0 | 100;
  weight: number;
  /** In French, as the debrief shows it. */
  label: string;
  evidence: Evidence[];
  /** One concrete tip, in French. */
  tip: string;
}

/** A fault that fails the attempt whatever the total. */
export interface CriticalFailure {
  id: CriticalRule;
  /** The rule broken, in French. */
  rule: string;
  evidence: Evidence[];
}

/**
 * Why an attempt fails with no critical failure: a wrong outcome, the urgent slot given away, or
 * a step the outcome requires (`requires` in the scenario) not done. Shown in the debrief.
 */
export interface VerdictFailure {
  id: 'wrong-outcome' | 'urgent-slot' | 'requirement';
  /** In French: why the call is not passed. */
  rule: string;
  evidence: Evidence[];
}

export interface ScoredOutcome {
  id: string;
  verdict: Verdict;
  label: string;
  critical?: CriticalRule;
}

export interface Scorecard {
  rubricVersion: number;
  scenario: string;
  scenarioVersion: number;
  outcome: ScoredOutcome;
  /** 0–100, rounded: the weighted mean of the criteria that apply. */
  total: number;
  passed: boolean;
  passMark: number;
  critical: CriticalFailure[];
  /**
   * Why the attempt fails although no critical failure was found (absent in scorecards of rubric
   * version 5 and older, and when there is none).
   */
  failures?: VerdictFailure[];
  /** `null`: the criterion does not apply to this attempt and weighs nothing in the total. */
  criteria: Record<CriterionId, CriterionScore | null>;
  /** Why each `null` criterion was not evaluated, in French (« non évalué : … »). */
  notEvaluated?: Partial<Record<CriterionId, string>>;
}
