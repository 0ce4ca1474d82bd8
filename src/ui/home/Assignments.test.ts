// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import Assignments from './Assignments.svelte';

afterEach(cleanup);

const item = (id: string, status: string, due: string) => ({
  id,
  scenarioId: `scenario-${id}`,
  title: `Appel ${id}`,
  groupName: 'Groupe A',
  due,
  status,
});

describe('a trainee’s assignments', () => {
  it('lists late ones first, each with its status in words, due date and a link to play it', async () => {
    const api = {
      request: async () => ({
        status: 200,
        data: {
          assignments: [
            item('1', 'done', '2026-12-01'),
            item('2', 'todo', '2026-12-20'),
            item('3', 'late', '2026-12-02'),
          ],
        },
      }),
    } as never;
    render(Assignments, { api });
    await screen.findByRole('heading', { name: 'À faire' });
    const rows = screen.getAllByRole('listitem');
    expect(rows.map((r) => r.querySelector('.status')?.textContent)).toEqual([
      'En retard',
      'À faire',
      'Fait',
    ]);
    expect(rows[0]).toHaveTextContent('pour le 2 décembre 2026 — Groupe A');
    expect(screen.getByRole('link', { name: 'Appel 2' })).toHaveAttribute('href', '#/appel/scenario-2');
  });

  it('shows nothing without assignments', async () => {
    const api = { request: async () => ({ status: 200, data: { assignments: [] } }) } as never;
    const { container } = render(Assignments, { api });
    await new Promise((r) => setTimeout(r, 0));
    expect(container.querySelector('section')).toBeNull();
  });
});
