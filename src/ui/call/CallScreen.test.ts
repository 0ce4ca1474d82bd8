// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { tick } from 'svelte';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CallView } from '../../machines/session.ts';
import type { ScenarioBundle } from '../../scenarios/schema.ts';
import type { Settings } from '../../storage/index.ts';
import CallScreen from './CallScreen.svelte';
import { coreBundle, FakeSession } from './testing.ts';
import { typo } from '../i18n/typography.ts';

const quiet: Settings = {
  sound: false,
  volume: 0.8,
  speech: false,
  captions: true,
  guided: false,
  showMood: true,
};

// howler as the call screen loads it: a fake that records the clips asked for, and fails on demand.
const howler = vi.hoisted(() => {
  const howls: { src: string; plays: number; stops: number; fire: (event: string) => void }[] = [];
  class Howl {
    src: string;
    plays = 0;
    stops = 0;
    listeners = new Map<string, (() => void)[]>();
    constructor(options: { src: string[] }) {
      this.src = options.src[0]!;
      howls.push(this);
    }
    play() {
      this.plays++;
      return 1;
    }
    stop() {
      this.stops++;
    }
    unload() {}
    on(event: string, listener: () => void) {
      this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    }
    fire(event: string) {
      for (const listener of this.listeners.get(event) ?? []) listener();
    }
  }
  return { howls, Howl, Howler: { volume: () => {}, noAudio: false } };
});
vi.mock('howler/src/howler.core.js', () => ({ Howl: howler.Howl, Howler: howler.Howler }));

