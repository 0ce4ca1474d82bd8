// The manager and trainer space on the team server (`decroche serve`, PGlite in a temp folder):
// a trainee plays a call in the browser, synced; the manager finds her in the competency matrix
// with the server's figures and drills from a cell into the attempt's read-only debrief; the
// trainer overrides a criterion and the verdict with a reason; the trainee sees the reviewed score
// and verdict beside the automatic ones in her own debrief.
import assert from 'node:assert/strict';
import { expectNoAxeViolations } from './lib/axe.js';
import { golden, referencePlay } from './lib/content.js';
import { logIn, startTeamServer } from './lib/teamServer.js';
import { createProfile, heading1, playGolden, startScenario, WAIT } from './lib/trainee.js';

const SCENARIO = 'urgence-douleur-thoracique';
const SLOW = { timeout: 30_000 };

export const tests = [
  {
    name: 'team space: the manager drills from the matrix into an attempt, the trainer’s override reaches the trainee',
    timeout: 420_000,
    fn: async ({ browser }) => {
      const reference = referencePlay(SCENARIO, 'good');
      const server = await startTeamServer({
        users: [
          { email: 'chef@example.org', name: 'Marc Chef', role: 'manager' },
          { email: 'claire@example.org', name: 'Claire Formatrice', role: 'trainer', group: 'Groupe A' },
          { email: 'ines@example.org', name: 'Inès Lefort', role: 'trainee', group: 'Groupe A' },
        ],
      });
      const { url } = server;
      try {
        // The trainee plays a call; it reaches the server.
        const trainee = await logIn(browser, url, 'ines@example.org', 'Inès Lefort');
        await trainee.goto(new URL('#/', url).href);
        await createProfile(trainee, 'Inès');
        await startScenario(trainee, SCENARIO);
        await playGolden(trainee, {
          id: SCENARIO,
          steps: golden(SCENARIO, 'good').steps,
          reference: await reference,
        });
        await heading1(trainee, 'Débriefing').waitFor(SLOW);
        const debriefUrl = trainee.url();
        await trainee
          .getByRole('link', { name: /^Compte/ })
          .getByText(/en attente/)
          .waitFor({ state: 'detached', ...SLOW });

        const manager = await logIn(browser, url, 'chef@example.org', 'Marc Chef');
        const listed = await (await manager.request.get(new URL('api/attempts', url).href)).json();
        assert.equal(listed.attempts.length, 1);
        const attemptId = listed.attempts[0].id;
        const stored = await (
          await manager.request.get(new URL(`api/attempts/${attemptId}`, url).href)
        ).json();
        const empathy = stored.scorecard.criteria.empathy.score;

        // The matrix: Inès with the server's figure, in a value and a level in words.
        await manager.getByRole('link', { name: 'Équipe' }).click();
        await heading1(manager, 'Équipe').waitFor(WAIT);
        const cell = manager.getByRole('button', {
          name: new RegExp(`^Inès Lefort, Écoute et empathie\\s:\\s${empathy}, .+, sur 1 appel`),
        });
        await cell.waitFor(WAIT);
        assert.match(await cell.innerText(), new RegExp(`^${empathy}\\s`));
        await expectNoAxeViolations(manager);
        await cell.click();
        await manager
          .getByRole('heading', { name: 'Appels de Inès Lefort — Écoute et empathie' })
          .waitFor(WAIT);
        await manager.getByRole('link', { name: /^Voir le débriefing/ }).click();
        await heading1(manager, 'Débriefing d’un stagiaire').waitFor(WAIT);
        await manager.getByText('Appel de Inès Lefort (lecture seule).').waitFor(WAIT);
        await manager.getByRole('list', { name: 'Déroulé de l’appel' }).waitFor(WAIT);
        assert.equal(await manager.getByRole('button', { name: /Rejouer/ }).count(), 0);
        await expectNoAxeViolations(manager);

        // The trainer overrides empathy with a reason.
        const trainer = await logIn(browser, url, 'claire@example.org', 'Claire Formatrice');
        await trainer.goto(new URL(`#/equipe/tentative/${attemptId}`, url).href);
        await heading1(trainer, 'Débriefing d’un stagiaire').waitFor(WAIT);
        const after = empathy >= 50 ? empathy - 30 : empathy + 30;
        await trainer.getByRole('combobox', { name: 'Critère' }).selectOption('empathy');
        await trainer.getByRole('spinbutton', { name: 'Note relue (0 à 100)' }).fill(String(after));
        await trainer
          .getByRole('textbox', { name: 'Motif' })
          .fill('L’inquiétude de l’appelant n’a pas été reformulée.');
        await trainer.getByRole('button', { name: 'Enregistrer la correction' }).click();
        await trainer.getByText('Correction enregistrée.').waitFor(WAIT);
        await trainer.getByRole('table', { name: 'Historique des corrections' }).waitFor(WAIT);
        // And the verdict: failed, with a reason (the automatic one stays beside it).
        await trainer
          .getByRole('group', { name: 'Verdict relu' })
          .getByRole('radio', { name: 'Échoué' })
          .check();
        await trainer
          .getByRole('textbox', { name: 'Justification du verdict' })
          .fill('Le 15 n’a pas été proposé assez tôt.');
        await trainer.getByRole('button', { name: 'Enregistrer le verdict' }).click();
        await trainer.getByText('Verdict enregistré.').waitFor(WAIT);
        await trainer
          .getByRole('table', { name: 'Historique des corrections' })
          .getByRole('cell', { name: 'Le 15 n’a pas été proposé assez tôt.' })
          .waitFor(WAIT);
        await expectNoAxeViolations(trainer);

        // The trainee's own debrief shows the reviewed score beside the automatic one.
        await trainee.goto(debriefUrl);
        await trainee.reload();
        await trainee
          .getByText(
            `Note relue par Claire Formatrice : ${after} / 100 (note automatique : ${empathy} / 100).`,
          )
          .waitFor(SLOW);
        await trainee.getByText('L’inquiétude de l’appelant n’a pas été reformulée.').waitFor(WAIT);
        const meter = trainee.getByRole('meter', { name: 'Écoute et empathie' });
        assert.equal(await meter.getAttribute('aria-valuenow'), String(after));
        await trainee
          .getByText(/^Verdict\srelu\spar\sClaire\sFormatrice\s:\séchoué\s\(avant\s:\sréussi\)\./)
          .waitFor(WAIT);
        await trainee
          .getByText(
            /^Après\srelecture\s:\s\d+\s\/\s100,\séchoué\s\(note\sautomatique\s:\s\d+\s\/\s100,\sréussi\)\.$/,
          )
          .waitFor(WAIT);

        // The matrix now reads the reviewed score.
        await manager.goto(new URL('#/equipe', url).href);
        await manager
          .getByRole('button', { name: new RegExp(`^Inès Lefort, Écoute et empathie\\s:\\s${after}, `) })
          .waitFor(WAIT);
      } finally {
        await server.close();
      }
    },
  },
];
