/**
 * `decroche validate <dossier ou fichier>`: schema and graph lint of a pack, a folder of packs
 * (like content/) or one file, with French messages. Exit 0 valid, 1 invalid, 2 usage error.
 */
import { stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { parseArgs } from '../args.ts';
import { formatError, plural, validSummary } from '../../scenarios/errors.ts';
import { findPackFolders, loadPackFile, loadPacks, type LoadedPack } from '../../scenarios/load.ts';

const USAGE = 'Usage : decroche validate <dossier ou fichier>';

const shown = (pack: LoadedPack, file: string) =>
  relative(process.cwd(), join(pack.dir, ...file.split('/')))
    .split(sep)
    .join('/') || '.';

export async function run(args: string[]): Promise<number> {
  const { positionals, flags } = parseArgs(args);
  const [target] = positionals;
  if (!target || positionals.length > 1 || flags.size > 0) {
    console.error(USAGE);
    return 2;
  }
  const path = resolve(target);
  let isDirectory: boolean;
  try {
    isDirectory = (await stat(path)).isDirectory();
  } catch {
    console.error(`« ${target} » : fichier ou dossier introuvable.\n${USAGE}`);
    return 2;
  }

  let packs: LoadedPack[];
  if (isDirectory) {
    const dirs = await findPackFolders(path);
    if (dirs.length === 0) {
      console.error(
        `« ${target} » : aucun pack trouvé (un pack contient pack.yaml et les dossiers practices/, callers/, scenarios/).`,
      );
      return 2;
    }
    packs = (await loadPacks(dirs)).packs;
  } else packs = [await loadPackFile(path)];

  const problems = packs.flatMap((pack) =>
    pack.errors.map((e) => ({ e, line: formatError(e, shown(pack, e.file)) })),
  );
  for (const { line } of problems) console.log(line);
  const errors = problems.filter((p) => p.e.severity === 'error').length;
  const warnings = problems.length - errors;
  const warningNote = warnings > 0 ? ` (${plural(warnings, 'avertissement', 'avertissements')})` : '';
  if (errors > 0) {
    console.log(`✗ ${plural(errors, 'erreur', 'erreurs')}${warningNote}`);
    return 1;
  }
  const count = (key: 'scenarios' | 'practices' | 'callers') => packs.reduce((n, p) => n + p[key].length, 0);
  console.log(
    `✓ ${validSummary({ scenarios: count('scenarios'), practices: count('practices'), callers: count('callers') })}${warningNote}`,
  );
  return 0;
}
