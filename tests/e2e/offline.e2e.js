// Offline-first on the team server: a trainee logs in, the network goes (the browser context
// offline), the page is reloaded — the service worker serves the whole app — a call is played to
// its debrief (whose code was never loaded before), « 1 appel en attente d'envoi » is shown and
// nothing reaches the server; back online, the attempt is sent and the manager sees it through
// the API, re-scored by the server. On a static host (no server) the worker serves the app too,
// and a new version deployed there waits for the trainee's « Recharger ».
import assert from 'node:assert/strict';
import { appendFile, cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'playwright-core';
import { openPage } from './lib/browser.js';
import { activateByKeyboard } from './lib/keyboard.js';
import { DIST, startServer } from './lib/server.js';
import { golden, referencePlay } from './lib/content.js';
import { logIn, PASSWORD, startTeamServer } from './lib/teamServer.js';
import { createProfile, heading1, playGolden, startScenario, WAIT } from './lib/trainee.js';

const SCENARIO = 'urgence-douleur-thoracique';
// Offline, the app's requests to the server fail, and the browser reports each one.
const OFFLINE_NOISE = [/ERR_INTERNET_DISCONNECTED|Failed to load resource|Failed to fetch/];

/** Waits until the service worker has stored the build and controls the page. */
async function offlineReady(page) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', null, {
    timeout: 30_000,
  });
}

/** Whether a request from the page reaches the server (the worker must not answer for it). */
const reaches = (page, path) =>
  page.evaluate(
    (p) =>
      fetch(p, { cache: 'no-store' }).then(
        () => true,
        () => false,
      ),
    path,
  );

/** The organisation, its manager (logged in through `api`) and a trainee with a password. */
async function organisation(url) {
  const api = await request.newContext({ baseURL: url });
  const setup = await api.post('api/setup', {
    data: {
      organisation: 'Centre du Parc',
      name: 'Claire Martin',
      email: 'claire@example.org',
      password: PASSWORD,
    },
  });
  assert.equal(setup.status(), 201, await setup.text());
  const added = await api.post('api/users', {
    data: { email: 'ines@example.org', name: 'Inès Lefort', role: 'trainee' },
  });
  assert.equal(added.status(), 201, await added.text());
  const token = (await added.json()).invitation.path.split('/').at(-1);
  const anonymous = await request.newContext({ baseURL: url });
  const accepted = await anonymous.post(`api/invitations/${token}`, { data: { password: PASSWORD } });
  assert.ok(accepted.ok(), await accepted.text());
  await anonymous.dispose();
  return { api, traineeId: (await added.json()).id };
}

