/**
 * The analyser warmed while the page is idle: V8 compiles a regular expression on its first use,
 * so the first reply does not pay for it (DESIGN §12: typed input → reaction ≤ 50 ms).
 *
 * Not before the trainee's first gesture (a click on « Commencer l’appel », a key, a tap): until
 * then nothing needs the analyser, and a call page opened by a reload or a bookmark paints and
 * rings without that work on its main thread (DESIGN §12: TBT ≤ 150 ms). Then one clause per
 * idle slice, not one sentence: a sentence compiles a few dozen expressions at once, a long task
 * on a phone while the trainee types their greeting.
 */
import { whenAudible } from '../audio/sound.ts';

/** Lines that reach most of the analyser's rules, cues, intents and entities. */
const WARM_UP = [
  'Cabinet du docteur Martin, Julie à l’appareil, bonjour. Que puis-je faire pour vous ?',
  'Je comprends votre inquiétude. Si je comprends bien, votre fils a 39 de fièvre depuis hier soir ?',
  'Je peux vous proposer demain à 18 h 20, ou jeudi matin ; sinon je vous inscris sur la liste d’attente.',
  'Ne quittez pas, je regarde l’agenda. Votre date de naissance et votre numéro, s’il vous plaît ?',
  'Raccrochez et appelez le 15 tout de suite. Ne lui donnez pas de Doliprane, calmez-vous, ce n’est rien.',
  'C’est impossible, rappelez plus tard. T’inquiète. Je vous souhaite une bonne soirée, au revoir.',
];

/**
 * The clauses of the lines first (each compiles a few expressions), then the whole lines (what
 * spans a comma; by then most of it is compiled, so each is short).
 */
export const WARM_UP_STEPS: readonly string[] = [
  ...WARM_UP.flatMap((line) => line.split(/(?<=[,.;?])\s+/)),
  ...WARM_UP,
];

type Idle = (run: (deadline: { timeRemaining(): number }) => void) => number;

export interface WarmOptions {
  /** Resolves when the analyser may start (default: the page's first user gesture). */
  ready?: () => Promise<void>;
  /** The analyser's entry point (default: the analyser's, imported once the gesture came). */
  analyse?: (text: string) => unknown;
}

/** Starts warming the analyser; returns a function that stops (what is compiled stays). */
export function warmAnalyser(options: WarmOptions = {}): () => void {
  const { ready = () => whenAudible() } = options;
  let analyse = options.analyse;
  const idle: Idle =
    globalThis.requestIdleCallback?.bind(globalThis) ??
    ((run) => Number(setTimeout(() => run({ timeRemaining: () => 5 }), 50)));
  const cancel: (id: number) => void =
    globalThis.cancelIdleCallback?.bind(globalThis) ?? ((id) => clearTimeout(id));
  let next = 0;
  let id = 0;
  let stopped = false;
  const step = (deadline: { timeRemaining(): number }) => {
    // One clause at least, more while the browser says it has time (each is a few milliseconds).
    do analyse!(WARM_UP_STEPS[next++]!);
    while (next < WARM_UP_STEPS.length && deadline.timeRemaining() > 8);
    if (next < WARM_UP_STEPS.length) id = idle(step);
  };
  void ready()
    .then(async () => {
      analyse ??= (await import('../../language/analyze.ts')).analyze;
      if (!stopped) id = idle(step);
    })
    .catch(() => {}); // not warmed: the first reply compiles what it needs
  return () => {
    stopped = true;
    cancel(id);
  };
}
