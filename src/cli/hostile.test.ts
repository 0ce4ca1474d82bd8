/**
 * The CLI against hostile or careless input: no hang, no stack trace, a French message and an
 * exit code every time.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { captureCli } from './testing.ts';
import { readJson } from './files.ts';
import { goodCall, testBundle } from '../scoring/fixtures.ts';
import { verifyAttempt } from '../scoring/replay.ts';

vi.mock('./content.ts', () => ({
  builtinBundle: async (id: string) => (id === 'fievre-essai' ? testBundle() : undefined),
}));
const { main } = await import('./main.ts');

const cli = captureCli();
const faithfulLog = () => {
  const result = verifyAttempt(testBundle(), { log: goodCall().log });
  if (!result.ok) throw new Error('fixture');
  return result.log;
};

describe('CLI files', () => {
  it('refuses a FIFO without blocking', async () => {
    const fifo = cli.path('tube');
    execFileSync('mkfifo', [fifo]);
    expect(await main(['score', fifo])).toBe(2);
    expect(cli.err.join('\n')).toMatch(/tube : ce n’est pas un fichier ordinaire/);
  });

  it.each([
    ['/dev/zero', /ce n’est pas un fichier ordinaire/],
    ['/tmp', /c’est un dossier/],
  ])('refuses %s with a French line', async (path, message) => {
    expect(await main(['score', path])).toBe(2);
    expect(cli.err.join('\n')).toMatch(message);
    expect(cli.err.join('\n')).not.toMatch(/ at |Error:/);
  });

  it('refuses a file past the size cap before reading it', async () => {
    const big = cli.path('gros.json');
    writeFileSync(big, Buffer.alloc(6 * 1024 * 1024, 0x20));
    expect(await main(['score', big])).toBe(2);
    expect(cli.err.join('\n')).toMatch(/fichier trop volumineux \(6 Mo, au plus 5 Mo\)/);
  });

  it('accepts a BOM and refuses Latin-1 with the line of the first invalid byte', async () => {
    const text = JSON.stringify({ scenario: 'fievre-essai', log: faithfulLog() });
    const bom = cli.file('bom.json', `\ufeff${text}`);
    expect(await main(['score', bom, '--json'])).toBe(0);
    const latin1 = cli.path('latin1.json');
    writeFileSync(
      latin1,
      Buffer.concat([Buffer.from('{\n"scenario": "fi'), Buffer.from([0xe8]), Buffer.from('vre"}')]),
    );
    expect(await main(['score', latin1])).toBe(2);
    expect(cli.err.join('\n')).toMatch(
      /latin1\.json : le fichier n’est pas en UTF-8 \(octet invalide ligne 2, colonne 16\)/,
    );
  });

  it('reads JSON errors in French with their line', async () => {
    expect(await readJson(cli.file('a.json', '{\n  "a": 1,\n}'), 100)).toEqual({
      ok: false,
      message: 'JSON invalide ligne 3, colonne 1.',
    });
  });
});

describe('CLI arguments', () => {
  it.each([
    [['score', 'a.json', '--csv']],
    [['play', 'x', '--script', 'a.json', '--verbose']],
    [['list', '--all']],
    [['analyze', 'bonjour', '--jsno']],
    [['eval', '--fichier', 'x']],
    [['bench', '--fast']],
  ])('rejects unknown flags: %j', async (args) => {
    expect(await main(args)).toBe(2);
    expect(cli.err.join('\n')).toMatch(/Option inconnue : « --\w+ »/);
  });

  it('says when an option lacks its value', async () => {
    expect(await main(['play', 'x', '--script'])).toBe(2);
    expect(cli.err.join('\n')).toMatch(/Valeur manquante pour « --script »/);
  });
});

describe('decroche play, hostile scripts', () => {
  it('refuses more than 10,000 steps in French, before playing', async () => {
    const steps = Array.from({ length: 10_001 }, () => ({ wait: 1, do: 'hold' }));
    const script = cli.file('long.json', { steps });
    expect(await main(['play', 'fievre-essai', '--script', script])).toBe(2);
    expect(cli.err.join('\n')).toMatch(/Script invalide :\n {2}steps : au plus 10\u202f000 étapes/);
  });

  it('plays 10,000 steps in linear time', async () => {
    const steps = [
      { at: 3, do: 'pickup' },
      ...Array.from({ length: 9_999 }, (_, i) => ({ wait: 1, do: i % 2 ? 'resume' : 'hold' })),
    ];
    const script = cli.file('long.json', { steps });
    const start = performance.now();
    expect(await main(['play', 'fievre-essai', '--script', script, '--json'])).toBe(0);
    // Quadratic copying took minutes at this size; linear takes a few seconds even on a busy machine.
    expect(performance.now() - start).toBeLessThan(60_000);
  }, 90_000);
});

describe('decroche, anything unexpected', () => {
  it('prints one French line and exits 70, never a stack trace', async () => {
    const path = cli.file('t.json', { scenario: 'fievre-essai', log: faithfulLog() });
    const replay = await import('../scoring/replay.ts');
    vi.spyOn(replay, 'verifyAttempt').mockImplementation(() => {
      throw new TypeError('boom');
    });
    expect(await main(['score', path])).toBe(70);
    expect(cli.err).toEqual(['Erreur inattendue : boom']);
  });
});

describe('decroche play, schema errors in French', () => {
  it('names the step and field in French, whatever is wrong', async () => {
    const script = cli.file('s.json', { steps: [{ at: 'trois', do: 'pickup' }, { wait: -1 }, { say: 42 }] });
    expect(await main(['play', 'fievre-essai', '--script', script])).toBe(2);
    const text = cli.err.join('\n');
    expect(text).toMatch(/étape 1 › at : Entrée invalide : nombre attendu/);
    expect(text).toMatch(/étape 2 › wait : Trop petit/);
    expect(text).toMatch(/étape 3 › say : Entrée invalide : chaîne de caractères attendu/);
    expect(text).not.toMatch(/Invalid|expected|Too small/);
  });
});
