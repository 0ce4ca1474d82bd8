import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { captureCli } from '../testing.ts';

const { run } = await import('./play.ts');

const { out, err, file } = captureCli();

const GOLDEN = join(import.meta.dirname, '..', '..', '..', 'tests', 'golden');

describe('decroche play', () => {
  it('plays a golden script on the real machines and prints outcome, scorecard fields and log', async () => {
    const code = await run([
      'urgence-douleur-thoracique',
      '--script',
      join(GOLDEN, 'urgence-douleur-thoracique', 'good.json'),
      '--json',
    ]);
    expect(code).toBe(0);
    const result = JSON.parse(out.join('\n'));
    expect(result.scenario).toBe('urgence-douleur-thoracique');
    expect(result.outcome).toEqual({ id: 'orientation-15', verdict: 'correct' });
    expect(result.passed).toBe(true);
    expect(result.critical).toEqual([]);
    expect(Object.keys(result.criteria).sort()).toEqual(
      [
        'accuracy',
        'closing',
        'confidentiality',
        'empathy',
        'greeting',
        'identification',
        'orientation',
        'reformulation',
        'role',
        'timing',
      ].sort(),
    );
    expect(result.log[0]).toEqual({ t: 0, type: 'ring', n: 1 });
  });

  it('gives the same output twice for the same script', async () => {
    const script = join(GOLDEN, 'urgence-douleur-thoracique', 'poor.json');
    await run(['urgence-douleur-thoracique', '--script', script, '--json']);
    const first = out.join('\n');
    out.length = 0;
    await run(['urgence-douleur-thoracique', '--script', script, '--json']);
    expect(out.join('\n')).toBe(first);
  });

  it('refuses an unknown action with exit 2 and a French message naming the step', async () => {
    const script = file('s.json', { steps: [{ do: 'pickup' }, { do: 'danser' }] });
    expect(await run(['urgence-douleur-thoracique', '--script', script])).toBe(2);
    expect(err.join('\n')).toMatch(/étape 2 › do/);
  });

  it('refuses malformed JSON and an unknown scenario with exit 2', async () => {
    expect(await run(['urgence-douleur-thoracique', '--script', file('bad.json', '{ "steps": [')])).toBe(2);
    expect(err.join('\n')).toMatch(/JSON invalide/);
    expect(await run(['inexistant', '--script', file('ok.json', { steps: [] })])).toBe(2);
    expect(err.join('\n')).toMatch(/Scénario inconnu : « inexistant »/);
  });
});
