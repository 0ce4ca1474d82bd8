// @vitest-environment jsdom
import { cleanup, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import type { ComponentProps } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCallSession } from '../../machines/call.ts';
import type { CallSession } from '../../machines/session.ts';
import { OPENING_WAIT_MS } from '../../machines/turn.ts';
import { loadBundle, loadFullBundle } from '../../scenarios/catalog.ts';
import { drawValues } from '../../scenarios/variables.ts';
import { verifyAttempt } from '../../scoring/replay.ts';
import { score } from '../../scoring/score.ts';
import { freshName } from '../../storage/fixtures.ts';
import { StorageError, type Profile } from '../../storage/index.ts';
import { closeTestApps, FakeLocks, FakeRouter, openTestApp, QUIET } from '../app/testing.ts';
import CallPage from './CallPage.svelte';

// IndexedDB (fake) and lazy imports are slower on a loaded CI machine than the default 1 s allows.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => {
  vi.restoreAllMocks();
  cleanup();
  closeTestApps();
});

const FEVER = 'fievre-enfant-fin-de-journee';
const URGENT = 'urgence-douleur-thoracique';
const FEVER_TITLE = '39,4 à 18 h 35 : une maman inquiète';

async function setup(options: Parameters<typeof openTestApp>[0] = {}) {
  const app = await openTestApp(options);
  app.settings = { ...QUIET };
  const profile = await app.createProfile('Julie');
  return { app, profile, router: new FakeRouter() };
}

/** Stores a call in progress for `profile`: picked up after 2 rings, as another page left it. */
async function leaveCallInProgress(
  app: Awaited<ReturnType<typeof setup>>['app'],
  profile: Profile,
  scenarioId = FEVER,
) {
  const bundle = (await loadBundle(scenarioId))!;
  const session = createCallSession(bundle);
  session.advance(6000);
  session.send({ type: 'trainee.pickup' });
  // Nobody greets: the caller says their opening line after waiting for it.
  session.advance(OPENING_WAIT_MS + 500);
  const log = [...session.view().log];
  session.stop();
  await app.storage.claimCall(profile.id);
  await app.storage.saveCall({
    profileId: profile.id,
    scenarioId,
    scenarioVersion: bundle.scenario.version,
    startedAt: '2026-03-10T17:35:00.000Z',
    log,
  });
  return log;
}

function mount(
  ctx: Awaited<ReturnType<typeof setup>>,
  scenarioId = FEVER,
  extra: Partial<Pick<ComponentProps<typeof CallPage>, 'createSession' | 'notesOf'>> = {},
) {
  return render(CallPage, {
    app: ctx.app,
    router: ctx.router,
    profile: ctx.profile,
    storage: ctx.app.storage,
    scenarioId,
    now: () => 0,
    ...extra,
  });
}

