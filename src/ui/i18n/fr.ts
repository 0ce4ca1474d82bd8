/**
 * The French texts of the app shell (header, navigation, notices, page titles, loading and
 * failure messages) and the helpers every screen shares (DESIGN §2.5). Each screen keeps its own
 * texts beside it, loaded with the screen: home/strings.ts, library/strings.ts,
 * settings/strings.ts, callpage/strings.ts, call/strings.ts (the call screen), debrief/strings.ts,
 * dashboard/strings.ts; the scorer keeps its own (src/scoring/messages.ts). This file is in the
 * first download of every page, the call screen's included: keep only the shell's texts here.
 * Functions take already formatted parts, so every sentence stays in a catalogue.
 */
import { once } from '../shared/once.ts';
import { typeset } from './typography.ts';

/** « tentative » or « tentatives »: French puts 0 and 1 in the singular. */
export const plural = (n: number, one: string, many: string) => (n <= 1 ? one : many);
const frInteger = once(() => new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 }));
/** 10000 → « 10 000 » (narrow no-break space, as French writes it). */
export const count = (n: number) => frInteger().format(n);

const dateFormat = once(
  () => new Intl.DateTimeFormat('fr-FR', { day: '2-digit', month: '2-digit', year: 'numeric' }),
);
const timeFormat = once(() => new Intl.DateTimeFormat('fr-FR', { hour: '2-digit', minute: '2-digit' }));

export const fr = typeset({
  app: {
    name: 'Décroche',
    skip: 'Aller au contenu',
    nav: 'Navigation principale',
    navLinks: {
      home: 'Accueil',
      library: 'Bibliothèque',
      progress: 'Progression',
      settings: 'Réglages',
      studio: 'Atelier',
    },
    /** Each page's title (the document's, and the heading of the pages that have no other). */
    titles: {
      library: 'Bibliothèque de scénarios',
      progress: 'Ma progression',
      settings: 'Réglages',
      quarantine: 'Données mises de côté',
      studio: 'Atelier de scénarios',
    },
    profile: (name: string) => `Profil : ${name}`,
    changeProfile: 'Changer de profil',
    loading: 'Chargement…',
    callTitle: 'Appel',
    loadFailed: (detail: string) =>
      `Cette page n’a pas pu être chargée (${detail}). Vérifiez la connexion ou rechargez la page.`,
    debriefTitle: 'Débriefing',
    footer: 'Décroche fonctionne hors ligne : vos données restent dans ce navigateur.',
    notFoundTitle: 'Page introuvable',
    notFound: (path: string) => `L’adresse « ${path} » ne correspond à aucune page.`,
    backHome: 'Revenir à l’accueil',
    /** A new version of the app, installed by the service worker, waits for a reload. */
    update: {
      available: 'Nouvelle version disponible.',
      reload: 'Recharger',
    },
  },
  notices: {
    region: 'Alertes',
    dismiss: 'Fermer l’alerte',
    setAside: (n: number) =>
      n === 1
        ? 'Un enregistrement illisible a été mis de côté ; le reste de vos données est chargé.'
        : `${count(n)} enregistrements illisibles ont été mis de côté ; le reste de vos données est chargé.`,
    unexpected: (detail: string) => `Une erreur inattendue est survenue : ${detail}`,
    storageUnavailable: 'Le stockage du navigateur est indisponible : rien ne sera enregistré.',
    loadProblems: (n: number) =>
      n === 1
        ? 'Un problème a été trouvé en chargeant vos données ; le reste est chargé.'
        : `${count(n)} problèmes ont été trouvés en chargeant vos données ; le reste est chargé.`,
    details: 'Détails',
  },
  time: {
    /** « le 17/03/2026 à 09:05 ». */
    at: (date: Date) => `le ${dateFormat().format(date)} à ${timeFormat().format(date)}`,
  },
} as const);
