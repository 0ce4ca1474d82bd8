/**
 * The names of the rubric's criteria and critical rules, in French: a small module of their own,
 * so the screens that only name them (the call screen, the dashboard) need not load the scorer's texts.
 */
import type { CriterionId, CriticalRule } from '../scenarios/vocabulary.ts';

export const CRITERION_LABELS: Record<CriterionId, string> = {
  greeting: 'Accueil',
  identification: 'Identification',
  empathy: 'Écoute et empathie',
  reformulation: 'Reformulation',
  timing: 'Gestion du temps',
  orientation: 'Orientation',
  accuracy: 'Rigueur',
  role: 'Limites du rôle',
  confidentiality: 'Confidentialité',
  closing: 'Prise de congé',
};

export const CRITICAL_RULE_TEXT: Record<CriticalRule, string> = {
  'red-flag':
    'Une urgence vitale s’oriente immédiatement et sans condition vers le 15 : jamais de rendez-vous, de message, de « si ça ne passe pas » ni de « on verra » pour des signes d’alerte présents.',
  secrecy:
    'Le secret médical interdit de parler des rendez-vous, des résultats ou de la santé d’une autre personne, même à un proche (Code de la santé publique, L1110-4 et R4127-72).',
  'medical-advice':
    'Aucun avis médical, aucun diagnostic, aucune interprétation de résultat : la secrétaire transmet la question au médecin.',
  discrimination:
    'Un refus ne doit jamais être discriminatoire : ni la couverture santé (CSS, AME, mutuelle), ni l’origine, le handicap, l’âge ou la maladie ne sont des motifs de refus (Code de la santé publique, L1110-3).',
};
