// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import axe from 'axe-core';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { CRITERIA, type ScenarioBundle } from '../../scenarios/schema.ts';
import { CallLog, goodCall, testBundle } from '../../scoring/fixtures.ts';
import { RUBRIC_VERSION, type Scorecard } from '../../scoring/types.ts';
import type { Attempt } from '../../storage/index.ts';
import { scorecardOf } from '../app/attempts.ts';
import { formatClock } from '../call/format.ts';
import { typo } from '../i18n/typography.ts';
import { coreBundle } from '../call/testing.ts';
import Debrief from './Debrief.svelte';
import { adviceCall, attemptOf, playGolden } from './testing.ts';

afterEach(cleanup);

const bundle = testBundle();

function mount(attempt: Attempt, options: { bundle?: ScenarioBundle | undefined; withNext?: boolean } = {}) {
  const b = 'bundle' in options ? options.bundle : bundle;
  const withNext = options.withNext ?? true;
  const onreplay = vi.fn();
  const onnext = withNext ? vi.fn() : undefined;
  render(Debrief, { attempt, bundle: b, onreplay, onnext });
  return { onreplay, onnext, card: scorecardOf(attempt, b)! };
}

const timeline = () => screen.getByRole('list', { name: 'Déroulé de l’appel' });
const moments = () =>
  within(timeline())
    .queryAllByRole('listitem')
    .filter((li) => li.parentElement === timeline());

