import { beforeAll, describe, expect, it } from 'vitest';
import type { Act } from '../../language/labels.ts';
import type { LogEntry } from '../../machines/events.ts';
import type { ScenarioBundle } from '../../scenarios/schema.ts';
import { callStage, suggestReplies } from './suggestions.ts';
import { coreBundle } from './testing.ts';

let fever: ScenarioBundle;
let chestPain: ScenarioBundle;
beforeAll(async () => {
  fever = await coreBundle('fievre-enfant-fin-de-journee');
  chestPain = await coreBundle('urgence-douleur-thoracique');
});

const said = (t: number, text: string, ...acts: Act['type'][]): LogEntry => ({
  t,
  type: 'trainee.say',
  text,
  acts: acts.map((type) => ({ type, span: [0, text.length] })),
  facts: [],
});
const picked: LogEntry[] = [
  { t: 0, type: 'ring', n: 1 },
  { t: 4000, type: 'pickup' },
];

describe('guided mode suggestions', () => {
  it('offers one good reply and two flawed ones', () => {
    const replies = suggestReplies(fever, { node: 'accueil', log: picked });
    expect(replies).toHaveLength(3);
    expect(replies.filter((r) => r.quality === 'good')).toHaveLength(1);
    expect(replies.filter((r) => r.quality === 'flawed').every((r) => r.fault)).toBe(true);
    expect(new Set(replies.map((r) => r.text)).size).toBe(3);
  });

  it('introduces the trainee by their own first name, not the model’s « Julie »', () => {
    const good = suggestReplies(fever, { node: 'accueil', log: picked }, 'Inès Martin').find(
      (r) => r.quality === 'good',
    )!;
    expect(good.text).toContain('Inès à l’appareil');
    expect(good.text).not.toContain('Julie');
    const anonymous = suggestReplies(fever, { node: 'accueil', log: picked }).find(
      (r) => r.quality === 'good',
    )!;
    expect(anonymous.text).toContain('Julie à l’appareil');
  });

  it('starts with a greeting that names the practice', () => {
    const good = suggestReplies(fever, { node: 'accueil', log: picked }).find((r) => r.quality === 'good')!;
    expect(good.text).toContain(fever.practice.name);
    expect(good.text).toMatch(/bonjour|bonsoir/i);
  });

  it('follows the call: greet, rephrase, handle, close', () => {
    const greeted = [...picked, said(6000, 'Cabinet de pédiatrie du Canal, bonsoir.', 'greeting')];
    expect(callStage(fever, { node: 'motif', log: greeted })).toBe('rephrase');
    const rephrase = suggestReplies(fever, { node: 'motif', log: greeted }).find(
      (r) => r.quality === 'good',
    )!;
    expect(rephrase.text).toMatch(/si je comprends bien/i);

    const rephrased = [
      ...greeted,
      said(12000, 'Si je comprends bien, Noé a 39,4 de fièvre.', 'reformulation'),
    ];
    expect(callStage(fever, { node: 'precisions', log: rephrased })).toBe('handle');

    let log = rephrased;
    for (let i = 0; i < 10; i++) log = [...log, said(20000 + i * 1000, 'Oui.', 'question')];
    expect(callStage(fever, { node: 'cloture', log })).toBe('close');
    const close = suggestReplies(fever, { node: 'cloture', log }).find((r) => r.quality === 'good')!;
    expect(close.text).toMatch(/bonne soirée|au revoir/i);
  });

  it('sends a chest pain to the 15 once the facts are rephrased', () => {
    const greeted = [...picked, said(6000, 'Cabinet de cardiologie du Parc, bonjour.', 'greeting')];
    const node = Object.keys(chestPain.scenario.nodes).find((n) => n !== chestPain.scenario.start)!;
    const good = suggestReplies(chestPain, { node, log: greeted }).find((r) => r.quality === 'good')!;
    expect(good.text).toMatch(/15/);
  });

  it('keeps the same order for the same turn, and shuffles between turns', () => {
    const a = suggestReplies(fever, { node: 'accueil', log: picked });
    const b = suggestReplies(fever, { node: 'accueil', log: [...picked] });
    expect(b).toEqual(a);
    // Over many turns the good reply is not always in the same place.
    const places = new Set<number>();
    let log: LogEntry[] = [
      ...picked,
      said(5000, 'Bonjour.', 'greeting'),
      said(6000, 'Si je comprends bien…', 'reformulation'),
    ];
    for (let i = 0; i < 12; i++) {
      places.add(suggestReplies(fever, { node: 'precisions', log }).findIndex((r) => r.quality === 'good'));
      log = [...log, said(7000 + i, 'Oui.', 'question')];
    }
    expect(places.size).toBeGreaterThan(1);
  });
});
