import { describe, expect, it } from 'vitest';
import { parseScript } from '../../machines/play.ts';
import { copyBuiltin } from './sources.ts';
import { rerunGoldens } from './golden.ts';
import { seedFor } from '../../scenarios/seedFor.ts';
import { goldenOf, playTrial, Trial } from './trial.ts';
import { checkDraft } from './validate.ts';

async function feverBundle() {
  const draft = await copyBuiltin('fievre-enfant-fin-de-journee', new Set());
  const bundle = checkDraft(draft).bundle;
  if (!bundle) throw new Error('the copied scenario does not check');
  return bundle;
}

describe('play-testing a draft', () => {
  it('starts from a middle node and mood, and shows the replies and what was read', async () => {
    const bundle = await feverBundle();
    const trial = new Trial(bundle, 'precisions', 'tense');
    expect(trial.view.node).toBe('precisions');
    expect(trial.view.mood).toBe('tense');
    const first = trial.turns()[0]!;
    expect(first.replies[0]).toBe('Alors ? Qu’est-ce que je fais, pour ce soir ?');
    trial.say('Est-ce qu’il a des taches sur la peau, est-ce qu’il respire bien ?');
    const turn = trial.turns().at(-1)!;
    expect(turn.acts).toContain('question');
    expect(turn.replies.join(' ')).toMatch(/taches/);
    trial.stop();
  });

  it('keeps a trial as a golden script in the CLI play format that replays to the same outcome', async () => {
    const bundle = await feverBundle();
    const trial = new Trial(bundle, 'relais', 'calm');
    trial.say('Merci madame, bonne soirée, au revoir.');
    trial.hangUp();
    const golden = goldenOf('Clôture polie', bundle, trial);
    expect(parseScript(JSON.parse(JSON.stringify(golden.script)))).toEqual(golden.script);
    expect(golden.script.steps[0]).toEqual({ do: 'pickup' });
    expect(golden).toMatchObject({ start: 'relais', mood: 'calm' });
    const again = playTrial(bundle, golden.script, 'relais', 'calm');
    expect(again.outcome?.id).toBe(golden.expected.outcome);
    expect(again.card.total).toBe(golden.expected.score);
    expect(trial.view.outcome?.id).toBe(golden.expected.outcome);
    trial.stop();
  });
});

describe('variations in a play-test', () => {
  it('plays the values a trainer fixed, and the golden script keeps their seed', async () => {
    const bundle = await feverBundle();
    const variables = { prenom: ['Léo', 'Inès', 'Malo'], soir: ['ce soir', 'cette nuit'] };
    const precisions = bundle.scenario.nodes.precisions!;
    const varying = {
      ...bundle,
      scenario: {
        ...bundle.scenario,
        variables,
        nodes: {
          ...bundle.scenario.nodes,
          precisions: { ...precisions, say: 'C’est pour {prenom} : qu’est-ce que je fais, pour {soir} ?' },
        },
      },
    };
    for (const [prenom, soir] of [
      [1, 0],
      [2, 1],
    ] as const) {
      const seed = seedFor(variables, { prenom, soir })!;
      const trial = new Trial(varying, 'precisions', undefined, seed);
      const said = `C’est pour ${variables.prenom[prenom]} : qu’est-ce que je fais, pour ${variables.soir[soir]} ?`;
      expect(trial.turns()[0]!.replies[0]).toBe(said);
      expect(trial.drawn).toEqual({
        seed,
        values: { prenom: variables.prenom[prenom], soir: variables.soir[soir] },
      });
      trial.say('Merci madame, bonne soirée, au revoir.');
      trial.hangUp();
      const golden = goldenOf('Variation', varying, trial);
      trial.stop();
      expect(golden.script.seed).toBe(seed);
      const again = playTrial(varying, JSON.parse(JSON.stringify(golden.script)), 'precisions');
      expect(again.log[0]).toMatchObject({ type: 'variation', seed });
      expect(again.log.find((e) => e.type === 'caller.say')).toMatchObject({ text: said });
      expect(again.card.total).toBe(golden.expected.score);
    }
    // A scenario without variations keeps scripts without a seed, as before.
    const plain = new Trial(bundle, 'relais', undefined, 12);
    expect(plain.script().seed).toBeUndefined();
    expect(plain.drawn).toBeUndefined();
    plain.stop();
  });
});

