/**
 * The halo of a critical failure (rubric v7, v8, eval/grading/SHEET.md). On the graders' scale 0 is
 * « done in a way that harms the caller », 3 « one thing to correct », 2 « one real gap ». A
 * critical failure harms the caller, and the graders let it weigh on the criteria whose step it
 * belongs to: the criterion of the fault itself falls to 0 however it was found (medical advice
 * settled by the scenario's verdict takes Limites du rôle to 0), and the criteria about the care
 * of the caller cannot stay « a model » in a call that put them at risk. Each cap is evidence the
 * debrief shows, on the line of the critical failure.
 */
import type { CriterionDraft } from './criteria/draft.ts';
import { HALO_WHY } from './messages.ts';
import type { CriterionId, CriticalFailure, CriticalRule, Evidence } from './types.ts';

/** The most a criterion may score in a call with this critical failure (0–100). */
export const HALO: Readonly<Record<CriticalRule, Partial<Record<CriterionId, number>>>> = {
  // The advice is the fault of Limites du rôle; a call closed on advice leaves the caller with it
  // instead of the doctor and a safety net (the sheet's 2 at best).
  'medical-advice': { role: 0, empathy: 75, closing: 55 },
  // A vital emergency made to wait: the caller's alarm was not taken seriously (a real gap in
  // listening), and deciding that it can wait is judging its severity (Limites du rôle).
  'red-flag': { empathy: 55, role: 75 },
  // A disclosure or a discriminatory refusal harms the caller or a patient: listening cannot be
  // a model. A caller sent away on a discriminatory refusal leaves with it (v8: the graders give
  // the close a 2 at best).
  secrecy: { empathy: 75 },
  discrimination: { empathy: 75, closing: 55 },
};

/** The score a draft would have: base plus its evidence, kept within 0–100. */
function scoreOf(draft: CriterionDraft): number {
  const sum = draft.evidence.reduce<number>((s, e) => s + e.points, draft.base);
  return Math.min(100, Math.max(0, Math.round(sum)));
}

/**
 * Caps the drafts of the criteria the critical failures weigh on: each cap is one more piece of
 * evidence (points down to the cap), on the first evidence of the critical failure. The tip of a
 * capped criterion is the critical failure's own lesson when it costs more than any other miss.
 */
export function applyHalo(
  drafts: Partial<Record<CriterionId, CriterionDraft>>,
  critical: readonly CriticalFailure[],
  tipOf: (rule: CriticalRule, criterion: CriterionId) => string | undefined,
): void {
  for (const failure of critical) {
    const where = failure.evidence[0];
    if (!where) continue;
    for (const [criterion, cap] of Object.entries(HALO[failure.id]) as [CriterionId, number][]) {
      const draft = drafts[criterion];
      if (!draft) continue;
      const current = scoreOf(draft);
      if (current <= cap) continue;
      const item: Evidence = {
        turn: where.turn,
        t: where.t,
        points: cap - current,
        why: HALO_WHY[failure.id](criterion),
      };
      if (where.quote) item.quote = where.quote;
      draft.evidence.push(item);
      const tip = tipOf(failure.id, criterion);
      if (tip && current - cap >= 25) draft.tip = tip;
    }
  }
}
