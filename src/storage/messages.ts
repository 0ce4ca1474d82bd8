/**
 * Every user-facing text of the storage layer, in French (DESIGN §2.5), but those of reading and
 * importing an export file, which load with that code (importMessages.ts). Functions, not
 * templates, so each message names exactly what it is about.
 */
import type { StoreName } from './records.ts';

/** How a store is named to a user. */
export const STORE_LABELS: Record<StoreName, string> = {
  profiles: 'profils',
  attempts: 'tentatives',
  calls: 'appels en cours',
  settings: 'réglages',
  packs: 'packs importés',
  drafts: 'brouillons',
  quarantine: 'mis de côté',
  meta: 'méta-données',
};

export const messages = {
  quota: (what: string) =>
    `Espace de stockage plein : impossible d’enregistrer ${what}. Rien de ce qui était déjà enregistré n’a été perdu. ` +
    `Libérez de la place (exportez puis supprimez d’anciennes tentatives, ou videz les données d’autres sites dans le navigateur) et réessayez.`,
  writeFailed: (what: string, detail: string) =>
    `Impossible d’enregistrer ${what} : ${detail}. Rien de ce qui était déjà enregistré n’a été perdu.`,
  partNotLoaded: (detail: string) =>
    `Une partie de Décroche n’a pas pu être chargée (${detail}) : rien n’a été enregistré, et rien de ce qui l’était déjà n’a été perdu. ` +
    `Vérifiez la connexion, puis réessayez ; si cela échoue encore, rechargez la page (un appel en cours sera proposé à la reprise).`,
  unavailable: (detail: string) =>
    `Le stockage du navigateur est indisponible (${detail}). En navigation privée, certains navigateurs le désactivent : ouvrez Décroche dans une fenêtre normale.`,
  callOwnedElsewhere: () =>
    `Cet appel est ouvert dans un autre onglet : il n’a pas été enregistré ici, pour ne pas écraser l’autre onglet. ` +
    `Continuez-le dans l’autre onglet, ou reprenez-le ici.`,
  attemptOwnedElsewhere: () =>
    `Cet appel a été repris dans un autre onglet : c’est là qu’il est enregistré, pas ici, pour qu’un appel ne donne qu’une tentative.`,
  profileName: () => `Le nom du profil doit compter de 1 à 80 caractères.`,
  profileMissing: (id: string) => `Le profil « ${id} » n’existe pas (ou plus).`,
  invalidRecord: (what: string, detail: string) => `${what} n’est pas valide : ${detail}`,

  // Problems found while loading: each names the store, the key and what is wrong.
  setAside: (store: StoreName, key: string, what: string) =>
    `L’enregistrement « ${key} » du magasin « ${STORE_LABELS[store]} » a été mis de côté : ${what}`,
  notSetAside: (store: StoreName, key: string, what: string) =>
    `L’enregistrement « ${key} » du magasin « ${STORE_LABELS[store]} » est illisible et a été ignoré (il n’a pas pu être mis de côté faute de place) : ${what}`,
  newerRecord: (store: StoreName, key: string, version: number, current: number) =>
    `L’enregistrement « ${key} » du magasin « ${STORE_LABELS[store]} » vient d’une version plus récente de Décroche ` +
    `(format ${version}, cette version lit jusqu’au format ${current}) : il est ignoré mais conservé. Mettez l’application à jour.`,
  migrationNotSaved: (store: StoreName, key: string, detail: string) =>
    `L’enregistrement « ${key} » du magasin « ${STORE_LABELS[store]} » a été converti au nouveau format pour cette session, mais pas réenregistré : ${detail}`,

  // What is wrong with a record.
  notAnObject: () => `ce n’est pas un objet.`,
  badVersion: (value: unknown) => `numéro de format « ${String(value)} » invalide.`,
  noMigration: (from: number) => `aucune conversion connue depuis le format ${from}.`,
  migrationFailed: (from: number, detail: string) =>
    `la conversion depuis le format ${from} a échoué (${detail}).`,
  field: (path: string, message: string) => (path ? `champ « ${path} » : ${message}` : message),
  unknownFields: (paths: string[]) =>
    paths.length === 1
      ? `champ inconnu « ${paths[0]} »`
      : `champs inconnus ${paths.map((p) => `« ${p} »`).join(', ')}`,
} as const;