describe('tools in a play-test', () => {
  it('books, redirects and holds as the call screen does, shown in the conversation and kept in the golden script', async () => {
    const bundle = await feverBundle();
    const trial = new Trial(bundle, 'relais', 'calm');
    trial.act({ do: 'book', slot: '2026-03-11T08:50' });
    trial.act({ do: 'hold' });
    trial.act({ do: 'resume' });
    trial.act({ do: 'redirect', to: '15' });
    const tools = trial.turns().flatMap((t) => (t.tool ? [t.tool] : []));
    expect(tools).toEqual([
      'rendez-vous 2026-03-11T08:50',
      'mise en attente',
      'reprise de l’appel',
      'orientation vers le 15',
    ]);
    const booked = trial.view.log.find((e) => e.type === 'trainee.action' && e.action.kind === 'book');
    expect(booked).toMatchObject({ slot: { start: '2026-03-11T08:50' } });
    expect(booked && 'refused' in booked ? booked.refused : undefined).toBeUndefined();
    // A slot that is not in the agenda: refused by the engine, said in the conversation.
    trial.act({ do: 'book', slot: '2026-03-11T03:00' });
    expect(trial.turns().at(-1)!.tool).toMatch(/^rendez-vous 2026-03-11T03:00 — refusé : /);
    // A step the script format refuses: a French reason, nothing played.
    expect(() => trial.act({ do: 'redirect' })).toThrow(/l’action « redirect » demande le champ « to »/);
    const golden = goldenOf('Outils', bundle, trial);
    expect(golden.script.steps.slice(1, 5)).toEqual([
      { do: 'book', slot: '2026-03-11T08:50' },
      { do: 'hold' },
      { do: 'resume' },
      { do: 'redirect', to: '15' },
    ]);
    trial.stop();
  });
});

describe('golden scripts of a draft', () => {
  it('replay on a change and say which outcome or score moved, and by how much', async () => {
    const bundle = await feverBundle();
    const trial = new Trial(bundle, 'relais', 'calm');
    trial.say('Merci madame, bonne soirée, au revoir.');
    trial.hangUp();
    const golden = goldenOf('Clôture', bundle, trial);
    trial.stop();
    const [same] = rerunGoldens(bundle, [golden], playTrial);
    expect(same).toMatchObject({ outcomeChanged: false, scoreDelta: 0 });

    // The trainer makes every rule of « relais » settle a wrong outcome.
    const relais = bundle.scenario.nodes.relais!;
    const changed = {
      ...bundle,
      scenario: {
        ...bundle.scenario,
        nodes: {
          ...bundle.scenario.nodes,
          relais: { ...relais, on: relais.on.map((r) => ({ ...r, settle: 'sans-suite' })) },
        },
      },
    };
    const [moved] = rerunGoldens(changed, [golden], playTrial);
    expect(golden.expected.outcome).not.toBe('sans-suite');
    expect(moved!.outcomeChanged).toBe(true);
    expect(moved!.now?.outcome).toBe('sans-suite');
    expect(moved!.scoreDelta).toBe(moved!.now!.score - golden.expected.score!);

    const [gone] = rerunGoldens(
      { ...bundle, scenario: { ...bundle.scenario, nodes: { accueil: bundle.scenario.nodes.accueil! } } },
      [golden],
      playTrial,
    );
    expect(gone!.error).toContain('« relais » n’existe plus');
    expect(rerunGoldens(undefined, [golden], playTrial)[0]!.error).toMatch(/erreurs/);
  });
});
