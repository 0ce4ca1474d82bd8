/** Scoring an attempt from its log (DESIGN §7): the public API of src/scoring. */
export { score, criteriaSummary, weightsFor, passMarkFor } from './score.ts';
export { scoreSummary, formatScorecard, type ScoreSummary } from './report.ts';
export { parseAttempt, AttemptError, LogEntrySchema, type AttemptFile } from './attempt.ts';
export { benchScoring, type ScoringBench } from './bench.ts';
export { CRITERION_LABELS, CRITICAL_RULE_TEXT } from './messages.ts';
export * from './types.ts';
export { verifyAttempt, type Verification, type AttemptToVerify, MAX_CALL_MS } from './replay.ts';
