/**
 * The French texts of the call page around the call screen (loading, resuming or discarding a
 * call left in progress, another tab, saving the attempt), loaded with it (DESIGN §2.5). The call
 * screen's own texts are in src/ui/call/strings.ts.
 */
import { count, plural } from '../i18n/fr.ts';

export const fr = {
  loading: 'Préparation de l’appel…',
  heading: (title: string) => `Appel : ${title}`,
  unknownTitle: 'Scénario introuvable',
  unknownScenario: (id: string) => `Le scénario « ${id} » n’existe pas.`,
  toLibrary: 'Revenir à la bibliothèque',
  resumeTitle: 'Un appel était en cours',
  resumeScenario: 'Scénario',
  resumeStarted: 'Commencé',
  resumeUnknown: (id: string) =>
    `Cet appel porte sur le scénario « ${id} », qui n’existe plus dans cette version : il ne peut pas être repris.`,
  resumeText: (title: string, when: string, entries: number) =>
    `Un appel « ${title} » commencé ${when} n’est pas terminé (${count(entries)} ${plural(entries, 'événement', 'événements')} enregistrés). Vous pouvez le reprendre là où il s’était arrêté, ou l’abandonner.`,
  otherScenario: (title: string) =>
    `Cet appel porte sur un autre scénario que celui demandé : « ${title} ». L’abandonner permet de commencer le nouveau.`,
  resume: 'Reprendre cet appel',
  discard: 'Abandonner cet appel',
  discarded: 'L’appel précédent a été abandonné.',
  lockedTitle: 'Appel ouvert dans un autre onglet',
  locked:
    'Un appel de ce profil est déjà en cours dans un autre onglet. Continuez-le là-bas, ou reprenez la main ici : l’autre onglet ne pourra plus l’enregistrer.',
  takeOver: 'Continuer ici',
  saving: 'Enregistrement de la tentative…',
  saveFailed:
    'L’appel n’a pas pu être enregistré. Il continue : il sera enregistré au prochain événement si la place se libère.',
  lockedLost:
    'Un autre onglet a repris cet appel : ce que vous faites ici n’est plus enregistré. Continuez dans l’autre onglet, ou reprenez la main ici.',
  finishFailed: 'La tentative n’a pas pu être enregistrée.',
  retry: 'Réessayer d’enregistrer',
  showAnyway: 'Voir le débriefing sans enregistrer',
} as const;
