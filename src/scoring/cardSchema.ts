/**
 * A stored scorecard checked before it is shown (a debrief of an imported or old attempt): what
 * the debrief reads must be there and be numbers, texts and lists, or the attempt cannot be
 * shown. Extra fields are allowed (a newer rubric may add some).
 */
import { z } from '../zod.ts';
import fr from 'zod/v4/locales/fr.js';
import { VERDICTS } from '../scenarios/vocabulary.ts';

const finite = z.number().refine(Number.isFinite, 'nombre fini attendu');
const text = z.string().max(10_000);
const Evidence = z.object({
  turn: finite,
  t: finite.min(0),
  points: finite,
  why: text,
  quote: z.object({ text, span: z.tuple([finite, finite]) }).optional(),
});
const Criterion = z.object({
  score: finite.min(0).max(100),
  weight: finite.min(0),
  label: text,
  evidence: z.array(Evidence).max(1000),
  tip: text,
});

export const ScorecardSchema = z.object({
  rubricVersion: z.number().int().min(1),
  total: finite.min(0).max(100),
  passed: z.boolean(),
  passMark: finite.min(0).max(100),
  outcome: z.object({ id: text, verdict: z.enum(VERDICTS), label: text }),
  critical: z.array(z.object({ id: text, rule: text, evidence: z.array(Evidence).max(1000) })).max(100),
  criteria: z.record(z.string(), Criterion.nullable()),
  /** Rubric v6: why the call fails with no critical failure (absent before). */
  failures: z
    .array(z.object({ id: text, rule: text, evidence: z.array(Evidence).max(1000) }))
    .max(100)
    .optional(),
});

/** French lines saying what is wrong with a stored scorecard; empty when it can be shown. */
export function scorecardProblems(card: unknown): string[] {
  const result = ScorecardSchema.safeParse(card, { error: fr().localeError });
  if (result.success) return [];
  return result.error.issues
    .slice(0, 5)
    .map((issue) => `note enregistrée, ${issue.path.map(String).join('.') || 'ensemble'} : ${issue.message}`);
}
