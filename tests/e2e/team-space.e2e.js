// The manager and trainer space on the team server (`decroche serve`, PGlite in a temp folder),
// issue 10's « Done when » but calibration (calibration.e2e.js). One organisation: the manager;
// Groupe A with a trainer and two trainees; Groupe B with a trainer and a trainee.
// - The trainer assigns the scenario to Groupe A; both trainees see it « À faire », and play it in
//   the browser, one well, one dangerously; both calls are synced.
// - A trainee reaches none of the team screens and gets 403 from every team route.
// - The manager finds both in the matrix, every cell the server's score of their call, the caller
//   type the total, « Prêt à décrocher » by the rule he sets; drills from a cell into the call's
//   read-only debrief; downloads the CSV (BOM, `;`, `apprenant`, one line a call) and the xAPI
//   statements (valid) from the screen.
// - The trainer sees the assignment done by both, her queue, overrides a criterion and the verdict
//   with a reason; the trainee sees them in her debrief; the matrix, the readiness and the CSV follow.
// - The other group's trainer sees neither trainee: not in the matrix, the queue, the exports, nor
//   their calls by address.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { expectNoAxeViolations } from './lib/axe.js';
import { openPage } from './lib/browser.js';
import { golden, referencePlay } from './lib/content.js';
import { assertValidStatements, readFrenchCsv } from './lib/exports.js';
import { ROOT } from './lib/server.js';
import { addGroup, joinTeam, setUpOrganisation, startTeamServer } from './lib/teamServer.js';
import { createProfile, heading1, loadScenario, playGolden, startScenario, WAIT } from './lib/trainee.js';

const SCENARIO = 'urgence-douleur-thoracique';
const SLOW = { timeout: 30_000 };
const NOT_STAFF = 'Cet espace est réservé aux formateurs et aux responsables.';
/** A call of another trainee, exported by the app (src/server/fixtures). */
const EXPORTED = JSON.parse(await readFile(`${ROOT}/src/server/fixtures/app-export.json`, 'utf8'));
// Opening another group's call by its address: the server answers 404, the browser reports it.
const NOT_FOUND = [/status of 404/];

/** Plays the golden script `kind` from the trainee's home; ends on the debrief, the call synced. */
async function playAndSync(page, kind, reference) {
  await createProfile(page, 'Moi');
  await startScenario(page, SCENARIO);
  await playGolden(page, { id: SCENARIO, steps: golden(SCENARIO, kind).steps, reference: await reference });
  await heading1(page, 'Débriefing').waitFor(SLOW);
  await page
    .getByRole('link', { name: /^Compte/ })
    .getByText(/en attente/)
    .waitFor({ state: 'detached', ...SLOW });
  return page.url();
}

/** `{ criterion label: rounded score }` of a stored attempt's scorecard (the criteria it scored). */
function scoresOf(attempt) {
  const out = {};
  for (const c of Object.values(attempt.scorecard.criteria))
    if (typeof c?.score === 'number') out[c.label] = Math.round(c.score);
  return out;
}

/** The matrix row of `name` (the table whose caption counts the trainees). */
const rowOf = (page, name) =>
  page
    .getByRole('table', { name: /^\d+ stagiaires?$/ })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${name}`) }) });

/** `{ column: { value, n } }` read from the cells of a matrix row (their accessible names). */
async function cellsOf(page, name) {
  const out = {};
  for (const label of await rowOf(page, name)
    .getByRole('button')
    .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label')))) {
    const m = new RegExp(`^${name}, (.+?)\\s:\\s(\\d+), .+, sur (\\d+) appels?\\. Voir les appels$`).exec(
      label,
    );
    assert.ok(m, `a matrix cell « ${label} »`);
    out[m[1]] = { value: Number(m[2]), n: Number(m[3]) };
  }
  return out;
}

/** The « Prêt à décrocher » cell of `name`'s row (the second after the name) reads `expected` (a regexp). */
async function readinessBecomes(page, name, expected) {
  const cell = rowOf(page, name).getByRole('cell').nth(1);
  const read = async () => (await cell.innerText()).replace(/\s+/g, ' ').trim();
  const deadline = Date.now() + WAIT.timeout;
  while (!expected.test(await read()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  assert.match(await read(), expected, `${name}'s readiness`);
}

