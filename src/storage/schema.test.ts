import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseFrench } from './records.ts';
import * as s from './schema.ts';

const constructed: unknown[][] = [];
afterEach(() => {
  vi.unstubAllGlobals();
  constructed.length = 0;
});

describe('the storage schemas', () => {
  it('never compile a parser: no `new Function` under the app’s CSP', async () => {
    vi.stubGlobal(
      'Function',
      new Proxy(Function, {
        construct(target, args: unknown[]) {
          constructed.push(args);
          return Reflect.construct(target, args) as object;
        },
      }),
    );
    vi.resetModules();
    const { AttemptRecord, parseFrench: parse } = await import('./records.ts');
    expect(parse(AttemptRecord, { schemaVersion: 1 }).ok).toBe(false);
    expect(constructed).toEqual([]);
  });

  it('name a missing field by what it expects, in French', () => {
    const Person = s.object({ name: s.string(), age: s.int(), tags: s.array(s.string()) });
    expect(parseFrench(Person, { name: 'Inès' })).toEqual({
      ok: false,
      error:
        'champ « age » : Entrée invalide : nombre attendu, indéfini reçu ; ' +
        'champ « tags » : Entrée invalide : tableau attendu, indéfini reçu.',
    });
  });

  it('list every unknown key of a strict object, and copy no `__proto__`', () => {
    const Person = s.strictObject({ name: s.string() });
    expect(parseFrench(Person, { name: 'Inès', a: 1, b: 2 })).toEqual({
      ok: false,
      error: 'champs inconnus « a », « b ».',
    });
    const parsed = parseFrench(
      s.object({ name: s.string() }),
      JSON.parse('{"name":"I","__proto__":{"x":1}}'),
    );
    expect(parsed.ok && Object.getPrototypeOf(parsed.value)).toBe(Object.prototype);
    const stores = parseFrench(s.record(s.number()), JSON.parse('{"a":1,"__proto__":{"x":1}}'));
    expect(stores).toEqual({ ok: true, value: { a: 1 } });
    expect(stores.ok && Object.getPrototypeOf(stores.value)).toBe(Object.prototype);
  });

  it('refuse what zod refused: arrays as objects, infinite numbers, unsafe integers', () => {
    expect(parseFrench(s.object({}), [])).toEqual({
      ok: false,
      error: 'Entrée invalide : objet attendu, tableau reçu.',
    });
    expect(parseFrench(s.number(), Infinity)).toEqual({
      ok: false,
      error: 'Entrée invalide : nombre attendu, nombre reçu.',
    });
    expect(parseFrench(s.int(), 1.5)).toEqual({
      ok: false,
      error: 'Entrée invalide : entier attendu, nombre reçu.',
    });
    expect(parseFrench(s.int(), 2 ** 60)).toEqual({
      ok: false,
      error: 'Trop grand : entier doit être <=9007199254740991.',
    });
  });

  it('accept ISO dates with Z or an offset and seconds, and real days only', () => {
    const date = s.isoDateTime();
    for (const ok of ['2026-03-01T10:00:00Z', '2026-03-01T10:00:00.123+01:00', '2024-02-29T00:00:00Z'])
      expect(parseFrench(date, ok)).toEqual({ ok: true, value: ok });
    for (const bad of ['2026-03-01T10:00Z', '2026-02-29T00:00:00Z', '2026-03-01', '2026-03-01T10:00:00'])
      expect(parseFrench(date, bad)).toEqual({ ok: false, error: 'date et heure ISO invalide.' });
  });
});
