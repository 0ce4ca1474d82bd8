/**
 * The French texts of the call page around the call screen (loading, another tab, saving the
 * attempt), loaded with it (DESIGN §2.5). The dialog to resume or discard a call left in progress
 * brings its own (strings.resume.ts), loaded with it only after a reload mid-call; the call
 * screen's texts are in src/ui/call/strings.ts.
 */
import { typeset } from '../i18n/typography.ts';

export const fr = typeset({
  loading: 'Préparation de l’appel…',
  heading: (title: string) => `Appel : ${title}`,
  unknownTitle: 'Scénario introuvable',
  unknownScenario: (id: string) => `Le scénario « ${id} » n’existe pas.`,
  toLibrary: 'Revenir à la bibliothèque',
  resumeFailed:
    'La fenêtre « Un appel était en cours » n’a pas pu être chargée. Vérifiez la connexion ou rechargez la page.',
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
  scorerNotLoaded: (detail: string) =>
    `Le score n’a pas pu être calculé : une partie de Décroche n’a pas pu être chargée (${detail}). ` +
    `L’appel est conservé : rechargez la page, puis reprenez-le pour l’enregistrer.`,
  retry: 'Réessayer d’enregistrer',
  showAnyway: 'Voir le débriefing sans enregistrer',
} as const);
