/** The French texts of the manager's deletion of a trainee's account. */
import { count, plural } from '../i18n/fr.ts';
import { typeset } from '../i18n/typography.ts';

export const deleteFr = typeset({
  title: 'Supprimer le compte d’un stagiaire',
  intro:
    'À la demande d’un stagiaire, ou quand il quitte l’équipe : son compte et ses données sont effacés du serveur.',
  trainee: 'Stagiaire',
  choose: 'Choisir…',
  ask: 'Supprimer…',
  confirmTitle: (name: string) => `Supprimer définitivement le compte de ${name} ?`,
  confirmText: (attempts: number) =>
    `Son compte, ses ${count(attempts)} ${plural(attempts, 'appel enregistré', 'appels enregistrés')} et tout ce qui porte sur ces appels (relectures, commentaires, contestations, notes de calibrage) sont effacés, pas anonymisés : une transcription reprend ses propres mots et ne s’anonymise pas de façon sûre (RGPD, droit à l’effacement). La matrice ne les compte plus. Rien ne peut être récupéré. Les déclarations déjà transmises à votre LRS y restent : effacez-les aussi dans le LRS.`,
  cancel: 'Annuler',
  confirm: (name: string) => `Supprimer le compte de ${name}`,
  deleted: (name: string) => `Le compte de ${name} et ses données sont supprimés.`,
});
