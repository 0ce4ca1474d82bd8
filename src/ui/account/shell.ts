/** The few account texts the app's shell needs (kept apart: the shell's chunk stays small). */
import { count, plural } from '../i18n/fr.ts';
import { typeset } from '../i18n/typography.ts';

export const fr = typeset({
  title: 'Compte d’équipe',
  navLink: 'Compte',
  pending: (n: number) =>
    n === 0
      ? 'Tous vos appels sont envoyés.'
      : `${count(n)} ${plural(n, 'appel', 'appels')} en attente d’envoi`,
  invitationTitle: 'Invitation',
});
