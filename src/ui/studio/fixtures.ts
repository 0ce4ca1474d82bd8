/**
 * A large draft for the studio's benchmarks: the blank template grown to `n` nodes shaped like a
 * real call — lines per mood, branches forward and back, conditions on acts, facts, actions,
 * stress and turns, six outcomes settled along the way, `anytime` and `onHangup` rules. For Node
 * (the benchmark and the tests): the practice and caller are read from content/core.
 */
import { readFileSync } from 'node:fs';
import { makeDraft, withFile, type Draft } from './draft.ts';
import { BLANK_SCENARIO } from './template.ts';

const OUTCOMES: [id: string, verdict: string, extra: string][] = [
  ['rdv-pris', 'correct', ''],
  ['rdv-urgent', 'correct', ''],
  ['message-medecin', 'acceptable', ''],
  ['liste-attente', 'acceptable', ''],
  ['oriente-15', 'correct', ''],
  ['avis-medical', 'wrong', '\n    critical: medical-advice'],
];

const FACTS = ['motif', 'depuis', 'age', 'traitement'];

/** The rules of node `i`: every node reachable from the one before, some branches further or back. */
function rules(i: number, n: number): string[] {
  const to = (k: number) => `n${Math.min(k, n - 1)}`;
  const fact = FACTS[i % FACTS.length]!;
  const out: string[] = [];
  if (i + 1 < n)
    out.push(
      `      - when: { said: reformulation, covered: [${fact}] }`,
      `        effects: { stress: -5 }`,
      `        reply: "Oui, c’est bien ça."`,
      `        goto: ${to(i + 1)}`,
      `      - when: { saidAny: [question, empathy], notSaid: [medical_advice] }`,
      `        goto: ${to(i + 1 + (i % 3))}`,
    );
  if (i % 5 === 0 && i + 4 < n)
    out.push(
      `      - when: { did: { action: book, slot: routine } }`,
      `        settle: rdv-pris`,
      `        reply: "Très bien, je note."`,
      `        goto: ${to(i + 4)}`,
      `      - when: { did: { action: book, slot: urgent }, stressAbove: 50 }`,
      `        settle: rdv-urgent`,
      `        goto: ${to(i + 3)}`,
    );
  if (i % 7 === 3)
    out.push(
      `      - when: { did: message }`,
      `        settle: message-medecin`,
      `      - when: { turnsAtLeast: 3, stressBelow: 40 }`,
      `        reply: "Bon… je reprends depuis le début."`,
      `        goto: ${to(Math.max(0, i - 3))}`,
    );
  if (i % 11 === 4)
    out.push(
      `      - when: { did: waitlist }`,
      `        settle: liste-attente`,
      `        goto: ${to(i + 2)}`,
    );
  if (i % 13 === 6)
    out.push(
      `      - when: { mentions: ["15", samu], said: redirect }`,
      `        settle: oriente-15`,
      `        reply: "D’accord, j’appelle le 15 tout de suite."`,
      `        end: true`,
    );
  if (i + 1 >= n)
    out.push(`      - when: { said: closing }`, `        settle: rdv-pris`, `        end: true`);
  return out;
}

export function bigScenarioNodes(n: number): string {
  const lines: string[] = ['nodes:'];
  for (let i = 0; i < n; i++)
    lines.push(
      `  n${i}:`,
      '    say:',
      `      calm: "Réplique numéro ${i} de l’appelant, posée."`,
      `      tense: "Réplique numéro ${i}, tendue : dépêchez-vous !"`,
      `    otherwise: "Pardon, je ne comprends pas (${i})."`,
      '    on:',
      ...rules(i, n),
    );
  return lines.join('\n');
}

function grownRest(): string {
  const outcomes = OUTCOMES.map(
    ([id, verdict, extra]) =>
      `  ${id}:\n    label: "Issue ${id}"\n    verdict: ${verdict}${extra}\n    reason: "Pourquoi l’issue ${id}."`,
  );
  return [
    'anytime:',
    '  - when: { said: medical_advice }',
    '    settle: avis-medical',
    '    reply: "Ah, merci docteur… enfin, madame."',
    '  - when: { said: blunt }',
    '    effects: { stress: 10 }',
    '    reply: "Vous pourriez être plus aimable !"',
    'onHangup:',
    '  - when: { covered: [motif], done: message }',
    '    outcome: message-medecin',
    '  - when: { done: waitlist }',
    '    outcome: liste-attente',
    'outcomes:',
    ...outcomes,
  ].join('\n');
}

/** The draft with its scenario's facts, dialogue and outcomes replaced by `n` nodes' worth. */
export function bigDraft(draft: Draft, n: number): Draft {
  const text = draft.files.find((f) => f.path === draft.main)!.text;
  const facts = text.indexOf('facts:');
  const end = text.indexOf('\ndebrief:');
  const factLines = FACTS.flatMap((id) => [
    `  - id: ${id}`,
    `    label: "Le fait ${id}"`,
    `    keywords: [${id}, mot-${id}]`,
  ]);
  const grown =
    `${text.slice(0, facts)}facts:\n${factLines.join('\n')}\n\nstart: n0\n` +
    `${bigScenarioNodes(n)}\n${grownRest()}\n${text.slice(end)}`;
  return withFile(draft, draft.main, grown);
}

/** The blank template grown to `n` nodes, with a built-in practice and caller. */
export function benchDraft(n: number): Draft {
  const read = (path: string) =>
    readFileSync(new URL(`../../../content/core/${path}`, import.meta.url), 'utf8');
  const practice = 'maison-medicale-des-platanes';
  const caller = 'bernard-quere';
  return bigDraft(
    makeDraft({
      id: 'banc',
      title: 'Banc',
      scenario: BLANK_SCENARIO,
      practice: { id: practice, text: read(`practices/${practice}.yaml`) },
      caller: { id: caller, text: read(`callers/${caller}.yaml`) },
    }),
    n,
  );
}
