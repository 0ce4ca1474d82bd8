/** Test and bench helpers: sample records and raw access to a test database. */
import localforage from 'localforage';
import type { LogEntry } from '../machines/events.ts';
import type { CriticalRule } from '../scenarios/vocabulary.ts';
import type { Scorecard } from '../scoring/types.ts';
import type { NewAttempt } from './records.ts';
import type { StoreName } from './records.ts';
import type { SUMMARY_STORE } from './summaryFormat.ts';

let counter = 0;
/** A database name no other test uses. */
export function freshName(): string {
  counter++;
  return `decroche-test-${counter}-${Math.random().toString(36).slice(2)}`;
}

/** A realistic call log (~30 entries). */
export function sampleLog(turns = 6): LogEntry[] {
  const log: LogEntry[] = [
    { t: 0, type: 'ring', n: 1 },
    { t: 5000, type: 'ring', n: 2 },
    { t: 6200, type: 'pickup' },
    {
      t: 6200,
      type: 'caller.say',
      text: 'Allô, bonjour, c’est pour un rendez-vous.',
      node: 'start',
      mood: 'tense',
      cause: 'node',
    },
  ];
  let t = 6200;
  for (let i = 0; i < turns; i++) {
    t += 4000;
    log.push({
      t,
      type: 'trainee.say',
      text: 'Si je comprends bien, vous souhaitez un rendez-vous cette semaine avec le docteur Martin ?',
      acts: [{ type: 'reformulation', span: [0, 20] }],
      facts: ['motif'],
    });
    log.push({ t, type: 'stress', value: 50 - i, delta: -6, why: 'act' });
    log.push({
      t,
      type: 'caller.say',
      text: 'Oui, c’est ça, le plus tôt possible s’il vous plaît.',
      node: `n${i}`,
      mood: 'calm',
      cause: 'node',
    });
  }
  log.push({ t: t + 3000, type: 'outcome', id: 'rdv-pris', verdict: 'correct' });
  log.push({ t: t + 4000, type: 'hangup', by: 'trainee', reason: 'trainee' });
  return log;
}

export function sampleAttempt(overrides: Partial<NewAttempt> = {}): NewAttempt {
  counter++;
  return {
    id: `attempt-${counter}`,
    profileId: 'p1',
    scenarioId: 'anxieuse-rdv',
    scenarioVersion: 1,
    startedAt: new Date(Date.UTC(2026, 2, 10, 9, 0, counter % 60)).toISOString(),
    endedAt: new Date(Date.UTC(2026, 2, 10, 9, 5, counter % 60)).toISOString(),
    log: sampleLog(),
    outcome: { id: 'rdv-pris', verdict: 'correct' },
    scorecard: { total: 82, passed: true, criteria: { greeting: 90, empathy: 75 } },
    appVersion: '0.1.0',
    ...overrides,
  };
}

/** Raw localforage access, bypassing the storage layer (to plant old or broken records). */
export function rawStore(name: string, store: StoreName | typeof SUMMARY_STORE) {
  return localforage.createInstance({ name, storeName: store });
}

/** A scorecard in the scorer's shape (src/scoring/types.ts), evidence and all. */
export function sampleScorecard(
  options: { total?: number; passed?: boolean; rubricVersion?: number; critical?: CriticalRule[] } = {},
): Scorecard {
  const total = options.total ?? 82;
  const evidence = [{ turn: 3, t: 6200, points: 10, why: 'Le cabinet est nommé.' }];
  const criterion = (score: number, label: string) => ({
    score,
    base: 0 as const,
    weight: 1,
    label,
    evidence,
    tip: 'Continuez ainsi.',
  });
  return {
    rubricVersion: options.rubricVersion ?? 1,
    scenario: 'anxieuse-rdv',
    scenarioVersion: 1,
    outcome: { id: 'rdv-pris', verdict: 'correct', label: 'Rendez-vous pris' },
    total,
    passed: options.passed ?? total >= 70,
    passMark: 70,
    critical: (options.critical ?? []).map((id) => ({ id, rule: 'Règle critique', evidence })),
    criteria: {
      greeting: criterion(90, 'Accueil'),
      identification: null,
      empathy: criterion(75, 'Écoute et empathie'),
      reformulation: criterion(80, 'Reformulation'),
      timing: criterion(70, 'Gestion du temps'),
      orientation: criterion(85, 'Orientation'),
      accuracy: null,
      role: criterion(100, 'Limites du rôle'),
      confidentiality: null,
      closing: criterion(60, 'Prise de congé'),
    },
  };
}
