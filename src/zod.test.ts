import { afterEach, describe, expect, it, vi } from 'vitest';

// Zod probes `new Function` when it builds an object schema unless it is jitless; under the
// app's CSP even that caught probe is reported as a violation (DESIGN §12). The probe's result
// is cached for the life of the module, and each test file runs with fresh modules: so building
// a schema here after importing `zod.ts` tells whether the setting came first.
const constructed: unknown[][] = [];
const CountingFunction = new Proxy(Function, {
  construct(target, args: unknown[]) {
    constructed.push(args);
    return Reflect.construct(target, args) as object;
  },
});

afterEach(() => {
  vi.unstubAllGlobals();
  constructed.length = 0;
});

describe('zod for the app', () => {
  it('never compiles a parser: no `new Function`, even when an object schema is built and used', async () => {
    vi.stubGlobal('Function', CountingFunction);
    const { z } = await import('./zod.ts');
    const Person = z.strictObject({ name: z.string().min(1), age: z.number().int().optional() });
    for (let i = 0; i < 3; i++)
      expect(Person.parse({ name: 'Inès', age: 4 })).toEqual({ name: 'Inès', age: 4 });
    expect(Person.safeParse({ name: '' }).success).toBe(false);
    expect(constructed).toEqual([]);
  });
});
