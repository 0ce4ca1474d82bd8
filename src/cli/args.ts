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
