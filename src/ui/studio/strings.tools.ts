/** The French texts of the play-test's tools. */
import { formatDate, formatTime } from '../../scenarios/calendar.ts';

export const fr = {
  title: 'Outils de l’essai',
  tool: 'Outil',
  tools: {
    book: 'Prendre un rendez-vous',
    waitlist: 'Inscrire sur la liste d’attente',
    callback: 'Noter un rappel',
    message: 'Laisser un message au médecin',
    transfer: 'Transférer au médecin',
    redirect: 'Orienter vers un numéro',
    hold: 'Mettre en attente',
    resume: 'Reprendre l’appel',
  },
  slot: 'Créneau',
  slotLabel: (start: string, practitioner: string, urgent: boolean) =>
    `${formatDate(start.slice(0, 10))} à ${formatTime(start.slice(11, 16))} — ${practitioner}${urgent ? ' (urgence)' : ''}`,
  type: 'Motif',
  anyType: 'celui du scénario',
  patient: 'Patient',
  number: 'Numéro de rappel',
  note: 'Note',
  message: 'Message',
  urgent: 'Urgent',
  to: 'Numéro',
  use: 'Utiliser l’outil',
  failed: (why: string) => `L’outil n’a pas pu servir : ${why}`,
} as const;
