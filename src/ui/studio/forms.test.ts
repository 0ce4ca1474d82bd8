import { describe, expect, it } from 'vitest';
import { fixtureFiles } from '../../../tests/fixtures/packs/packs.ts';
import { parsePack } from '../../scenarios/parse.ts';
import { readForms, writeField, type TextField } from './forms.ts';

const files = fixtureFiles();
const scenario = files.find((f) => f.path === 'scenarios/rdv-simple.yaml')!;
const practice = files.find((f) => f.path.startsWith('practices/'))!;

const field = (fields: TextField[], label: string) => fields.find((f) => f.label === label)!;

describe('the forms view', () => {
  it('reads consignes, caller lines, facts, outcomes and debrief notes from the YAML', () => {
    const sections = readForms(scenario, practice);
    expect(sections.map((s) => s.id)).toEqual(['consignes', 'lines', 'facts', 'outcomes', 'debrief']);
    const lines = sections.find((s) => s.id === 'lines')!;
    expect(lines.groups.map((g) => g.title)).toEqual([
      'Nœud « accueil »',
      'Nœud « demande »',
      'Nœud « fin »',
    ]);
    expect(lines.groups[1]!.fields[0]).toMatchObject({
      path: ['nodes', 'demande', 'say'],
      value: 'J’ai très mal à la gorge depuis hier.',
    });
    const outcome = sections.find((s) => s.id === 'outcomes')!.groups[2]!;
    expect(outcome.fields.map((f) => [f.label, f.value])).toEqual([
      ['Libellé', 'Orientée vers le 15'],
      ['Verdict', 'wrong'],
      ['Raison (montrée au débriefing)', 'Ce n’est pas une urgence vitale.'],
    ]);
    expect(sections.find((s) => s.id === 'facts')!.groups[0]!.fields[1]!.value).toBe('gorge');
  });

  it('writes a field back into the YAML, keeping the rest of the file, and the pack stays valid', () => {
    const sections = readForms(scenario, practice);
    const line = sections.find((s) => s.id === 'lines')!.groups[1]!.fields[0]!;
    let text = writeField(scenario.text, line, 'J’ai mal à la gorge : « ça brûle ».');
    const reason = field(
      sections.find((s) => s.id === 'outcomes')!.groups[0]!.fields,
      'Raison (montrée au débriefing)',
    );
    text = writeField(text, reason, 'Un créneau libre le jour même convenait.');
    const keywords = sections.find((s) => s.id === 'facts')!.groups[0]!.fields[1]!;
    text = writeField(text, keywords, 'gorge, angine ,  ');
    // Everything else is as the trainer wrote it (flow maps, comments, order).
    expect(text).toContain('      - when: { said: greeting }');
    expect(text).toContain('keywords: [ gorge, angine ]');
    const again = readForms({ path: scenario.path, text }, practice);
    expect(again.find((s) => s.id === 'lines')!.groups[1]!.fields[0]!.value).toBe(
      'J’ai mal à la gorge : « ça brûle ».',
    );
    const parsed = parsePack(files.map((f) => (f.path === scenario.path ? { ...f, text } : f)));
    expect(parsed.errors).toEqual([]);
    expect(parsed.bundles[0]!.scenario.outcomes.rdv!.reason).toBe('Un créneau libre le jour même convenait.');
    expect(parsed.bundles[0]!.scenario.facts[0]!.keywords).toEqual(['gorge', 'angine']);
  });

  it('reads a line per mood, and shows nothing for a file that does not read', () => {
    const moods = scenario.text.replace(
      'say: J’ai très mal à la gorge depuis hier.',
      'say:\n      calm: "Calme."\n      upset: "Énervée !"',
    );
    const lines = readForms({ path: scenario.path, text: moods }).find((s) => s.id === 'lines')!;
    expect(lines.groups[1]!.fields.map((f) => [f.label, f.value])).toEqual([
      ['Réplique (calme)', 'Calme.'],
      ['Réplique (énervé)', 'Énervée !'],
    ]);
    expect(readForms({ path: scenario.path, text: 'a: [' })).toEqual([]);
  });
});
