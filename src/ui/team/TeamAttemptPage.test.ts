// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { AccountState } from '../account/account.svelte.ts';
import { ServerApi, type Role } from '../account/api.ts';
import TeamAttemptPage from './TeamAttemptPage.svelte';

afterEach(cleanup);

function accountAs(role: Role, requests: string[]) {
  const api = new ServerApi(async (input) => {
    requests.push(input);
    return new Response(JSON.stringify({ error: 'Tentative introuvable.' }), { status: 404 });
  });
  const account = new AccountState({ api, served: false });
  account.status = 'loggedIn';
  account.session = {
    user: { id: 'me', name: 'Inès', email: 'i@example.org', role },
    organisation: { id: 'o', name: 'O' },
  };
  return account;
}

describe('a trainee’s attempt on the team screens', () => {
  it('is not a trainee’s screen, even for their own call: the server is asked nothing', () => {
    const requests: string[] = [];
    render(TeamAttemptPage, { account: accountAs('trainee', requests), attemptId: 'att-1' });
    expect(screen.getByText(/réservé aux formateurs et aux responsables/)).toBeInTheDocument();
    expect(screen.queryByText('Retour à la matrice')).toBeNull();
    expect(requests).toEqual([]);
  });

  it('is loaded for a trainer, and says so when the call is not in their groups', async () => {
    const requests: string[] = [];
    render(TeamAttemptPage, { account: accountAs('trainer', requests), attemptId: 'att-1' });
    expect(await screen.findByRole('alert')).toHaveTextContent('Tentative introuvable.');
    expect(requests[0]).toMatch(/^api\/attempts\/att-1/);
    expect(screen.queryByText(/réservé aux formateurs/)).toBeNull();
  });
});
