/** `decroche list [--json]`: the scenarios of the built-in packs (content/). */
import { strictArgs } from '../args.ts';
import { formatError } from '../../scenarios/errors.ts';
import { loadBuiltinPacks } from '../../scenarios/load.ts';
import type { CallerType } from '../../scenarios/schema.ts';

const CALLER_TYPE_LABELS: Record<CallerType, string> = {
  anxious: 'anxieux',
  demanding: 'exigeant',
  'new-patient-refused': 'nouveau patient refusé',
  'no-slot': 'pas de créneau',
  urgent: 'urgence',
  undecided: 'indécis',
  sceptical: 'sceptique',
  aggressive: 'agressif',
  relative: 'proche du patient',
  professional: 'professionnel de santé',
};

export interface ScenarioListing {
  id: string;
  title: string;
  callerType: CallerType;
  difficulty: number;
  /** The practice id. */
  practice: string;
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, col) => Math.max(...rows.map((r) => r[col]!.length)));
  return rows
    .map((r) =>
      r
        .map((cell, col) => cell.padEnd(widths[col]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

export async function run(args: string[], contentDir?: string): Promise<number> {
  const parsed = strictArgs(args, ['json'], []);
  if ('error' in parsed || parsed.positionals.length > 0) {
    if ('error' in parsed) console.error(parsed.error);
    console.error('Usage : decroche list [--json]');
    return 2;
  }
  const { flags } = parsed;
  const loaded = await loadBuiltinPacks(contentDir);
  const listing: ScenarioListing[] = loaded.bundles
    .map(({ scenario: s }) => ({
      id: s.id,
      title: s.title,
      callerType: s.callerType,
      difficulty: s.difficulty,
      practice: s.practice,
    }))
    .sort((a, b) => a.difficulty - b.difficulty || (a.id < b.id ? -1 : 1));
  const errors = loaded.errors.filter((e) => e.severity === 'error');
  for (const e of errors) console.error(formatError(e, `content/${e.file}`));
  if (errors.length > 0)
    console.error('Des scénarios intégrés sont invalides : lancez « decroche validate content ».');

  if (flags.has('json')) console.log(JSON.stringify(listing, null, 2));
  else if (listing.length === 0) console.log('Aucun scénario intégré.');
  else
    console.log(
      table([
        ['Identifiant', 'Titre', 'Type d’appelant', 'Difficulté', 'Cabinet'],
        ...listing.map((s) => [
          s.id,
          s.title,
          CALLER_TYPE_LABELS[s.callerType],
          `${s.difficulty}/5`,
          s.practice,
        ]),
      ]),
    );
  return errors.length > 0 ? 1 : 0;
}
