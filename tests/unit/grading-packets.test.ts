import { describe, expect, it } from 'vitest';
import {
  agendaAtPickup,
  anonymise,
  keyOf,
  packetName,
  parseArgs,
  parseKey,
  resolveCall,
  type Call,
} from '../../scripts/grading-packets.ts';

const calls: Call[] = Array.from({ length: 12 }, (_, i) => ({
  file: `scenario-${i % 3}/${['good', 'poor', 'dangerous'][i % 3]}-call-${i}.json`,
  scenario: `scenario-${i % 3}`,
  intended: ['good', 'poor', 'dangerous'][i % 3],
}));

describe('anonymous grading packets', () => {
  it('names every call appel-01… once, whatever its file or intended quality', () => {
    const named = anonymise(calls, 42);
    expect(named.map((n) => n.name)).toEqual(calls.map((_, i) => packetName(i, calls.length)));
    expect(named[0]!.name).toBe('appel-01');
    expect(new Set(named.map((n) => n.call.file))).toEqual(new Set(calls.map((c) => c.file)));
    for (const { name } of named) expect(name).toMatch(/^appel-\d{2}$/);
  });

  it('shuffles: the order is not the index order, and a seed gives the same order again', () => {
    const orders = [1, 2, 3].map((seed) => anonymise(calls, seed).map((n) => n.call.file));
    for (const order of orders) expect(order).not.toEqual(calls.map((c) => c.file));
    expect(orders[0]).not.toEqual(orders[1]);
    expect(anonymise(calls, 2).map((n) => n.call.file)).toEqual(orders[1]);
  });

  it('groups neither by scenario nor by intended quality in the first packets', () => {
    const first = anonymise(calls, 7)
      .slice(0, 6)
      .map((n) => n.call.intended);
    expect(new Set(first).size).toBeGreaterThan(1);
  });

  it('pads names so that they sort in order past 99 calls', () => {
    expect(packetName(0, 36)).toBe('appel-01');
    expect(packetName(4, 120)).toBe('appel-005');
  });
});

describe('the key maps grades back to call files', () => {
  const key = keyOf(anonymise(calls, 5), 5);

  it('maps appel-NN and appel-NN.txt to the file the packet holds', () => {
    const [name, file] = Object.entries(key.packets)[3]!;
    expect(resolveCall(name, key)).toBe(file);
    expect(resolveCall(`${name}.txt`, key)).toBe(file);
  });

  it('keeps a grade that already names a call file, and leaves grades alone without a key', () => {
    expect(resolveCall(calls[2]!.file, key)).toBe(calls[2]!.file);
    expect(resolveCall('appel-03', undefined)).toBe('appel-03');
  });

  it('refuses a packet the key does not know, and a file that is not a key', () => {
    expect(() => resolveCall('appel-99', key)).toThrow(/pas dans la clé/);
    expect(parseKey(JSON.parse(JSON.stringify(key)), 'k.json')).toEqual(key);
    expect(() => parseKey({ seed: 1 }, 'k.json')).toThrow(/clé de paquets/);
    expect(() => parseKey({ packets: { 'appel-01': 3 } }, 'k.json')).toThrow(/clé de paquets/);
  });
});

describe('command-line arguments', () => {
  it('reads positions and options in any order', () => {
    expect(parseArgs(['calls', '--anonymise', 'out', '--key', 'k.json', '--seed', '9'])).toEqual({
      positional: ['calls', 'out'],
      json: false,
      anonymise: true,
      key: 'k.json',
      seed: 9,
    });
    expect(parseArgs(['--json', 'calls', 'a.jsonl', 'b.jsonl'])).toMatchObject({
      positional: ['calls', 'a.jsonl', 'b.jsonl'],
      json: true,
    });
  });

  it('says in French what is wrong', () => {
    expect(() => parseArgs(['calls', 'out', '--key'])).toThrow(/--key attend une valeur/);
    expect(() => parseArgs(['--seed', 'abc'])).toThrow(/entier positif/);
    expect(() => parseArgs(['--shuffle'])).toThrow(/option inconnue/);
  });
});

describe('the agenda at pickup in a packet', () => {
  const slot = (start: string, status: 'free' | 'booked' | 'urgent', extra = {}) => ({
    start,
    minutes: 20,
    practitioner: 'dr-aubrac',
    type: 'consultation',
    status,
    ...extra,
  });

  it('lists, by day, what is free or kept for emergencies and the caller’s own appointment, not what is booked', () => {
    const lines = agendaAtPickup([
      slot('2026-03-19T09:00', 'booked', { patient: 'Mme Carles' }),
      slot('2026-03-19T09:20', 'free'),
      slot('2026-03-19T11:40', 'urgent', { type: 'urgence-jour' }),
      slot('2026-03-20T16:20', 'booked', { own: true, patient: 'M. Vidal' }),
    ]);
    const text = lines.join('\n');
    expect(text).toContain('jeu. 19 mars');
    expect(text).toContain('09:20 dr-aubrac, consultation, 20 min — libre');
    expect(text).toContain('11:40 dr-aubrac, urgence-jour, 20 min — réservé aux urgences');
    expect(text).toContain('ven. 20 mars');
    expect(text).toContain('16:20 dr-aubrac, consultation, 20 min — rendez-vous de l’appelant');
    expect(text).not.toContain('09:00');
    expect(text).not.toContain('Carles');
  });

  it('says so when nothing is free', () => {
    expect(agendaAtPickup([slot('2026-03-19T09:00', 'booked')])).toEqual([
      'Agenda au décroché : aucun créneau libre.',
    ]);
  });
});
