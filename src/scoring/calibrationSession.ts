/**
 * A calibration session's report: several raters grade the same calls blind on the sheet's 0–4
 * scale; how far they agree with each other (quadratic-weighted Cohen's κ for two raters,
 * Fleiss' κ for three or more, with the intraclass correlation ICC(2,1) beside it, which reads
 * the grades as a scale where Fleiss' κ reads them as categories), how far each agrees with the automatic score, and the calls where
 * they differ most. Pure: judgements in, figures out (the team server stores the grades).
 */
import { cohenKappa, fleissKappa, intraclassCorrelation, quadraticWeightedKappa } from './agreement.ts';
import {
  agreementOf,
  distance,
  toGrade,
  type Grade,
  type Judgement,
  type PairAgreement,
} from './calibration.ts';
import { CRITERIA, CRITICAL_RULES, type CriterionId, type CriticalRule } from '../scenarios/vocabulary.ts';

/** The program's judgement of a call, put on the sheet's scale (a stored scorecard, read loosely). */
export function judgementOf(card: {
  criteria?: Partial<Record<string, { score?: unknown } | null>>;
  critical?: { id?: unknown }[];
  passed?: unknown;
}): Judgement {
  const grades: Judgement['grades'] = {};
  for (const id of CRITERIA) {
    const score = card.criteria?.[id]?.score;
    grades[id] = toGrade(typeof score === 'number' ? score : null);
  }
  const critical = (card.critical ?? [])
    .map((c) => c.id)
    .filter((id): id is CriticalRule => CRITICAL_RULES.includes(id as CriticalRule));
  return { grades, critical, passed: card.passed === true };
}

export type KappaMethod = 'cohen-quadratic' | 'fleiss';

export interface Figure {
  /** null: too few items both (all) raters graded to say anything. */
  kappa: number | null;
  n: number;
  /**
   * Three raters or more, grades on the 0–4 scale: ICC(2,1), absolute agreement (null: fewer
   * than two calls).
   */
  icc?: number | null;
}

export interface SessionCall {
  id: string;
  automatic: Judgement;
  /** Each rater's judgement of this call, by rater id (only the raters who submitted). */
  ratings: Record<string, Judgement>;
}

export interface CallSpread {
  id: string;
  /** Mean grade steps (+4 per verdict, +4 per critical) between every two raters. */
  between: number;
  /** Mean distance of the raters to the automatic score. */
  toAutomatic: number;
  /** The criteria on which at least two raters, or a rater and the automatic score, differ. */
  criteria: CriterionId[];
}

export interface SessionReport {
  raters: string[];
  method: KappaMethod | null;
  /** Inter-rater agreement per criterion, over the calls every rater graded (not NA). */
  criteria: Partial<Record<CriterionId, Figure>>;
  pooled: Figure;
  passFail: Figure;
  /** Each rater against the automatic score. */
  automatic: Record<string, PairAgreement>;
  /** Calls, most disagreed first. */
  spread: CallSpread[];
}

const numeric = (g: Grade | undefined): g is Exclude<Grade, 'NA'> => typeof g === 'number';

/** Agreement of every rater on the given rows (one row per item: each rater's grade, in order). */
function interRater(rows: readonly (readonly number[])[], raters: number, categories: number): Figure {
  if (rows.length === 0 || raters < 2) return { kappa: null, n: rows.length };
  if (raters === 2)
    return {
      kappa: quadraticWeightedKappa(
        rows.map((r) => r[0]!),
        rows.map((r) => r[1]!),
        [0, categories - 1],
      ).kappa,
      n: rows.length,
    };
  const counts = rows.map((r) => {
    const c = new Array<number>(categories).fill(0);
    for (const g of r) c[g]!++;
    return c;
  });
  const kappa = fleissKappa(counts).kappa;
  if (categories === 2) return { kappa, n: rows.length };
  return {
    kappa,
    n: rows.length,
    icc: rows.length >= 2 ? intraclassCorrelation(rows).agreement : null,
  };
}

function mean(values: number[]): number {
  return values.length ? values.reduce((s, v) => s + v, 0) / values.length : 0;
}

