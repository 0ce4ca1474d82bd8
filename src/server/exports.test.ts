/**
 * The exports as a French spreadsheet and an LRS read them: decimal commas and French dates in the
 * CSV; the matrix's filters (group, period) in each role's scope; xAPI statement ids stable from
 * one export to the next, so an LRS stores a resend once.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './db/database.ts';
import { xapiProblems } from './lrs/validate.ts';
import { insertAttempt } from './repositories/attempts.ts';
import { CRITERION_LABELS } from '../scoring/messages.ts';
import { backends, call, seedOrg, testApp, type Member, type Org } from './testing.ts';

/** RFC 4180 cells separated by `;`, one object per line keyed by the header. */
function readCsv(body: string): { header: string[]; rows: Record<string, string>[] } {
  expect(body.startsWith('\uFEFF')).toBe(true);
  const [header, ...lines] = body
    .slice(1)
    .trimEnd()
    .split('\r\n')
    .map((line) =>
      [...line.matchAll(/(?:^|;)("(?:[^"]|"")*"|[^;]*)/g)].map((m) =>
        m[1]!.startsWith('"') ? m[1]!.slice(1, -1).replace(/""/g, '"') : m[1]!,
      ),
    );
  return {
    header: header!,
    rows: lines.map((cells) => Object.fromEntries(header!.map((h, i) => [h, cells[i]!]))),
  };
}

const scorecard = (empathy: number, greeting: number, total: number) => ({
  total,
  passed: total >= 70,
  passMark: 70,
  critical: [],
  outcome: { id: 'rdv', label: 'Rendez-vous donné' },
  criteria: { empathy: { score: empathy, weight: 1 }, greeting: { score: greeting, weight: 1 } },
});

