/** The French texts of the scenario library (DESIGN §2.5), loaded with it. */
import type { CallerType, CriterionId } from '../../scenarios/schema.ts';
import { CRITERION_LABELS } from '../../scoring/labels.ts';
import { count, plural } from '../i18n/fr.ts';
import { typeset } from '../i18n/typography.ts';

export const CALLER_TYPE_LABELS: Record<CallerType, string> = {
  anxious: 'Anxieux',
  demanding: 'Exigeant',
  'new-patient-refused': 'Nouveau patient refusé',
  'no-slot': 'Pas de créneau',
  urgent: 'Urgence',
  undecided: 'Indécis',
  sceptical: 'Sceptique',
  aggressive: 'Agressif',
  relative: 'Un proche appelle',
  professional: 'Professionnel de santé',
};

export const SKILL_LABELS: Record<CriterionId, string> = CRITERION_LABELS;

export const fr = typeset({
  intro: 'Choisissez un appel à traiter. Filtrez par type d’appelant, compétence ou difficulté.',
  filters: 'Filtres',
  callerType: 'Type d’appelant',
  skill: 'Compétence',
  difficulty: 'Difficulté',
  all: 'Tous',
  allSkills: 'Toutes',
  reset: 'Réinitialiser les filtres',
  results: (n: number, total: number) =>
    n === total
      ? `${count(n)} ${plural(n, 'scénario', 'scénarios')}`
      : `${count(n)} ${plural(n, 'scénario', 'scénarios')} sur ${count(total)}`,
  none: 'Aucun scénario ne correspond à ces filtres.',
  difficultyValue: (n: number) => `${n} sur 5`,
  level: (n: number) => `Niveau ${n}`,
  callerTypeTerm: 'Appelant',
  practiceTerm: 'Cabinet',
  skillsTerm: 'Compétences',
  attemptsTerm: 'Vos tentatives',
  bestTerm: 'Meilleur résultat',
  never: 'jamais joué',
  /** Before a first attempt the card says what is trained, not what to do (the summary tells it). */
  trains: (skills: string) =>
    `Cet appel entraîne : ${skills}. Le résumé de la situation et de la bonne réponse s’affiche après votre première tentative.`,
  best: (score: number, passed: boolean) => `${score} / 100${passed ? ' (réussi)' : ''}`,
  noBest: '—',
  start: 'Commencer l’appel',
  startNamed: (title: string) => `Commencer l’appel : ${title}`,
  pending: (title: string, when: string) => `Un appel n’est pas terminé : « ${title} », commencé ${when}.`,
  pendingLink: 'Retrouver cet appel',
  origin: 'Provenance',
  offlineCatalogue: (when: string) =>
    `Serveur injoignable : les scénarios de votre groupe sont ceux récupérés ${when}.`,
  offlineNoCatalogue:
    'Serveur injoignable : les scénarios de votre groupe s’afficheront à la prochaine connexion.',
  refusedPacks: 'Ces packs ne sont pas proposés, car ils contiennent des erreurs :',
  refusedPack: (title: string, reason: string) => `« ${title} » : ${reason}`,
} as const);
