#!/usr/bin/env node
// Runs the TypeScript CLI directly: tsx compiles it on the fly, nothing to build first.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
