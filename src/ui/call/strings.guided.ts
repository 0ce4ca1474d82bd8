/** The French texts of guided mode, loaded with it only when it is on (DESIGN §12). */
import { typeset } from '../i18n/typography.ts';
export const fr = typeset({
  title: 'Réponses suggérées',
  help: 'Choisissez une réponse pour la copier dans la zone de saisie ; vous pouvez la modifier avant de l’envoyer.',
} as const);
