/** The French texts of the home page (DESIGN §2.5), loaded with it. */
import { typeset } from '../i18n/typography.ts';
export const fr = typeset({
  title: 'Décroche',
  tagline: 'Simulateur d’appels pour télésecrétaires médicales',
  intro:
    'Entraînez-vous à répondre aux appels difficiles d’un cabinet médical : patients anxieux, exigeants, urgences, agenda complet. Chaque appel est noté, critère par critère, avec les phrases qui ont compté.',
  shared:
    'Plusieurs personnes peuvent s’entraîner sur cet ordinateur : chacune choisit son profil. Les données restent dans ce navigateur.',
  profilesTitle: 'Qui s’entraîne ?',
  noProfiles: 'Aucun profil pour l’instant : créez le vôtre ci-dessous.',
  current: 'profil actif',
  delete: (name: string) => `Supprimer le profil ${name}`,
  deleteShort: 'Supprimer',
  confirmTitle: (name: string) => `Supprimer le profil « ${name} » ?`,
  confirmText:
    'Toutes ses tentatives et son appel en cours seront effacés de ce navigateur. Cette action est définitive. Exportez-les d’abord depuis la page Progression si vous voulez les garder.',
  confirm: 'Confirmer la suppression',
  cancel: 'Annuler',
  deleted: (name: string) => `Le profil « ${name} » a été supprimé.`,
  createTitle: 'Créer un profil',
  nameLabel: 'Votre prénom',
  nameHint: 'Seulement pour distinguer les personnes qui utilisent cet ordinateur (80 caractères au plus).',
  create: 'Créer mon profil',
  continueAs: (name: string) => `Continuer en tant que ${name}`,
  loading: 'Ouverture de vos données…',
  nameEmpty: 'Saisissez un nom pour créer le profil.',
  nameTooLong: 'Le nom ne doit pas dépasser 80 caractères.',
  nameTaken: (name: string) => `Un profil « ${name} » existe déjà : choisissez-le dans la liste.`,
} as const);
