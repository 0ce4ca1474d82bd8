/**
 * The French texts of the shortcut help, loaded with it when the trainee first asks for it
 * (DESIGN §12). The shortcuts' own labels are in shortcuts.ts, next to the keys they describe.
 */
import { typeset } from '../i18n/typography.ts';
export const fr = typeset({
  title: 'Raccourcis clavier',
  keys: 'Touches',
  action: 'Action',
  close: 'Fermer l’aide',
} as const);