describe('the call page', () => {
  it('starts a fresh call, and saves it as in progress at once', async () => {
    const ctx = await setup();
    mount(ctx);

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: /^Appel\s: 39,4 à 18\sh\s35\s: une maman inquiète$/,
      }),
    ).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: /^Décrocher/ })).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await waitFor(async () => {
      const { item } = await ctx.app.storage.loadCall(ctx.profile.id);
      expect(item).toMatchObject({ scenarioId: FEVER, log: [{ t: 0, type: 'ring', n: 1 }] });
    });
  });

  it('offers to resume a call left in progress, and resuming replays its log', async () => {
    const ctx = await setup();
    const log = await leaveCallInProgress(ctx.app, ctx.profile);
    mount(ctx);

    const dialog = await screen.findByRole('dialog', { name: 'Un appel était en cours' });
    expect(dialog).toHaveTextContent(FEVER_TITLE);
    expect(dialog).toHaveTextContent('le 10/03/2026 à');
    const resume = within(dialog).getByRole('button', { name: 'Reprendre cet appel' });
    expect(resume).toHaveFocus();
    expect(within(dialog).getByRole('button', { name: 'Abandonner cet appel' })).toBeInTheDocument();

    await fireEvent.click(resume);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    // Picked up already: the phone shows the call in progress and the caller's first line.
    expect(await screen.findByRole('button', { name: /^Raccrocher/ })).toBeEnabled();
    const firstLine = log.find((e) => e.type === 'caller.say');
    expect(firstLine).toBeDefined();
    expect(
      (await screen.findAllByText(firstLine!.type === 'caller.say' ? firstLine!.text : '')).length,
    ).toBeGreaterThan(0);
    // Still the same call in storage.
    const { item } = await ctx.app.storage.loadCall(ctx.profile.id);
    expect(item?.startedAt).toBe('2026-03-10T17:35:00.000Z');
  });

  it('discarding the call in progress forgets it and starts this scenario afresh', async () => {
    const ctx = await setup();
    await leaveCallInProgress(ctx.app, ctx.profile);
    mount(ctx);

    await fireEvent.click(await screen.findByRole('button', { name: 'Abandonner cet appel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await screen.findByRole('button', { name: /^Décrocher/ })).toBeInTheDocument();
    expect(screen.getByText('L’appel précédent a été abandonné.')).toBeInTheDocument();
    await waitFor(async () => {
      const { item } = await ctx.app.storage.loadCall(ctx.profile.id);
      expect(item?.startedAt).not.toBe('2026-03-10T17:35:00.000Z');
      expect(item?.log).toEqual([{ t: 0, type: 'ring', n: 1 }]);
    });
  });

  it('resuming a call of another scenario goes to that scenario’s page', async () => {
    const ctx = await setup();
    await leaveCallInProgress(ctx.app, ctx.profile, URGENT);
    mount(ctx, FEVER);

    const dialog = await screen.findByRole('dialog', { name: 'Un appel était en cours' });
    expect(dialog).toHaveTextContent('« C’est sûrement rien » : une douleur dans la poitrine');
    expect(dialog).toHaveTextContent('autre scénario');
    await fireEvent.click(within(dialog).getByRole('button', { name: 'Reprendre cet appel' }));
    await waitFor(() =>
      expect(ctx.router.last).toEqual({ route: { name: 'call', scenarioId: URGENT }, replace: true }),
    );
    expect(ctx.app.resumeOnArrival).toBe(true);
  });

  it('says so in French when another tab has the call', async () => {
    const name = freshName();
    const locks = new FakeLocks();
    const other = await openTestApp({ name, locks });
    const ctx = await setup({ name, locks });
    await other.storage.claimCall(ctx.profile.id);
    mount(ctx);

    expect(
      await screen.findByRole('heading', { name: 'Appel ouvert dans un autre onglet' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('déjà en cours dans un autre onglet');
    expect(screen.queryByRole('button', { name: /^Décrocher/ })).not.toBeInTheDocument();

    await fireEvent.click(screen.getByRole('button', { name: 'Continuer ici' }));
    expect(await screen.findByRole('button', { name: /^Décrocher/ })).toBeInTheDocument();
    expect(other.storage.ownsCall(ctx.profile.id)).toBe(false);
  });

  it('at the end of the call, stores the scored attempt and goes to its debrief', async () => {
    const ctx = await setup();
    let session: CallSession | undefined;
    mount(ctx, FEVER, {
      createSession: (bundle, options) => (session = createCallSession(bundle, options)),
    });
    await screen.findByRole('button', { name: /^Décrocher/ });

    session!.advance(4000);
    session!.send({ type: 'trainee.pickup' });
    session!.send({ type: 'trainee.say', text: 'Cabinet de pédiatrie, bonsoir.' });
    session!.advance(2000);
    session!.send({ type: 'trainee.hangup' });

    await waitFor(() => expect(ctx.router.last?.route.name).toBe('debrief'));
    const { route, replace } = ctx.router.last!;
    expect(replace).toBe(true);
    const { item: attempt } = await ctx.app.storage.getAttempt((route as { attemptId: string }).attemptId);
    expect(attempt).toMatchObject({
      profileId: ctx.profile.id,
      scenarioId: FEVER,
      appVersion: '0.1.0',
      scorecard: { scenario: FEVER, passed: false },
    });
    expect(attempt!.log).toContainEqual(expect.objectContaining({ type: 'hangup', by: 'trainee' }));
    expect(attempt!.outcome).toEqual({
      id: attempt!.scorecard && (attempt!.scorecard as { outcome: { id: string } }).outcome.id,
      verdict: expect.any(String),
    });
    expect((await ctx.app.storage.loadCall(ctx.profile.id)).item).toBeNull();
  });

  it('draws a scenario’s variations from a fresh seed, logged first in the stored attempt, which replays to the same call', async () => {
    const VARYING = 'maman-peu-de-francais-fievre';
    // The full bundle (with its debrief notes), as the scorer and the server's replay have it.
    const bundle = (await loadFullBundle(VARYING))!;
    const variables = bundle.scenario.variables!;
    const ctx = await setup();
    let session: CallSession | undefined;
    let seed: number | undefined;
    mount(ctx, VARYING, {
      createSession: (b, options) => {
        seed = options?.seed;
        return (session = createCallSession(b, options));
      },
    });
    await screen.findByRole('button', { name: /^Décrocher/ });
    expect(seed).toEqual(expect.any(Number));
    session!.advance(4000);
    session!.send({ type: 'trainee.pickup' });
    session!.advance(3000);
    session!.send({ type: 'trainee.say', text: 'Quelle est sa date de naissance ?' });
    session!.advance(4000);
    session!.send({ type: 'trainee.hangup' });
    await waitFor(() => expect(ctx.router.last?.route.name).toBe('debrief'));
    const id = (ctx.router.last!.route as { attemptId: string }).attemptId;
    const { item: attempt } = await ctx.app.storage.getAttempt(id);

    const drawn = drawValues(variables, seed!);
    expect(attempt!.log[0]).toEqual({ t: 0, type: 'variation', seed, values: drawn });
    const child = drawn.enfant as { prenom: string; ne: string };
    expect(attempt!.log).toContainEqual(expect.objectContaining({ type: 'caller.say', text: child.ne }));
    // Replayed from its log alone (the seed in it), the attempt gives the same call and score.
    const verified = verifyAttempt(bundle, attempt!);
    expect(verified.ok && verified.mismatches).toEqual([]);
    expect(score(bundle, attempt!.log).total).toBe((attempt!.scorecard as { total: number }).total);
    // The seed decides: the same log under a seed drawing another child no longer replays.
    let other = 0;
    while ((drawValues(variables, other).enfant as { ne: string }).ne === child.ne) other++;
    const forged = [{ ...attempt!.log[0]!, seed: other }, ...attempt!.log.slice(1)];
    const replayed = verifyAttempt(bundle, { ...attempt!, log: forged });
    expect(replayed.ok && replayed.mismatches.length).toBeGreaterThan(0);
  });

  it('says in French when the storage is full, keeps the call going, and lets the trainee retry at the end', async () => {
    const ctx = await setup();
    const full = () =>
      new StorageError('quota', 'Espace de stockage plein : impossible d’enregistrer l’appel en cours.');
    const saveCall = vi.spyOn(ctx.app.storage, 'saveCall').mockRejectedValue(full());
    const finishCall = vi.spyOn(ctx.app.storage, 'finishCall').mockRejectedValueOnce(full());
    let session: CallSession | undefined;
    mount(ctx, FEVER, { createSession: (bundle, options) => (session = createCallSession(bundle, options)) });

    expect(await screen.findByText(/Espace de stockage plein/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Décrocher/ })).toBeInTheDocument();

    session!.send({ type: 'trainee.pickup' });
    session!.send({ type: 'trainee.hangup' });
    const retry = await screen.findByRole('button', { name: 'Réessayer d’enregistrer' });
    expect(
      screen
        .getAllByRole('alert')
        .map((a) => a.textContent)
        .join(' '),
    ).toContain('La tentative n’a pas pu être enregistrée.');
    expect(ctx.router.visits).toEqual([]);

    // Space freed: the same attempt, with the whole log, is stored.
    saveCall.mockRestore();
    await fireEvent.click(retry);
    await waitFor(() => expect(ctx.router.last?.route.name).toBe('debrief'));
    expect(finishCall).toHaveBeenCalledTimes(2);
    const stored = finishCall.mock.calls[1]![0];
    expect(stored.log).toContainEqual(expect.objectContaining({ type: 'hangup' }));
    expect((await ctx.app.storage.getAttempt(stored.id)).item?.id).toBe(stored.id);
  });

  it('when the scorer cannot be fetched at the end, says so in French, and after a reload the call resumes and is stored', async () => {
    const ctx = await setup();
    let session: CallSession | undefined;
    const offline = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    const page = mount(ctx, FEVER, {
      createSession: (bundle, options) => (session = createCallSession(bundle, options)),
      notesOf: offline,
    });
    await screen.findByRole('button', { name: /^Décrocher/ });
    session!.send({ type: 'trainee.pickup' });
    session!.send({ type: 'trainee.say', text: 'Cabinet de pédiatrie, bonsoir.' });
    session!.send({ type: 'trainee.hangup' });

    const alert = await screen.findByText(/Le score n’a pas pu être calculé/);
    expect(alert.textContent).toContain('rechargez la page, puis reprenez-le');
    expect(ctx.router.visits).toEqual([]);
    // The call is kept as in progress, up to its end.
    const kept = await waitFor(async () => {
      const { item } = await ctx.app.storage.loadCall(ctx.profile.id);
      expect(item?.log).toContainEqual(expect.objectContaining({ type: 'hangup', by: 'trainee' }));
      return item!;
    });

    // The reload: the page again, the scorer's code at hand this time.
    page.unmount();
    mount(ctx, FEVER);
    await fireEvent.click(await screen.findByRole('button', { name: /^Reprendre/ }));
    await waitFor(() => expect(ctx.router.last?.route.name).toBe('debrief'));
    const { attemptId } = ctx.router.last!.route as { attemptId: string };
    const { item: attempt } = await ctx.app.storage.getAttempt(attemptId);
    expect(attempt?.log).toEqual(kept.log);
    expect(attempt?.scorecard).toBeDefined();
    expect((await ctx.app.storage.loadCall(ctx.profile.id)).item).toBeNull();
  });

  it('shows a French page for an unknown scenario, with a way back to the library', async () => {
    const ctx = await setup();
    mount(ctx, 'nulle-part');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Scénario introuvable' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Le scénario « nulle-part » n’existe pas.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Revenir à la bibliothèque' })).toHaveAttribute(
      'href',
      '#/bibliotheque',
    );
  });
});
