/**
 * The French texts of the dialog to resume or discard a call left in progress, loaded with it
 * only when there is one (after a reload mid-call, DESIGN §12).
 */
import { typeset } from '../i18n/typography.ts';
export const fr = typeset({
  title: 'Un appel était en cours',
  scenario: 'Scénario',
  started: 'Commencé',
  unknown: (id: string) =>
    `Cet appel porte sur le scénario « ${id} », qui n’existe plus dans cette version : il ne peut pas être repris.`,
  otherScenario: (title: string) =>
    `Cet appel porte sur un autre scénario que celui demandé : « ${title} ». L’abandonner permet de commencer le nouveau.`,
  resume: 'Reprendre cet appel',
  discard: 'Abandonner cet appel',
} as const);
