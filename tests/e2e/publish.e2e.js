// Publishing to a group on a team server, keyboard-driven where a trainer works: the trainer
// copies a built-in scenario in the studio, edits the caller's first line, publishes the pack to
// their group; a trainee of that group (another browser context) finds it in the library, plays
// it (the attempt reaches the server with the pack's version); the trainer publishes a version 2,
// the trainee sees it; unpublish brings version 1 back. Screenshots for docs/atelier.md.
// A recorded caller line travels with a published version: the trainee of the group hears it.
import assert from 'node:assert/strict';
import { expectNoAxeViolations } from './lib/axe.js';
import { openPage } from './lib/browser.js';
import { activateByKeyboard, focusByTab } from './lib/keyboard.js';
import { blankDraftClips, callPlaysClip, findInEditor, openStudio, shot, wav } from './lib/studio.js';
import { addUser, setUpOrganisation, startTeamServer } from './lib/teamServer.js';
import { WAIT, callerLines, createProfile, hangUp, heading1, pickUp } from './lib/trainee.js';

const SCENARIO = '39,4 à 18 h 35 : une maman inquiète';
// Offline at the end, the catalogue's fetch fails: the browser reports the failed request.
const OFFLINE_NOISE = [/ERR_INTERNET_DISCONNECTED|Failed to load resource|Failed to fetch/];
const PACK = 'fievre-enfant-fin-de-journee-copie';
const GROUP = 'Promotion de mars';
// The caller's first line, in each mood (one is drawn per call).
const FIRST_LINES = ['Allô ? Bonsoir', 'Allô ? Ah, enfin', 'Allô ?! Enfin'];
// The blank scenario's first caller line, and where the studio files its clip.
const CLIP_LINE = 'Bonjour, je voudrais prendre rendez-vous, s’il vous plaît.';
const CLIP_PATH = 'audio/bonjour-je-voudrais-prendre-rendez-vous.wav';

/** Edits the caller's first line in every mood: `from` becomes `to` (typed over the match). */
async function editFirstLines(page, from, to) {
  for (const line of from) {
    await findInEditor(page, line);
    await page.keyboard.type(to(line));
  }
  await page.getByRole('status').filter({ hasText: 'Aucun problème' }).waitFor(WAIT);
}

/** The trainee's library card of the pack, once its version is shown. */
async function libraryCard(page, version) {
  await activateByKeyboard(page, page.getByRole('link', { name: 'Bibliothèque', exact: true }));
  await heading1(page, 'Bibliothèque de scénarios').waitFor(WAIT);
  const card = page.getByRole('article').filter({ hasText: '(copie)' });
  await card.getByText(new RegExp(`^Pack «\\s39,4.*», version ${version}$`)).waitFor(WAIT);
  return card;
}

/** The organisation's group, with a trainer (Sophie) and a trainee (Inès), each in a browser context. */
async function trainerAndTrainee(browser, server, traineeOptions) {
  const admin = await browser.newContext();
  const groupId = await setUpOrganisation(admin.request, server.url, GROUP);
  const trainer = await openPage(browser, server.url, '');
  await addUser(admin.request, trainer.request, server.url, {
    email: 'sophie@example.org',
    name: 'Sophie Durand',
    role: 'trainer',
    groupId,
  });
  const trainee = await openPage(browser, server.url, '', traineeOptions);
  await addUser(admin.request, trainee.request, server.url, {
    email: 'ines@example.org',
    name: 'Inès Lefort',
    role: 'trainee',
    groupId,
  });
  await admin.close();
  return { trainer, trainee };
}

