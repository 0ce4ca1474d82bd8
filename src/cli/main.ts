/**
 * `decroche <command> …`: a thin shell over the pure modules. Each command lives in
 * src/cli/commands/<name>.ts and exports `run(args: string[]): Promise<number>` (the exit code).
 */
const COMMANDS = ['list', 'validate', 'analyze', 'eval', 'play', 'score', 'bench', 'serve', 'users'] as const;
type Command = (typeof COMMANDS)[number];

const USAGE = `Usage : decroche <commande> [options]

Commandes :
  list [--json]                                   les scénarios des packs intégrés
  validate <dossier ou fichier>                   vérifie un pack (schéma et graphe)
  analyze "<texte>" [--scenario <id>] [--json]    les actes d'une phrase de stagiaire
  eval [--file <f.jsonl>] [--json]                mesure l'analyseur sur un fichier annoté
  play <scenario> --script <f.json> [--json]      joue un appel scripté, sans interface
  score <tentative.json> [--json]                 rejoue et note une tentative enregistrée
  bench [--json]                                  mesures de performance
  serve [--port <p>] [--data <dossier>]           le serveur d’équipe (PGlite, ou DATABASE_URL)
  users add|list|reset-password --data <dossier>  les comptes du serveur d’équipe`;

export async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(USAGE);
    return name ? 0 : 2;
  }
  if (!(COMMANDS as readonly string[]).includes(name)) {
    console.error(`Commande inconnue : « ${name} ».\n\n${USAGE}`);
    return 2;
  }
  try {
    const command = (await import(`./commands/${name as Command}.ts`)) as {
      run(args: string[]): Promise<number>;
    };
    return await command.run(args);
  } catch (error) {
    // Never a stack trace: what went wrong, in one French line.
    console.error(`Erreur inattendue : ${unexpected(error)}`);
    return 70;
  }
}

/** One line about an error nobody expected (its message, never its stack). */
export function unexpected(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ERR_STRING_TOO_LONG' || error instanceof RangeError)
    return 'mémoire ou taille dépassée en lisant les données.';
  return (message.split('\n')[0] ?? '').slice(0, 300) || 'erreur sans message.';
}
