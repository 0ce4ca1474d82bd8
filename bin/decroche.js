#!/usr/bin/env node
// Runs the TypeScript CLI directly: tsx compiles it on the fly, nothing to build first.
// Whatever happens, a French line and an exit code: never a stack trace.
import { register } from 'tsx/esm/api';

const fail = (error) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(
    `Erreur inattendue : ${(message.split('\n')[0] || 'erreur sans message').slice(0, 300)}\n`,
  );
  process.exit(70);
};
process.on('uncaughtException', fail);
process.on('unhandledRejection', fail);

register();
try {
  const { main } = await import('../src/cli/main.ts');
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  fail(error);
}