async function download(page, linkName) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: linkName }).click(),
  ]);
  return readFile(await file.path());
}

const get = async (page, url, path) => page.request.get(new URL(path, url).href);
const getJson = async (page, url, path) => {
  const reply = await get(page, url, path);
  assert.equal(reply.status(), 200, `${path}: ${await reply.text()}`);
  return reply.json();
};

export const tests = [
  {
    name: 'team space: two trainees play; the manager’s matrix, readiness and exports; a trainer’s override; roles and groups',
    timeout: 480_000,
    fn: async ({ browser }) => {
      const good = referencePlay(SCENARIO, 'good');
      const dangerous = referencePlay(SCENARIO, 'dangerous');
      const server = await startTeamServer();
      const { url } = server;
      try {
        // The organisation, made through the API (the newcomer path is team-server.e2e.js's).
        const manager = await openPage(browser, url, null);
        const groupA = await setUpOrganisation(manager.request, url, 'Groupe A');
        const groupB = await addGroup(manager.request, url, 'Groupe B');
        const join = (name, email, role, groupId, options) =>
          joinTeam(browser, manager.request, url, { name, email, role, groupId }, options);
        const sophie = await join('Sophie Durand', 'sophie@example.org', 'trainer', groupA);
        const ines = await join('Inès Lefort', 'ines@example.org', 'trainee', groupA);
        const paul = await join('Paul Martin', 'paul@example.org', 'trainee', groupA);
        const bruno = await join('Bruno Girard', 'bruno@example.org', 'trainer', groupB, {
          allow: NOT_FOUND,
        });
        const zoe = await join('Zoé Petit', 'zoe@example.org', 'trainee', groupB);
        const zoeCall = await zoe.request.post(new URL('api/attempts', url).href, {
          data: { ...EXPORTED.attempts[0], id: crypto.randomUUID() },
        });
        assert.equal(zoeCall.status(), 201, await zoeCall.text());

        // Sophie assigns the scenario to Groupe A, from the team screen.
        await sophie.getByRole('link', { name: 'Équipe', exact: true }).click();
        await heading1(sophie, 'Équipe').waitFor(WAIT);
        const assignments = sophie.locator('details', {
          has: sophie.locator('summary', { hasText: 'Devoirs' }),
        });
        await assignments.locator('summary').click();
        await assignments.getByRole('combobox', { name: 'Groupe' }).selectOption({ label: 'Groupe A' });
        await assignments.getByRole('combobox', { name: 'Scénario' }).selectOption(SCENARIO);
        const due = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
        await assignments.getByLabel('À rendre le').fill(due);
        await assignments.getByRole('button', { name: 'Donner ce devoir' }).click();
        await assignments.getByText('Devoir donné.').waitFor(WAIT);
        await assignments.getByRole('cell', { name: '0 sur 2' }).waitFor(WAIT);

        // Both trainees find it « À faire » on their home page, and play it: Inès well, Paul
        // dangerously (an appointment for a chest pain), each in their own browser context.
        const { title } = loadScenario(SCENARIO);
        for (const trainee of [ines, paul]) {
          await trainee.reload();
          const todo = trainee.getByRole('region', { name: 'À faire' });
          await todo.getByRole('link', { name: title }).waitFor(WAIT);
          await todo.getByRole('listitem').getByText('À faire', { exact: true }).waitFor(WAIT);
        }
        // One after the other: two calls at once on a loaded machine miss the 10 s a line may take.
        const inesDebrief = await playAndSync(ines, 'good', good);
        await playAndSync(paul, 'dangerous', dangerous);

        // A trainee: none of the team screens, 403 from every team route.
        const listed = (await getJson(manager, url, 'api/attempts')).attempts;
        assert.equal(listed.length, 3);
        const callOf = (name) => {
          const found = listed.filter((a) => a.userName === name);
          assert.equal(found.length, 1, `one call of ${name} on the server`);
          return found[0];
        };
        const [inesCall, paulCall] = await Promise.all(
          ['Inès Lefort', 'Paul Martin'].map((n) => getJson(manager, url, `api/attempts/${callOf(n).id}`)),
        );
        assert.equal(inesCall.passed, (await good).passed);
        assert.equal(paulCall.passed, (await dangerous).passed);
        assert.ok(paulCall.scorecard.critical.length > 0, 'the dangerous call has a critical failure');
        for (const [hash, heading] of [
          ['#/equipe', 'Équipe'],
          ['#/equipe/relecture', 'À relire'],
          ['#/equipe/calibrage', 'Calibrage'],
          [`#/equipe/tentative/${inesCall.id}`, 'Débriefing d’un stagiaire'],
        ]) {
          await ines.goto(new URL(hash, url).href);
          await heading1(ines, heading).waitFor(WAIT);
          await ines.getByText(NOT_STAFF, { exact: false }).waitFor(WAIT);
        }
        assert.equal(await ines.getByText('(lecture seule)', { exact: false }).count(), 0);
        assert.equal(await ines.getByRole('link', { name: 'Équipe', exact: true }).count(), 0);
        const forbidden = [
          ['get', 'api/team/matrix'],
          ['get', `api/team/cell?user=${inesCall.userId}&criterion=empathy`],
          ['get', 'api/export/attempts.csv'],
          ['get', 'api/export/xapi'],
          ['get', 'api/review/queue'],
          ['get', 'api/calibrations'],
          [
            'put',
            'api/team/readiness',
            { coreCallerTypes: [], minPasses: 0, windowDays: 1, noCriticalInLast: 0, minCriterion: 0 },
          ],
          [
            'post',
            `api/attempts/${inesCall.id}/overrides`,
            { criterion: 'empathy', score: 100, reason: 'moi' },
          ],
          ['post', `api/attempts/${inesCall.id}/verdict`, { passed: true, reason: 'moi' }],
        ];
        for (const [method, path, data] of forbidden)
          assert.equal(
            (await ines.request[method](new URL(path, url).href, { data })).status(),
            403,
            `${method} ${path}`,
          );

        // The manager: both trainees in the matrix, each cell the server's score of their one call.
        await manager.goto(url);
        await manager.getByRole('link', { name: 'Équipe', exact: true }).click();
        await heading1(manager, 'Équipe').waitFor(WAIT);
        await rowOf(manager, 'Paul Martin').waitFor(WAIT);
        for (const [name, call] of [
          ['Inès Lefort', inesCall],
          ['Paul Martin', paulCall],
        ]) {
          const expected = Object.fromEntries(
            Object.entries(scoresOf(call)).map(([label, value]) => [label, { value, n: 1 }]),
          );
          assert.deepEqual(await cellsOf(manager, name), expected, `${name}'s row of the matrix`);
          const row = rowOf(manager, name);
          await row
            .getByText(new RegExp(`^Tendance des 1 derniers totaux\\s:\\s${call.total}$`))
            .waitFor(WAIT);
          const values = Object.values(expected).map((c) => c.value);
          const cells = row.getByRole('cell');
          const mean = Object.values(call.scorecard.criteria)
            .filter((c) => typeof c?.score === 'number')
            .map((c) => c.score);
          assert.equal(
            (await cells.nth((await cells.count()) - 2).innerText()).trim(),
            String(Math.round(mean.reduce((a, b) => a + b, 0) / mean.length)),
            `${name}'s average (${values.join(', ')})`,
          );
        }
        await rowOf(manager, 'Zoé Petit').waitFor(WAIT);
        await expectNoAxeViolations(manager);

        // By caller type: the cell is the call's total.
        await manager.getByRole('radio', { name: 'Types d’appelant' }).check();
        for (const [name, call] of [
          ['Inès Lefort', inesCall],
          ['Paul Martin', paulCall],
        ])
          assert.deepEqual(await cellsOf(manager, name), { Urgence: { value: call.total, n: 1 } });
        await manager.getByRole('radio', { name: 'Compétences' }).check();

        // « Prêt à décrocher »: the manager asks one passed emergency call and no critical failure.
        const rule = manager.locator('details', { has: manager.locator('summary', { hasText: /^Règle/ }) });
        await rule.locator('summary').click();
        const core = rule
          .getByRole('group', { name: 'Types d’appelant indispensables' })
          .getByRole('checkbox');
        for (let i = 0; i < (await core.count()); i++) await core.nth(i).setChecked(false);
        await rule.getByRole('checkbox', { name: 'Urgence' }).check();
        await rule.getByRole('spinbutton', { name: 'Réussites exigées par type' }).fill('1');
        await rule.getByRole('spinbutton', { name: 'Niveau minimal de chaque compétence' }).fill('0');
        await rule.getByRole('button', { name: 'Enregistrer la règle' }).click();
        await rule.getByText('Règle enregistrée.').waitFor(WAIT);
        const readyText = (call) =>
          call.passed && call.scorecard.critical.length === 0
            ? /^✔ Prêt$/
            : new RegExp(
                `^✘ Pas encore${call.passed ? '' : ' Urgence\\s:\\s0 réussite sur 1'}` +
                  (call.scorecard.critical.length ? ' 1 échec critique dans les 10 derniers appels$' : '$'),
              );
        await readinessBecomes(manager, 'Inès Lefort', readyText(inesCall));
        await readinessBecomes(manager, 'Paul Martin', readyText(paulCall));

        // Drill-down: from Paul's first cell to his call, then its read-only debrief.
        const [firstLabel, first] = Object.entries(await cellsOf(manager, 'Paul Martin'))[0];
        await rowOf(manager, 'Paul Martin').getByRole('button').first().click();
        const drill = manager.getByRole('region', { name: `Appels de Paul Martin — ${firstLabel}` });
        await drill.getByText(new RegExp(`^${first.value}\\s/\\s100$`)).waitFor(WAIT);
        await drill.getByText(new RegExp(`total ${paulCall.total}, échoué$`)).waitFor(WAIT);
        await drill.getByRole('link', { name: /^Voir le débriefing/ }).click();
        await heading1(manager, 'Débriefing d’un stagiaire').waitFor(WAIT);
        await manager.getByText('Appel de Paul Martin (lecture seule).').waitFor(WAIT);
        await manager.getByRole('list', { name: 'Déroulé de l’appel' }).waitFor(WAIT);
        await manager.getByRole('alert').filter({ hasText: 'Échec critique' }).waitFor(WAIT);
        assert.equal(await manager.getByRole('button', { name: /Rejouer/ }).count(), 0);
        await expectNoAxeViolations(manager);

        // The exports, downloaded from the team screen: the organisation's three calls.
        await manager.getByRole('link', { name: 'Retour à la matrice' }).click();
        await heading1(manager, 'Équipe').waitFor(WAIT);
        const csv = readFrenchCsv(await download(manager, 'tableur (CSV)'));
        for (const column of [
          'apprenant',
          'groupe',
          'scénario',
          'date',
          'durée (s)',
          'issue',
          ...Object.keys(scoresOf(inesCall)),
          'total',
          'réussi',
          'échecs critiques',
          'corrections humaines',
          'identifiant',
        ])
          assert.ok(csv.header.includes(column), `CSV column ${column} in ${csv.header.join(';')}`);
        assert.deepEqual(csv.rows.map((r) => r.apprenant).sort(), [
          'Inès Lefort',
          'Paul Martin',
          'Zoé Petit',
        ]);
        for (const call of [inesCall, paulCall]) {
          const line = csv.rows.find((r) => r.identifiant === call.id);
          assert.ok(line, `the CSV has ${call.userName}'s call`);
          assert.equal(line.groupe, 'Groupe A');
          assert.equal(line.scénario, title);
          assert.match(line.date, /^\d\d\/\d\d\/\d{4} \d\d:\d\d$/);
          assert.equal(line.total, String(call.total));
          assert.equal(line.réussi, call.passed ? 'oui' : 'non');
          for (const [label, score] of Object.entries(scoresOf(call)))
            assert.equal(line[label], String(score));
          assert.equal(line['échecs critiques'] === '', call.scorecard.critical.length === 0);
        }
        const statements = JSON.parse((await download(manager, 'relevés xAPI (JSON)')).toString('utf8'));
        assertValidStatements(statements);
        assert.deepEqual(statements.map((s) => s.actor.name).sort(), [
          'Inès Lefort',
          'Paul Martin',
          'Zoé Petit',
        ]);
        for (const call of [inesCall, paulCall]) {
          const statement = statements.find((s) => Object.values(s.context.extensions).includes(call.id));
          assert.equal(statement.result.score.raw, call.total);
          assert.equal(statement.result.success, call.passed);
        }

        // Sophie: the assignment done by both, her groups only, Paul's dangerous call to review.
        await sophie.reload();
        await assignments.locator('summary').click();
        await assignments.getByRole('cell', { name: '2 sur 2' }).waitFor(WAIT);
        await rowOf(sophie, 'Paul Martin').waitFor(WAIT);
        assert.equal(await rowOf(sophie, 'Inès Lefort').count(), 1);
        assert.equal(await rowOf(sophie, 'Zoé Petit').count(), 0, 'a trainer sees another group');
        await sophie.getByRole('link', { name: 'Appels à relire' }).click();
        await sophie.getByRole('link', { name: /^Relire\s—\sPaul Martin,/ }).waitFor(WAIT);

        // She overrides Inès's empathy with a reason, then the verdict.
        await sophie.goto(new URL(`#/equipe/tentative/${inesCall.id}`, url).href);
        await heading1(sophie, 'Débriefing d’un stagiaire').waitFor(WAIT);
        const empathy = Math.round(inesCall.scorecard.criteria.empathy.score);
        const after = empathy >= 50 ? empathy - 30 : empathy + 30;
        await sophie.getByRole('combobox', { name: 'Critère' }).selectOption('empathy');
        await sophie.getByRole('spinbutton', { name: 'Note relue (0 à 100)' }).fill(String(after));
        await sophie
          .getByRole('textbox', { name: 'Motif' })
          .fill('L’inquiétude de l’appelant n’a pas été reformulée.');
        await sophie.getByRole('button', { name: 'Enregistrer la correction' }).click();
        await sophie.getByText('Correction enregistrée.').waitFor(WAIT);
        await sophie.getByRole('table', { name: 'Historique des corrections' }).waitFor(WAIT);
        await sophie
          .getByRole('group', { name: 'Verdict relu' })
          .getByRole('radio', { name: 'Échoué' })
          .check();
        await sophie
          .getByRole('textbox', { name: 'Justification du verdict' })
          .fill('Le 15 n’a pas été proposé assez tôt.');
        await sophie.getByRole('button', { name: 'Enregistrer le verdict' }).click();
        await sophie.getByText('Verdict enregistré.').waitFor(WAIT);
        await sophie
          .getByRole('table', { name: 'Historique des corrections' })
          .getByRole('cell', { name: 'Le 15 n’a pas été proposé assez tôt.' })
          .waitFor(WAIT);
        await expectNoAxeViolations(sophie);

        // Her CSV: her group's two calls, Inès's with the corrections and the reviewed verdict.
        const reply = await get(sophie, url, 'api/export/attempts.csv');
        assert.equal(reply.status(), 200);
        const reviewed = readFrenchCsv(await reply.body());
        assert.deepEqual(reviewed.rows.map((r) => r.apprenant).sort(), ['Inès Lefort', 'Paul Martin']);
        const inesLine = reviewed.rows.find((r) => r.identifiant === inesCall.id);
        assert.equal(inesLine['Écoute et empathie'], String(after));
        assert.equal(inesLine.réussi, 'non');
        assert.equal(inesLine['total automatique'], String(inesCall.total));
        assert.match(
          inesLine['corrections humaines'],
          new RegExp(`^Écoute et empathie ${empathy} → ${after} ; verdict oui → non`),
        );
        assert.equal((await getJson(sophie, url, 'api/export/xapi')).length, 2);

        // Inès's own debrief shows the reviewed score and verdict beside the automatic ones.
        await ines.goto(inesDebrief);
        await ines.reload();
        await ines
          .getByText(`Note relue par Sophie Durand : ${after} / 100 (note automatique : ${empathy} / 100).`)
          .waitFor(SLOW);
        await ines.getByText('L’inquiétude de l’appelant n’a pas été reformulée.').waitFor(WAIT);
        assert.equal(
          await ines.getByRole('meter', { name: 'Écoute et empathie' }).getAttribute('aria-valuenow'),
          String(after),
        );
        await ines
          .getByText(/^Verdict\srelu\spar\sSophie\sDurand\s:\séchoué\s\(avant\s:\sréussi\)\./)
          .waitFor(WAIT);

        // The matrix reads the reviewed score; failed, Inès is no longer ready.
        await manager.reload();
        await rowOf(manager, 'Inès Lefort').waitFor(WAIT);
        assert.equal((await cellsOf(manager, 'Inès Lefort'))['Écoute et empathie'].value, after);
        await readinessBecomes(manager, 'Inès Lefort', readyText({ ...inesCall, passed: false }));

        // Bruno, Groupe B's trainer: Zoé only; neither Inès nor Paul, anywhere.
        await bruno.getByRole('link', { name: 'Équipe', exact: true }).click();
        await rowOf(bruno, 'Zoé Petit').waitFor(WAIT);
        assert.equal(await rowOf(bruno, 'Inès Lefort').count(), 0);
        assert.equal(await rowOf(bruno, 'Paul Martin').count(), 0);
        const brunoCsv = readFrenchCsv(await download(bruno, 'tableur (CSV)'));
        assert.deepEqual(
          brunoCsv.rows.map((r) => r.apprenant),
          ['Zoé Petit'],
        );
        assert.deepEqual(
          (await getJson(bruno, url, 'api/export/xapi')).map((s) => s.actor.name),
          ['Zoé Petit'],
        );
        const queue = await getJson(bruno, url, 'api/review/queue');
        assert.ok(
          !queue.attempts.some((a) => a.userName !== 'Zoé Petit'),
          'another group’s call in the queue',
        );
        const denied = [
          ['get', `api/attempts/${paulCall.id}`, 404],
          ['get', `api/attempts/${paulCall.id}/review`, 404],
          ['get', `api/team/cell?user=${paulCall.userId}&criterion=empathy`, 404],
          ['get', `api/team/matrix?group=${groupA}`, 403],
          ['get', `api/review/queue?group=${groupA}`, 403],
          [
            'post',
            `api/attempts/${paulCall.id}/overrides`,
            404,
            { criterion: 'empathy', score: 0, reason: 'non' },
          ],
        ];
        for (const [method, path, status, data] of denied)
          assert.equal(
            (await bruno.request[method](new URL(path, url).href, { data })).status(),
            status,
            `${method} ${path}`,
          );
        await bruno.goto(new URL(`#/equipe/tentative/${paulCall.id}`, url).href);
        await bruno.getByRole('alert').getByText('Tentative introuvable.').waitFor(WAIT);
        assert.equal(await bruno.getByText('Paul Martin').count(), 0);
      } finally {
        await server.close();
      }
    },
  },
];
