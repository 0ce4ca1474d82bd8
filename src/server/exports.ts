/**
 * The exports of stored attempts: CSV for French spreadsheets (`;`, UTF-8 BOM, French dates and
 * decimals) and xAPI statements. Pure functions over the rows; the routes stream nothing yet.
 */
import { v5 as uuidV5 } from 'uuid';
import { CRITERIA } from '../scenarios/vocabulary.ts';
import { CRITERION_LABELS, CRITICAL_RULE_TEXT } from '../scoring/messages.ts';
import { reviewedResult, type CardLike as ReviewedCard, type ReviewedResult } from '../scoring/reviewed.ts';
import type { ExportRow } from './repositories/attempts.ts';

interface CardLike {
  criteria?: Record<string, { score: number } | null>;
  critical?: { id: string }[];
  outcome?: { label?: string };
}

const dateTime = new Intl.DateTimeFormat('fr-FR', {
  dateStyle: 'short',
  timeStyle: 'short',
  timeZone: 'Europe/Paris',
});

/**
 * A number as a French spreadsheet reads it: a decimal comma (« 72,5 »), two decimals at most, no
 * thousands separator (LibreOffice and Excel in French would read « 1 234 » as text).
 */
const decimal = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2, useGrouping: false });

function frenchNumber(value: number | null | undefined): string {
  return typeof value === 'number' && Number.isFinite(value) ? decimal.format(value) : '';
}

/** A cell: quoted when needed; a leading = + - @ is neutralised (no formula runs in a spreadsheet). */
function cell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The figures after review: criteria with their overrides, total recalculated, the verdict. */
function finalOf(row: ExportRow): { result: ReviewedResult; criteria: Record<string, number | null> } {
  const card = (row.scorecard ?? {}) as CardLike & ReviewedCard;
  const reviewed = new Map(row.overrides.map((o) => [o.criterion, o.after]));
  const result = reviewedResult(
    { ...card, total: row.total, passed: row.passed },
    Object.fromEntries(reviewed),
    row.verdictOverride?.after,
  );
  const criteria = Object.fromEntries(
    CRITERIA.map((c) => [c, reviewed.get(c) ?? card.criteria?.[c]?.score ?? null]),
  );
  return { result, criteria };
}

const yesNo = (b: boolean) => (b ? 'oui' : 'non');

/** « Écoute et empathie 62 → 40 ; verdict oui → non (raison) ». */
function overridesText(row: ExportRow): string {
  const parts = row.overrides.map(
    (o) =>
      `${CRITERION_LABELS[o.criterion as keyof typeof CRITERION_LABELS] ?? o.criterion} ${frenchNumber(o.before)} → ${frenchNumber(o.after)}`,
  );
  if (row.verdictOverride)
    parts.push(
      `verdict ${yesNo(row.verdictOverride.before)} → ${yesNo(row.verdictOverride.after)} (${row.verdictOverride.reason})`,
    );
  return parts.join(' ; ');
}

const seconds = (row: ExportRow) =>
  row.endedAt ? Math.max(0, Math.round((row.endedAt.getTime() - row.startedAt.getTime()) / 1000)) : null;

export function attemptsCsv(rows: readonly ExportRow[], titleOf: (id: string) => string | undefined): string {
  const header = [
    'apprenant',
    'e-mail',
    'groupe',
    'scénario',
    'version',
    'date',
    'durée (s)',
    'issue',
    ...CRITERIA.map((c) => CRITERION_LABELS[c]),
    'total',
    'réussi',
    'échecs critiques',
    'corrections humaines',
    'total automatique',
    'réussi automatique',
    'identifiant',
  ];
  const lines = rows.map((row) => {
    const card = (row.scorecard ?? {}) as CardLike;
    const { result, criteria } = finalOf(row);
    return [
      row.userName,
      row.userEmail,
      row.groups.join(', '),
      titleOf(row.scenarioId) ?? row.scenarioId,
      frenchNumber(row.scenarioVersion),
      dateTime.format(row.startedAt),
      frenchNumber(seconds(row)),
      card.outcome?.label ?? row.outcomeId,
      ...CRITERIA.map((c) => frenchNumber(criteria[c])),
      frenchNumber(result.total),
      yesNo(result.passed),
      (card.critical ?? [])
        .map((f) => CRITICAL_RULE_TEXT[f.id as keyof typeof CRITICAL_RULE_TEXT] ?? f.id)
        .join(' ; '),
      overridesText(row),
      frenchNumber(row.total),
      yesNo(row.passed),
      row.id,
    ]
      .map(cell)
      .join(';');
  });
  return `\uFEFF${[header.map(cell).join(';'), ...lines].join('\r\n')}\r\n`;
}

/** Décroche's namespace for statement ids (UUID v5): fixed for good, or every id would change. */
const STATEMENT_NAMESPACE = 'c0623e97-6b70-40c0-b1bd-f42b10bbb014';

/**
 * A statement's id, the same at every export of the same content (an LRS then stores a resend
 * once): a UUID v5 of the attempt, the statement's kind and its review. A review changes the
 * statement, so it changes the id too: an LRS answers 409 to a known id with new content, and
 * refuses the whole batch with it.
 */
export function statementId(row: ExportRow, kind: 'completed'): string {
  const review =
    row.overrides.length > 0 || row.verdictOverride !== null
      ? JSON.stringify({ criteria: row.overrides, verdict: row.verdictOverride })
      : '';
  return uuidV5(`${row.id}\n${kind}\n${review}`, STATEMENT_NAMESPACE);
}

/**
 * One xAPI statement per attempt: actor, verb « completed », the scenario, the score after review
 * (the automatic one and the human overrides in extensions).
 */
export function xapiStatements(
  rows: readonly ExportRow[],
  base: string,
  titleOf: (id: string) => string | undefined,
) {
  return rows.map((row) => {
    const duration = seconds(row);
    const { result, criteria } = finalOf(row);
    const reviewed = row.overrides.length > 0 || row.verdictOverride !== null;
    return {
      id: statementId(row, 'completed'),
      actor: { objectType: 'Agent', name: row.userName, mbox: `mailto:${row.userEmail}` },
      verb: { id: 'http://adlnet.gov/expapi/verbs/completed', display: { 'fr-FR': 'a terminé' } },
      object: {
        objectType: 'Activity',
        id: `${base}/scenarios/${encodeURIComponent(row.scenarioId)}`,
        definition: {
          name: { 'fr-FR': titleOf(row.scenarioId) ?? row.scenarioId },
          type: 'http://adlnet.gov/expapi/activities/simulation',
        },
      },
      result: {
        score: { scaled: result.total / 100, raw: result.total, min: 0, max: 100 },
        success: result.passed,
        completion: true,
        ...(duration !== null ? { duration: `PT${duration}S` } : {}),
        extensions: {
          [`${base}/xapi/criteria`]: criteria,
          ...(reviewed
            ? {
                [`${base}/xapi/automatic`]: { total: row.total, passed: row.passed },
                [`${base}/xapi/overrides`]: {
                  criteria: row.overrides,
                  verdict: row.verdictOverride,
                },
              }
            : {}),
        },
      },
      context: {
        language: 'fr-FR',
        extensions: {
          [`${base}/xapi/attempt`]: row.id,
          [`${base}/xapi/scenario-version`]: row.scenarioVersion,
        },
      },
      timestamp: (row.endedAt ?? row.startedAt).toISOString(),
    };
  });
}
