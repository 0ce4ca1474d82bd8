import { describe, expect, it } from 'vitest';
import { createCallSession } from '../machines/call.ts';
import { playScript } from '../machines/play.ts';
import { testBundle } from '../scoring/fixtures.ts';
import { verifyAttempt } from '../scoring/replay.ts';
import { score } from '../scoring/score.ts';
import { lintVariables } from './lint.ts';
import type { ScenarioBundle } from './schema.ts';
import { seedFor } from './seedFor.ts';
import { drawValues, fillText, instantiate, newSeed } from './variables.ts';

const VARIABLES = {
  prenom: ['Léo', 'Inès', 'Malo', 'Zoé'],
  age: ['4', '6', '9'],
  creneau: [
    { start: '2026-03-10T16:00', dit: '16 h' },
    { start: '2026-03-10T17:00', dit: '17 h' },
  ],
};

/** The fixture scenario with a first name, an age and a free slot that vary. */
function varying(): ScenarioBundle {
  const b = structuredClone(testBundle());
  b.scenario.variables = VARIABLES;
  b.scenario.nodes.accueil!.say = 'Allô ? C’est pour {prenom}, {age} ans. Vous auriez {creneau.dit} ?';
  b.scenario.facts[0]!.label = '{prenom} a de la fièvre';
  b.scenario.agenda = [
    {
      start: '{creneau.start}',
      minutes: 20,
      practitioner: 'dr-martin',
      status: 'booked',
      patient: '{prenom} Essai',
    },
  ];
  return b;
}

describe('drawing the values of an attempt', () => {
  it('draws the same values from the same seed, whatever the order of the variables', () => {
    const reordered = { creneau: VARIABLES.creneau, age: VARIABLES.age, prenom: VARIABLES.prenom };
    for (const seed of [0, 1, 42, 2 ** 32 - 1]) {
      expect(drawValues(VARIABLES, seed)).toEqual(drawValues(VARIABLES, seed));
      expect(drawValues(reordered, seed)).toEqual(drawValues(VARIABLES, seed));
    }
  });

  it('draws every value of a list over many seeds, and only those', () => {
    const seen = new Set<string>();
    for (let seed = 0; seed < 200; seed++) seen.add(drawValues(VARIABLES, seed).prenom as string);
    expect([...seen].sort()).toEqual([...VARIABLES.prenom].sort());
  });

  it('finds a seed that draws the values a trainer fixed, leaving the others to chance', () => {
    for (const [prenom, age] of [
      [0, 2],
      [3, 0],
      [1, 1],
    ] as const) {
      const seed = seedFor(VARIABLES, { prenom, age })!;
      const drawn = drawValues(VARIABLES, seed);
      expect(drawn.prenom).toBe(VARIABLES.prenom[prenom]);
      expect(drawn.age).toBe(VARIABLES.age[age]);
    }
    const onlySlot = drawValues(VARIABLES, seedFor(VARIABLES, { creneau: 1 }, 500)!);
    expect(onlySlot.creneau).toEqual(VARIABLES.creneau[1]);
    expect(seedFor(VARIABLES, {}, 77)).toBe(77);
    // An index no list has is never drawn: the search gives up at its limit.
    expect(seedFor(VARIABLES, { age: 3 }, 0, 1000)).toBeUndefined();
  });

  it('makes seeds that are 32-bit integers', () => {
    expect(newSeed(() => 0)).toBe(0);
    expect(newSeed(() => 0.9999999999)).toBeLessThanOrEqual(4294967295);
    expect(newSeed(() => 0.5)).toBe(2 ** 31);
    expect(Number.isInteger(newSeed())).toBe(true);
  });
});

describe('putting the values in place', () => {
  it('replaces names and fields, and leaves what is not a declared variable', () => {
    const drawn = { prenom: 'Zoé', creneau: { start: '2026-03-10T17:00', dit: '17 h' } };
    expect(fillText('{prenom} à {creneau.dit}', drawn)).toBe('Zoé à 17 h');
    expect(fillText('{inconnu} {créneau} {prenom.x} {creneau}', drawn)).toBe(
      '{inconnu} {créneau} {prenom.x} {creneau}',
    );
    // Names every object has are not variables.
    expect(fillText('{toString} {creneau.toString} {constructor}', drawn)).toBe(
      '{toString} {creneau.toString} {constructor}',
    );
  });

  it('instantiates texts and the agenda of a scenario; one without variables is unchanged', () => {
    const b = varying();
    const one = instantiate(b, 7);
    const drawn = drawValues(VARIABLES, 7);
    const [prenom, age] = [drawn.prenom as string, drawn.age as string];
    const creneau = drawn.creneau as { start: string; dit: string };
    expect(one.scenario.nodes.accueil!.say).toBe(
      `Allô ? C’est pour ${prenom}, ${age} ans. Vous auriez ${creneau.dit} ?`,
    );
    expect(one.scenario.agenda![0]).toMatchObject({
      start: creneau.start,
      patient: `${prenom} Essai`,
    });
    const plain = testBundle();
    expect(instantiate(plain, 7)).toBe(plain);
  });
});

