/**
 * The pure half of blind grading packets (scripts/grading.ts): anonymous packet names in a
 * shuffled order, the key that maps them back to call files, and the command-line arguments.
 * No file system here, so that it can be tested on its own.
 */
import { prng } from '../src/scenarios/variables.ts';
import type { AgendaSlot } from '../src/machines/session.ts';

/** One call of a folder's index.json. */
export interface Call {
  file: string;
  scenario: string;
  intended?: string;
  pattern?: string;
}

/** Which call file each anonymous packet holds, and the seed of the order (to redo it). */
export interface PacketKey {
  seed: number;
  packets: Record<string, string>;
}

/** `appel-01`, `appel-02`… (three digits from 100 calls on, so that names sort in order). */
export function packetName(index: number, count: number): string {
  return `appel-${String(index + 1).padStart(Math.max(2, String(count).length), '0')}`;
}

/**
 * Shuffles the calls (Fisher–Yates, seeded) and names them `appel-01`… in that order: the name
 * says nothing of the file, its folder or the intended quality.
 */
export function anonymise(calls: readonly Call[], seed: number): { name: string; call: Call }[] {
  const order = [...calls];
  const random = prng(seed);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order.map((call, i) => ({ name: packetName(i, order.length), call }));
}

export function keyOf(named: readonly { name: string; call: Call }[], seed: number): PacketKey {
  return { seed, packets: Object.fromEntries(named.map(({ name, call }) => [name, call.file])) };
}

/** Reads a key file's JSON, with a French message when it is not one. */
export function parseKey(json: unknown, where: string): PacketKey {
  const packets = (json as { packets?: unknown } | null)?.packets;
  if (
    typeof packets !== 'object' ||
    packets === null ||
    Object.values(packets).some((file) => typeof file !== 'string')
  )
    throw new Error(`${where} : ce n’est pas une clé de paquets (« packets » : appel → fichier)`);
  return { seed: Number((json as { seed?: unknown }).seed), packets: packets as Record<string, string> };
}

/**
 * The call file a grade refers to: with a key, `appel-07` (or `appel-07.txt`) becomes the file it
 * stands for; a grade that already names a call file of the key is kept as is.
 */
export function resolveCall(call: string, key: PacketKey | undefined): string {
  if (!key) return call;
  const name = call.replace(/\.(txt|md)$/, '');
  const file = key.packets[name];
  if (file) return file;
  if (Object.values(key.packets).includes(call)) return call;
  throw new Error(`« ${call} » : ce paquet n’est pas dans la clé`);
}

export interface Args {
  positional: string[];
  json: boolean;
  anonymise: boolean;
  key?: string;
  seed?: number;
  /** A content folder to play the calls on (the content the graders saw), instead of today's. */
  content?: string;
}

/** Splits `packets <calls> <out> --anonymise --key k.json --seed 7` and the like. */
export function parseArgs(argv: readonly string[]): Args {
  const args: Args = { positional: [], json: false, anonymise: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') args.json = true;
    else if (arg === '--anonymise' || arg === '--anonymize') args.anonymise = true;
    else if (arg === '--key' || arg === '--seed' || arg === '--content') {
      const value = argv[++i];
      if (value === undefined || value.startsWith('--')) throw new Error(`l’option ${arg} attend une valeur`);
      if (arg === '--key') args.key = value;
      else if (arg === '--content') args.content = value;
      else {
        const seed = Number(value);
        if (!Number.isInteger(seed) || seed < 0)
          throw new Error(`--seed attend un entier positif, pas « ${value} »`);
        args.seed = seed;
      }
    } else if (arg.startsWith('--')) throw new Error(`option inconnue : ${arg}`);
    else args.positional.push(arg);
  }
  return args;
}

const DAY = new Intl.DateTimeFormat('fr-FR', {
  weekday: 'short',
  day: 'numeric',
  month: 'long',
  timeZone: 'UTC',
});

/**
 * The agenda as the secretary saw it when she picked up (the practice's, with the scenario's own
 * slots laid over it and its variables resolved): every slot that is not plainly booked, and the
 * caller's own appointment, by day. The practice's file alone can show a slot as booked that the
 * scenario frees, which misled graders.
 */
export function agendaAtPickup(slots: readonly AgendaSlot[]): string[] {
  const shown = slots.filter((s) => s.status !== 'booked' || s.own);
  if (shown.length === 0) return ['Agenda au décroché : aucun créneau libre.'];
  const lines = ['Agenda au décroché (créneaux libres ou réservés, et le rendez-vous de l’appelant) :'];
  let day = '';
  for (const s of shown) {
    const [date, time] = s.start.split('T') as [string, string];
    if (date !== day) {
      day = date;
      lines.push(`  ${DAY.format(new Date(`${date}T00:00:00Z`))} :`);
    }
    const status = s.own
      ? 'rendez-vous de l’appelant'
      : s.status === 'urgent'
        ? 'réservé aux urgences'
        : 'libre';
    lines.push(`    ${time} ${s.practitioner}, ${s.type ?? 'consultation'}, ${s.minutes} min — ${status}`);
  }
  return lines;
}
