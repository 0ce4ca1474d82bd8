// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import type { LrsInput, LrsView } from './lrsApi.ts';
import LrsPanel from './LrsPanel.svelte';

afterEach(cleanup);

const FAILED = {
  id: 'row-1',
  attemptId: 'a1',
  trainee: 'Inès Lefort',
  scenarioId: 'urgence-douleur-thoracique',
  kind: 'attempt' as const,
  status: 'failed' as const,
  tries: 10,
  nextAt: null,
  lastError: 'Le LRS a refusé les déclarations (HTTP 503 Service Unavailable).',
  createdAt: '2026-12-01T10:00:00Z',
  sentAt: null,
};

const SAVED: LrsView = {
  settings: { endpoint: 'https://lrs.example.org/xapi/', username: 'cle', enabled: true, secretSaved: true },
  counts: { pending: 0, sent: 3, failed: 1 },
  items: [FAILED],
  earlier: 0,
};

function fake(initial: LrsView) {
  const calls: { saved: LrsInput[]; retried: string[]; earlier: number } = {
    saved: [],
    retried: [],
    earlier: 0,
  };
  const lrs = {
    view: async () => initial,
    save: async (input: LrsInput) => (calls.saved.push(input), initial),
    sendEarlier: async () => (
      (calls.earlier += 1),
      {
        ...initial,
        earlier: 0,
        queued: initial.earlier,
        counts: { ...initial.counts, pending: initial.earlier },
      }
    ),
    retry: async (id: string) => (
      calls.retried.push(id),
      {
        ...initial,
        counts: { pending: 1, sent: 3, failed: 0 },
        items: [{ ...FAILED, status: 'pending' as const }],
      }
    ),
  };
  return { lrs, calls };
}

describe('LrsPanel', () => {
  it('shows a saved secret as « enregistré », never its value, and keeps it when left empty', async () => {
    const { lrs, calls } = fake(SAVED);
    render(LrsPanel, { lrs });
    const secret = (await screen.findByLabelText('Secret')) as HTMLInputElement;
    await screen.findByDisplayValue('https://lrs.example.org/xapi/');
    expect(secret.value).toBe('');
    expect(secret.placeholder).toBe('enregistré');
    expect(secret.required).toBe(false);
    await fireEvent.submit(secret.form!);
    await screen.findByText('Réglages du LRS enregistrés.');
    expect(calls.saved).toEqual([
      { endpoint: 'https://lrs.example.org/xapi/', username: 'cle', secret: '', enabled: true },
    ]);
  });

  it('asks for the secret the first time', async () => {
    const { lrs } = fake({
      settings: null,
      counts: { pending: 0, sent: 0, failed: 0 },
      items: [],
      earlier: 0,
    });
    render(LrsPanel, { lrs });
    const secret = (await screen.findByLabelText('Secret')) as HTMLInputElement;
    expect(secret.required).toBe(true);
    expect(secret.placeholder).toBe('');
  });

  it('lists a failed send with its French error and retries it', async () => {
    const { lrs, calls } = fake(SAVED);
    render(LrsPanel, { lrs });
    await screen.findByText(FAILED.lastError);
    await fireEvent.click(screen.getByText('Transmission à un LRS (xAPI)'));
    expect(screen.getByText(/3 reçus par le LRS, 0 en attente, 1 en échec/)).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: /^Réessayer — Inès Lefort/ }));
    await screen.findByText(/Nouvel essai lancé pour l’appel de Inès Lefort/);
    expect(calls.retried).toEqual(['row-1']);
    expect(screen.queryByRole('button', { name: /^Réessayer/ })).toBeNull();
    expect(screen.getByText('en attente')).toBeTruthy();
  });

  it('offers to send the calls stored before the LRS, with their count, and says how many were queued', async () => {
    const { lrs, calls } = fake({ ...SAVED, earlier: 12 });
    render(LrsPanel, { lrs });
    await screen.findByText(/12 appels enregistrés avant la mise en place du LRS/);
    await fireEvent.click(screen.getByRole('button', { name: 'Envoyer aussi les appels précédents' }));
    await screen.findByText('12 appels précédents mis en file d’envoi.');
    expect(calls.earlier).toBe(1);
    // Nothing left to send: the button is gone.
    expect(screen.queryByRole('button', { name: 'Envoyer aussi les appels précédents' })).toBeNull();
    expect(screen.getByText(/3 reçus par le LRS, 12 en attente, 1 en échec/)).toBeTruthy();
  });

  it('offers nothing when every call was already queued', async () => {
    const { lrs } = fake(SAVED);
    render(LrsPanel, { lrs });
    await screen.findByText(FAILED.lastError);
    expect(screen.queryByRole('button', { name: 'Envoyer aussi les appels précédents' })).toBeNull();
  });
});
