import { describe, expect, it } from 'vitest';
import { ServerApi } from '../account/api.ts';
import { serverPublisher } from './serverPublisher.ts';
import type { PackExport } from './packFile.ts';

/** A ServerApi over a fake fetch that answers `reply` and records what was asked. */
function apiAnswering(reply: (path: string, init?: RequestInit) => { status: number; body: unknown }) {
  const asked: { path: string; method: string; body?: unknown }[] = [];
  const api = new ServerApi(async (path, init) => {
    asked.push({
      path,
      method: init?.method ?? 'GET',
      ...(init?.body ? { body: JSON.parse(String(init.body)) } : {}),
    });
    const { status, body } = reply(path, init);
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  });
  return { api, asked };
}

const pack = { format: 'decroche-atelier-pack', version: 1, id: 'essai' } as unknown as PackExport;

describe('the studio’s publisher on a team server', () => {
  it('sends the pack and the groups, and gives back the version published', async () => {
    const version = { packId: 'essai', version: 2, publishedAt: '2026-03-10T09:00:00.000Z', groups: ['g1'] };
    const { api, asked } = apiAnswering(() => ({ status: 201, body: version }));
    expect(await serverPublisher(api).publish(pack, ['g1'])).toEqual({ ok: true, published: version });
    expect(asked).toEqual([{ path: 'api/packs', method: 'POST', body: { pack, groupIds: ['g1'] } }]);
  });

  it('sends the pack’s recorded lines with it (the server checks and keeps them)', async () => {
    const withClips = { ...pack, clips: [{ path: 'audio/a.wav', data: 'data:audio/wav;base64,UklGRg==' }] };
    const { api, asked } = apiAnswering(() => ({ status: 201, body: {} }));
    await serverPublisher(api).publish(withClips, ['g1']);
    expect((asked[0]?.body as { pack: PackExport }).pack.clips).toEqual(withClips.clips);
  });

  it('gives the server’s French reasons when it refuses the pack, or the network’s', async () => {
    const { api } = apiAnswering(() => ({
      status: 422,
      body: { error: 'Pack refusé.', errors: ['scenarios/x.yaml:3 › title : balise HTML « <b> » refusée'] },
    }));
    expect(await serverPublisher(api).publish(pack, ['g1'])).toEqual({
      ok: false,
      errors: ['Pack refusé.', 'scenarios/x.yaml:3 › title : balise HTML « <b> » refusée'],
    });
    const offline = new ServerApi(async () => {
      throw new TypeError('Failed to fetch');
    });
    const result = await serverPublisher(offline).unpublish('essai');
    expect(result).toEqual({ ok: false, errors: [expect.stringMatching(/^Le serveur ne répond pas/)] });
  });

  it('unpublishes the latest version and says which one is offered again', async () => {
    const { api, asked } = apiAnswering(() => ({
      status: 200,
      body: { withdrawn: 2, current: { packId: 'essai', version: 1, publishedAt: 'x', groups: [] } },
    }));
    expect(await serverPublisher(api).unpublish('essai')).toMatchObject({
      ok: true,
      published: { version: 1 },
    });
    expect(asked[0]).toMatchObject({ path: 'api/packs/essai/unpublish', method: 'POST' });
  });
});
