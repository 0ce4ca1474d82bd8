// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { goodCall, testBundle } from '../../scoring/fixtures.ts';
import type { ReviewView } from '../account/review.ts';
import { scorecardOf } from '../app/attempts.ts';
import Debrief from './Debrief.svelte';
import { attemptOf } from './testing.ts';

afterEach(cleanup);

const bundle = testBundle();

describe('a reviewed debrief', () => {
  it('shows the trainer’s score with the automatic one beside it, the reason, comments and disputes', () => {
    const attempt = attemptOf(bundle, goodCall(bundle).log);
    const card = scorecardOf(attempt, bundle)!;
    const automatic = card.criteria.empathy!.score;
    const after = automatic === 35 ? 40 : 35;
    const turn = attempt.log.findIndex((e) => e.type === 'trainee.say');
    const override = {
      id: 'o1',
      criterion: 'empathy' as const,
      before: automatic,
      after,
      reason: 'La patiente n’a pas été rassurée.',
      author: 'Claire Formatrice',
      createdAt: '2026-12-07T10:00:00Z',
    };
    const review: ReviewView = {
      current: { empathy: override },
      history: [override],
      comments: [
        {
          id: 'c1',
          turn,
          body: 'Bonne présentation.',
          author: 'Claire Formatrice',
          createdAt: '2026-12-07T10:00:00Z',
        },
      ],
      disputes: [
        {
          id: 'd1',
          criterion: 'empathy',
          message: 'Je l’ai rassurée à la fin.',
          author: 'Inès',
          createdAt: '2026-12-07T11:00:00Z',
          resolvedAt: null,
          resolvedBy: null,
          answer: null,
        },
      ],
      reviewed: null,
    };
    render(Debrief, { attempt, bundle, review, readOnly: true });
    const meter = screen.getByRole('meter', { name: card.criteria.empathy!.label });
    expect(meter).toHaveAttribute('aria-valuenow', String(after));
    const item = meter.closest('li')!;
    expect(item).toHaveTextContent(
      `Note relue par Claire Formatrice : ${after} / 100 (note automatique : ${automatic} / 100).`,
    );
    expect(item).toHaveTextContent('La patiente n’a pas été rassurée.');
    expect(
      within(screen.getByRole('list', { name: 'Déroulé de l’appel' })).getByText('Bonne présentation.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Relecture par la formation' })).toBeInTheDocument();
    expect(screen.getByText('Je l’ai rassurée à la fin.')).toBeInTheDocument();
    expect(screen.getByText('en attente de réponse.')).toBeInTheDocument();
    // Read-only: no replay or next.
    expect(screen.queryByRole('group', { name: /Que faire/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /Rejouer/ })).toBeNull();
  });

  it('shows the verdict a trainer overrode and the total after review, the automatic ones beside', () => {
    const attempt = attemptOf(bundle, goodCall(bundle).log);
    const card = scorecardOf(attempt, bundle)!;
    expect(card.passed).toBe(true);
    const verdict = {
      id: 'v1',
      before: true,
      after: false,
      reason: 'Le rendez-vous est pris au mauvais nom.',
      author: 'Claire Formatrice',
      createdAt: '2026-12-07T10:00:00Z',
    };
    const review: ReviewView = {
      current: {},
      history: [],
      verdict,
      verdicts: [verdict],
      final: {
        total: card.total - 7,
        passed: false,
        automatic: { total: card.total, passed: true },
        overridden: ['empathy'],
        verdictOverridden: true,
      },
      comments: [],
      disputes: [],
      reviewed: null,
    };
    render(Debrief, { attempt, bundle, review, readOnly: true });
    const result = screen.getByRole('region', { name: 'Résultat' });
    expect(within(result).getByText('Non réussi')).toBeInTheDocument();
    expect(result).toHaveTextContent(
      `Après relecture : ${card.total - 7} / 100, échoué (note automatique : ${card.total} / 100, réussi).`,
    );
    expect(result).toHaveTextContent('Verdict relu par Claire Formatrice : échoué (avant : réussi).');
    expect(result).toHaveTextContent('Le rendez-vous est pris au mauvais nom.');
  });
});