export const tests = [
  {
    name: 'a logged-in trainee reloads offline, plays a call to its debrief, and it syncs when the network is back',
    timeout: 180_000,
    fn: async ({ browser }) => {
      const reference = referencePlay(SCENARIO, 'good');
      const server = await startTeamServer();
      const { api: manager, traineeId } = await organisation(server.url);
      try {
        const trainee = await logIn(browser, server.url, 'ines@example.org', 'Inès Lefort (stagiaire)', {
          allow: OFFLINE_NOISE,
        });
        await trainee.goto(new URL('#/', server.url).href);
        await createProfile(trainee, 'Inès');
        await offlineReady(trainee);

        // The network goes; the page is reloaded: the worker serves the app, the account is kept.
        await trainee.context().setOffline(true);
        await trainee.reload({ waitUntil: 'load' });
        await heading1(trainee, 'Bibliothèque de scénarios').waitFor(WAIT);
        assert.equal(await reaches(trainee, 'api/health'), false, 'an API reply was served offline');
        await startScenario(trainee, SCENARIO);
        await playGolden(trainee, {
          id: SCENARIO,
          steps: golden(SCENARIO, 'good').steps,
          reference: await reference,
        });
        await heading1(trainee, 'Débriefing').waitFor({ timeout: 15_000 });
        await trainee
          .getByText((await reference).passed ? 'Réussi' : 'Non réussi', { exact: true })
          .waitFor(WAIT);
        const accountLink = trainee.getByRole('link', { name: /^Compte/ });
        await accountLink.getByText('1 appel en attente d’envoi').waitFor(WAIT);
        const before = await (await manager.get('api/attempts')).json();
        assert.equal(before.attempts.length, 0, 'an attempt reached the server while offline');

        // Back online: the outbox is sent, the attempt is on the server, scored by its replay.
        await trainee.context().setOffline(false);
        await accountLink.click();
        await trainee.getByText('Tous vos appels sont envoyés.').waitFor({ timeout: 30_000 });
        const reply = await manager.get('api/attempts');
        assert.equal(reply.status(), 200);
        const { attempts } = await reply.json();
        assert.equal(attempts.length, 1);
        assert.equal(attempts[0].userName, 'Inès Lefort');
        assert.equal(attempts[0].scenarioId, SCENARIO);
        assert.equal(attempts[0].replayMatches, true, 'the server replay does not reproduce the browser log');
        assert.equal(attempts[0].passed, (await reference).passed);

        // GDPR, through the worker: the trainee downloads all her data (the API, not the page);
        // the manager deletes her account, her attempts go with it.
        const [download] = await Promise.all([
          trainee.waitForEvent('download'),
          trainee.getByRole('link', { name: 'Télécharger toutes mes données (JSON)' }).click(),
        ]);
        const mine = JSON.parse(await readFile(await download.path(), 'utf8'));
        assert.equal(mine.user.email, 'ines@example.org');
        assert.deepEqual(
          mine.attempts.map((a) => a.id),
          [attempts[0].id],
        );
        assert.equal((await manager.delete(`api/users/${traineeId}`)).status(), 204);
        assert.equal((await (await manager.get('api/attempts')).json()).attempts.length, 0);
      } finally {
        await manager.dispose();
        await server.close();
      }
    },
  },
  {
    name: 'on a static host the service worker serves the whole app offline after one visit',
    fn: async ({ newPage }) => {
      const page = await newPage('', { allow: OFFLINE_NOISE });
      await createProfile(page, 'Inès');
      await offlineReady(page);
      await page.context().setOffline(true);
      await page.reload({ waitUntil: 'load' });
      await heading1(page, 'Bibliothèque de scénarios').waitFor(WAIT);
      // Pages never opened before load from the worker: progression and settings.
      await page.getByRole('link', { name: 'Progression', exact: true }).click();
      await heading1(page, 'Ma progression').waitFor(WAIT);
      await page.getByRole('link', { name: 'Réglages', exact: true }).click();
      await heading1(page, 'Réglages').waitFor(WAIT);
      // No team server here: the app stays local, with no account link.
      assert.equal(await page.getByRole('link', { name: /^Compte/ }).count(), 0);
    },
  },
  {
    name: 'a new version waits for « Recharger », which the keyboard reaches, then takes over',
    fn: async ({ browser }) => {
      const root = await mkdtemp(join(tmpdir(), 'decroche-e2e-update-'));
      await cp(DIST, root, { recursive: true });
      const host = await startServer(root);
      try {
        const page = await openPage(browser, host.baseURL, '');
        await createProfile(page, 'Inès');
        await offlineReady(page);
        const first = await page.evaluate(() => navigator.serviceWorker.controller.scriptURL);
        const prompt = page.getByText('Nouvelle version disponible.');
        assert.equal(await prompt.count(), 0, 'a new version is announced before any was deployed');

        // A new build is deployed (its worker differs by a byte); the app finds it.
        await appendFile(join(root, 'sw.js'), '\n// next version\n');
        await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
        await prompt.waitFor({ timeout: 20_000 });
        // The page keeps running the version it started with until the trainee asks.
        assert.equal(await page.evaluate(() => navigator.serviceWorker.controller.scriptURL), first);
        const reloaded = page.waitForEvent('load', { timeout: 20_000 });
        await activateByKeyboard(page, page.getByRole('button', { name: 'Recharger', exact: true }));
        await reloaded;
        await heading1(page, 'Bibliothèque de scénarios').waitFor(WAIT);
        assert.equal(await prompt.count(), 0, 'the prompt is still shown after the reload');
        const waiting = await page.evaluate(() =>
          navigator.serviceWorker.getRegistration().then((r) => !!r.waiting),
        );
        assert.equal(waiting, false, 'the new version is still waiting after « Recharger »');
      } finally {
        await host.close();
        await rm(root, { recursive: true, force: true });
      }
    },
  },
];
