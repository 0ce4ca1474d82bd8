/** The French texts of the account pages (team server: login, first run, invitations, sync). */
import { count, plural } from '../i18n/fr.ts';
import { typeset } from '../i18n/typography.ts';
import { once } from '../shared/once.ts';
import { fr as shell } from './shell.ts';

const dateTime = once(() => new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeStyle: 'short' }));

export const ROLE_LABELS = {
  trainee: 'stagiaire',
  trainer: 'formateur ou formatrice',
  manager: 'responsable',
} as const;

export const fr = typeset({
  title: shell.title,
  navLink: shell.navLink,
  detecting: 'Recherche du serveur d’équipe…',
  local:
    'Mode local : cette page n’est reliée à aucun serveur d’équipe. Vos appels restent dans ce navigateur, comme toujours.',
  setupTitle: 'Première mise en route',
  setupIntro:
    'Ce serveur n’a pas encore d’organisation. Créez-la, avec votre compte de responsable : vous pourrez ensuite inviter formateurs et stagiaires.',
  organisation: 'Nom de l’organisation',
  yourName: 'Votre nom',
  email: 'Adresse e-mail',
  password: 'Mot de passe',
  passwordHint: 'Au moins 10 caractères.',
  createOrg: 'Créer l’organisation',
  loginTitle: 'Se connecter',
  loginIntro:
    'Connecté, vos appels terminés sont envoyés à votre organisation ; vous pouvez toujours vous entraîner hors ligne, ils partiront au retour du réseau.',
  login: 'Se connecter',
  loggedIn: (name: string, role: string, org: string) => `Connecté·e : ${name} (${role}), ${org}.`,
  pending: shell.pending,
  rejected: (n: number) =>
    `${count(n)} ${plural(n, 'appel refusé', 'appels refusés')} par le serveur, gardé${n > 1 ? 's' : ''} dans ce navigateur.`,
  lastSync: (iso: string | null) =>
    iso ? `Dernier envoi réussi : ${dateTime().format(new Date(iso))}.` : 'Aucun envoi pour l’instant.',
  sending: 'Envoi en cours…',
  sendNow: 'Envoyer maintenant',
  uploadTitle: 'Appels enregistrés avant la connexion',
  uploadOffer: (n: number, profile: string) =>
    `Ce navigateur garde ${count(n)} ${plural(n, 'appel', 'appels')} du profil « ${profile} », enregistré${n > 1 ? 's' : ''} avant votre connexion. Voulez-vous ${n > 1 ? 'les' : 'l’'}envoyer à votre compte ? Votre formateur et votre responsable pourront ${n > 1 ? 'les' : 'le'} voir. Ce choix n’est demandé qu’une fois.`,
  uploadYes: (n: number) => `Envoyer ${plural(n, 'cet appel', `ces ${count(n)} appels`)}`,
  uploadNo: 'Ne pas les envoyer',
  myData: 'Télécharger toutes mes données (JSON)',
  logout: 'Se déconnecter',
  logoutEverywhere: 'Se déconnecter partout',
  inviteTitle: 'Inviter des stagiaires',
  group: 'Groupe',
  noGroup: 'Aucun groupe pour l’instant.',
  newGroup: 'Nouveau groupe',
  createGroup: 'Créer le groupe',
  createInvite: 'Créer un lien d’invitation',
  inviteLink: 'Lien à usage unique, valable 7 jours : à transmettre au stagiaire',
  invitationTitle: shell.invitationTitle,
  invitationJoin: (org: string, group: string | null) =>
    `Vous êtes invité·e à rejoindre ${org}${group ? `, groupe « ${group} »` : ''}. Choisissez votre mot de passe.`,
  invitationPassword: (org: string) => `Choisissez un nouveau mot de passe pour votre compte ${org}.`,
  join: 'Créer mon compte',
  setPassword: 'Enregistrer le mot de passe',
  serverGone: 'Le serveur d’équipe ne répond pas. Réessayez dans un instant.',
});
