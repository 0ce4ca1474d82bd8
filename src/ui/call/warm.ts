/**
 * The analyser warmed while the page is idle, one line per slice: V8 compiles a regular
 * expression on its first use, so the first ring never waits for it and the first reply does not
 * pay for it either (DESIGN §12: TBT).
 */
import { analyze } from '../../language/analyze.ts';

/** Lines that reach most of the analyser's rules, cues, intents and entities. */
const WARM_UP = [
  'Cabinet du docteur Martin, Julie à l’appareil, bonjour. Que puis-je faire pour vous ?',
  'Je comprends votre inquiétude. Si je comprends bien, votre fils a 39 de fièvre depuis hier soir ?',
  'Je peux vous proposer demain à 18 h 20, ou jeudi matin ; sinon je vous inscris sur la liste d’attente.',
  'Ne quittez pas, je regarde l’agenda. Votre date de naissance et votre numéro, s’il vous plaît ?',
  'Raccrochez et appelez le 15 tout de suite. Ne lui donnez pas de Doliprane, calmez-vous, ce n’est rien.',
  'C’est impossible, rappelez plus tard. T’inquiète. Je vous souhaite une bonne soirée, au revoir.',
];

type Idle = (run: (deadline: { timeRemaining(): number }) => void) => number;

/** Starts warming the analyser; returns a function that stops (what is compiled stays). */
export function warmAnalyser(): () => void {
  const idle: Idle =
    globalThis.requestIdleCallback?.bind(globalThis) ??
    ((run) => Number(setTimeout(() => run({ timeRemaining: () => 5 }), 50)));
  const cancel: (id: number) => void =
    globalThis.cancelIdleCallback?.bind(globalThis) ?? ((id) => clearTimeout(id));
  let next = 0;
  let id = 0;
  const step = (deadline: { timeRemaining(): number }) => {
    // One line at least, more while the browser says it has time (each is a few milliseconds).
    do analyze(WARM_UP[next++]!);
    while (next < WARM_UP.length && deadline.timeRemaining() > 8);
    if (next < WARM_UP.length) id = idle(step);
  };
  id = idle(step);
  return () => cancel(id);
}