let bundle: ScenarioBundle;
beforeAll(async () => {
  bundle = await coreBundle('fievre-enfant-fin-de-journee');
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

/** The call screen once its conversation is drawn (the frame after its phone bar). */
async function mount(patch: Partial<CallView> = {}, settings: Partial<Settings> = {}) {
  const session = new FakeSession(bundle, patch);
  const onended = vi.fn();
  render(CallScreen, { session, settings: { ...quiet, ...settings }, onended, now: () => 0 });
  await screen.findByRole('textbox', { name: 'Votre réponse' });
  return { session, onended };
}

const talking: Partial<CallView> = {
  status: 'talking',
  rings: 2,
  log: [
    { t: 0, type: 'ring', n: 1 },
    { t: 5000, type: 'ring', n: 2 },
    { t: 6000, type: 'pickup' },
    { t: 6000, type: 'caller.say', text: 'Allô ? Bonsoir…', node: 'accueil', mood: 'tense', cause: 'node' },
  ],
};

/** How long a part fetched on demand may take to arrive (its code is compiled on first use here). */
const LOADED = 10_000;

/** A tool's tab panel once its code is there (each tool is fetched when its tab is first opened). */
async function tool(name: string): Promise<HTMLElement> {
  const panel = screen.getByRole('tabpanel', { name });
  await waitFor(() => expect(within(panel).queryByText('Chargement de l’outil…')).toBeNull(), {
    timeout: LOADED,
  });
  return panel;
}

/** The agenda row of a slot, by its time and practitioner. */
/** Opens a slot's menu (its one « Actions » button) and chooses `item` in it, by mouse. */
async function slotAction(row: HTMLElement, item: string | RegExp): Promise<void> {
  await fireEvent.click(within(row).getByRole('button', { name: /^Actions — / }));
  await fireEvent.click(within(row).getByRole('menuitem', { name: item }));
}

function slotRow(panel: HTMLElement, time: string, practitioner: string): HTMLElement {
  const rows = within(panel)
    .getAllByRole('row')
    .filter(
      (r) => within(r).queryByRole('rowheader', { name: time }) && r.textContent?.includes(practitioner),
    );
  expect(rows).toHaveLength(1);
  return rows[0]!;
}

describe('the call screen', () => {
  it('picks up with Alt+D from anywhere', async () => {
    const { session } = await mount();
    expect(screen.getByText('Appel entrant')).toBeInTheDocument();
    expect(screen.getByText('1 sonnerie')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: /^Décrocher/ })).toHaveFocus());
    await fireEvent.keyDown(window, { key: 'd', code: 'KeyD', altKey: true });
    expect(session.sent).toEqual([{ type: 'trainee.pickup' }]);
  });

  it('sends what the trainee types with Enter, then clears the box', async () => {
    const { session } = await mount(talking);
    const input = screen.getByRole('textbox', { name: 'Votre réponse' });
    await fireEvent.input(input, { target: { value: '  Cabinet de pédiatrie du Canal, bonsoir. ' } });
    await fireEvent.keyDown(input, { key: 'Enter', code: 'Enter' });
    expect(session.sent.filter((input) => input.type === 'trainee.say')).toEqual([
      { type: 'trainee.say', text: 'Cabinet de pédiatrie du Canal, bonsoir.' },
    ]);
    expect(input).toHaveValue('');
    // An empty box sends nothing.
    const sent = session.sent.length;
    await fireEvent.keyDown(input, { key: 'Enter', code: 'Enter' });
    expect(session.sent).toHaveLength(sent);
  });

  it('says why the reply box is closed while ringing, and warns while on hold', async () => {
    await mount();
    const ringing = screen.getByRole('textbox', { name: 'Votre réponse' });
    expect(ringing).toBeDisabled();
    expect(ringing).toHaveAccessibleDescription(/décrochez d’abord/);
    cleanup();

    const { session } = await mount({ ...talking, status: 'onHold' });
    const input = screen.getByRole('textbox', { name: 'Votre réponse' });
    expect(input).toBeEnabled();
    expect(input).toHaveAccessibleDescription('L’appelant est en attente et ne vous entend pas.');
    expect(screen.getByRole('button', { name: /^Reprendre l’appel/ })).toBeEnabled();
    await fireEvent.input(input, { target: { value: 'Je reviens vers vous.' } });
    await fireEvent.keyDown(input, { key: 'Enter', code: 'Enter' });
    expect(session.sent).toEqual([{ type: 'trainee.say', text: 'Je reviens vers vous.' }]);
  });

  it('shows caller and trainee lines with times, and the silence prompts apart', async () => {
    const { session } = await mount(talking);
    const log = screen.getByRole('log', { name: 'Transcription de l’appel' });
    expect(within(log).getByText('Allô ? Bonsoir…')).toBeInTheDocument();
    expect(within(log).getByText('Allô ? Bonsoir…').closest('li')).toHaveAttribute('data-speaker', 'caller');
    session.update({
      log: [
        ...talking.log!,
        {
          t: 16000,
          type: 'caller.say',
          text: 'Allô ? Vous êtes toujours là ?',
          node: 'accueil',
          mood: 'tense',
          cause: 'prompt',
        },
      ],
    });
    await tick();
    const prompt = within(log).getByText('Allô ? Vous êtes toujours là ?').closest('li')!;
    expect(prompt).toHaveTextContent('00:16');
    expect(prompt).toHaveTextContent('(relance)');
  });

  it('books a free slot from the agenda with the patient and the type', async () => {
    const { session } = await mount(talking);
    await fireEvent.keyDown(window, { key: '2', code: 'Digit2', altKey: true });
    expect(screen.getByRole('tab', { name: 'Agenda' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tab', { name: 'Agenda' })).toHaveFocus();

    const agenda = await tool('Agenda');
    await fireEvent.click(within(agenda).getByRole('button', { name: 'Jour suivant' }));
    const row = slotRow(agenda, '8 h 50', 'Docteure Léa Ferrand');
    expect(row).toHaveTextContent('Libre');
    await slotAction(row, 'Réserver');
    const form = within(agenda).getByRole('form', { name: /^Réserver le mercredi 11 mars, 8\s+h\s+50/ });
    await fireEvent.input(within(form).getByRole('textbox', { name: 'Nom du patient' }), {
      target: { value: 'Noé Berthier' },
    });
    const type = within(form).getByRole('combobox', { name: 'Type de rendez-vous' });
    expect(
      within(type)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toContain('Consultation (enfant malade) — 20 min');
    await fireEvent.click(within(form).getByRole('button', { name: 'Confirmer la réservation' }));

    expect(session.sent).toEqual([
      {
        type: 'trainee.action',
        action: {
          kind: 'book',
          slot: '2026-03-11T08:50',
          practitioner: 'dr-ferrand',
          type: 'consultation',
          patient: 'Noé Berthier',
        },
      },
    ]);
    // The form closed: the focus is back on the row's slot button, never on the page's body.
    await tick();
    expect(
      within(row).getByRole('button', { name: /^Actions — 8\s+h\s+50, Docteure Léa Ferrand/ }),
    ).toHaveFocus();
  });

  it('makes the day’s slots one Tab stop: arrows, Home and End move, Enter opens the menu, Escape returns', async () => {
    await mount(talking);
    await fireEvent.click(await screen.findByRole('tab', { name: 'Agenda' }));
    const agenda = await tool('Agenda');
    await fireEvent.click(within(agenda).getByRole('button', { name: 'Jour suivant' }));
    const slots = within(agenda).getAllByRole('button', { name: /^Actions — / });
    expect(slots.length).toBeGreaterThan(2);
    // Only one slot is in the Tab order; its name says the time, the practitioner and the state.
    expect(slots.filter((b) => b.tabIndex === 0)).toEqual([slots[0]]);
    expect(slots[0]).toHaveAccessibleName(
      /^Actions — \d+\s+h\s+\d+, Docteure? [^,]+, (Libre|Réservé aux urgences|Occupé)/,
    );
    slots[0]!.focus();
    await fireEvent.keyDown(slots[0]!, { key: 'ArrowDown' });
    await tick();
    expect(slots[1]).toHaveFocus();
    expect(slots[1]).toHaveAttribute('tabindex', '0');
    expect(slots[0]).toHaveAttribute('tabindex', '-1');
    await fireEvent.keyDown(slots[1]!, { key: 'End' });
    await tick();
    expect(slots.at(-1)).toHaveFocus();
    await fireEvent.keyDown(slots.at(-1)!, { key: 'Home' });
    await tick();
    expect(slots[0]).toHaveFocus();

    // The menu button: opens on activation, its first item focused; Escape closes it onto the slot.
    await fireEvent.click(slots[0]!);
    await tick();
    expect(slots[0]).toHaveAttribute('aria-expanded', 'true');
    const menu = within(agenda).getByRole('menu');
    expect(within(menu).getAllByRole('menuitem')[0]).toHaveFocus();
    await fireEvent.keyDown(within(menu).getAllByRole('menuitem')[0]!, { key: 'Escape' });
    await tick();
    expect(within(agenda).queryByRole('menu')).toBeNull();
    expect(slots[0]).toHaveFocus();
  });

  it('tells the call the trainee is typing, at most every 3 s, but not before pickup', async () => {
    let clock = 0;
    const session = new FakeSession(bundle, talking);
    render(CallScreen, { session, settings: quiet, onended: vi.fn(), now: () => clock });
    const box = await screen.findByRole('textbox', { name: 'Votre réponse' });
    const type = (value: string) => fireEvent.input(box, { target: { value } });
    await type('S');
    clock = 1000;
    await type('Si je');
    clock = 3500;
    await type('Si je comprends bien');
    await type('   ');
    expect(session.sent).toEqual([{ type: 'trainee.typing' }, { type: 'trainee.typing' }]);
  });

  it('shows the week at a glance and opens a day from it', async () => {
    await mount(talking);
    await fireEvent.click(await screen.findByRole('tab', { name: 'Agenda' }));
    const agenda = await tool('Agenda');
    await fireEvent.click(within(agenda).getByRole('button', { name: 'Semaine' }));
    expect(within(agenda).getByRole('button', { name: 'Semaine' })).toHaveAttribute('aria-pressed', 'true');
    // The week view's code is fetched the first time it is shown.
    const week = await within(agenda).findByRole(
      'table',
      { name: /^Semaine du mardi 10 mars au lundi 16 mars/ },
      { timeout: LOADED },
    );
    const wednesday = within(week).getByRole('row', { name: /mercredi 11 mars/ });
    expect(wednesday).toHaveTextContent('8 h 50');

    // This agenda holds one week only.
    expect(within(agenda).getByRole('button', { name: 'Semaine suivante' })).toBeDisabled();
    await fireEvent.click(
      within(wednesday).getByRole('button', {
        name: 'Voir le mercredi 11 mars',
      }),
    );
    expect(within(agenda).getByRole('button', { name: 'Jour' })).toHaveAttribute('aria-pressed', 'true');
    expect(slotRow(agenda, '8 h 50', 'Docteure Léa Ferrand')).toHaveTextContent('Libre');
  });

  it('pages through the weeks of a longer agenda', async () => {
    const cardiology = await coreBundle('echographie-agenda-complet');
    render(CallScreen, {
      session: new FakeSession(cardiology, { ...talking, log: talking.log!.slice(0, 3) }),
      settings: quiet,
      onended: vi.fn(),
      now: () => 0,
    });
    await fireEvent.click(await screen.findByRole('tab', { name: 'Agenda' }));
    const agenda = await tool('Agenda');
    await fireEvent.click(within(agenda).getByRole('button', { name: 'Semaine' }));
    expect(await within(agenda).findByRole('button', { name: 'Semaine précédente' })).toBeDisabled();
    await fireEvent.click(within(agenda).getByRole('button', { name: 'Semaine suivante' }));
    const next = within(agenda).getByRole('table', { name: /^Semaine du mardi 17 mars/ });
    // A cardiologist's agenda is full for weeks: the first free echo is six weeks on.
    expect(within(next).getByRole('row', { name: /mardi 17 mars/ })).not.toHaveTextContent('9 h');
    for (let i = 0; i < 5; i++)
      await fireEvent.click(within(agenda).getByRole('button', { name: 'Semaine suivante' }));
    const later = within(agenda).getByRole('table', { name: /^Semaine du mardi 21 avril/ });
    expect(within(later).getByRole('row', { name: /mardi 21 avril/ })).toHaveTextContent('9 h');
    await fireEvent.click(within(agenda).getByRole('button', { name: 'Semaine précédente' }));
    expect(within(agenda).getByRole('table', { name: /^Semaine du mardi 14 avril/ })).toBeInTheDocument();
  });

  it('asks for an explicit confirmation before giving away an urgent slot', async () => {
    const { session } = await mount(talking);
    await fireEvent.click(await screen.findByRole('tab', { name: 'Agenda' }));
    const agenda = await tool('Agenda');
    await fireEvent.click(within(agenda).getByRole('button', { name: 'Jour suivant' }));
    const row = slotRow(agenda, '11 h 30', 'Docteure Léa Ferrand');
    expect(row).toHaveTextContent('Réservé aux urgences');
    await slotAction(row, 'Réserver');
    const book = within(agenda).getByRole('button', { name: 'Confirmer la réservation' });
    expect(book).toBeDisabled();
    await fireEvent.click(
      within(agenda).getByRole('checkbox', { name: 'Je confirme l’usage d’un créneau d’urgence' }),
    );
    await fireEvent.click(book);
    expect(session.sent).toMatchObject([
      { type: 'trainee.action', action: { kind: 'book', slot: '2026-03-11T11:30' } },
    ]);
  });

  it('moves and cancels an appointment booked in this call', async () => {
    const agenda = bundle.practice.agenda.map((slot) =>
      slot.start === '2026-03-11T08:50' && slot.practitioner === 'dr-ferrand'
        ? { ...slot, status: 'booked' as const, byTrainee: true, patient: 'Noé Berthier' }
        : slot,
    );
    const { session } = await mount({ ...talking, agenda });
    await fireEvent.click(await screen.findByRole('tab', { name: 'Agenda' }));
    const panel = await tool('Agenda');
    await fireEvent.click(within(panel).getByRole('button', { name: 'Jour suivant' }));
    const row = slotRow(panel, '8 h 50', 'Docteure Léa Ferrand');
    expect(row).toHaveTextContent('Occupé — Noé Berthier');
    await slotAction(row, 'Déplacer');
    const form = within(panel).getByRole('form', {
      name: typo('Déplacer le rendez-vous du mercredi 11 mars, 8 h 50'),
    });
    await fireEvent.change(within(form).getByRole('combobox', { name: 'Nouveau créneau' }), {
      target: { value: '2026-03-11T14:50' },
    });
    await fireEvent.click(within(form).getByRole('button', { name: 'Confirmer le déplacement' }));
    await slotAction(
      slotRow(panel, '8 h 50', 'Docteure Léa Ferrand'),
      typo('Annuler le rendez-vous du mercredi 11 mars, 8 h 50 de Noé Berthier'),
    );
    expect(session.sent).toEqual([
      {
        type: 'trainee.action',
        action: {
          kind: 'move',
          from: '2026-03-11T08:50',
          to: '2026-03-11T14:50',
          practitioner: 'dr-ferrand',
        },
      },
      {
        type: 'trainee.action',
        action: { kind: 'cancel', slot: '2026-03-11T08:50', practitioner: 'dr-ferrand' },
      },
    ]);
  });

  it('moves, cancels and texts about an appointment already in the agenda, not a past one', async () => {
    const sms = structuredClone(bundle);
    sms.practice.rules.sms = true;
    const agenda = bundle.practice.agenda.map((slot) =>
      slot.start === '2026-03-11T08:50' && slot.practitioner === 'dr-ferrand'
        ? { ...slot, status: 'booked' as const, patient: 'Lou Martin', birthDate: '02/05/2021' }
        : slot,
    );
    const session = new FakeSession(sms, { ...talking, agenda });
    render(CallScreen, { session, settings: quiet, onended: vi.fn(), now: () => 0 });
    await fireEvent.click(await screen.findByRole('tab', { name: 'Agenda' }));
    const panel = await tool('Agenda');
    // Today's appointments before the call's time are past: nothing to do with them.
    expect(within(slotRow(panel, '8 h 30', 'Docteure Léa Ferrand')).queryAllByRole('button')).toHaveLength(0);
    await fireEvent.click(within(panel).getByRole('button', { name: 'Jour suivant' }));
    const row = slotRow(panel, '8 h 50', 'Docteure Léa Ferrand');
    expect(row).toHaveTextContent('Occupé — Lou Martin (né·e le 02/05/2021)');
    await fireEvent.click(within(row).getByRole('button', { name: /^Actions — / }));
    expect(within(row).getByRole('menuitem', { name: 'Déplacer' })).toBeEnabled();
    await fireEvent.click(within(row).getByRole('menuitem', { name: 'Envoyer un SMS' }));
    const form = within(panel).getByRole('form', {
      name: typo('Envoyer un SMS pour le rendez-vous du mercredi 11 mars, 8 h 50'),
    });
    await fireEvent.change(within(form).getByRole('combobox', { name: 'Objet du SMS' }), {
      target: { value: 'reminder' },
    });
    await fireEvent.click(within(form).getByRole('button', { name: 'Envoyer le SMS' }));
    expect(session.sent).toEqual([
      {
        type: 'trainee.action',
        action: { kind: 'sms', slot: '2026-03-11T08:50', practitioner: 'dr-ferrand', purpose: 'reminder' },
      },
    ]);
  });

  it('keeps the tools shut until pickup', async () => {
    const { session } = await mount();
    await fireEvent.click(await screen.findByRole('tab', { name: 'Transfert' }));
    const transfer = within(await tool('Transfert')).getByRole('button', { name: 'Transférer au médecin' });
    expect(transfer).toBeDisabled();
    await fireEvent.click(transfer);
    expect(session.sent).toEqual([]);
  });

  it('redirects to a number of the directory', async () => {
    const { session } = await mount(talking);
    await fireEvent.keyDown(window, { key: '4', code: 'Digit4', altKey: true });
    const directory = await tool('Annuaire');
    await fireEvent.click(within(directory).getByRole('button', { name: 'Orienter vers le 116 117' }));
    expect(session.sent).toEqual([{ type: 'trainee.action', action: { kind: 'redirect', to: '116 117' } }]);
  });

  it('sends a message for the doctor composed from its fields', async () => {
    const { session } = await mount(talking);
    await fireEvent.keyDown(window, { key: '5', code: 'Digit5', altKey: true });
    const panel = await tool('Message');
    await fireEvent.input(within(panel).getByRole('textbox', { name: 'Nom et prénom' }), {
      target: { value: 'Noé Berthier' },
    });
    await fireEvent.input(within(panel).getByRole('textbox', { name: 'Date de naissance' }), {
      target: { value: '02/09/2025' },
    });
    await fireEvent.input(within(panel).getByRole('textbox', { name: 'Numéro de rappel' }), {
      target: { value: '06 12 34 56 78' },
    });
    await fireEvent.input(within(panel).getByRole('textbox', { name: 'Motif' }), {
      target: { value: 'fièvre de Noé' },
    });
    await fireEvent.click(within(panel).getByRole('radio', { name: 'Urgente' }));
    await fireEvent.click(within(panel).getByRole('button', { name: 'Envoyer le message' }));
    expect(session.sent).toEqual([
      {
        type: 'trainee.action',
        action: {
          kind: 'message',
          text: 'Message urgent de Noé Berthier, né(e) le 02/09/2025 — motif : fièvre de Noé — rappeler au 06 12 34 56 78',
          urgency: 'urgent',
          birthDate: '02/09/2025',
          from: 'Noé Berthier',
          callbackNumber: '06 12 34 56 78',
        },
      },
    ]);
  });

  it('keeps the tools after the caller hangs up, until « Terminer »', async () => {
    const { session, onended } = await mount({
      status: 'wrapUp',
      log: [
        ...talking.log!,
        { t: 9000, type: 'caller.say', text: 'Au revoir.', node: 'accueil', mood: 'calm', cause: 'reply' },
        { t: 9000, type: 'hangup', by: 'caller', reason: 'done' },
        { t: 9000, type: 'wrapup.start' },
      ],
    });
    expect(screen.getAllByText('Travail après appel').length).toBeGreaterThan(0);
    expect(screen.queryByRole('button', { name: /^Raccrocher/ })).toBeNull();
    expect(screen.getByRole('textbox', { name: 'Votre réponse' })).toBeDisabled();
    await fireEvent.keyDown(window, { key: '5', code: 'Digit5', altKey: true });
    const panel = await tool('Message');
    await fireEvent.input(within(panel).getByRole('textbox', { name: 'Motif' }), {
      target: { value: 'fièvre de Noé' },
    });
    await fireEvent.click(within(panel).getByRole('button', { name: 'Envoyer le message' }));
    await fireEvent.click(screen.getByRole('button', { name: /^Terminer/ }));
    expect(session.sent.map((input) => input.type)).toEqual(['trainee.action', 'trainee.done']);
    expect(onended).not.toHaveBeenCalled();
  });

  it('shows what was understood of each line in practice mode, and flags a line', async () => {
    const said = {
      t: 8000,
      type: 'trainee.say' as const,
      text: 'Je peux vous proposer demain 8 h 50 ?',
      acts: [{ type: 'proposal' as const, span: [0, 5] as [number, number] }],
      facts: [],
      intents: [{ type: 'offer_slot' as const, span: [0, 5] as [number, number], confidence: 0.9 }],
      entities: [
        { kind: 'date' as const, value: '2026-03-11', span: [0, 5] as [number, number], confidence: 0.9 },
        { kind: 'time' as const, value: '08:50', span: [0, 5] as [number, number], confidence: 0.9 },
      ],
    };
    const { session } = await mount({ ...talking, log: [...talking.log!, said] });
    const chips = screen.getByRole('list', { name: 'Compris' });
    expect(
      within(chips)
        .getAllByRole('listitem')
        .map((li) => li.textContent?.trim()),
    ).toEqual(['Proposition', 'Propose un créneau', typo('Date : mercredi 11 mars'), typo('Heure : 8 h 50')]);
    await fireEvent.click(screen.getByRole('button', { name: /^Ce n’est pas ce que je voulais dire/ }));
    expect(session.sent).toEqual([{ type: 'trainee.flag', turn: 4 }]);
    session.update({ log: [...talking.log!, said, { t: 9000, type: 'trainee.flag', turn: 4 }] });
    await tick();
    expect(screen.getByText('Signalé')).toBeInTheDocument();
    cleanup();

    // Assessment mode: nothing of the analysis shows.
    await mount({ ...talking, log: [...talking.log!, said] }, { showMood: false });
    expect(screen.queryByRole('list', { name: 'Compris' })).toBeNull();
    expect(screen.queryByRole('button', { name: /voulais dire/ })).toBeNull();
  });

  it('adds to the waitlist and promises a callback from the same tab', async () => {
    const { session } = await mount(talking);
    await fireEvent.keyDown(window, { key: '3', code: 'Digit3', altKey: true });
    const panel = await tool('Liste d’attente');
    await fireEvent.input(within(panel).getByRole('textbox', { name: 'Nom du patient' }), {
      target: { value: 'Noé Berthier' },
    });
    await fireEvent.click(within(panel).getByRole('button', { name: 'Ajouter à la liste d’attente' }));
    await fireEvent.click(within(panel).getByRole('button', { name: 'Promettre un rappel' }));
    expect(session.sent).toEqual([
      { type: 'trainee.action', action: { kind: 'waitlist', patient: 'Noé Berthier' } },
      { type: 'trainee.action', action: { kind: 'callback' } },
    ]);
  });

  it('holds, hangs up and hands the ended call to the shell', async () => {
    const { session, onended } = await mount(talking);
    await fireEvent.keyDown(window, { key: 'a', code: 'KeyA', altKey: true });
    await fireEvent.keyDown(window, { key: 'r', code: 'KeyR', altKey: true });
    expect(session.sent).toEqual([{ type: 'trainee.hold' }, { type: 'trainee.hangup' }]);

    const ended = {
      ...talking,
      status: 'ended' as const,
      log: [
        ...talking.log!,
        { t: 9000, type: 'hangup' as const, by: 'trainee' as const, reason: 'trainee' as const },
      ],
    };
    session.update(ended);
    await Promise.resolve();
    expect(onended).toHaveBeenCalledTimes(1);
    expect(onended.mock.calls[0]![0]).toMatchObject({ status: 'ended' });
    session.update({ t: 9500 });
    await Promise.resolve();
    expect(onended).toHaveBeenCalledTimes(1);
  });

  it('shows the mood in practice, hides it in assessment', async () => {
    await mount(talking);
    expect(screen.getByRole('meter', { name: 'Humeur de l’appelant' })).toBeInTheDocument();
    expect(screen.getByRole('meter', { name: 'Humeur de l’appelant' })).toHaveAttribute(
      'aria-valuetext',
      'Tendu',
    );
    expect(screen.getByText('Tendu')).toBeVisible();
    cleanup();
    await mount(talking, { showMood: false });
    expect(screen.queryByRole('meter')).not.toBeInTheDocument();
  });

  it('fills the reply box with a guided suggestion, which goes out as typed text', async () => {
    const { session } = await mount(talking, { guided: true });
    const group = await screen.findByRole('group', { name: 'Réponses suggérées' }, { timeout: LOADED });
    const choices = within(group).getAllByRole('button');
    expect(choices).toHaveLength(3);
    await fireEvent.click(choices[0]!);
    const input = screen.getByRole('textbox', { name: 'Votre réponse' });
    expect(input).toHaveValue(choices[0]!.textContent);
    expect(input).toHaveFocus();
    await fireEvent.keyDown(input, { key: 'Enter', code: 'Enter', ctrlKey: true });
    expect(session.sent).toEqual([{ type: 'trainee.say', text: choices[0]!.textContent }]);
  });

  it('opens the shortcut help with « ? », traps nothing else, and closes it with Escape', async () => {
    const { session } = await mount(talking);
    const help = screen.getByRole('button', { name: 'Raccourcis clavier' });
    help.focus();
    await fireEvent.keyDown(help, { key: '?', code: 'Comma' });
    // Until it shows (its code is fetched on the first « ? »), the other shortcuts wait, as behind it.
    await fireEvent.keyDown(window, { key: 'r', code: 'KeyR', altKey: true });
    const dialog = await screen.findByRole('dialog', { name: 'Raccourcis clavier' }, { timeout: LOADED });
    expect(within(dialog).getByText('Alt+D')).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Fermer l’aide' })).toHaveFocus();
    await fireEvent.keyDown(dialog, { key: 'Escape', code: 'Escape' });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(help).toHaveFocus();
    expect(session.sent).toEqual([]);

    // Once fetched, it opens at once, from the button too.
    await fireEvent.click(help);
    expect(screen.getByRole('dialog', { name: 'Raccourcis clavier' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Fermer l’aide' })).toHaveFocus();
  });

  it('does not show the help closed with Escape before its code arrived', async () => {
    const { session } = await mount(talking);
    // Escape at once, before the dynamic import can settle.
    void fireEvent.keyDown(window, { key: '?', code: 'Comma' });
    await fireEvent.keyDown(window, { key: 'Escape', code: 'Escape' });
    await import('./HelpDialog.svelte');
    await tick();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await fireEvent.keyDown(window, { key: 'r', code: 'KeyR', altKey: true });
    expect(session.sent).toEqual([{ type: 'trainee.hangup' }]);
  });

  it('does not open the help when « ? » is typed in the reply', async () => {
    await mount(talking);
    const input = screen.getByRole('textbox', { name: 'Votre réponse' });
    await fireEvent.keyDown(input, { key: '?', code: 'Comma' });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('plays a recorded line instead of speech, and falls back to speech with a visible cue', async () => {
    const spoken: string[] = [];
    vi.stubGlobal('speechSynthesis', {
      speak: (u: { text: string }) => spoken.push(u.text),
      cancel: () => {},
      getVoices: () => [],
    });
    vi.stubGlobal(
      'SpeechSynthesisUtterance',
      class {
        constructor(public text: string) {}
      },
    );
    try {
      const clip = './assets/accueil-Xy12.mp3';
      const session = new FakeSession({ ...bundle, audio: { 'Allô ? Bonsoir…': clip } });
      render(CallScreen, {
        session,
        settings: { ...quiet, sound: true, speech: true },
        onended: vi.fn(),
        now: () => 0,
      });
      session.update(talking);
      await vi.waitFor(() => expect(howler.howls.find((h) => h.src === clip)?.plays).toBe(1));
      expect(spoken).toEqual([]);
      expect(screen.getByText('Allô ? Bonsoir…', { selector: '.caption' })).toBeInTheDocument();

      howler.howls.find((h) => h.src === clip)!.fire('loaderror');
      expect(spoken).toEqual(['Allô ? Bonsoir…']);
      expect(
        await screen.findByText(
          'Son indisponible : le texte de l’appel reste affiché. Les fichiers sonores n’ont pas pu être chargés.',
        ),
      ).toBeInTheDocument();

      // A line without a clip is spoken.
      const line = {
        t: 9000,
        type: 'caller.say' as const,
        text: 'Elle a 39,5.',
        node: 'accueil',
        mood: 'tense' as const,
        cause: 'node' as const,
      };
      session.update({ log: [...talking.log!, line] });
      expect(spoken).toEqual(['Allô ? Bonsoir…', 'Elle a 39,5.']);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('stops a recorded line on hold and when the trainee hangs up, not when the caller does', async () => {
    const clip = './assets/bonsoir-Zt56.mp3';
    const mountWithClip = async () => {
      const before = howler.howls.length;
      const session = new FakeSession({ ...bundle, audio: { 'Allô ? Bonsoir…': clip } });
      render(CallScreen, {
        session,
        settings: { ...quiet, sound: true },
        onended: vi.fn(),
        now: () => 0,
      });
      session.update(talking);
      const howl = await vi.waitFor(() => {
        const found = howler.howls.slice(before).find((h) => h.src === clip);
        expect(found?.plays).toBe(1);
        return found!;
      });
      return { session, howl };
    };

    const held = await mountWithClip();
    held.session.update({ status: 'onHold', log: [...talking.log!, { t: 9000, type: 'hold' }] });
    expect(held.howl.stops).toBe(1);
    cleanup();

    const hungUp = await mountWithClip();
    const stops = hungUp.howl.stops;
    hungUp.session.update({
      status: 'ended',
      log: [...talking.log!, { t: 9000, type: 'hangup', by: 'trainee', reason: 'trainee' }],
    });
    expect(hungUp.howl.stops).toBeGreaterThan(stops);
    cleanup();

    const callerHungUp = await mountWithClip();
    callerHungUp.session.update({
      status: 'ended',
      log: [...talking.log!, { t: 9000, type: 'hangup', by: 'caller', reason: 'done' }],
    });
    expect(callerHungUp.howl.stops).toBe(0);
  });

  it('drives the session clock from real time', async () => {
    vi.useFakeTimers();
    let now = 0;
    const session = new FakeSession(bundle, talking);
    render(CallScreen, { session, settings: quiet, onended: vi.fn(), now: () => now });
    now = 61_000;
    vi.advanceTimersByTime(100);
    expect(session.advanced).toBe(61_000);
    await tick();
    // 6 s of ringing before pickup: the timer counts from pickup.
    expect(screen.getByRole('timer')).toHaveTextContent('00:55');
  });
});
