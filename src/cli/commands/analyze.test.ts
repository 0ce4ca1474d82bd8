import { describe, expect, it } from 'vitest';
import { captureCli } from '../testing.ts';
import { run as analyze } from './analyze.ts';
import { run as evaluate } from './eval.ts';

const { out, err, file, path } = captureCli();

describe('decroche analyze', () => {
  it('prints the acts with their spans as JSON', async () => {
    expect(await analyze(['Je comprends. Quel est votre nom ?', '--json'])).toBe(0);
    const result = JSON.parse(out.join('\n'));
    expect(result.acts).toMatchObject([
      { type: 'empathy', span: [0, 12] },
      { type: 'question', span: [14, 32] },
    ]);
    expect(result.intents).toMatchObject([{ type: 'ask_name' }]);
  });

  it('with a scenario, says which facts a reformulation covers and what a greeting named', async () => {
    const text = 'Si je comprends bien, vous avez une douleur dans la poitrine depuis une demi-heure ?';
    expect(await analyze([text, '--scenario', 'urgence-douleur-thoracique', '--json'])).toBe(0);
    expect(JSON.parse(out.join('\n')).facts).toEqual(['douleur-poitrine', 'depuis-demi-heure']);
  });

  it('refuses an unknown scenario and an empty text with exit 2', async () => {
    expect(await analyze(['Bonjour', '--scenario', 'nope'])).toBe(2);
    expect(err.join('\n')).toMatch(/Scénario inconnu : « nope »/);
    expect(await analyze([])).toBe(2);
  });
});

describe('decroche eval', () => {
  it('prints the JSON shape of the issue for a labelled file', async () => {
    const set = file(
      'set.jsonl',
      [
        '{"text":"Bonjour, cabinet du docteur Martin.","labels":["greeting"]}',
        '{"text":"Calmez-vous.","labels":["minimizing"]}',
      ].join('\n'),
    );
    expect(await evaluate(['--file', set, '--json'])).toBe(0);
    const report = JSON.parse(out.join('\n'));
    expect(Object.keys(report)).toEqual(['microF1', 'exactMatch', 'labels']);
    expect(report.microF1).toBe(1);
    expect(report.labels.greeting).toEqual({ precision: 1, recall: 1, f1: 1, support: 1 });
  });

  it('in a clone without the shared dev set, measures the project’s own examples and says so', async () => {
    expect(await evaluate(['--json'], path('absent.jsonl'))).toBe(0);
    expect(err.join('\n')).toMatch(/Jeu de développement absent .* exemples du projet/);
    const report = JSON.parse(out.join('\n'));
    expect(report.microF1).toBeGreaterThan(0.9);
    expect(report.labels.medical_advice.support).toBeGreaterThan(50);
  });

  it('names the line of a malformed entry and exits 2', async () => {
    const bad = file('bad.jsonl', '{"text":"a","labels":[]}\nnot json\n');
    expect(await evaluate(['--file', bad])).toBe(2);
    expect(err.join('\n')).toContain('bad.jsonl, ligne 2 : JSON invalide');
  });
});
