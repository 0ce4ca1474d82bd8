// The newcomer path on the team server (`decroche serve`, PGlite in a temp folder): the first
// visitor creates the organisation and a group, invites a trainee; the trainee (another browser
// profile) joins from the link, plays a call while the server is unreachable — saved locally,
// « 1 appel en attente d'envoi » — the server comes back and the outbox is sent on its next try;
// the manager sees the attempt through the API, scored by the server.
import assert from 'node:assert/strict';
import { expectNoAxeViolations } from './lib/axe.js';
import { openPage } from './lib/browser.js';
import { golden, referencePlay } from './lib/content.js';
import { PASSWORD, startTeamServer } from './lib/teamServer.js';
import { createProfile, heading1, playGolden, startScenario, WAIT } from './lib/trainee.js';

const SCENARIO = 'urgence-douleur-thoracique';
// Offline, the outbox's sends fail: the browser reports each failed request.
const OFFLINE_NOISE = [/ERR_INTERNET_DISCONNECTED|Failed to load resource|Failed to fetch/];

export const tests = [
  {
    name: 'newcomer: organisation, invitation, a call played with the server unreachable, synced and seen by the manager',
    // PGlite starts in a few seconds, much more on a loaded machine.
    timeout: 180_000,
    fn: async ({ browser }) => {
      const reference = referencePlay(SCENARIO, 'good');
      const server = await startTeamServer();
      try {
        // The manager: first run from the web page.
        const manager = await openPage(browser, server.url, '#/compte');
        await heading1(manager, 'Compte d’équipe').waitFor(WAIT);
        await manager
          .getByRole('textbox', { name: 'Nom de l’organisation' })
          .fill('Centre de formation du Parc');
        await manager.getByRole('textbox', { name: 'Votre nom' }).fill('Claire Martin');
        await manager.getByRole('textbox', { name: 'Adresse e-mail' }).fill('claire@example.org');
        await manager.getByLabel('Mot de passe').fill(PASSWORD);
        await manager.getByRole('button', { name: 'Créer l’organisation' }).click();
        await manager.getByText('Connecté·e : Claire Martin (responsable)').waitFor(WAIT);
        await manager.getByRole('textbox', { name: 'Nouveau groupe' }).fill('Promotion de mars');
        await manager.getByRole('button', { name: 'Créer le groupe' }).click();
        await manager.getByRole('combobox', { name: 'Groupe' }).waitFor(WAIT);
        await manager.getByRole('button', { name: 'Créer un lien d’invitation' }).click();
        const link = await manager.getByRole('textbox', { name: /Lien à usage unique/ }).inputValue(WAIT);
        assert.match(link, /#\/invitation\/[A-Za-z0-9_-]{43}$/);
        await expectNoAxeViolations(manager);

        // The trainee, in another browser profile: joins from the link.
        const trainee = await openPage(browser, server.url, null, { allow: OFFLINE_NOISE });
        await trainee.goto(link, { waitUntil: 'load' });
        await trainee
          .getByText('rejoindre Centre de formation du Parc, groupe « Promotion de mars »')
          .waitFor(WAIT);
        await trainee.getByRole('textbox', { name: 'Votre nom' }).fill('Inès Lefort');
        await trainee.getByRole('textbox', { name: 'Adresse e-mail' }).fill('ines@example.org');
        await trainee.getByLabel('Mot de passe').fill(PASSWORD);
        await trainee.getByRole('button', { name: 'Créer mon compte' }).click();
        await trainee.getByText('Connecté·e : Inès Lefort (stagiaire)').waitFor(WAIT);

        // Offline, a call is played and saved locally; it waits in the outbox.
        await trainee.goto(new URL('#/', server.url).href);
        await createProfile(trainee, 'Inès');
        // The server becomes unreachable during the call (the API only: offline.e2e.js takes the
        // whole network away, the service worker serving the app).
        await startScenario(trainee, SCENARIO);
        await trainee.route('**/api/**', (route) => route.abort('internetdisconnected'));
        await playGolden(trainee, {
          id: SCENARIO,
          steps: golden(SCENARIO, 'good').steps,
          reference: await reference,
        });
        // The header shows what waits; the account page (loaded earlier) says it too.
        const accountLink = trainee.getByRole('link', { name: /^Compte/ });
        await accountLink.getByText('1 appel en attente d’envoi').waitFor(WAIT);
        await accountLink.click();
        await trainee.getByRole('status').getByText('1 appel en attente d’envoi').waitFor(WAIT);

        // Back online: the outbox is sent, the attempt is on the server.
        await trainee.unroute('**/api/**');
        await trainee.getByText('Tous vos appels sont envoyés.').waitFor({ timeout: 20_000 });
        await trainee.getByText(/Dernier envoi réussi\s: /).waitFor(WAIT);

        const reply = await manager.request.get(new URL('api/attempts', server.url).href);
        assert.equal(reply.status(), 200);
        const { attempts } = await reply.json();
        assert.equal(attempts.length, 1);
        assert.equal(attempts[0].userName, 'Inès Lefort');
        assert.equal(attempts[0].scenarioId, SCENARIO);
        // The server's own replay reproduced the browser's log: its score is the debrief's.
        assert.equal(attempts[0].replayMatches, true, 'the server replay does not reproduce the browser log');
        assert.equal(attempts[0].passed, (await reference).passed);
      } finally {
        await server.close();
      }
    },
  },
];
