/**
 * Zod for the whole app, told to stay jitless: zod compiles its object parsers with
 * `new Function` unless told not to, and probes for it when a schema is built. Under the app's
 * CSP (no 'unsafe-eval') even that caught probe is reported as a violation. Every zod user
 * imports zod from here, so the setting is made before any schema exists. (The storage, which the
 * browser loads, checks its records with valibot instead: src/storage/schema.ts.)
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