describe.each(backends())('exports on $name', (backend) => {
  let database: Database;
  let app: FastifyInstance;
  let org: Org;
  let other: Org;
  /** November: Inès (group A). December: Inès, then Paul (group B). Another organisation's call. */
  const ids = {
    november: crypto.randomUUID(),
    december: crypto.randomUUID(),
    paul: crypto.randomUUID(),
    foreign: crypto.randomUUID(),
  };

  async function store(id: string, who: Member, orgId: string, start: string, seconds: number, card: object) {
    const startedAt = new Date(start);
    const { total, passed } = card as { total: number; passed: boolean };
    await insertAttempt(database.db, {
      id,
      user_id: who.id,
      org_id: orgId,
      scenario_id: 'urgence-douleur-thoracique',
      scenario_version: 1,
      started_at: startedAt,
      ended_at: new Date(startedAt.getTime() + seconds * 1000),
      log: JSON.stringify([]),
      scorecard: JSON.stringify(card),
      total,
      passed,
      outcome_id: 'rdv',
      verdict: 'correct',
      replay_matches: true,
      app_version: 'test',
    });
  }

  beforeAll(async () => {
    database = await backend.open();
    app = await testApp(database);
    org = await seedOrg(database.db, 'org');
    other = await seedOrg(database.db, 'autre');
    await store(ids.november, org.trainee, org.id, '2026-11-10T10:00:00Z', 192.6, scorecard(72.5, 80, 76));
    await store(ids.december, org.trainee, org.id, '2026-12-01T08:30:00Z', 95, scorecard(64.25, 90, 77));
    await store(ids.paul, org.otherTrainee, org.id, '2026-12-01T22:30:00Z', 60, scorecard(50, 40, 45));
    await store(ids.foreign, other.trainee, other.id, '2026-12-01T09:00:00Z', 60, scorecard(50, 40, 45));
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  const csvOf = async (who: Member, query = '') => {
    const reply = await call(app, who, { method: 'GET', url: `/api/export/attempts.csv${query}` });
    expect(reply.statusCode, reply.body).toBe(200);
    return readCsv(reply.body);
  };
  const xapiOf = async (who: Member, query = '') => {
    const reply = await call(app, who, { method: 'GET', url: `/api/export/xapi${query}` });
    expect(reply.statusCode, reply.body).toBe(200);
    return reply.json() as { id: string; context: { extensions: Record<string, string> } }[];
  };
  const attemptOf = (s: { context: { extensions: Record<string, string> } }) =>
    Object.entries(s.context.extensions).find(([k]) => k.endsWith('/xapi/attempt'))![1];

  it('writes numbers with a decimal comma and dates as a French spreadsheet reads them', async () => {
    const { header, rows } = await csvOf(org.manager);
    expect(header[0]).toBe('apprenant');
    const november = rows.find((r) => r.identifiant === ids.november)!;
    expect(november[CRITERION_LABELS.empathy]).toBe('72,5');
    expect(november[CRITERION_LABELS.greeting]).toBe('80');
    // 10:00 UTC is 11:00 in Paris in November (UTC+1), 08:30 is 09:30 in December.
    expect(november.date).toBe('10/11/2026 11:00');
    expect(november['durée (s)']).toBe('193');
    expect(november.total).toBe('76');
    const december = rows.find((r) => r.identifiant === ids.december)!;
    expect(december[CRITERION_LABELS.empathy]).toBe('64,25');
    expect(december.date).toBe('01/12/2026 09:30');
    // No number anywhere with a decimal point: a French spreadsheet would read it as text.
    for (const row of rows)
      for (const h of header.filter((h) => h !== 'identifiant' && h !== 'e-mail'))
        expect(row[h], `${h}: ${row[h]}`).not.toMatch(/^\d+\.\d+$/);
  });

  it('narrows both exports to the matrix’s group and period, within each role’s scope', async () => {
    const cases: [Member, string, string[]][] = [
      [org.manager, '', [ids.november, ids.december, ids.paul]],
      [org.manager, `?group=${org.groupB}`, [ids.paul]],
      [org.manager, '?from=2026-11-20', [ids.december, ids.paul]],
      [org.manager, '?to=2026-11-30', [ids.november]],
      // `to` is the last day included; 22:30 UTC is still 1 December.
      [org.manager, `?group=${org.groupA}&from=2026-12-01&to=2026-12-01`, [ids.december]],
      [org.manager, '?from=2026-12-01&to=2026-12-01', [ids.december, ids.paul]],
      [org.trainer, '', [ids.november, ids.december]],
      [org.trainer, `?group=${org.groupA}&to=2026-11-10`, [ids.november]],
      [org.trainer, '?from=2026-12-01', [ids.december]],
      // Another organisation's group names nothing of this one's.
      [other.manager, `?group=${org.groupA}`, []],
      [other.manager, '', [ids.foreign]],
    ];
    for (const [who, query, expected] of cases) {
      const csv = await csvOf(who, query);
      expect(csv.rows.map((r) => r.identifiant).sort(), `CSV ${who.email} ${query}`).toEqual(
        [...expected].sort(),
      );
      const statements = await xapiOf(who, query);
      expect(statements.map(attemptOf).sort(), `xAPI ${who.email} ${query}`).toEqual([...expected].sort());
    }
  });

  it('refuses another group to a trainer and everything to a trainee, whatever the filters', async () => {
    for (const url of ['/api/export/attempts.csv', '/api/export/xapi']) {
      const theirs = await call(app, org.trainer, { method: 'GET', url: `${url}?group=${org.groupB}` });
      expect(theirs.statusCode).toBe(403);
      expect(theirs.json().error).toBe('Accès refusé : ce groupe n’est pas le vôtre.');
      for (const query of ['', `?group=${org.groupA}`, '?from=hier'])
        expect((await call(app, org.trainee, { method: 'GET', url: `${url}${query}` })).statusCode).toBe(403);
      expect((await call(app, null, { method: 'GET', url: `${url}?from=hier` })).statusCode).toBe(401);
    }
  });

  it('says in French which filter is wrong', async () => {
    const bad = async (query: string) => {
      const reply = await call(app, org.manager, { method: 'GET', url: `/api/export/attempts.csv${query}` });
      expect(reply.statusCode).toBe(400);
      return reply.json().error as string;
    };
    expect(await bad('?group=groupe-a')).toBe('Requête invalide : group : identifiant invalide');
    expect(await bad('?from=2026-13-01')).toBe('Requête invalide : from : date invalide (AAAA-MM-JJ)');
    expect(await bad('?to=30/11/2026')).toBe('Requête invalide : to : date invalide (AAAA-MM-JJ)');
    expect(await bad('?from=2026-12-02&to=2026-12-01')).toBe(
      'Requête invalide : to : la date de fin précède la date de début (from)',
    );
    const xapi = await call(app, org.manager, { method: 'GET', url: '/api/export/xapi?group=1' });
    expect(xapi.statusCode).toBe(400);
    expect(xapi.json().error).toMatch(/^Requête invalide : group : /);
    // The matrix reads the same filters the same way.
    const matrix = await call(app, org.manager, {
      method: 'GET',
      url: '/api/team/matrix?from=2026-12-02&to=2026-12-01',
    });
    expect(matrix.statusCode).toBe(400);
    expect(matrix.json().error).toMatch(/la date de fin précède la date de début/);
  });

  it('gives every statement a UUID that a resend keeps and a review changes', async () => {
    const first = await xapiOf(org.manager);
    const again = await xapiOf(org.manager);
    expect(first).toHaveLength(3);
    for (const statement of first) {
      expect(statement.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(statement.id).not.toBe(attemptOf(statement));
      expect(xapiProblems(statement)).toEqual([]);
    }
    expect(new Set(first.map((s) => s.id)).size).toBe(3);
    expect(again.map((s) => s.id)).toEqual(first.map((s) => s.id));
    // The trainer's export of the same attempt: the same statement, the same id.
    const trainers = await xapiOf(org.trainer, `?group=${org.groupA}`);
    const idOf = (list: typeof first, attempt: string) => list.find((s) => attemptOf(s) === attempt)!.id;
    expect(idOf(trainers, ids.november)).toBe(idOf(first, ids.november));

    const reviewed = await call(app, org.trainer, {
      method: 'POST',
      url: `/api/attempts/${ids.november}/overrides`,
      payload: { criterion: 'greeting', score: 60, reason: 'Le cabinet n’est pas nommé.' },
    });
    expect(reviewed.statusCode, reviewed.body).toBe(201);
    const after = await xapiOf(org.manager);
    expect(idOf(after, ids.november)).not.toBe(idOf(first, ids.november));
    expect(idOf(after, ids.december)).toBe(idOf(first, ids.december));
    expect(idOf(await xapiOf(org.manager), ids.november)).toBe(idOf(after, ids.november));
    // The CSV shows the reviewed figure beside the automatic one.
    const row = (await csvOf(org.manager)).rows.find((r) => r.identifiant === ids.november)!;
    expect(row[CRITERION_LABELS.greeting]).toBe('60');
    expect(row['corrections humaines']).toBe(`${CRITERION_LABELS.greeting} 80 → 60`);
  });
});
