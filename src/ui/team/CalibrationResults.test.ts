// @vitest-environment jsdom
import { cleanup, configure, render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import type { CalibrationApi, Results } from './calibrationApi.ts';
import CalibrationResults from './CalibrationResults.svelte';

configure({ asyncUtilTimeout: 5_000 });
afterEach(cleanup);

const judgement = (empathy: 0 | 1 | 2 | 3 | 4, passed: boolean) => ({
  grades: { empathy, greeting: 3 as const },
  critical: [],
  passed,
});

const RESULTS: Results = {
  raters: [
    { id: 'a', name: 'Claire' },
    { id: 'b', name: 'Bruno' },
  ],
  method: 'cohen-quadratic',
  criteria: { empathy: { kappa: 0, n: 2 }, greeting: { kappa: 1, n: 2 } },
  pooled: { kappa: 0.9, n: 20 },
  passFail: { kappa: 1, n: 2 },
  automatic: {
    a: { criteria: { empathy: { kappa: 0.5, n: 2 } }, pooled: { kappa: 0.8, n: 20 }, passFail: 1 },
    b: { criteria: { empathy: { kappa: -0.25, n: 2 } }, pooled: { kappa: 0.7, n: 20 }, passFail: 1 },
  },
  calls: [
    {
      id: 'x',
      title: 'Douleur thoracique',
      scenarioId: 'urgence-douleur-thoracique',
      between: 2,
      toAutomatic: 1,
      criteria: ['empathy'],
      automatic: judgement(2, true),
      ratings: { a: judgement(3, true), b: judgement(1, true) },
      comments: { b: 'Pas de reformulation.' },
    },
  ],
};

const apiOf = (results: Results) =>
  ({
    results: async () => results,
    disagreementsHref: (id: string) => `api/calibrations/${id}/disagreements.jsonl`,
  }) as unknown as CalibrationApi;

describe('CalibrationResults', () => {
  it('shows the pooled κ, a table per criterion with each rater against the automatic score, and the calls at issue', async () => {
    const api = apiOf(RESULTS);
    render(CalibrationResults, { api, sessionId: 's1' });
    const pooled = await screen.findByTestId('pooled-kappa');
    expect(pooled).toHaveTextContent(/^κ = 0,90 \(accord presque parfait, 20 notes\)$/);
    const table = screen.getByRole('table', { name: /par critère/ });
    expect(within(table).getByRole('columnheader', { name: 'Bruno / automatique' })).toBeInTheDocument();
    const empathy = within(table).getByRole('row', { name: /^Écoute et empathie/ });
    const cells = within(empathy)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(cells[0]).toMatch(/^0,00 \(accord très faible, 2 notes\)$/);
    expect(cells[1]).toMatch(/^0,50 \(accord modéré/);
    expect(cells[2]).toMatch(/^-0,25 \(désaccord/);
    const grades = screen.getByRole('table', { name: /^Notes de l.appel\s«\sDouleur thoracique\s»$/ });
    expect(within(grades).getByRole('row', { name: /^Bruno/ })).toHaveTextContent('1');
    expect(screen.getByText(/Pas de reformulation/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Télécharger les désaccords/ })).toHaveAttribute(
      'href',
      'api/calibrations/s1/disagreements.jsonl',
    );
  });

  it('with three raters, shows Fleiss’ κ and the intraclass correlation beside it, pooled and per criterion', async () => {
    const three: Results = {
      ...RESULTS,
      raters: [...RESULTS.raters, { id: 'c', name: 'Chloé' }],
      method: 'fleiss',
      criteria: { empathy: { kappa: 0.3, n: 6, icc: 0.86 }, greeting: { kappa: 1, n: 6, icc: 1 } },
      pooled: { kappa: 0.35, n: 12, icc: 0.42 },
    };
    const api = apiOf(three);
    render(CalibrationResults, { api, sessionId: 's1' });
    await screen.findByText(/^κ de Fleiss entre les 3 évaluateurs qui ont validé .+ICC\(2,1\)/);
    expect(screen.getByTestId('pooled-icc')).toHaveTextContent(/^ICC 0,42 \(fidélité faible\)$/);
    const table = screen.getByRole('table', { name: /par critère/ });
    const empathy = within(table).getByRole('row', { name: /^Écoute et empathie/ });
    expect(within(empathy).getAllByRole('cell')[0]).toHaveTextContent(
      /^0,30 \(accord faible, 6 notes\)ICC 0,86 \(bonne fidélité\)$/,
    );
  });

  it('with two raters, shows no intraclass correlation', async () => {
    const api = apiOf(RESULTS);
    render(CalibrationResults, { api, sessionId: 's1' });
    await screen.findByTestId('pooled-kappa');
    expect(screen.queryByTestId('pooled-icc')).toBeNull();
    expect(screen.queryByText(/ICC/)).toBeNull();
  });
});
