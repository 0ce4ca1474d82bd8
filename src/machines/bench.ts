/** Timing of compiling a scenario into its call machine and of playing a scripted call. */
import type { CallBundle } from '../scenarios/schema.ts';
import { compileCallMachine } from './callMachine.ts';
import { playScript, type Script } from './play.ts';

export interface MachineBench {
  compileMs: number;
  playMs: number;
  logEntries: number;
}

function timePerRun(runs: number, fn: () => void): number {
  fn(); // warm-up
  const start = performance.now();
  for (let i = 0; i < runs; i++) fn();
  return (performance.now() - start) / runs;
}

export function benchMachine(bundle: CallBundle, script: Script, runs = 200): MachineBench {
  let logEntries = 0;
  const compileMs = timePerRun(runs, () => compileCallMachine(bundle));
  const playMs = timePerRun(runs, () => {
    logEntries = playScript(bundle, script).log.length;
  });
  return { compileMs, playMs, logEntries };
}