describe('a call with variations', () => {
  it('logs its seed first, says the drawn values, and replays to the same log', () => {
    const session = createCallSession(varying(), { seed: 123 });
    session.send({ type: 'trainee.pickup' });
    session.advance(3000);
    session.send({ type: 'trainee.say', text: 'Cabinet du docteur Martin, bonjour.' });
    session.send({ type: 'trainee.hangup' });
    const log = [...session.view().log];
    session.stop();
    const values = drawValues(VARIABLES, 123);
    expect(log[0]).toEqual({ t: 0, type: 'variation', seed: 123, values });
    const said = log.find((e) => e.type === 'caller.say');
    expect(said && 'text' in said && said.text).toContain(`C’est pour ${values.prenom as string}`);
    // The draw is in the log: a replay, the scorer and a resumed call draw the same values.
    const verified = verifyAttempt(varying(), { log });
    expect(verified.ok && verified.mismatches).toEqual([]);
    const resumed = createCallSession(varying(), { log, seed: 999 });
    expect(resumed.view().log[0]).toEqual(log[0]);
    expect(resumed.bundle.scenario.nodes.accueil!.say).toContain(values.prenom as string);
    resumed.stop();
    expect(score(varying(), log).scenario).toBe('fievre-essai');
  });

  it('plays a script on its seed, 0 by default, and another seed may draw another call', () => {
    const steps = [{ at: 6, do: 'pickup' as const }, { do: 'hangup' as const }];
    const first = (seed?: number) =>
      playScript(varying(), { steps, ...(seed !== undefined ? { seed } : {}) }).log[0];
    expect(first()).toMatchObject({ type: 'variation', seed: 0 });
    expect(first(5)).toEqual(first(5));
    const draws = new Set(
      [0, 1, 2, 3, 4, 5, 6, 7].map((s) =>
        JSON.stringify(first(s)!.type === 'variation' && (first(s) as { values: unknown }).values),
      ),
    );
    expect(draws.size).toBeGreaterThan(1);
    // Without variables, no seed entry: old logs and scripts are unchanged.
    expect(playScript(testBundle(), { steps }).log[0]).toMatchObject({ type: 'ring' });
  });
});

describe('lint of variables', () => {
  const messages = (b: ScenarioBundle) =>
    lintVariables(b.scenario).map((i) => `${i.severity} ${i.path.join('.')} : ${i.message}`);

  it('finds nothing wrong with well-formed variables', () => {
    expect(messages(varying())).toEqual([]);
  });

  it('reports an unknown variable, a wrong shape, a time that is not one, and an unused variable', () => {
    const b = varying();
    b.scenario.nodes.accueil!.say = 'Allô ? {prenon}, {creneau}, {age.x}';
    b.scenario.variables = {
      ...VARIABLES,
      creneau: [{ start: 'demain', dit: '16 h' }, VARIABLES.creneau[1]!],
      jour: ['lundi', 'mardi'],
    };
    expect(messages(b)).toEqual([
      'error nodes.accueil.say : la variable « {prenon} » n’existe pas : déclarez-la dans « variables » avec ses valeurs : vouliez-vous dire « prenom » ?',
      'error nodes.accueil.say : « {creneau} » attend un texte, mais la valeur [0] de « variables.creneau » a des champs : écrivez « {creneau.champ} »',
      'error nodes.accueil.say : la valeur [0] de « variables.age » n’a pas de champ « x »',
      'error agenda.0.start : chaque valeur de « {creneau.start} » doit être une date et heure AAAA-MM-JJTHH:MM : elle sert d’heure de rendez-vous',
      'warning variables.jour : la variable « jour » n’est utilisée nulle part (« {jour} »)',
    ]);
  });

  it('reports names every object has (« {toString} ») as unknown, without crashing', () => {
    const b = varying();
    b.scenario.nodes.accueil!.say = 'Allô ? {prenom}, {age} ans. {toString} {creneau.hasOwnProperty}';
    expect(messages(b)).toEqual([
      expect.stringMatching(/^error nodes\.accueil\.say : la variable « \{toString\} » n’existe pas/),
      'error nodes.accueil.say : la valeur [0] de « variables.creneau » n’a pas de champ « hasOwnProperty »',
    ]);
    const plain = structuredClone(testBundle());
    plain.scenario.nodes.accueil!.say = 'Allô ? {valueOf}';
    expect(messages(plain)).toEqual([
      expect.stringMatching(/^error nodes\.accueil\.say : la variable « \{valueOf\} » n’existe pas/),
    ]);
  });
});
