/**
 * `zod/mini`, the tree-shakable build, for the code the browser loads (storage records), told
 * to stay jitless like `zod.ts` (see there). Import it as a namespace:
 * `import * as z from '../zod-mini.ts'`.
 */
import { config } from 'zod/mini';

config({ jitless: true });

export * from 'zod/mini';
/** Any mini schema (the name `z.ZodType` has in classic zod). */
export type { ZodMiniType as ZodType } from 'zod/mini';
