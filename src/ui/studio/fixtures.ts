/** A large draft for the studio's benchmarks: the blank template grown to `n` nodes in a chain with branches. */
import { withFile, type Draft } from './draft.ts';

export function bigScenarioNodes(n: number): string {
  const lines: string[] = ['nodes:'];
  for (let i = 0; i < n; i++) {
    const next = i + 1 < n ? `n${i + 1}` : undefined;
    const skip = i + 2 < n ? `n${i + 2}` : undefined;
    lines.push(`  n${i}:`, `    say: "Réplique numéro ${i} de l’appelant."`, '    on:');
    if (next)
      lines.push(
        `      - when: { said: reformulation }`,
        `        reply: "Oui, c’est ça."`,
        `        goto: ${next}`,
      );
    if (skip) lines.push(`      - when: { said: question }`, `        goto: ${skip}`);
    if (!next)
      lines.push(`      - when: { said: closing }`, `        settle: bonne-issue`, `        end: true`);
  }
  return lines.join('\n');
}

/** The draft with its scenario's dialogue replaced by `n` nodes. */
export function bigDraft(draft: Draft, n: number): Draft {
  const text = draft.files.find((f) => f.path === draft.main)!.text;
  const start = text.indexOf('start: accueil');
  const end = text.indexOf('\noutcomes:');
  const grown = `${text.slice(0, start)}start: n0\n${bigScenarioNodes(n)}\n${text.slice(end)}`;
  return withFile(draft, draft.main, grown);
}
