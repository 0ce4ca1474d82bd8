/**
 * The exports of stored attempts: CSV for French spreadsheets (`;`, UTF-8 BOM, French dates and
 * decimals) and xAPI statements. Pure functions over the rows; the routes stream nothing yet.
 */
import { CRITERIA } from '../scenarios/vocabulary.ts';
import { CRITERION_LABELS, CRITICAL_RULE_TEXT } from '../scoring/messages.ts';
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

/** A cell: quoted when needed; a leading = + - @ is neutralised (no formula runs in a spreadsheet). */
function cell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
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
    'identifiant',
  ];
  const lines = rows.map((row) => {
    const card = (row.scorecard ?? {}) as CardLike;
    return [
      row.userName,
      row.userEmail,
      row.groups.join(', '),
      titleOf(row.scenarioId) ?? row.scenarioId,
      row.scenarioVersion,
      dateTime.format(row.startedAt),
      seconds(row),
      card.outcome?.label ?? row.outcomeId,
      ...CRITERIA.map((c) => card.criteria?.[c]?.score ?? null),
      row.total,
      row.passed ? 'oui' : 'non',
      (card.critical ?? [])
        .map((f) => CRITICAL_RULE_TEXT[f.id as keyof typeof CRITICAL_RULE_TEXT] ?? f.id)
        .join(' ; '),
      row.overrides
        .map(
          (o) =>
            `${CRITERION_LABELS[o.criterion as keyof typeof CRITERION_LABELS] ?? o.criterion} ${o.before} → ${o.after}`,
        )
        .join(' ; '),
      row.id,
    ]
      .map(cell)
      .join(';');
  });
  return `\uFEFF${[header.map(cell).join(';'), ...lines].join('\r\n')}\r\n`;
}

/** One xAPI statement per attempt: actor, verb « completed », the scenario, the server's score. */
export function xapiStatements(
  rows: readonly ExportRow[],
  base: string,
  titleOf: (id: string) => string | undefined,
) {
  return rows.map((row) => {
    const card = (row.scorecard ?? {}) as CardLike;
    const duration = seconds(row);
    // The reviewed score where a trainer overrode the automatic one.
    const reviewed = new Map(row.overrides.map((o) => [o.criterion, o.after]));
    const criteria = Object.fromEntries(
      CRITERIA.map((c) => [c, reviewed.get(c) ?? card.criteria?.[c]?.score ?? null]),
    );
    return {
      ...(/^[0-9a-f-]{36}$/i.test(row.id) ? { id: row.id } : {}),
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
        score: { scaled: row.total / 100, raw: row.total, min: 0, max: 100 },
        success: row.passed,
        completion: true,
        ...(duration !== null ? { duration: `PT${duration}S` } : {}),
        extensions: { [`${base}/xapi/criteria`]: criteria },
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
