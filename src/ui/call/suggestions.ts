/**
 * Guided mode: three replies to choose from, one good and two flawed, in an order that looks
 * random but is the same for the same turn of the same scenario (a replay, a test or a
 * screenshot sees the same list). Pure: from the scenario and the call as it stands.
 *
 * The good reply follows the call's stage, read from the log: greet and present the practice,
 * ask the reason, rephrase the facts, then handle the request the way the scenario's model
 * transcript does, then close. The flawed ones are the faults of GUIDE §2 (blunt, minimizing,
 * familiarity, medical advice) suited to the stage.
 */
import type { ActLabel } from '../../language/labels.ts';
import type { LogEntry } from '../../machines/events.ts';
import type { CallView } from '../../machines/session.ts';
import type { ScenarioBundle } from '../../scenarios/schema.ts';

export type Stage = 'greet' | 'ask' | 'rephrase' | 'handle' | 'close';

export interface Suggestion {
  /** Stable within a turn, for keyed lists. */
  id: string;
  text: string;
  quality: 'good' | 'flawed';
  /** The fault a flawed reply carries. */
  fault?: ActLabel;
}

const REPHRASE_MARK = /si je (vous )?comprends bien|si j[’']ai bien compris|vous (me )?dites que/i;

type SaidEntry = Extract<LogEntry, { type: 'trainee.say' }>;

const FLAWED: Record<Stage, { text: string; fault: ActLabel }[]> = {
  greet: [
    { text: 'Allô ? Oui, c’est pour quoi ?', fault: 'blunt' },
    { text: 'Ouais, salut, je t’écoute.', fault: 'familiarity' },
    { text: 'Oui ? Faites vite, j’ai du monde en ligne.', fault: 'blunt' },
  ],
  ask: [
    { text: 'Bon, c’est pour quoi ? Allez-y, je vous écoute, mais vite.', fault: 'blunt' },
    { text: 'Ok, dis-moi tout.', fault: 'familiarity' },
    { text: 'Oui oui. Et alors ?', fault: 'blunt' },
  ],
  rephrase: [
    { text: 'Ce n’est sûrement rien de grave, ne vous inquiétez pas pour si peu.', fault: 'minimizing' },
    { text: 'Calmez-vous, madame, et dites-moi simplement ce que vous voulez.', fault: 'blunt' },
    { text: 'Pas de souci, ça arrive à tout le monde, c’est pas grand-chose.', fault: 'minimizing' },
  ],
  handle: [
    { text: 'C’est impossible, il n’y a plus de place. Rappelez un autre jour.', fault: 'blunt' },
    { text: 'Donnez-lui du paracétamol et attendez demain, ça ira.', fault: 'medical_advice' },
    { text: 'Je ne suis que la secrétaire, je ne peux rien faire pour vous.', fault: 'blunt' },
    { text: 'Ça va passer, c’est sûrement rien. On verra bien.', fault: 'minimizing' },
  ],
  close: [
    { text: 'Bon, ben voilà. Salut !', fault: 'familiarity' },
    { text: 'C’est tout ? Bon, au revoir.', fault: 'blunt' },
    { text: 'Ok, ciao, bonne soirée.', fault: 'familiarity' },
  ],
};

/** Where the call stands, from what the trainee has said so far and the current node. */
export function callStage(bundle: ScenarioBundle, view: Pick<CallView, 'node' | 'log'>): Stage {
  const said = view.log.filter((e): e is SaidEntry => e.type === 'trainee.say');
  const has = (act: ActLabel) => said.some((e) => e.acts.some((a) => a.type === act));
  if (!has('greeting')) return 'greet';
  if (view.node === bundle.scenario.start) return 'ask';
  if (!has('reformulation')) return 'rephrase';
  return handleLine(bundle, said) === undefined ? 'close' : 'handle';
}

function modelTraineeLines(bundle: ScenarioBundle): string[] {
  return bundle.scenario.model.filter((m) => m.who === 'trainee').map((m) => m.text);
}

/** The model's line for this point of the handling, counting the trainee's turns since rephrasing. */
function handleLine(bundle: ScenarioBundle, said: readonly SaidEntry[]): string | undefined {
  const model = modelTraineeLines(bundle);
  const rephrasedAt = model.findIndex((line) => REPHRASE_MARK.test(line));
  // After the rephrasing, up to (not including) the model's goodbye.
  const handling = model.slice(rephrasedAt < 0 ? 1 : rephrasedAt + 1, -1);
  const firstRephrase = said.findIndex((e) => e.acts.some((a) => a.type === 'reformulation'));
  const turnsSince = firstRephrase < 0 ? 0 : said.length - firstRephrase - 1;
  return handling[turnsSince];
}

function goodReply(bundle: ScenarioBundle, view: Pick<CallView, 'node' | 'log'>, stage: Stage): string {
  const { practice, scenario } = bundle;
  const model = modelTraineeLines(bundle);
  const said = view.log.filter((e): e is SaidEntry => e.type === 'trainee.say');
  switch (stage) {
    case 'greet':
      return model[0] ?? `${practice.name}, bonjour. Que puis-je faire pour vous ?`;
    case 'ask':
      return `Oui, vous êtes bien au cabinet : ${practice.name}. Que puis-je faire pour vous ?`;
    case 'rephrase': {
      const fromModel = model.find((line) => REPHRASE_MARK.test(line));
      if (fromModel) return fromModel;
      const facts = scenario.facts.map((f) => f.label.charAt(0).toLowerCase() + f.label.slice(1));
      return `Si je comprends bien : ${facts.join(', ')}. C’est bien cela ?`;
    }
    case 'handle':
      return handleLine(bundle, said) ?? closing(model);
    case 'close':
      return closing(model);
  }
}

function closing(model: readonly string[]): string {
  const last = model.at(-1);
  return last && model.length > 1
    ? last
    : 'Avez-vous d’autres questions ? Je vous souhaite une bonne journée, au revoir.';
}

/** FNV-1a: a small stable hash for the seed. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: a seeded generator in [0, 1). */
function generator(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** « Julie à l’appareil »: the name the model transcript gives its telesecretary. */
const INTRODUCED = /([\p{Lu}][\p{L}’'-]*) à l[’']appareil/u;

/**
 * A model line in the trainee's own words: the model's telesecretary (« Julie ») becomes the
 * trainee, wherever the model names her.
 */
export function asTrainee(line: string, modelName: string | undefined, trainee: string | undefined): string {
  const name = trainee?.trim().split(/\s+/)[0];
  if (!modelName || !name || name === modelName) return line;
  return line.replace(new RegExp(`(?<![\\p{L}])${modelName}(?![\\p{L}])`, 'gu'), name);
}

/**
 * Three replies for the trainee's next turn: one good, two flawed, in a per-turn order. With the
 * trainee's first name, the good reply introduces the trainee, not the model's telesecretary.
 */
export function suggestReplies(
  bundle: ScenarioBundle,
  view: Pick<CallView, 'node' | 'log'>,
  trainee?: string,
): Suggestion[] {
  const modelName = modelTraineeLines(bundle)
    .map((line) => INTRODUCED.exec(line)?.[1])
    .find(Boolean);
  const turn = view.log.filter((e) => e.type === 'trainee.say').length;
  const stage = callStage(bundle, view);
  const random = generator(hash(`${bundle.scenario.id}|${view.node}|${turn}`));
  const flawed = shuffle(FLAWED[stage], random).slice(0, 2);
  const replies: Suggestion[] = [
    {
      id: `${turn}-good`,
      text: asTrainee(goodReply(bundle, view, stage), modelName, trainee),
      quality: 'good',
    },
    ...flawed.map((f, i): Suggestion => ({
      id: `${turn}-flawed-${i}`,
      text: f.text,
      quality: 'flawed',
      fault: f.fault,
    })),
  ];
  return shuffle(replies, random);
}
