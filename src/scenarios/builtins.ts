import type { Outcome } from './schema.ts';

/** Outcomes every call can end in, whatever the scenario; a scenario may redefine them. */
export const BUILTIN_OUTCOMES = {
  'appel-manque': {
    label: 'Appel manqué',
    verdict: 'wrong',
    reason: 'Personne n’a décroché : l’appelant a raccroché après plusieurs sonneries.',
  },
  'raccrochage-appelant': {
    label: 'L’appelant a raccroché',
    verdict: 'wrong',
    reason: 'L’appelant a raccroché avant qu’une solution lui soit apportée.',
  },
  'sans-suite': {
    label: 'Appel terminé sans solution',
    verdict: 'wrong',
    reason: 'L’appel a été terminé sans que la demande soit traitée.',
  },
} as const satisfies Record<string, Outcome>;

export type BuiltinOutcomeId = keyof typeof BUILTIN_OUTCOMES;
