// A call with the default settings downloads none of the parts the bench lists as loaded on
// demand (lib/bundle.js, ON_DEMAND) until the trainee asks for one: the agenda's code when its tab
// is opened (the other tools' not), the week view of the agenda when the trainee switches to it, the shortcut help on « ? », and the help still
// opens from the keyboard with the focus inside it.
import assert from 'node:assert/strict';
import { callScreenJs } from './lib/bundle.js';
import { activateByKeyboard } from './lib/keyboard.js';
import { DIST } from './lib/server.js';
import {
  WAIT,
  createProfile,
  openShortcutHelp,
  openTab,
  pickUpAndGreet,
  startScenario,
} from './lib/trainee.js';

/** The on-demand chunk the bench lists for a component (Vite names the chunk after it). */
function chunkOf(onDemand, component) {
  const part = onDemand.find((p) => p.file.includes(`/${component}-`));
  assert.ok(part, `the bench lists no on-demand chunk for ${component}`);
  return part.file;
}

export const tests = [
  {
    name: 'a default call fetches the agenda tab, the week view and the shortcut help only when the trainee asks for them',
    fn: async ({ newPage }) => {
      const { onDemand, studioInCallScreen, chunks } = callScreenJs(DIST);
      assert.equal(
        studioInCallScreen,
        false,
        `the studio's code is in a call's JS: ${chunks.filter((c) => c.studio).map((c) => c.file)}`,
      );
      const page = await newPage('');
      const fetched = [];
      page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
      const wasFetched = (file) => fetched.some((path) => path.endsWith(`/${file}`));

      await createProfile(page, 'Inès');
      // What the library page fetched for itself (its packs' code) is not the call's.
      fetched.length = 0;
      await startScenario(page, 'renouvellement-exige-aujourdhui');
      await pickUpAndGreet(
        page,
        'Maison médicale des Platanes, Julie à l’appareil, bonjour. Que puis-je faire pour vous ?',
      );
      const agenda = await openTab(page, 'Agenda');
      const agendaTab = chunkOf(onDemand, 'AgendaTab');
      assert.ok(wasFetched(agendaTab), `the agenda showed without fetching ${agendaTab}`);
      for (const part of onDemand.filter((p) => p.file !== agendaTab))
        assert.ok(!wasFetched(part.file), `fetched unasked: ${part.file} (${part.trigger})`);

      await activateByKeyboard(page, agenda.getByRole('button', { name: 'Semaine', exact: true }));
      await agenda.getByRole('table', { name: /^Semaine du / }).waitFor(WAIT);
      const week = chunkOf(onDemand, 'AgendaWeek');
      assert.ok(wasFetched(week), `the week view showed without fetching ${week}`);

      await openShortcutHelp(page);
      const helpChunk = chunkOf(onDemand, 'HelpDialog');
      assert.ok(wasFetched(helpChunk), `the help showed without fetching ${helpChunk}`);
      for (const source of ['GuidedReplies', 'ResumeDialog']) {
        const file = chunkOf(onDemand, source);
        assert.ok(!wasFetched(file), `fetched unasked: ${file}`);
      }
    },
  },
];
