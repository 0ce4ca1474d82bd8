/** Review: overrides beside the automatic score (audit trail), comments, disputes, the queue, by role. */
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './db/database.ts';
import { attempt, backends, call, seedOrg, testApp, type Org } from './testing.ts';

/** One CSV line's cells (`;`-separated, `"` quoting). */
function splitCsv(line: string): string[] {
  return [...line.matchAll(/(?:^|;)("(?:[^"]|"")*"|[^;]*)/g)].map((m) => {
    const raw = m[1]!;
    return raw.startsWith('"') ? raw.slice(1, -1).replace(/""/g, '"') : raw;
  });
}

describe.each(backends())('reviews on $name', (backend) => {
  let database: Database;
  let app: FastifyInstance;
  let org: Org;
  let other: Org;
  let mine: string;
  let theirs: string;
  let empathy: number;

  beforeAll(async () => {
    database = await backend.open();
    app = await testApp(database);
    org = await seedOrg(database.db, 'r');
    other = await seedOrg(database.db, 'x');
    const a = attempt(1);
    const posted = await call(app, org.trainee, { method: 'POST', url: '/api/attempts', payload: a });
    expect(posted.statusCode).toBe(201);
    mine = a.id as string;
    const b = attempt(0);
    await call(app, org.otherTrainee, { method: 'POST', url: '/api/attempts', payload: b });
    theirs = b.id as string;
    const stored = await call(app, org.trainee, { method: 'GET', url: `/api/attempts/${mine}` });
    empathy = stored.json().scorecard.criteria.empathy.score;
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  const override = (
    who = org.trainer,
    id = mine,
    payload: object = { criterion: 'empathy', score: 40, reason: 'Aucune reformulation de l’inquiétude.' },
  ) => call(app, who, { method: 'POST', url: `/api/attempts/${id}/overrides`, payload });

  it('keeps the automatic score beside a trainer’s override, shows it to the trainee and in the matrix', async () => {
    const first = await override();
    expect(first.statusCode).toBe(201);
    const second = await override(org.trainer, mine, {
      criterion: 'empathy',
      score: 55,
      reason: 'Après réécoute.',
    });
    expect(second.statusCode).toBe(201);
    const seen = await call(app, org.trainee, { method: 'GET', url: `/api/attempts/${mine}/review` });
    expect(seen.statusCode).toBe(200);
    const review = seen.json();
    expect(review.current.empathy).toMatchObject({ before: empathy, after: 55, reason: 'Après réécoute.' });
    expect(review.current.empathy.author).toMatch(/trainer$/);
    expect(review.history.map((o: { after: number }) => o.after)).toEqual([40, 55]);
    // The stored attempt and its automatic score are untouched.
    const stored = await call(app, org.trainee, { method: 'GET', url: `/api/attempts/${mine}` });
    expect(stored.json().scorecard.criteria.empathy.score).toBe(empathy);
    // The matrix reads the reviewed score.
    const matrix = await call(app, org.manager, { method: 'GET', url: '/api/team/matrix' });
    const ines = matrix.json().trainees.find((t: { id: string }) => t.id === org.trainee.id);
    expect(ines.criteria.empathy).toEqual({ level: 55, n: 1 });
    // The audit trail cannot be rewritten.
    await expect(sql`update team_overrides set after = 100`.execute(database.db)).rejects.toThrow();
  });

  it('refuses overrides outside the trainer’s groups, from trainees, and bad scores or empty reasons', async () => {
    expect((await override(org.trainer, theirs)).statusCode).toBe(404);
    expect((await override(other.trainer, mine)).statusCode).toBe(404);
    expect((await override(org.trainee, mine)).statusCode).toBe(403);
    expect((await override(org.manager, mine)).statusCode).toBe(201);
    const bad = await override(org.trainer, mine, { criterion: 'empathy', score: 140, reason: 'x' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatch(/^Requête invalide : score/);
    const noReason = await override(org.trainer, mine, { criterion: 'empathy', score: 40, reason: '  ' });
    expect(noReason.statusCode).toBe(400);
    // Someone else's review of another group's attempt is not readable either.
    expect(
      (await call(app, org.trainer, { method: 'GET', url: `/api/attempts/${theirs}/review` })).statusCode,
    ).toBe(404);
    expect(
      (await call(app, org.trainee, { method: 'GET', url: `/api/attempts/${theirs}/review` })).statusCode,
    ).toBe(404);
  });

  it('lets the trainee dispute a criterion, which lands in the queue until the trainer resolves it', async () => {
    const comment = await call(app, org.trainer, {
      method: 'POST',
      url: `/api/attempts/${mine}/comments`,
      payload: { turn: 2, body: 'Ici, reformulez la demande.' },
    });
    expect(comment.statusCode).toBe(201);
    const outOfRange = await call(app, org.trainer, {
      method: 'POST',
      url: `/api/attempts/${mine}/comments`,
      payload: { turn: 4999, body: 'x' },
    });
    expect(outOfRange.statusCode).toBe(422);
    await call(app, org.trainer, {
      method: 'POST',
      url: `/api/attempts/${mine}/reviewed`,
      payload: { comment: 'Bon appel.' },
    });
    let queue = await call(app, org.trainer, { method: 'GET', url: '/api/review/queue' });
    expect(queue.json().attempts.map((a: { id: string }) => a.id)).not.toContain(mine);

    expect(
      (
        await call(app, org.otherTrainee, {
          method: 'POST',
          url: `/api/attempts/${mine}/disputes`,
          payload: { criterion: 'empathy', message: 'Non.' },
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await call(app, org.trainer, {
          method: 'POST',
          url: `/api/attempts/${mine}/disputes`,
          payload: { criterion: 'empathy', message: 'Non.' },
        })
      ).statusCode,
    ).toBe(403);
    const dispute = await call(app, org.trainee, {
      method: 'POST',
      url: `/api/attempts/${mine}/disputes`,
      payload: { criterion: 'empathy', message: 'J’ai bien rassuré la patiente à 0:40.' },
    });
    expect(dispute.statusCode).toBe(201);
    const disputeId = dispute.json().disputes[0].id as string;
    queue = await call(app, org.trainer, { method: 'GET', url: '/api/review/queue' });
    const item = queue.json().attempts.find((a: { id: string }) => a.id === mine);
    expect(item.reasons).toContain('dispute');
    // Another organisation's trainer cannot resolve it.
    expect(
      (
        await call(app, other.trainer, {
          method: 'POST',
          url: `/api/disputes/${disputeId}/resolve`,
          payload: { answer: 'Non.' },
        })
      ).statusCode,
    ).toBe(404);
    const resolved = await call(app, org.trainer, {
      method: 'POST',
      url: `/api/disputes/${disputeId}/resolve`,
      payload: { answer: 'Vu : note relevée à 70.' },
    });
    expect(resolved.statusCode).toBe(200);
    const seen = (
      await call(app, org.trainee, { method: 'GET', url: `/api/attempts/${mine}/review` })
    ).json();
    expect(seen.disputes[0]).toMatchObject({
      answer: 'Vu : note relevée à 70.',
      resolvedAt: expect.any(String),
    });
    expect(seen.comments[0]).toMatchObject({ turn: 2, body: 'Ici, reformulez la demande.' });
    expect(seen.reviewed).toMatchObject({ comment: 'Bon appel.' });
    queue = await call(app, org.trainer, { method: 'GET', url: '/api/review/queue' });
    expect(queue.json().attempts.map((a: { id: string }) => a.id)).not.toContain(mine);
    expect((await call(app, org.trainee, { method: 'GET', url: '/api/review/queue' })).statusCode).toBe(403);
  });

  it('draws the random sample the trainer sets', async () => {
    const ids = [mine, theirs];
    await call(app, org.manager, { method: 'PUT', url: '/api/review/sample', payload: { percent: 100 } });
    const all = await call(app, org.manager, { method: 'GET', url: '/api/review/queue' });
    expect(all.json().attempts.map((a: { id: string }) => a.id)).toContain(theirs);
    await call(app, org.manager, { method: 'PUT', url: '/api/review/sample', payload: { percent: 0 } });
    const none = await call(app, org.manager, { method: 'GET', url: '/api/review/queue' });
    // The fixture's calls all pass without a critical failure: nothing else brings them in.
    expect(
      none
        .json()
        .attempts.map((a: { id: string }) => a.id)
        .filter((id: string) => ids.includes(id)),
    ).toEqual([]);
  });

  it('overrides the verdict with a reason, recalculates the total, and keeps both through a later criterion override', async () => {
    const before = (
      await call(app, org.trainee, { method: 'GET', url: `/api/attempts/${mine}/review` })
    ).json();
    const stored = (await call(app, org.trainee, { method: 'GET', url: `/api/attempts/${mine}` })).json();
    // Empathy is overridden (40): the total is recalculated with the scorecard's weights.
    const card = stored.scorecard as { criteria: Record<string, { score: number; weight: number } | null> };
    let weighted = 0;
    let weights = 0;
    for (const [id, c] of Object.entries(card.criteria)) {
      if (!c) continue;
      weighted += (id === 'empathy' ? 40 : c.score) * c.weight;
      weights += c.weight;
    }
    expect(before.final.automatic).toEqual({ total: stored.total, passed: stored.passed });
    expect(before.final.total).toBe(Math.round(weighted / weights));
    expect(before.final.overridden).toEqual(['empathy']);
    expect(before.verdict).toBeNull();

    const verdict = (payload: object, who = org.trainer) =>
      call(app, who, { method: 'POST', url: `/api/attempts/${mine}/verdict`, payload });
    expect((await verdict({ passed: false, reason: 'x' }, org.trainee)).statusCode).toBe(403);
    expect((await verdict({ passed: false, reason: 'x' }, other.trainer)).statusCode).toBe(404);
    const empty = await verdict({ passed: false, reason: ' ' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error).toMatch(/^Requête invalide : reason/);
    const failed = await verdict({ passed: false, reason: 'Le rendez-vous est pris au mauvais nom.' });
    expect(failed.statusCode).toBe(201);
    expect(failed.json().verdict).toMatchObject({
      before: before.final.passed,
      after: false,
      reason: 'Le rendez-vous est pris au mauvais nom.',
    });
    expect(failed.json().final).toMatchObject({ passed: false, verdictOverridden: true });
    // A later override of a criterion does not undo the verdict; the trainee sees both.
    await override(org.trainer, mine, { criterion: 'empathy', score: 100, reason: 'Réécoute.' });
    const seen = (
      await call(app, org.trainee, { method: 'GET', url: `/api/attempts/${mine}/review` })
    ).json();
    expect(seen.final.passed).toBe(false);
    expect(seen.verdicts.map((v: { after: boolean }) => v.after)).toEqual([false]);
    expect(seen.history.at(-1)).toMatchObject({ after: 100 });
    await expect(sql`update team_verdicts set after = true`.execute(database.db)).rejects.toThrow();
    // Put back as it was for the export test below.
    await override(org.manager, mine, { criterion: 'empathy', score: 40, reason: 'Finalement non.' });
  });

  it('exports the human overrides: a CSV column beside the automatic scores, the reviewed score in xAPI', async () => {
    // The latest override of empathy is the manager's (40); the verdict is the trainer's (failed).
    const stored = (await call(app, org.trainee, { method: 'GET', url: `/api/attempts/${mine}` })).json();
    const final = (
      await call(app, org.trainee, { method: 'GET', url: `/api/attempts/${mine}/review` })
    ).json().final;
    const csv = await call(app, org.trainer, { method: 'GET', url: '/api/export/attempts.csv' });
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    const header = lines[0]!.split(';');
    expect(header).toContain('corrections humaines');
    expect(header.slice(0, 3)).toEqual(['apprenant', 'e-mail', 'groupe']);
    const line = lines.find((l) => l.includes(mine))!;
    // The criterion's column holds the final figure, the automatic one is in the corrections.
    expect(splitCsv(line)[header.indexOf('Écoute et empathie')]).toBe('40');
    const cells = splitCsv(line);
    expect(cells[header.indexOf('réussi')]).toBe('non');
    expect(cells[header.indexOf('corrections humaines')]).toBe(
      `Écoute et empathie ${empathy} → 40 ; verdict ${stored.passed ? 'oui' : 'non'} → non (Le rendez-vous est pris au mauvais nom.)`,
    );
    expect(cells[header.indexOf('total automatique')]).toBe(String(stored.total));
    expect(cells[header.indexOf('total')]).toBe(String(final.total));
    // The trainer's export holds their group only.
    expect(lines.some((l) => l.includes(theirs))).toBe(false);
    const xapi = await call(app, org.manager, { method: 'GET', url: '/api/export/xapi' });
    const statement = xapi
      .json()
      .find((s: { context: { extensions: Record<string, unknown> } }) =>
        Object.values(s.context.extensions).includes(mine),
      );
    const criteria = Object.values(statement.result.extensions)[0] as Record<string, number>;
    expect(criteria.empathy).toBe(40);
    expect(statement.result.score.raw).toBe(final.total);
    expect(statement.result.success).toBe(false);
    expect(JSON.stringify(statement.result.extensions)).toContain('Le rendez-vous est pris au mauvais nom.');
  });
});