describe('Debrief', () => {
  it('shows the verdict, the total, the pass mark and the outcome of a good call', () => {
    const { card } = mount(attemptOf(bundle, goodCall(bundle).log));
    expect(card.passed).toBe(true);
    expect(screen.getByText('Réussi')).toBeInTheDocument();
    expect(screen.queryByText('Non réussi')).not.toBeInTheDocument();
    expect(screen.getAllByText(`${card.total} / 100`).length).toBeGreaterThan(0);
    expect(screen.getByText(`${card.passMark} / 100`)).toBeInTheDocument();
    expect(screen.getByText(/Rendez-vous donné \(issue correcte\)/)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('draws one bar per criterion with the scorecard’s own score and its tip', () => {
    const { card } = mount(attemptOf(bundle, goodCall(bundle).log));
    for (const id of CRITERIA) {
      const criterion = card.criteria[id];
      if (!criterion) continue;
      const meter = screen.getByRole('meter', { name: criterion.label });
      expect(meter).toHaveAttribute('aria-valuenow', String(criterion.score));
      expect(meter).toHaveAttribute('aria-valuemax', '100');
      const button = screen.getByRole('button', { name: new RegExp(`^${criterion.label}`) });
      expect(button).toHaveTextContent(`${criterion.score} / 100`);
      expect(button).toHaveAttribute('aria-pressed', 'false');
      expect(screen.getAllByText(criterion.tip).length).toBeGreaterThan(0);
    }
  });

  it('says « Non évalué », and why, for a criterion that does not apply, with no bar', () => {
    const base = attemptOf(bundle, goodCall(bundle).log);
    const card = structuredClone(base.scorecard as Scorecard);
    card.criteria.accuracy = null;
    mount({ ...base, scorecard: card });
    expect(screen.getAllByText('Non évalué').length).toBeGreaterThan(0);
    if (card.criteria.confidentiality === null)
      expect(
        screen.getByText(/^Non évalué : l’appel ne mettait pas le secret médical en jeu/),
      ).toBeInTheDocument();
    expect(screen.queryByRole('meter', { name: 'Rigueur' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Rigueur/ })).not.toBeInTheDocument();
  });

  it('names the rubric that scored the attempt and marks the points lost on an uncertain reading', () => {
    const base = attemptOf(bundle, adviceCall(bundle).log);
    const card = structuredClone(base.scorecard as Scorecard);
    expect(card.rubricVersion).toBe(RUBRIC_VERSION);
    const lost = card.criteria.role!.evidence.find((e) => e.points < 0)!;
    lost.uncertain = true;
    mount({ ...base, scorecard: card });
    expect(screen.getByText(`Barème v${RUBRIC_VERSION}`)).toBeInTheDocument();
    expect(screen.getAllByText('(lecture incertaine)').length).toBe(1);
  });

  it('explains a critical failure first, in an alert, with the rule broken', () => {
    const { card } = mount(attemptOf(bundle, adviceCall(bundle).log));
    expect(card.passed).toBe(false);
    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'Échec critique' })).toBeInTheDocument();
    expect(within(alert).getByText('Avis médical donné')).toBeInTheDocument();
    const rule = card.critical.find((c) => c.id === 'medical-advice')!.rule;
    expect(alert).toHaveTextContent(rule);
    const verdict = screen.getByText('Non réussi');
    // The alert comes before the verdict in the page.
    expect(alert.compareDocumentPosition(verdict) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('says why a call fails with no critical failure: the urgent slot given away', () => {
    const call = new CallLog(bundle)
      .pickUp(1)
      .wait(2)
      .say('Cabinet du docteur Martin, Julie à l’appareil, bonjour.')
      .caller('Bonjour, mon fils a de la fièvre depuis hier soir.')
      .wait(3)
      .book('2026-03-10T17:40')
      .outcome('liste-attente')
      .hangUp();
    const { card } = mount(attemptOf(bundle, call.log));
    expect(card.critical).toEqual([]);
    expect(screen.getByText('Non réussi')).toBeInTheDocument();
    const why = screen.getByRole('list', { name: 'Pourquoi l’appel n’est pas réussi' });
    expect(within(why).getByRole('listitem')).toHaveTextContent(/créneau d’urgence du 10\/03 à 17\sh\s40/);
  });

  it('filters the timeline to a criterion’s evidence and back to the whole call', async () => {
    const { card } = mount(attemptOf(bundle, goodCall(bundle).log));
    const all = moments().length;
    const empathy = card.criteria.empathy!;
    const turns = new Set(empathy.evidence.map((e) => e.turn));
    expect(turns.size).toBeGreaterThan(0);
    expect(turns.size).toBeLessThan(all);

    const button = screen.getByRole('button', { name: new RegExp(`^${empathy.label}`) });
    await fireEvent.click(button);
    expect(button).toHaveAttribute('aria-pressed', 'true');
    const shown = moments();
    expect(shown).toHaveLength(turns.size);
    for (const li of shown) {
      // Only this criterion's points are listed.
      for (const point of within(li).getAllByRole('listitem')) expect(point).toHaveTextContent(empathy.label);
    }
    expect(screen.getByRole('status')).toHaveTextContent(`Critère « ${empathy.label} »`);

    await fireEvent.click(button);
    expect(button).toHaveAttribute('aria-pressed', 'false');
    expect(moments()).toHaveLength(all);
  });

  it('highlights exactly the quoted words with <mark>', async () => {
    const log = goodCall(bundle).log;
    const { card } = mount(attemptOf(bundle, log));
    const empathy = card.criteria.empathy!;
    const quoted = empathy.evidence.filter((e) => e.quote);
    expect(quoted.length).toBeGreaterThan(0);
    await fireEvent.click(screen.getByRole('button', { name: new RegExp(`^${empathy.label}`) }));
    const marks = [...timeline().querySelectorAll('mark')].map((m) => m.textContent);
    // One mark per quoted place (two points may quote the same words).
    const places = new Map(quoted.map((e) => [`${e.turn}:${e.quote!.span.join('-')}`, e.quote!.text]));
    expect(marks.sort()).toEqual([...places.values()].sort());
    for (const e of quoted) {
      const entry = log[e.turn]!;
      expect(entry.type === 'trainee.say' && entry.text.slice(...e.quote!.span)).toBe(e.quote!.text);
    }
  });

  it('shows each turn with its time and its signed points', () => {
    const log = goodCall(bundle).log;
    const { card } = mount(attemptOf(bundle, log));
    // A criterion that earns points turn by turn (the greeting now only deducts).
    const greeting = Object.values(card.criteria).find((c) => c?.evidence.some((e) => e.points > 0))!;
    const gain = greeting.evidence.find((e) => e.points > 0)!;
    const li = moments().find(
      (m) => m.textContent!.includes(formatClock(gain.t)) && m.textContent!.includes(typo(gain.why)),
    )!;
    expect(li).toBeDefined();
    expect(li).toHaveTextContent(`+${gain.points}`);
    expect(li).toHaveTextContent(greeting.label);
  });

  it('shows the model transcript and the scenario’s key points beside the call', () => {
    mount(attemptOf(bundle, goodCall(bundle).log));
    const model = screen.getByRole('heading', { name: 'Transcription modèle', level: 2 });
    expect(model.parentElement).toHaveTextContent(bundle.scenario.model[0]!.text);
    const notes = screen.getByRole('heading', { name: 'Points clés du scénario', level: 2 });
    expect(notes.parentElement).toHaveTextContent(bundle.scenario.debrief[0]!);
  });

  it('offers « Rejouer », « Scénario suivant » and the way to the progress page', async () => {
    const { onreplay, onnext } = mount(attemptOf(bundle, goodCall(bundle).log));
    await fireEvent.click(screen.getByRole('button', { name: 'Rejouer' }));
    expect(onreplay).toHaveBeenCalledOnce();
    await fireEvent.click(screen.getByRole('button', { name: 'Scénario suivant' }));
    expect(onnext).toHaveBeenCalledOnce();
    expect(screen.getByRole('link', { name: 'Voir ma progression' })).toHaveAttribute(
      'href',
      '#/progression',
    );
  });

  it('hides « Scénario suivant » when there is none', () => {
    mount(attemptOf(bundle, goodCall(bundle).log), { withNext: false });
    expect(screen.queryByRole('button', { name: 'Scénario suivant' })).not.toBeInTheDocument();
  });

  it('shows the stored scorecard and the call when the scenario is gone', () => {
    const attempt = attemptOf(bundle, goodCall(bundle).log);
    const stored = attempt.scorecard as Scorecard;
    mount(attempt, { bundle: undefined });
    expect(screen.getByText(/n’existe plus/)).toBeInTheDocument();
    expect(screen.getAllByText(`${stored.total} / 100`).length).toBeGreaterThan(0);
    expect(screen.queryByRole('heading', { name: 'Transcription modèle' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Rejouer' })).not.toBeInTheDocument();
    expect(moments().length).toBeGreaterThan(0);
  });

  it('shows the bare call when nothing can score it', () => {
    mount(attemptOf(bundle, goodCall(bundle).log, { scorecard: undefined }), { bundle: undefined });
    expect(screen.getByText(/ne peut pas être notée/)).toBeInTheDocument();
    expect(screen.queryByRole('meter')).not.toBeInTheDocument();
    expect(moments().length).toBeGreaterThan(0);
  });
});

describe('Debrief accessibility', () => {
  it('has no axe violation (contrast is checked in the browser)', async () => {
    // As in the app: inside <main>, under the page's h1.
    const main = document.body.appendChild(document.createElement('main'));
    main.appendChild(document.createElement('h1')).textContent = 'Débriefing';
    const attempt = attemptOf(bundle, adviceCall(bundle).log);
    render(Debrief, { target: main, props: { attempt, bundle, onreplay: () => {}, onnext: () => {} } });
    await fireEvent.click(screen.getByRole('button', { name: /^Accueil/ }));
    const { violations } = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([]);
    main.remove();
  });
});

describe('Debrief of a call played through the real machines', () => {
  let core: ScenarioBundle;
  beforeAll(async () => {
    core = await coreBundle('fievre-enfant-fin-de-journee');
  });

  it('is consistent with its scorecard, whatever the analyser finds', async () => {
    const log = await playGolden(core, 'good');
    const { card } = mount(attemptOf(core, log), { bundle: core });
    expect(screen.getByText(card.passed ? 'Réussi' : 'Non réussi')).toBeInTheDocument();
    expect(screen.getAllByText(`${card.total} / 100`).length).toBeGreaterThan(0);
    const applicable = CRITERIA.filter((id) => card.criteria[id] !== null);
    expect(screen.getAllByRole('meter')).toHaveLength(applicable.length);
    expect(screen.queryAllByText('Non évalué')).toHaveLength(CRITERIA.length - applicable.length);
    for (const id of applicable) {
      expect(screen.getByRole('meter', { name: card.criteria[id]!.label })).toHaveAttribute(
        'aria-valuenow',
        String(card.criteria[id]!.score),
      );
    }
    const said = log.filter((e) => e.type === 'trainee.say' || e.type === 'caller.say').length;
    expect(moments().length).toBeGreaterThanOrEqual(said);
    const outcome = core.scenario.outcomes[card.outcome.id]?.label ?? card.outcome.label;
    const result = screen.getByRole('region', { name: 'Résultat' });
    expect(result).toHaveTextContent(outcome);
  });
});
