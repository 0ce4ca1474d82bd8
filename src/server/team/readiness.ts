/**
 * « Prêt à décrocher »: the readiness rule a manager sets for the organisation, and its verdict
 * for one trainee from facts the matrix query gathers. Pure: no database, no clock read.
 */
import { CALLER_TYPES, CRITERIA, type CallerType, type CriterionId } from '../../scenarios/vocabulary.ts';
import { z } from '../../zod.ts';

export const ReadinessRuleSchema = z.object({
  /** The caller types every trainee must have handled (none: no such condition). */
  coreCallerTypes: z.array(z.enum(CALLER_TYPES)).max(CALLER_TYPES.length),
  /** Passed attempts each core caller type needs within `windowDays`. */
  minPasses: z.number().int().min(0).max(50),
  windowDays: z.number().int().min(1).max(365),
  /** No critical failure among this many latest attempts (0: no such condition). */
  noCriticalInLast: z.number().int().min(0).max(100),
  /** Every criterion's recent level at least this (0: no such condition). */
  minCriterion: z.number().int().min(0).max(100),
});

export type ReadinessRule = z.infer<typeof ReadinessRuleSchema>;

/** The example of the issue: the five core caller types twice in 30 days, no critical in 10, all ≥ 70. */
export const DEFAULT_RULE: ReadinessRule = {
  coreCallerTypes: ['urgent', 'anxious', 'demanding', 'no-slot', 'new-patient-refused'],
  minPasses: 2,
  windowDays: 30,
  noCriticalInLast: 10,
  minCriterion: 70,
};

export interface ReadinessFacts {
  /** Attempts of the trainee, all time. */
  attempts: number;
  /** Passed attempts per caller type within the rule's window. */
  passesInWindow: Partial<Record<CallerType, number>>;
  /** Attempts with a critical failure among the latest `noCriticalInLast`. */
  criticalInLast: number;
  /** The recent level per criterion (criteria never scored are absent). */
  levels: Partial<Record<CriterionId, number>>;
}

/** One condition of the rule not met (the screens say it in French). */
export type Shortfall =
  | { kind: 'noAttempt' }
  | { kind: 'callerType'; callerType: CallerType; passes: number; need: number }
  | { kind: 'critical'; count: number; last: number }
  | { kind: 'criterion'; criterion: CriterionId; level: number; need: number };

export interface Readiness {
  ready: boolean;
  /** What is missing (empty when ready). */
  missing: Shortfall[];
}

export function readinessOf(rule: ReadinessRule, facts: ReadinessFacts): Readiness {
  const missing: Shortfall[] = [];
  if (facts.attempts === 0) missing.push({ kind: 'noAttempt' });
  for (const callerType of rule.coreCallerTypes) {
    const passes = facts.passesInWindow[callerType] ?? 0;
    if (passes < rule.minPasses)
      missing.push({ kind: 'callerType', callerType, passes, need: rule.minPasses });
  }
  if (rule.noCriticalInLast > 0 && facts.criticalInLast > 0)
    missing.push({ kind: 'critical', count: facts.criticalInLast, last: rule.noCriticalInLast });
  if (rule.minCriterion > 0)
    for (const criterion of CRITERIA) {
      const level = facts.levels[criterion];
      if (level !== undefined && level < rule.minCriterion)
        missing.push({ kind: 'criterion', criterion, level: Math.round(level), need: rule.minCriterion });
    }
  return { ready: missing.length === 0, missing };
}
