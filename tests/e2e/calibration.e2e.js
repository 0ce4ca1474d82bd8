// Calibration on the team server (`decroche serve`, PGlite in a temp folder): a trainee's two
// calls reach the server; a trainer creates a session with a second trainer; each grades both
// calls blind, criterion by criterion, and validates; the results show the weighted κ between
// them, per criterion and pooled, and each one's agreement with the automatic score. Accounts
// through the API (setUpOrganisation, joinTeam), not the CLI: a second each instead of 8–20.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectNoAxeViolations } from './lib/axe.js';
import { openPage } from './lib/browser.js';
import { ROOT } from './lib/server.js';
import { joinTeam, setUpOrganisation, startTeamServer } from './lib/teamServer.js';
import { heading1, WAIT } from './lib/trainee.js';

const EXPORTED = JSON.parse(readFileSync(join(ROOT, 'src/server/fixtures/app-export.json'), 'utf8'));

/** Grades every call of the open session: every criterion at `grades[call]`, but `changes`. */
async function gradeAll(page, plan) {
  for (const [index, { grade, passed, changes = {} }] of plan.entries()) {
    const call = page.getByRole('region', { name: new RegExp(`^Appel ${index + 1} sur ${plan.length}`) });
    await call.getByRole('listitem').first().waitFor(WAIT);
    const selects = call.getByRole('combobox');
    const n = await selects.count();
    assert.equal(n, 10);
    for (let i = 0; i < n; i++) await selects.nth(i).selectOption(String(changes[i] ?? grade));
    await call.getByRole('radio', { name: passed ? 'Réussi' : 'Échoué' }).check();
    await call.getByRole('button', { name: /^Enregistrer les notes de cet appel/ }).click();
    await page.getByText(`Notes de l’appel ${index + 1} enregistrées.`).waitFor(WAIT);
  }
}

export const tests = [
  {
    name: 'calibration: two trainers grade two calls blind, then the screen shows κ',
    timeout: 300_000,
    fn: async ({ browser }) => {
      const server = await startTeamServer();
      const { url } = server;
      try {
        // The manager's organisation and group; two trainers and a trainee invited into it.
        const manager = await openPage(browser, url, null);
        const groupId = await setUpOrganisation(manager.request, url, 'Groupe A');
        const join = (name, email, role) =>
          joinTeam(browser, manager.request, url, { name, email, role, groupId });
        const trainee = await join('Inès Lefort', 'ines@example.org', 'trainee');
        const claire = await join('Claire Formatrice', 'formatrice@example.org', 'trainer');
        const bruno = await join('Bruno Formateur', 'bruno@example.org', 'trainer');

        // Two of the trainee's calls reach the server (the app's export format, re-scored there).
        for (const index of [0, 1]) {
          const body = { ...EXPORTED.attempts[index], id: crypto.randomUUID() };
          const sent = await trainee.request.post(new URL('api/attempts', url).href, { data: body });
          assert.equal(sent.status(), 201, await sent.text());
        }
        // The trainee reaches neither the screen nor the route.
        await trainee.goto(new URL('#/equipe/calibrage', url).href);
        await trainee
          .getByText('Cet espace est réservé aux formateurs et aux responsables.', { exact: false })
          .waitFor(WAIT);
        assert.equal((await trainee.request.get(new URL('api/calibrations', url).href)).status(), 403);

        // Claire creates the session: both calls, herself and Bruno.
        await claire.goto(new URL('#/equipe', url).href);
        await claire.getByRole('link', { name: 'Séances de calibrage' }).click();
        await heading1(claire, 'Calibrage').waitFor(WAIT);
        await claire.getByRole('textbox', { name: 'Titre de la séance' }).fill('Calibrage de décembre');
        const calls = claire.getByRole('group', { name: 'Appels à calibrer' }).getByRole('checkbox');
        await calls.first().waitFor(WAIT);
        assert.equal(await calls.count(), 2);
        for (let i = 0; i < 2; i++) await calls.nth(i).check();
        const raters = claire.getByRole('group', { name: 'Évaluateurs (au moins deux)' });
        await raters.getByRole('checkbox', { name: /Claire Formatrice/ }).check();
        await raters.getByRole('checkbox', { name: /Bruno Formateur/ }).check();
        await expectNoAxeViolations(claire);
        await claire.getByRole('button', { name: 'Créer la séance' }).click();
        await claire.getByText('Séance créée.').waitFor(WAIT);
        await claire.getByRole('link', { name: 'Ouvrir — Calibrage de décembre' }).click();
        await heading1(claire, 'Calibrage — Calibrage de décembre').waitFor(WAIT);

        // Blind: no automatic score on the grading screen.
        await claire.getByText('Notation à l’aveugle', { exact: false }).waitFor(WAIT);
        assert.equal(await claire.getByText('/ 100').count(), 0);
        await gradeAll(claire, [
          { grade: 3, passed: true },
          { grade: 1, passed: false },
        ]);
        await expectNoAxeViolations(claire);
        await claire.getByRole('button', { name: 'Valider mes notes' }).click();
        await claire
          .getByText('Il faut au moins deux évaluateurs ayant validé pour mesurer leur accord.')
          .waitFor(WAIT);

        // Bruno grades the same calls, one step apart on empathy for the first.
        await bruno.goto(new URL('#/equipe/calibrage', url).href);
        await bruno.getByText('à noter').waitFor(WAIT);
        await bruno.getByRole('link', { name: 'Ouvrir — Calibrage de décembre' }).click();
        await gradeAll(bruno, [
          { grade: 3, passed: true, changes: { 2: 1 } },
          { grade: 1, passed: false },
        ]);
        await bruno.getByRole('button', { name: 'Valider mes notes' }).click();

        // Quadratic-weighted κ over the 20 grades: 1 − (0.25 / 20) / 0.125 = 0.90.
        await bruno
          .getByText('κ de Cohen à pondération quadratique entre les deux évaluateurs qui ont validé.')
          .waitFor(WAIT);
        assert.equal(
          (await bruno.getByTestId('pooled-kappa').innerText()).trim(),
          'κ = 0,90 (accord presque parfait, 20 notes)',
        );
        const table = bruno.getByRole('table', {
          name: 'Accord entre évaluateurs et avec la note automatique, par critère',
        });
        const empathy = table.getByRole('row', { name: /^Écoute et empathie/ });
        assert.match(await empathy.getByRole('cell').first().innerText(), /^0,00 /);
        await table.getByRole('columnheader', { name: 'Claire Formatrice / automatique' }).waitFor(WAIT);
        await bruno.getByRole('heading', { name: 'Les appels où les notes divergent le plus' }).waitFor(WAIT);
        await expectNoAxeViolations(bruno);

        // Claire now sees the same figures; the disagreements download as JSON lines.
        await claire.reload();
        await claire.getByTestId('pooled-kappa').getByText('κ = 0,90', { exact: false }).waitFor(WAIT);
        const href = await claire
          .getByRole('link', { name: /^Télécharger les désaccords/ })
          .getAttribute('href');
        const jsonl = await claire.request.get(new URL(href, url).href);
        assert.equal(jsonl.status(), 200);
        const lines = (await jsonl.text())
          .trim()
          .split('\n')
          .map((l) => JSON.parse(l));
        assert.ok(lines.length >= 1);
        assert.ok(lines[0].differences.some((d) => d.criterion === 'empathy'));
      } finally {
        await server.close();
      }
    },
  },
];
