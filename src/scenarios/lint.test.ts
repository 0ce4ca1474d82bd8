import { describe, expect, it } from 'vitest';
import { fixtureFiles } from '../../tests/fixtures/packs/packs.ts';
import { formatPath } from './errors.ts';
import {
  callerLines,
  lintClipFiles,
  lintPractice,
  lintScenario,
  reachableNodes,
  type ClipFile,
  type LintIssue,
} from './lint.ts';
import { parsePack } from './parse.ts';
import { Scenario, type Rule, type ScenarioBundle } from './schema.ts';

const valid = parsePack(fixtureFiles()).bundles[0]!;

/** A fresh copy of the fixture bundle, to edit. */
const bundle = (): ScenarioBundle => structuredClone(valid);

const lint = (b: ScenarioBundle) => lintScenario(b.scenario, { practice: b.practice, caller: b.caller });
const brief = (issues: LintIssue[]) =>
  issues.map((i) => `${i.severity} ${formatPath(i.path)} : ${i.message}`);
const rule = (r: Partial<Rule>): Rule => ({ when: {}, ...r });

describe('lintScenario: references', () => {
  it('finds nothing wrong in the fixture scenario', () => {
    expect(lint(bundle())).toEqual([]);
  });

  it('reports an unknown goto and suggests the node a typo meant', () => {
    const b = bundle();
    b.scenario.nodes.accueil!.on[0]!.goto = 'demand';
    expect(brief(lint(b))).toContain(
      'error nodes.accueil.on[0].goto : le nœud « demand » n’existe pas : vouliez-vous dire « demande » ?',
    );
  });

  it('requires an emergency number in the practice’s directory when an outcome is a red flag', () => {
    const b = bundle();
    const id = Object.keys(b.scenario.outcomes)[0]!;
    b.scenario.outcomes[id]!.critical = 'red-flag';
    b.practice.directory = b.practice.directory.filter((d) => d.kind !== 'emergency');
    expect(brief(lint(b))).toContain(
      `error outcomes.${id}.critical : une issue « red-flag » suppose un numéro d’urgence vitale dans l’annuaire du cabinet (kind: emergency, le 15) : le stagiaire doit pouvoir l’y trouver`,
    );
    // The fixture's practice lists the 15: the same outcome is then fine.
    const kept = bundle();
    kept.scenario.outcomes[id]!.critical = 'red-flag';
    expect(brief(lint(kept)).some((m) => m.includes('red-flag'))).toBe(false);
  });

  it('reports an unknown start node', () => {
    const b = bundle();
    b.scenario.start = 'debut';
    expect(brief(lint(b))).toEqual([
      'error start : le nœud de départ « debut » n’existe pas (nœuds définis : « accueil », « demande », « fin »)',
    ]);
  });

  it('reports unknown outcomes in settle and onHangup, but knows the built-in ones', () => {
    const b = bundle();
    b.scenario.anytime[0]!.settle = 'samu';
    b.scenario.onHangup.push({ when: { said: ['closing'] }, outcome: 'inconnue' });
    b.scenario.nodes.fin!.on.push(
      rule({ when: { said: ['blunt'] }, settle: 'raccrochage-appelant', end: true }),
    );
    expect(brief(lint(b)).filter((m) => m.startsWith('error'))).toEqual([
      'error anytime[0].settle : l’issue « samu » n’existe pas : ajoutez-la dans « outcomes » (issues définies : « rdv », « liste », « samu-inutile »)',
      'error onHangup[1].outcome : l’issue « inconnue » n’existe pas : ajoutez-la dans « outcomes » (issues définies : « rdv », « liste », « samu-inutile »)',
    ]);
  });

  it('reports an unknown fact in covered, wherever the condition is', () => {
    const b = bundle();
    b.scenario.nodes.demande!.on[0]!.when.covered = ['motif', 'depuis'];
    b.scenario.onHangup[0]!.when.covered = ['duree'];
    expect(lint(b).map((i) => formatPath(i.path))).toEqual([
      'nodes.demande.on[0].when.covered[1]',
      'onHangup[0].when.covered[0]',
    ]);
  });

  it('reports an unknown fact in an outcome’s requires', () => {
    const b = bundle();
    b.scenario.outcomes.rdv!.requires = [{ covered: 'motiv', reason: 'Le motif, redit.' }];
    expect(brief(lint(b))).toEqual([
      'error outcomes.rdv.requires[0].covered : le fait « motiv » n’existe pas : ajoutez-le dans « facts » : vouliez-vous dire « motif » ?',
    ]);
  });

  it('checks appointment types and redirect numbers against the practice', () => {
    const b = bundle();
    b.scenario.nodes.demande!.on[1]!.when.did = { action: 'book', type: 'teleconsultation' };
    b.scenario.anytime.push(
      rule({ when: { did: { action: 'redirect', to: '116117' } }, reply: 'D’accord.' }), // spaces do not count
      rule({ when: { did: { action: 'redirect', to: 'colleague' } }, reply: 'D’accord.' }),
      rule({ when: { done: { action: 'redirect', to: '3624' } }, reply: 'SOS ?' }),
      rule({ when: { did: { action: 'transfer', to: 'secretaire' } }, reply: 'Bien.' }),
      rule({ when: { did: { action: 'transfer', to: 'doctor' } }, reply: 'Bien.' }),
    );
    expect(brief(lint(b))).toEqual([
      'error nodes.demande.on[1].when.did.type : le type de rendez-vous « teleconsultation » n’existe pas dans le cabinet « cabinet-essai » (types définis : « consultation »)',
      'error anytime[3].when.done.to : le numéro « 3624 » ne figure pas dans l’annuaire du cabinet « cabinet-essai » : ajoutez-le dans « directory », ou utilisez « colleague »',
      'error anytime[4].when.did.to : on ne transfère qu’au médecin : « secretaire » n’est pas permis, écrivez « doctor » (ou utilisez « redirect » pour un numéro)',
    ]);
  });

  it('skips the practice checks when the practice is not known', () => {
    const b = bundle();
    b.scenario.nodes.demande!.on[1]!.when.did = { action: 'book', type: 'teleconsultation' };
    expect(lintScenario(b.scenario, {})).toEqual([]);
  });

  it('reports duplicate fact ids', () => {
    const b = bundle();
    b.scenario.facts.push({ id: 'motif', label: 'encore', keywords: ['x'] });
    expect(brief(lint(b))).toEqual(['error facts[1].id : le fait « motif » apparaît deux fois']);
  });
});

