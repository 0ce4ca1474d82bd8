/**
 * A scorecard as the CLI prints it: the short JSON of DESIGN §10 (with the full scorecard
 * beside it) and a French text for people.
 */
import { CRITERIA } from '../scenarios/vocabulary.ts';
import {
  CRITERION_LABELS,
  NOT_EVALUATED,
  UNCERTAIN_READING,
  VERDICT_LABELS,
  rubricLabel,
} from './messages.ts';
import { criteriaSummary } from './score.ts';
import type { CriterionId, CriticalRule, Evidence, Scorecard } from './types.ts';

export interface ScoreSummary {
  scenario: string;
  outcome: { id: string; verdict: Scorecard['outcome']['verdict'] };
  total: number;
  passed: boolean;
  critical: CriticalRule[];
  criteria: Record<CriterionId, number | null>;
  scorecard: Scorecard;
}

export function scoreSummary(card: Scorecard): ScoreSummary {
  return {
    scenario: card.scenario,
    outcome: { id: card.outcome.id, verdict: card.outcome.verdict },
    total: card.total,
    passed: card.passed,
    critical: card.critical.map((c) => c.id),
    criteria: criteriaSummary(card),
    scorecard: card,
  };
}

/** 75 400 ms → « 1:15 ». */
export function clock(ms: number): string {
  const s = Math.floor(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

function points(p: number): string {
  return p > 0 ? `+${p}` : p < 0 ? `−${-p}` : '±0';
}

function evidenceLine(e: Evidence, withPoints = true): string {
  const quote = e.quote ? ` « ${e.quote.text} »` : '';
  const unsure = e.uncertain ? ` (${UNCERTAIN_READING})` : '';
  return `    ${withPoints ? `${points(e.points).padStart(4)}  ` : ''}${clock(e.t)}  ${e.why}${quote}${unsure}`;
}

/** The scorecard in French, for the terminal. */
export function formatScorecard(card: Scorecard, title?: string): string {
  const lines: string[] = [];
  lines.push(`Scénario : ${card.scenario} (version ${card.scenarioVersion})${title ? ` — ${title}` : ''}`);
  lines.push(
    `Issue : ${card.outcome.label} (${VERDICT_LABELS[card.outcome.verdict]}${card.outcome.critical ? ', faute critique' : ''})`,
  );
  lines.push(
    `Note : ${card.total}/100 — ${card.passed ? 'réussi' : 'non réussi'} (seuil : ${card.passMark})`,
  );
  lines.push(rubricLabel(card.rubricVersion));
  if (card.critical.length > 0) {
    lines.push('', 'Fautes critiques (la tentative échoue quelle que soit la note) :');
    for (const c of card.critical) {
      lines.push(`  ✗ ${c.rule}`);
      for (const e of c.evidence) lines.push(evidenceLine(e, false));
    }
  }
  if (card.failures?.length) {
    lines.push('', 'Pourquoi l’appel n’est pas réussi :');
    for (const f of card.failures) {
      lines.push(`  ✗ ${f.rule}`);
      for (const e of f.evidence) lines.push(evidenceLine(e, false));
    }
  }
  for (const id of CRITERIA) {
    const c = card.criteria[id];
    lines.push('');
    if (!c) {
      lines.push(
        `${CRITERION_LABELS[id]} : non évalué — ${card.notEvaluated?.[id] ?? NOT_EVALUATED.generic}`,
      );
      continue;
    }
    lines.push(`${c.label} : ${c.score}/100 (poids ${String(c.weight).replace('.', ',')})`);
    for (const e of c.evidence) lines.push(evidenceLine(e));
    lines.push(`  Conseil : ${c.tip}`);
  }
  return lines.join('\n');
}
