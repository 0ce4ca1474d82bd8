/**
 * The French texts of the practice panel's tools past « Consignes » (agenda, waiting list,
 * directory, message, transfer): fetched with the first of their tabs opened, not with every call
 * (DESIGN §12). The rest of the call screen's texts are in strings.ts.
 */
import { typeset } from '../i18n/typography.ts';

export const tools = typeset({
  agenda: {
    previousDay: 'Jour précédent',
    nextDay: 'Jour suivant',
    view: 'Affichage de l’agenda',
    dayView: 'Jour',
    weekView: 'Semaine',
    practitioner: 'Praticien',
    allPractitioners: 'Tous les praticiens',
    time: 'Heure',
    state: 'État',
    actions: 'Actions',
    statusText: (status: 'free' | 'booked' | 'urgent' | 'past', patient?: string, birthDate?: string) =>
      status === 'free'
        ? 'Libre'
        : status === 'urgent'
          ? 'Réservé aux urgences'
          : status === 'past'
            ? 'Passé'
            : patient
              ? `Occupé — ${patient}${birthDate ? ` (né·e le ${birthDate})` : ''}`
              : 'Occupé',
    bookedByYou: 'réservé pendant cet appel',
    /** The call's own time, on the call's day, between the past slots and the others. */
    now: (time: string) => `Maintenant : ${time} (heure de l’appel)`,
    noSlot: 'Aucun créneau ce jour-là.',
    noFreeSlot: 'Aucun autre créneau libre.',
    book: 'Réserver',
    bookTitle: (when: string, practitioner: string) => `Réserver le ${when} avec ${practitioner}`,
    patient: 'Nom du patient',
    type: 'Type de rendez-vous',
    typeOption: (label: string, duration: string) => `${label} — ${duration}`,
    urgentWarning:
      'Ce créneau est gardé pour les urgences du jour : ne le donnez que si la situation le justifie selon les consignes.',
    urgentConfirm: 'Je confirme l’usage d’un créneau d’urgence',
    confirmBook: 'Confirmer la réservation',
    move: 'Déplacer',
    moveTitle: (when: string) => `Déplacer le rendez-vous du ${when}`,
    moveTo: 'Nouveau créneau',
    confirmMove: 'Confirmer le déplacement',
    cancel: 'Annuler',
    cancelTitle: (when: string, patient?: string) =>
      patient ? `Annuler le rendez-vous du ${when} de ${patient}` : `Annuler le rendez-vous du ${when}`,
    sms: 'Envoyer un SMS',
    /** A slot's single button: the menu of what can be done with it (one Tab stop for the day). */
    slotMenu: 'Actions',
    slotName: (time: string, practitioner: string, state: string) =>
      `Actions — ${time}, ${practitioner}, ${state}`,
    slotsHint: 'Flèches haut et bas pour passer d’un créneau à l’autre, Entrée pour ses actions.',
    smsTitle: (when: string) => `Envoyer un SMS pour le rendez-vous du ${when}`,
    smsPurpose: 'Objet du SMS',
    smsPurposes: { confirmation: 'Confirmation', reminder: 'Rappel', cancellation: 'Annulation' },
    confirmSms: 'Envoyer le SMS',
    close: 'Fermer',
  },
  waitlist: {
    intro: (yes: boolean) =>
      yes
        ? 'Inscrire l’appelant sur la liste d’attente du cabinet.'
        : 'Attention : ce cabinet ne tient pas de liste d’attente.',
    patient: 'Nom du patient',
    note: 'Précisions (disponibilités, motif)',
    submit: 'Ajouter à la liste d’attente',
    existing: 'Liste d’attente du cabinet (dans l’ordre d’inscription)',
    callBack: (patient: string) => `Rappeler ${patient}`,
    callBackNote: (patient: string) => `Rappel de ${patient} (liste d’attente) : créneau libéré`,
  },
  directory: {
    intro: 'Numéros utiles. « Orienter » indique à l’appelant d’appeler ce numéro.',
    kinds: { emergency: 'Urgences', service: 'Services', colleague: 'Confrères', internal: 'Interne' },
    redirect: (number: string) => `Orienter vers le ${number}`,
  },
  message: {
    intro: 'Message pour le médecin',
    mustContain: 'Le cabinet demande :',
    for: 'Pour',
    anyDoctor: 'Le médecin concerné',
    from: 'Nom et prénom',
    birthDate: 'Date de naissance',
    callbackNumber: 'Numéro de rappel',
    text: 'Motif',
    treatment: 'Traitements en cours',
    urgency: 'Urgence',
    normal: 'Normale',
    urgent: 'Urgente',
    submit: 'Envoyer le message',
    sent: 'Message transmis.',
  },
  transfer: {
    intro:
      'Transférer l’appel au médecin : à réserver aux cas prévus par les consignes (un laboratoire avec un résultat critique, un confrère…).',
    submit: 'Transférer au médecin',
  },
});
