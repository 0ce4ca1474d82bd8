/**
 * The attempts as a CSV file that French Excel opens right away: `;` between fields, a decimal
 * comma, UTF-8 with a byte-order mark (without it Excel reads the accents as Windows-1252),
 * CRLF line ends. Pure: the page turns the text into a download.
 */
import { CRITERIA } from '../../scenarios/vocabulary.ts';
import { startTime, type AttemptSummary } from '../app/summaryStats.ts';
import { CRITERION_LABELS } from '../../scoring/labels.ts';
import { fr } from './strings.ts';

export const BOM = '\uFEFF';
const SEPARATOR = ';';
const EOL = '\r\n';

/** 72.5 → « 72,5 »; `null` → an empty cell. */
export function frenchNumber(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return '';
  return String(Math.round(value * 100) / 100).replace('.', ',');
}

/**
 * One text cell: quoted when it holds a separator, a quote or a line break (quotes doubled).
 * A text starting like a formula (= + - @) gets a leading apostrophe, so a spreadsheet shows it
 * instead of running it.
 */
export function csvText(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[";\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** « 2026-03-17 09:05 » in local time: a date Excel recognises in a French locale. */
export function csvDate(time: number): string {
  if (!Number.isFinite(time)) return '';
  const d = new Date(time);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

export function attemptsCsv(
  summaries: readonly AttemptSummary[],
  titleOf: (scenarioId: string) => string,
): string {
  const header = [
    fr.csv.date,
    fr.csv.scenario,
    fr.csv.scenarioId,
    fr.csv.outcome,
    fr.csv.verdict,
    fr.csv.total,
    ...CRITERIA.map((id) => CRITERION_LABELS[id]),
    fr.csv.critical,
  ];
  const lines = [header.map(csvText).join(SEPARATOR)];
  for (const s of summaries) {
    lines.push(
      [
        csvDate(startTime(s)),
        csvText(titleOf(s.scenarioId)),
        csvText(s.scenarioId),
        csvText(s.outcome?.label ?? ''),
        s.passed ? fr.csv.passed : fr.csv.failed,
        frenchNumber(s.total),
        ...CRITERIA.map((id) => frenchNumber(s.criteria[id])),
        csvText(s.critical.map((c) => fr.csv.criticalLabels[c]).join(', ')),
      ].join(SEPARATOR),
    );
  }
  return BOM + lines.join(EOL) + EOL;
}
