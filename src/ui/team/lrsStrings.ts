/** The French texts of the manager's LRS panel. */
import { count, plural } from '../i18n/fr.ts';
import { typeset } from '../i18n/typography.ts';

const dateTime = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeStyle: 'short' });

export const lrsFr = typeset({
  title: 'Transmission à un LRS (xAPI)',
  intro:
    'Le serveur envoie chaque appel enregistré, puis chaque correction d’une formatrice, à votre LRS sous forme de déclarations xAPI. Une correction annule la déclaration envoyée et en envoie une nouvelle avec les résultats relus. Un envoi refusé est retenté de plus en plus tard, puis marqué « échec ».',
  endpoint: 'Adresse du LRS',
  username: 'Clé',
  secret: 'Secret',
  secretSaved: 'enregistré',
  secretKept: 'Un secret est enregistré sur le serveur ; laissez vide pour le garder.',
  secretHelp: 'Il reste sur le serveur et ne s’affiche plus ensuite.',
  enabled: 'Transmettre les nouveaux appels et les corrections',
  save: 'Enregistrer',
  saved: 'Réglages du LRS enregistrés.',
  retried: (name: string) => `Nouvel essai lancé pour l’appel de ${name}.`,
  statusTitle: 'Envois',
  counts: (c: { pending: number; sent: number; failed: number }) =>
    `${count(c.sent)} ${plural(c.sent, 'reçu', 'reçus')} par le LRS, ${count(c.pending)} en attente, ${count(c.failed)} en échec.`,
  earlier: (n: number) =>
    `${count(n)} ${plural(n, 'appel enregistré', 'appels enregistrés')} avant la mise en place du LRS (ou pendant qu’elle était coupée) n’${plural(n, 'a', 'ont')} pas été ${plural(n, 'envoyé', 'envoyés')}.`,
  sendEarlier: 'Envoyer aussi les appels précédents',
  earlierQueued: (n: number) =>
    n === 0
      ? 'Aucun appel précédent à envoyer.'
      : `${count(n)} ${plural(n, 'appel précédent mis', 'appels précédents mis')} en file d’envoi.`,
  tableCaption: 'Derniers envois au LRS',
  trainee: 'Stagiaire',
  kind: 'Contenu',
  kinds: { attempt: 'appel', review: 'correction' },
  state: 'État',
  states: { pending: 'en attente', sent: 'reçu', failed: 'échec' },
  tries: 'Essais',
  lastError: 'Dernière erreur',
  actions: 'Actions',
  retry: 'Réessayer',
  none: 'Aucun envoi pour l’instant.',
  dateTime: (iso: string) => dateTime.format(new Date(iso)),
});