describe('lintScenario: the dialogue graph', () => {
  it('reports unreachable nodes as errors and dead ends as warnings', () => {
    const b = bundle();
    b.scenario.nodes.oubli = {
      say: 'Et moi ?',
      on: [rule({ when: { said: ['empathy'] }, reply: 'Merci.' })],
    };
    b.scenario.nodes.fin!.on = [rule({ when: { said: ['closing'] }, reply: 'Au revoir.' })];
    b.scenario.anytime = []; // its settle would be a way out of every node
    delete b.scenario.outcomes['samu-inutile'];
    expect(brief(lint(b))).toEqual([
      'warning nodes.fin : le nœud « fin » n’a aucune sortie (aucune règle avec « goto », « settle » ou « end ») : seul un raccrochage du stagiaire termine l’appel ici',
      'error nodes.oubli : le nœud « oubli » n’est jamais atteint depuis le nœud de départ : ajoutez une règle « goto: oubli » ou supprimez-le',
    ]);
  });

  it('follows anytime rules: a node reached only through them is reachable', () => {
    const b = bundle();
    b.scenario.nodes.urgence = {
      say: 'C’est grave ?',
      on: [rule({ when: { said: ['reassurance'] }, goto: 'fin' })],
    };
    b.scenario.anytime.push(rule({ when: { mentions: ['urgent'] }, goto: 'urgence' }));
    expect(reachableNodes(b.scenario)).toEqual(new Set(['accueil', 'demande', 'fin', 'urgence']));
    expect(lint(b)).toEqual([]);
  });

  it('handles a large graph full of loops quickly', () => {
    const b = bundle();
    const size = 300;
    b.scenario.nodes = Object.fromEntries(
      Array.from({ length: size }, (_, i) => [
        `n${i}`,
        {
          say: 'Oui ?',
          on: [
            rule({ when: { said: ['question'] }, goto: `n${(i + 1) % size}` }),
            rule({ when: { said: ['empathy'] }, goto: `n${(i * 7) % size}` }),
            rule({ when: { said: ['closing'] }, goto: 'n0', settle: 'rdv' }),
          ],
        },
      ]),
    );
    b.scenario.start = 'n0';
    const started = performance.now();
    expect(reachableNodes(b.scenario).size).toBe(size);
    expect(lint(b).filter((i) => i.severity === 'error')).toEqual([]);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('requires a reachable correct outcome', () => {
    const b = bundle();
    b.scenario.nodes.demande!.on[1]!.settle = 'liste';
    expect(brief(lint(b))).toEqual([
      'error outcomes : aucune issue « correct » ne peut être atteinte : le stagiaire ne peut pas réussir ce scénario',
      'warning outcomes.rdv : l’issue « rdv » n’est jamais donnée : aucune règle ne fait « settle: rdv » et aucun « onHangup » ne la donne',
    ]);
  });

  it('does not count a correct outcome settled only in an unreachable node', () => {
    const b = bundle();
    b.scenario.nodes.demande!.on[1]!.goto = 'fin';
    b.scenario.nodes.demande!.on[1]!.settle = 'liste';
    b.scenario.nodes.cache = { say: 'Caché.', on: [rule({ settle: 'rdv', end: true })] };
    expect(lint(b).map((i) => formatPath(i.path))).toEqual(['nodes.cache', 'outcomes']);
  });

  it('counts a correct outcome given on hang-up, and a redefined built-in', () => {
    const b = bundle();
    b.scenario.nodes.demande!.on[1]!.settle = 'liste';
    b.scenario.onHangup.push({ when: { done: { action: 'book' } }, outcome: 'rdv' });
    expect(lint(b)).toEqual([]);
    const c = bundle();
    c.scenario.nodes.demande!.on[1]!.settle = 'liste';
    delete c.scenario.outcomes.rdv;
    c.scenario.outcomes['sans-suite'] = {
      label: 'Rien à faire',
      verdict: 'correct',
      reason: 'Il suffisait d’écouter.',
    };
    expect(lint(c)).toEqual([]);
  });

  it('warns about a silent node when neither the node nor the caller has a prompt', () => {
    const b = bundle();
    const caller = {
      ...b.caller,
      lines: { ...b.caller.lines, prompt: undefined },
    } as unknown as ScenarioBundle['caller'];
    const issues = lintScenario(b.scenario, { practice: b.practice, caller });
    expect(issues.map((i) => [formatPath(i.path), i.severity])).toEqual([
      ['nodes.accueil', 'warning'],
      ['nodes.demande', 'warning'],
      ['nodes.fin', 'warning'],
    ]);
    b.scenario.nodes.accueil!.prompt = 'Allô ?';
    expect(lintScenario(b.scenario, { caller }).map((i) => formatPath(i.path))).not.toContain(
      'nodes.accueil',
    );
  });

  it('warns about rules that can never fire or do nothing', () => {
    const b = bundle();
    b.scenario.nodes.accueil!.on = [
      rule({ when: { said: ['greeting'], did: { action: 'book' } }, goto: 'demande' }),
      rule({ when: { stressAbove: 60, stressBelow: 40 }, reply: 'Hm.' }),
      rule({ reply: 'Pardon ?' }),
      rule({ when: { said: ['greeting'] }, goto: 'demande' }),
      rule({ when: { did: { action: 'waitlist' } } }),
    ];
    expect(brief(lint(b)).filter((m) => m.startsWith('warning'))).toEqual([
      'warning nodes.accueil.on[0].when : cette règle attend à la fois une action (« did ») et des paroles (« said », « saidAny » ou « mentions ») : elle ne peut jamais se déclencher',
      'warning nodes.accueil.on[1].when : « stressAbove » est supérieur ou égal à « stressBelow » : la règle ne se déclenche jamais',
      'warning nodes.accueil.on[4] : cette règle ne fait rien (ni « reply », ni « goto », ni « settle », ni « end », ni « effects »)',
      'warning nodes.accueil.on[3] : cette règle ne se déclenche jamais : la règle [2], sans condition, passe avant elle',
    ]);
  });

  it('accepts a scenario straight from the schema, defaults applied', () => {
    const scenario = Scenario.parse({ ...valid.scenario, anytime: undefined, onHangup: undefined });
    expect(lintScenario(scenario, { practice: valid.practice, caller: valid.caller })).toEqual([
      expect.objectContaining({ path: ['outcomes', 'liste'], severity: 'warning' }),
      expect.objectContaining({ path: ['outcomes', 'samu-inutile'], severity: 'warning' }),
    ]);
  });
});

describe('lintScenario: the call’s own appointments', () => {
  it('checks the appointments laid over the agenda and the caller’s own', () => {
    const b = bundle();
    b.scenario.agenda = [
      {
        start: '2026-03-11T09:00',
        minutes: 20,
        practitioner: 'dr-essay',
        status: 'booked',
        patient: 'M. Martin',
      },
    ];
    b.scenario.appointment = { start: '2026-03-11T10:00', practitioner: 'dr-essai' };
    b.scenario.anytime.push(rule({ when: { did: { action: 'book', appointment: 'own' } }, reply: 'Bien.' }));
    expect(brief(lint(b))).toEqual([
      'error anytime[1].when.did.appointment : « appointment » ne s’applique qu’à « move », « cancel » et « sms », pas à « book »',
      'error agenda[0].practitioner : le praticien « dr-essay » n’existe pas dans ce cabinet : vouliez-vous dire « dr-essai » ?',
      'error appointment : aucun rendez-vous pris à « 2026-03-11T10:00 » avec « dr-essai » : ajoutez-le dans « agenda » (status: booked, patient) du scénario ou du cabinet',
    ]);
  });

  it('accepts an own appointment from the practice’s agenda, but not a past one', () => {
    const b = bundle();
    b.scenario.appointment = { start: '2026-03-10T09:00', practitioner: 'dr-essai' };
    expect(brief(lint(b))).toEqual([
      'error appointment : le rendez-vous de l’appelant (« 2026-03-10T09:00 ») est avant le « moment » de l’appel : on ne peut plus le déplacer ni l’annuler',
    ]);
    delete b.scenario.appointment;
    b.scenario.anytime.push(
      rule({ when: { did: { action: 'cancel', appointment: 'own' } }, reply: 'Bien.' }),
    );
    expect(brief(lint(b)).at(-1)).toMatch(
      /« appointment: own » ou « other » demande le rendez-vous de l’appelant/,
    );
  });
});

describe('lintPractice', () => {
  it('reports unknown practitioners and types in the agenda, and duplicate ids', () => {
    const practice = structuredClone(valid.practice);
    practice.agenda[1]!.practitioner = 'dr-essay';
    practice.agenda[1]!.type = 'visite';
    practice.appointmentTypes[0]!.practitioner = 'dr-autre';
    practice.directory.push({ ...practice.directory[0]!, label: 'SAMU bis' });
    expect(brief(lintPractice(practice))).toEqual([
      'error directory[2].id : l’entrée d’annuaire « samu » apparaît deux fois',
      'error appointmentTypes[0].practitioner : le praticien « dr-autre » n’existe pas dans ce cabinet (praticiens définis : « dr-essai »)',
      'error agenda[1].practitioner : le praticien « dr-essay » n’existe pas dans ce cabinet : vouliez-vous dire « dr-essai » ?',
      'error agenda[1].type : le type de rendez-vous « visite » n’existe pas dans le cabinet « cabinet-essai » (types définis : « consultation »)',
    ]);
  });
  it('checks the on-call numbers are in the directory', () => {
    const practice = structuredClone(valid.practice);
    const number = practice.directory[0]!.number;
    practice.onCall = {
      number,
      beforeThen: number,
      weekdaysFrom: '20:00',
      until: '08:00',
      saturdayFrom: '12:00',
    };
    expect(lintPractice(practice)).toEqual([]);
    practice.onCall = { ...practice.onCall, number: '39 19', beforeThen: '36 24' };
    expect(brief(lintPractice(practice))).toEqual([
      'error onCall.number : le numéro « 39 19 » de la permanence des soins ne figure pas dans l’annuaire du cabinet : ajoutez-le dans « directory »',
      'error onCall.beforeThen : le numéro « 36 24 » de la permanence des soins ne figure pas dans l’annuaire du cabinet : ajoutez-le dans « directory »',
    ]);
  });
});

describe('recorded lines (audio)', () => {
  const withAudio = parsePack(fixtureFiles('audio')).bundles[0]!;

  it('knows every line the caller may say: nodes, replies, mood variants, generic lines', () => {
    const lines = callerLines(valid.scenario, valid.caller);
    expect(lines).toContain('Bonjour, je voudrais un rendez-vous.'); // a node's say
    expect(lines).toContain('Oui, c’est ça.'); // a rule's reply
    expect(lines).toContain('Le 15 ? Pour une angine ?'); // an anytime reply
    expect(lines).toContain('Allô ? Vous êtes toujours là ?'); // the caller's silence prompt
    expect(lines).toContain('Je ne comprends pas ce que vous me dites.'); // a tense variant
    expect(callerLines(valid.scenario)).not.toContain('Pardon ?'); // the caller's, not the scenario's
  });

  it('accepts clips for lines of the scenario and of its caller', () => {
    expect(withAudio.scenario.audio).toEqual({
      'Bonjour, je voudrais un rendez-vous.': 'audio/accueil.wav',
      'J’ai très mal à la gorge depuis hier.': 'audio/gorge.wav',
      'Pardon ?': 'audio/gorge.wav',
    });
    expect(lint(withAudio)).toEqual([]);
  });

  it('reports a clip for a line the caller never says, and suggests the line a typo meant', () => {
    const b = structuredClone(withAudio);
    b.scenario.audio = {
      "J'ai très mal à la gorge depuis hier.": 'audio/gorge.wav', // a straight apostrophe
      'Bonsoir, docteur !': 'audio/accueil.wav',
    };
    expect(brief(lint(b))).toEqual([
      'error audio["J\'ai très mal à la gorge depuis hier."] : aucune réplique de l’appelant n’a exactement ce texte : vouliez-vous dire « J’ai très mal à la gorge depuis hier. » ?',
      'error audio["Bonsoir, docteur !"] : aucune réplique de l’appelant n’a exactement ce texte : recopiez celui d’un « say », « reply », « prompt » ou « otherwise » du scénario, ou d’une réplique de l’appelant (« lines »)',
    ]);
    // Without the caller, a key may be one of its lines: nothing is said until it is known.
    expect(lintScenario(b.scenario, { practice: b.practice })).toEqual([]);
  });

  it('checks the clip files the reader found', () => {
    const scenario = { ...withAudio.scenario };
    const files = new Map<string, ClipFile>([
      ['audio/accueil.wav', { kind: 'file', bytes: 301 * 1024 }],
      ['audio/gorge.wav', { kind: 'file', bytes: 300 * 1024 }],
    ]);
    expect(brief(lintClipFiles(scenario, files))).toEqual([
      'error audio["Bonjour, je voudrais un rendez-vous."] : l’enregistrement « audio/accueil.wav » est trop volumineux (301 Ko) : la limite est de 300 Ko par réplique (compressez-le, en .mp3 par exemple)',
    ]);
    files.set('audio/accueil.wav', { kind: 'outside' });
    files.set('audio/gorge.wav', { kind: 'not-a-file' });
    expect(brief(lintClipFiles(scenario, files))).toEqual([
      'error audio["Bonjour, je voudrais un rendez-vous."] : l’enregistrement « audio/accueil.wav » mène hors du dossier du pack (lien symbolique ?) : copiez le fichier dans le pack',
      'error audio["J’ai très mal à la gorge depuis hier."] : « audio/gorge.wav » n’est pas un fichier',
      'error audio["Pardon ?"] : « audio/gorge.wav » n’est pas un fichier',
    ]);
    expect(lintClipFiles(scenario, new Map()).map((i) => [i.code, i.message])).toContainEqual([
      'missing',
      'l’enregistrement « audio/accueil.wav » est introuvable : placez le fichier dans le dossier du pack, à ce chemin',
    ]);
    expect(lintClipFiles(valid.scenario, new Map())).toEqual([]);
  });
});
