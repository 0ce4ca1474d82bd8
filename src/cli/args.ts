/** Minimal argument parsing for the CLI: positionals, `--flag` and `--key value`. */
export interface ParsedArgs {
  positionals: string[];
  flags: Set<string>;
  options: Map<string, string>;
}

export function parseArgs(args: string[], valued: readonly string[] = []): ParsedArgs {
  const parsed: ParsedArgs = { positionals: [], flags: new Set(), options: new Map() };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('--')) parsed.positionals.push(arg);
    else if (valued.includes(arg.slice(2)) && i + 1 < args.length)
      parsed.options.set(arg.slice(2), args[++i]!);
    else parsed.flags.add(arg.slice(2));
  }
  return parsed;
}

/**
 * The arguments of a command that takes the flags `flags` and the options `valued` (each with
 * a value), or a French message saying which ones are unknown or lack their value.
 */
export function strictArgs(
  args: string[],
  flags: readonly string[],
  valued: readonly string[] = [],
): ParsedArgs | { error: string } {
  const parsed = parseArgs(args, valued);
  const missing = [...parsed.flags].filter((f) => valued.includes(f));
  if (missing.length > 0)
    return { error: `Valeur manquante pour ${missing.map((f) => `« --${f} »`).join(', ')}.` };
  const unknown = [...parsed.flags].filter((f) => !flags.includes(f));
  if (unknown.length > 0)
    return {
      error: `Option${unknown.length > 1 ? 's' : ''} inconnue${unknown.length > 1 ? 's' : ''} : ${unknown.map((f) => `« --${f} »`).join(', ')}.`,
    };
  return parsed;
}
