// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import DeleteTrainee from './DeleteTrainee.svelte';

afterEach(cleanup);

const TRAINEES = [
  { id: 'u1', name: 'Inès Lefort', attempts: 7 },
  { id: 'u2', name: 'Paul Martin', attempts: 2 },
];

function setup(fail = false) {
  const removed: string[] = [];
  let reloaded = 0;
  render(DeleteTrainee, {
    trainees: TRAINEES,
    remove: async (id: string) => {
      if (fail) throw new Error('Utilisateur introuvable.');
      removed.push(id);
    },
    ondeleted: () => (reloaded += 1),
  });
  return { removed, reloaded: () => reloaded };
}

describe('DeleteTrainee', () => {
  it('names the trainee in the confirmation, says the attempts are erased, and deletes on confirm', async () => {
    const { removed, reloaded } = setup();
    await fireEvent.change(screen.getByLabelText('Stagiaire'), { target: { value: 'u1' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Supprimer…' }));
    const panel = screen.getByRole('group', { name: /^Supprimer définitivement le compte de Inès Lefort\s?\?$/ });
    expect(panel.textContent).toMatch(/ses 7 appels enregistrés/);
    expect(panel.textContent).toMatch(/effacés, pas anonymisés/);
    // The safe choice has the focus.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Annuler' }));
    expect(removed).toEqual([]);
    await fireEvent.click(screen.getByRole('button', { name: 'Supprimer le compte de Inès Lefort' }));
    await screen.findByText('Le compte de Inès Lefort et ses données sont supprimés.');
    expect(removed).toEqual(['u1']);
    expect(reloaded()).toBe(1);
    expect(screen.queryByRole('group', { name: /Supprimer définitivement/ })).toBeNull();
  });

  it('closes on Échap without deleting, focus back on the button', async () => {
    const { removed } = setup();
    await fireEvent.change(screen.getByLabelText('Stagiaire'), { target: { value: 'u2' } });
    const ask = screen.getByRole('button', { name: 'Supprimer…' });
    await fireEvent.click(ask);
    const panel = screen.getByRole('group', { name: /Paul Martin/ });
    await fireEvent.keyDown(panel, { key: 'Escape' });
    expect(screen.queryByRole('group', { name: /Paul Martin/ })).toBeNull();
    expect(document.activeElement).toBe(ask);
    expect(removed).toEqual([]);
  });

  it('shows the server’s refusal in French', async () => {
    setup(true);
    await fireEvent.change(screen.getByLabelText('Stagiaire'), { target: { value: 'u2' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Supprimer…' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Supprimer le compte de Paul Martin' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Utilisateur introuvable.');
  });
});