export function sessionReport(calls: readonly SessionCall[], raters: readonly string[]): SessionReport {
  const method: KappaMethod | null =
    raters.length < 2 ? null : raters.length === 2 ? 'cohen-quadratic' : 'fleiss';
  const rated = calls.filter((c) => raters.every((r) => c.ratings[r]));
  const criteria: SessionReport['criteria'] = {};
  const pooled: number[][] = [];
  for (const id of CRITERIA) {
    const rows: number[][] = [];
    for (const call of rated) {
      const grades = raters.map((r) => call.ratings[r]!.grades[id]);
      if (grades.every(numeric)) rows.push(grades);
    }
    if (rows.length === 0) continue;
    criteria[id] = interRater(rows, raters.length, 5);
    pooled.push(...rows);
  }
  const verdicts = rated.map((c) => raters.map((r) => (c.ratings[r]!.passed ? 1 : 0)));
  let passFail: Figure = { kappa: null, n: verdicts.length };
  if (verdicts.length > 0 && raters.length === 2)
    passFail = {
      kappa: cohenKappa(
        verdicts.map((v) => v[0]),
        verdicts.map((v) => v[1]),
      ).kappa,
      n: verdicts.length,
    };
  else if (verdicts.length > 0 && raters.length > 2) passFail = interRater(verdicts, raters.length, 2);

  const automatic: SessionReport['automatic'] = {};
  for (const r of raters) {
    const mine = calls.filter((c) => c.ratings[r]);
    if (mine.length === 0) continue;
    automatic[r] = agreementOf(
      mine.map((c) => c.ratings[r]!),
      mine.map((c) => c.automatic),
    );
  }

  const spread = calls
    .map((call): CallSpread => {
      const judgements = raters.flatMap((r) => (call.ratings[r] ? [call.ratings[r]] : []));
      const pairs: number[] = [];
      for (let i = 0; i < judgements.length; i++)
        for (let j = i + 1; j < judgements.length; j++) pairs.push(distance(judgements[i]!, judgements[j]!));
      const differing = CRITERIA.filter((id) => {
        const grades = [...judgements, call.automatic].map((j) => j.grades[id]).filter(numeric);
        return new Set(grades).size > 1;
      });
      return {
        id: call.id,
        between: mean(pairs),
        toAutomatic: mean(judgements.map((j) => distance(j, call.automatic))),
        criteria: differing,
      };
    })
    .sort((a, b) => b.between - a.between || b.toAutomatic - a.toAutomatic || a.id.localeCompare(b.id));

  return {
    raters: [...raters],
    method,
    criteria,
    pooled: pooled.length ? interRater(pooled, raters.length, 5) : { kappa: null, n: 0 },
    passFail,
    automatic,
    spread,
  };
}

/** One labelled line for the analyser: a call where raters (or a rater and the program) differ. */
export interface DisagreementLine {
  call: string;
  scenario: string;
  automatic: Judgement;
  raters: (Judgement & { rater: string; comment: string })[];
  /** Per criterion that differs: each side's grade (NA where it does not apply). */
  differences: { criterion: CriterionId; automatic: Grade; raters: Record<string, Grade> }[];
  log: unknown[];
}

/** The calls of the report that anyone disagrees on, as JSON lines (most disagreed first). */
export function disagreementsJsonl(
  report: SessionReport,
  calls: readonly (SessionCall & {
    scenario: string;
    log: unknown[];
    comments: Record<string, string>;
  })[],
): string {
  const byId = new Map(calls.map((c) => [c.id, c]));
  const lines: string[] = [];
  for (const s of report.spread) {
    if (s.criteria.length === 0 && s.between === 0 && s.toAutomatic === 0) continue;
    const call = byId.get(s.id)!;
    const raters = report.raters.filter((r) => call.ratings[r]);
    const line: DisagreementLine = {
      call: call.id,
      scenario: call.scenario,
      automatic: call.automatic,
      raters: raters.map((r) => ({ rater: r, ...call.ratings[r]!, comment: call.comments[r] ?? '' })),
      differences: s.criteria.map((criterion) => ({
        criterion,
        automatic: call.automatic.grades[criterion] ?? 'NA',
        raters: Object.fromEntries(raters.map((r) => [r, call.ratings[r]!.grades[criterion] ?? 'NA'])),
      })),
      log: call.log,
    };
    lines.push(JSON.stringify(line));
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}
