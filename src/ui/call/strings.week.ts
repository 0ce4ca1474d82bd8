/**
 * The French texts of the agenda's week view, loaded with it when the trainee switches to it
 * (DESIGN §12). The agenda's other texts are in strings.ts.
 */
import { typeset } from '../i18n/typography.ts';
export const fr = typeset({
  caption: (from: string, to: string) => `Semaine du ${from} au ${to}`,
  day: 'Jour',
  freeSlots: 'Créneaux libres',
  bookedSlots: 'Occupés',
  urgentSlots: 'Gardés pour les urgences',
  none: 'aucun',
  showDay: (day: string) => `Voir le ${day}`,
  show: 'Voir',
  previousWeek: 'Semaine précédente',
  nextWeek: 'Semaine suivante',
} as const);
