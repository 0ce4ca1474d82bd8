// A manager deletes a trainee's account on the team server (`decroche serve`, PGlite in a temp
// folder), from the team screen in the built app: the confirmation names the trainee and counts
// the calls that go; Échap cancels it and gives focus back; once confirmed, the trainee leaves the
// matrix, their calls leave the server (the list, the CSV export) and their session and login end,
// while the other trainee's are untouched. Before, the exports hold both (lib/exports.js reads
// them as a spreadsheet and an LRS would; team-space.e2e.js checks their figures). Accounts
// through the API (setUpOrganisation, joinTeam), not the CLI: a second each instead of 8–20.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectNoAxeViolations } from './lib/axe.js';
import { assertValidStatements, readFrenchCsv } from './lib/exports.js';
import { openPage } from './lib/browser.js';
import { ROOT } from './lib/server.js';
import { joinTeam, PASSWORD, setUpOrganisation, startTeamServer } from './lib/teamServer.js';
import { heading1, WAIT } from './lib/trainee.js';

/** Calls exported by the app (src/server/fixtures), stored as each trainee's own. */
const EXPORTED = JSON.parse(readFileSync(join(ROOT, 'src/server/fixtures/app-export.json'), 'utf8'));

async function upload(page, url, index) {
  const body = { ...EXPORTED.attempts[index], id: crypto.randomUUID() };
  const reply = await page.request.post(new URL('api/attempts', url).href, { data: body });
  assert.equal(reply.status(), 201, await reply.text());
  return body.id;
}

export const tests = [
  {
    name: 'team delete: the manager erases a trainee, confirmed by name; the matrix, the exports and the login forget them',
    timeout: 300_000,
    fn: async ({ browser }) => {
      const server = await startTeamServer();
      const { url } = server;
      try {
        const manager = await openPage(browser, url, null);
        const groupId = await setUpOrganisation(manager.request, url, 'Groupe A');
        const join = (name, email) =>
          joinTeam(browser, manager.request, url, { name, email, role: 'trainee', groupId });
        const ines = await join('Inès Lefort', 'ines@example.org');
        const kept = await upload(ines, url, 0);
        const paul = await join('Paul Martin', 'paul@example.org');
        const gone = [await upload(paul, url, 1), await upload(paul, url, 2)];
        const logInAsPaul = () =>
          paul.request.post(new URL('api/session', url).href, {
            data: { email: 'paul@example.org', password: PASSWORD },
          });
        // His password works before the deletion: the 401 at the end is the deletion's doing.
        assert.equal((await logInAsPaul()).status(), 200);

        await manager.goto(url, { waitUntil: 'load' });
        // The exports, both trainees in: the CSV for a French spreadsheet, valid xAPI statements.
        const exported = await manager.request.get(new URL('api/export/attempts.csv', url).href);
        const { header, rows } = readFrenchCsv(await exported.body());
        for (const column of ['apprenant', 'groupe', 'scénario', 'total', 'réussi', 'corrections humaines'])
          assert.ok(header.includes(column), `CSV column ${column} in ${header.join(';')}`);
        assert.deepEqual(rows.map((r) => r.apprenant).sort(), ['Inès Lefort', 'Paul Martin', 'Paul Martin']);
        const statements = await (await manager.request.get(new URL('api/export/xapi', url).href)).json();
        assert.equal(statements.length, 3);
        assertValidStatements(statements);

        await manager.getByRole('link', { name: 'Équipe' }).click();
        await heading1(manager, 'Équipe').waitFor(WAIT);
        const matrix = manager.getByRole('table').first();
        await matrix.getByRole('rowheader', { name: /^Paul Martin/ }).waitFor(WAIT);
        await matrix.getByRole('rowheader', { name: /^Inès Lefort/ }).waitFor(WAIT);

        await manager.getByText('Supprimer le compte d’un stagiaire').click();
        await manager.getByRole('combobox', { name: 'Stagiaire' }).selectOption({ label: 'Paul Martin' });
        const ask = manager.getByRole('button', { name: 'Supprimer…' });
        await ask.click();
        const panel = manager.getByRole('group', {
          name: 'Supprimer définitivement le compte de Paul Martin ?',
        });
        await panel.waitFor(WAIT);
        await panel.getByText(/^Son compte, ses 2 appels enregistrés et tout ce qui porte/).waitFor(WAIT);
        await expectNoAxeViolations(manager);
        // Focus on « Annuler »; Échap closes the panel and gives focus back to the button.
        assert.equal(await manager.evaluate(() => document.activeElement?.textContent?.trim()), 'Annuler');
        await manager.keyboard.press('Escape');
        await panel.waitFor({ state: 'detached', ...WAIT });
        assert.equal(await manager.evaluate(() => document.activeElement?.textContent?.trim()), 'Supprimer…');
        assert.equal(
          (await (await paul.request.get(new URL('api/attempts', url).href)).json()).attempts.length,
          2,
          'nothing is deleted before the confirmation',
        );

        await ask.click();
        await panel.getByRole('button', { name: 'Supprimer le compte de Paul Martin' }).click();
        await manager.getByText('Le compte de Paul Martin et ses données sont supprimés.').waitFor(WAIT);
        await matrix.getByRole('rowheader', { name: /^Paul Martin/ }).waitFor({ state: 'detached', ...WAIT });
        await matrix.getByRole('rowheader', { name: /^Inès Lefort/ }).waitFor(WAIT);

        // The server forgot him: his calls, his session, his password; Inès's call stays.
        const listed = await (await manager.request.get(new URL('api/attempts', url).href)).json();
        assert.deepEqual(
          listed.attempts.map((a) => a.id),
          [kept],
        );
        for (const id of gone)
          assert.equal((await manager.request.get(new URL(`api/attempts/${id}`, url).href)).status(), 404);
        const csv = await (await manager.request.get(new URL('api/export/attempts.csv', url).href)).text();
        assert.ok(csv.includes('Inès Lefort'));
        assert.ok(!csv.includes('Paul Martin'), 'the CSV export still names the deleted trainee');
        assert.equal((await paul.request.get(new URL('api/attempts', url).href)).status(), 401);
        assert.equal((await logInAsPaul()).status(), 401);
      } finally {
        await server.close();
      }
    },
  },
];