export const tests = [
  {
    name: 'publish: a trainer publishes a copy to a group, a trainee plays it, a new version, unpublish restores the previous',
    timeout: 240_000,
    fn: async ({ browser }) => {
      const server = await startTeamServer();
      try {
        const { trainer, trainee } = await trainerAndTrainee(browser, server, { allow: OFFLINE_NOISE });

        // The trainer: copies the scenario, edits the first line, publishes to the group.
        await trainer.reload();
        await createProfile(trainer, 'Sophie');
        await activateByKeyboard(trainer, trainer.getByRole('link', { name: 'Atelier', exact: true }));
        await activateByKeyboard(
          trainer,
          trainer.getByRole('button', { name: `Copier « ${SCENARIO} » dans un brouillon` }),
        );
        await heading1(trainer, `${SCENARIO} (copie)`).waitFor(WAIT);
        await editFirstLines(trainer, FIRST_LINES, (line) => `Version un. ${line}`);
        const panel = trainer.getByRole('region', { name: 'Publier vers vos groupes' });
        const group = panel.getByRole('checkbox', { name: GROUP });
        await group.waitFor(WAIT);
        assert.ok(await group.isChecked(), 'the trainer’s only group is chosen');
        await activateByKeyboard(trainer, panel.getByRole('button', { name: 'Publier cette version' }));
        await panel.getByText(`Version 1 publiée pour ${GROUP}.`).waitFor(WAIT);
        await panel.getByText(/^Version 1, publiée le .* — proposée aux stagiaires$/).waitFor(WAIT);
        await panel.scrollIntoViewIfNeeded();
        await shot(trainer, 'publier');
        await expectNoAxeViolations(trainer);

        // The trainee of the group: the pack is in the library, and its call plays version 1.
        await trainee.reload();
        await createProfile(trainee, 'Inès');
        const card = await libraryCard(trainee, 1);
        await card.scrollIntoViewIfNeeded();
        await shot(trainee, 'bibliotheque-groupe');
        await expectNoAxeViolations(trainee);
        await activateByKeyboard(trainee, card.getByRole('link', { name: /^Commencer l’appel/ }));
        await trainee.waitForURL((url) => url.hash === `#/appel/${PACK}`, WAIT);
        await trainee.getByRole('button', { name: 'Décrocher', exact: false }).waitFor(WAIT);
        await pickUp(trainee);
        await callerLines(trainee).first().waitFor(WAIT);
        assert.match(await callerLines(trainee).first().textContent(), /^Version un\. Allô/);
        await hangUp(trainee);
        await heading1(trainee, 'Débriefing').waitFor(WAIT);

        // The attempt reaches the server, re-scored on version 1 of the pack.
        let sent;
        for (let i = 0; i < 100 && !sent; i++) {
          const { attempts } = await (await trainer.request.get(`${server.url}api/attempts`)).json();
          sent = attempts.find((a) => a.scenarioId === PACK);
          if (!sent) await new Promise((r) => setTimeout(r, 200));
        }
        assert.ok(sent, 'the attempt did not reach the server');
        assert.deepEqual(sent.pack, { id: PACK, version: 1 });
        assert.equal(sent.replayMatches, true);

        // Version 2: the trainer edits the line again and publishes; the trainee sees it.
        await focusByTab(trainer, trainer.getByRole('tab', { name: 'Source YAML', exact: true }));
        await editFirstLines(trainer, ['Version un.', 'Version un.', 'Version un.'], () => 'Version deux.');
        await activateByKeyboard(trainer, panel.getByRole('button', { name: 'Publier cette version' }));
        await panel.getByText(`Version 2 publiée pour ${GROUP}.`).waitFor(WAIT);
        await libraryCard(trainee, 2);

        // Unpublish: version 1 is offered again; version 2 stays listed, withdrawn.
        await activateByKeyboard(trainer, panel.getByRole('button', { name: 'Retirer la dernière version' }));
        await panel
          .getByText('Dernière version retirée : la version 1 est de nouveau proposée.')
          .waitFor(WAIT);
        await panel.getByText(/^Version 2, publiée le .* — retirée le /).waitFor(WAIT);
        await panel.getByText(/^Version 1, publiée le .* — proposée aux stagiaires$/).waitFor(WAIT);
        await panel.scrollIntoViewIfNeeded();
        await shot(trainer, 'versions');
        await expectNoAxeViolations(trainer);
        await activateByKeyboard(trainee, trainee.getByRole('link', { name: 'Progression', exact: true }));
        await libraryCard(trainee, 1);

        // The server unreachable: the library shows the last catalogue fetched, and says so.
        await trainee.route('**/api/**', (route) => route.abort('internetdisconnected'));
        await activateByKeyboard(trainee, trainee.getByRole('link', { name: 'Progression', exact: true }));
        const offline = await libraryCard(trainee, 1);
        await trainee
          .getByText(/^Serveur injoignable\s:\sles scénarios de votre groupe sont ceux récupérés le /)
          .waitFor(WAIT);
        await activateByKeyboard(trainee, offline.getByRole('link', { name: /^Commencer l’appel/ }));
        await trainee.getByRole('button', { name: 'Décrocher', exact: false }).waitFor(WAIT);
      } finally {
        await server.close();
      }
    },
  },
  {
    name: 'publish: a recorded caller line travels with the published version, and a trainee of the group hears it',
    timeout: 180_000,
    fn: async ({ browser }) => {
      const server = await startTeamServer();
      try {
        const { trainer, trainee } = await trainerAndTrainee(browser, server);

        // The trainer: a blank scenario, a clip on the caller's first line, published to the group.
        await trainer.reload();
        await openStudio(trainer, 'Sophie');
        await blankDraftClips(trainer);
        const input = trainer.getByLabel(`Joindre un enregistrement à « ${CLIP_LINE} »`);
        await focusByTab(trainer, input);
        await input.setInputFiles({ name: 'accueil.wav', mimeType: 'audio/wav', buffer: wav(3) });
        await trainer.getByText(/^Enregistrement joint à « Bonjour, je voudrais/).waitFor(WAIT);
        await trainer.getByRole('status').filter({ hasText: 'Brouillon enregistré.' }).waitFor(WAIT);
        // The tab no longer says the clips stay out of a publication.
        assert.equal(await trainer.getByText(/pas encore publiés/).count(), 0);
        const panel = trainer.getByRole('region', { name: 'Publier vers vos groupes' });
        await panel.getByRole('checkbox', { name: GROUP }).waitFor(WAIT);
        await activateByKeyboard(trainer, panel.getByRole('button', { name: 'Publier cette version' }));
        await panel.getByText(`Version 1 publiée pour ${GROUP}.`).waitFor(WAIT);

        // The trainee of the group: the call plays the clip the server keeps with the version.
        await trainee.reload();
        await createProfile(trainee, 'Inès');
        await callPlaysClip(trainee, /Pack «\sNouveau scénario\s», version 1/, `/clips/${CLIP_PATH}`);
        await hangUp(trainee);
        await heading1(trainee, 'Débriefing').waitFor(WAIT);
      } finally {
        await server.close();
      }
    },
  },
];
