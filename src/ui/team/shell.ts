/** The few team-space texts the app's shell needs (kept apart: the shell's chunk stays small). */
import { typeset } from '../i18n/typography.ts';

export const fr = typeset({
  navLink: 'Équipe',
  title: 'Équipe',
  attemptTitle: 'Débriefing d’un stagiaire',
  reviewTitle: 'À relire',
  calibrationTitle: 'Calibrage',
});
