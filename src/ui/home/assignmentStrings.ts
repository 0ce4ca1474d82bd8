/** The French texts of a trainee's assignments on the home page. */
import { typeset } from '../i18n/typography.ts';

const day = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'UTC' });

export const fr = typeset({
  title: 'À faire',
  status: { todo: 'À faire', late: 'En retard', done: 'Fait' },
  due: (iso: string) => `pour le ${day.format(new Date(`${iso}T00:00:00Z`))}`,
});
