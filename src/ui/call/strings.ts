/**
 * The French texts of the call screen (DESIGN §2.5). Functions take the already formatted parts
 * (dates through format.ts) so the sentences stay here. The parts a call loads only on demand
 * bring their own texts: strings.help.ts (shortcut help), strings.guided.ts (guided mode),
 * strings.week.ts (the agenda's week view), strings.tools.ts (the practice panel's tools past
 * « Consignes », each fetched with its tab).
 */
import type { HangupReason } from '../../machines/events.ts';
import type { Mood } from '../../scenarios/schema.ts';
import { typeset } from '../i18n/typography.ts';

/** What an SMS about an appointment says, after « SMS ». */
export const SMS_PURPOSES = {
  confirmation: 'de confirmation',
  reminder: 'de rappel',
  cancellation: 'd’annulation',
} as const;

export const fr = typeset({
  screen: {
    /** The screen's heading, for screen readers (the phone bar says where the call stands). */
    title: 'Poste de travail',
    answeringFor: 'Vous répondez pour',
    moment: 'Date et heure de l’appel',
  },
  /** A part of the screen fetched on demand could not be (offline, a newer build deployed…). */
  notLoaded: {
    help: 'L’aide des raccourcis n’a pas pu être chargée. Vérifiez la connexion ou rechargez la page.',
    week: 'La vue semaine n’a pas pu être chargée. Vérifiez la connexion ou rechargez la page.',
    guided: 'Les réponses suggérées n’ont pas pu être chargées. Vérifiez la connexion ou rechargez la page.',
    tool: (tab: string) =>
      `L’onglet « ${tab} » n’a pas pu être chargé. Vérifiez la connexion ou rechargez la page.`,
  },
  toolLoading: 'Chargement de l’outil…',
  phone: {
    region: 'Téléphone',
    incoming: 'Appel entrant',
    ringCount: (n: number) => (n <= 1 ? `${n} sonnerie` : `${n} sonneries`),
    ringsBeforePickup: (n: number) => `Décroché à la ${n === 1 ? '1re' : `${n}e`} sonnerie`,
    talking: 'Appel en cours',
    onHold: 'En attente',
    ended: 'Appel terminé',
    duration: 'Durée',
    pickup: 'Décrocher',
    hold: 'Mettre en attente',
    resume: 'Reprendre l’appel',
    hangup: 'Raccrocher',
    help: 'Raccourcis clavier',
    wrapUp: 'Travail après appel',
    done: 'Terminer',
    wrapUpHint:
      'L’appelant a raccroché. Finissez le message ou l’agenda, puis « Terminer » (2 minutes au plus).',
  },
  mood: {
    label: 'Humeur de l’appelant',
    names: { calm: 'Calme', tense: 'Tendu', upset: 'Très tendu' } satisfies Record<Mood, string>,
  },
  transcript: {
    label: 'Transcription de l’appel',
    empty: 'Le téléphone sonne. Décrochez pour commencer l’appel.',
    caller: 'Appelant',
    trainee: 'Vous',
    system: 'Appel',
    prompt: 'relance',
    caption: 'Sous-titre',
    pickup: (rings: number) => `Vous avez décroché (${fr.phone.ringCount(rings)}).`,
    hold: 'Appel mis en attente.',
    resume: 'Appel repris.',
    hangup: (by: 'trainee' | 'caller', reason: HangupReason) =>
      by === 'trainee'
        ? 'Vous avez raccroché.'
        : reason === 'missed'
          ? 'Personne n’a décroché : l’appelant a raccroché.'
          : reason === 'silence'
            ? 'L’appelant a raccroché après un long silence.'
            : reason === 'hold'
              ? 'L’appelant a raccroché, lassé d’attendre.'
              : reason === 'stress'
                ? 'L’appelant a raccroché, excédé.'
                : 'L’appelant a raccroché.',
    refused: (why: string) => `Action refusée : ${why}`,
    wrapUpStart: 'Travail après appel : finissez le message ou l’agenda, puis « Terminer ».',
    wrapUpEnd: 'Travail après appel terminé.',
  },
  actions: {
    book: (when: string, urgent: boolean) =>
      urgent ? `Créneau d’urgence réservé : ${when}` : `Rendez-vous réservé : ${when}`,
    move: (from: string, to: string) => `Rendez-vous déplacé : du ${from} au ${to}`,
    cancel: (when: string) => `Rendez-vous annulé : ${when}`,
    sms: (purpose: 'confirmation' | 'reminder' | 'cancellation', when: string) =>
      `SMS ${SMS_PURPOSES[purpose]} envoyé : rendez-vous du ${when}`,
    waitlist: (patient?: string) =>
      patient ? `Ajouté à la liste d’attente : ${patient}` : 'Ajouté à la liste d’attente',
    callback: (number?: string) => (number ? `Rappel promis au ${number}` : 'Rappel promis'),
    message: (urgent: boolean) => (urgent ? 'Message urgent pour le médecin' : 'Message pour le médecin'),
    transfer: 'Appel transféré au médecin',
    redirect: (label: string | undefined, number: string) =>
      label ? `Orienté vers : ${label} (${number})` : `Orienté vers le ${number}`,
    firstFree: 'premier créneau libre',
    attempted: {
      book: (when: string) => `Réservation demandée : ${when}`,
      move: (from: string, to: string) => `Déplacement demandé : du ${from} au ${to}`,
      cancel: (when: string) => `Annulation demandée : ${when}`,
      sms: (when: string) => `SMS demandé : rendez-vous du ${when}`,
    },
    details: {
      type: (label: string, duration: string) => `${label}, ${duration}`,
      with: (name: string) => `avec ${name}`,
      for: (patient: string) => `pour ${patient}`,
    },
  },
  reply: {
    label: 'Votre réponse',
    placeholder: 'Tapez ce que vous dites à l’appelant, puis Entrée',
    send: 'Envoyer',
    disabled: {
      ringing: 'Le téléphone sonne : décrochez d’abord (Alt+D).',
      onHold: 'L’appelant est en attente et ne vous entend pas.',
      wrapUp: 'L’appelant a raccroché : finissez le message ou l’agenda, puis « Terminer ».',
      ended: 'L’appel est terminé.',
    },
  },
  panel: {
    label: 'Outils du cabinet',
    toolsDisabled: {
      ringing: 'Décrochez pour utiliser les outils.',
      ended: 'L’appel est terminé.',
    },
  },
  consignes: {
    practice: 'Cabinet',
    practitioners: 'Praticiens',
    consignes: 'Consignes du cabinet',
    rules: 'Règles',
    hours: 'Horaires',
    hoursLine: (days: string, from: string, to: string) => `${days} : de ${from} à ${to}`,
    newPatients: {
      accepted: 'Nouveaux patients : acceptés.',
      refused: 'Nouveaux patients : refusés.',
      'case-by-case': 'Nouveaux patients : au cas par cas, selon le médecin.',
    },
    urgentSlots: (n: number) =>
      n === 0
        ? 'Aucun créneau d’urgence gardé.'
        : `${n} créneau${n > 1 ? 'x' : ''} d’urgence gardé${n > 1 ? 's' : ''} chaque jour.`,
    waitlist: (yes: boolean) => (yes ? 'Le cabinet tient une liste d’attente.' : 'Pas de liste d’attente.'),
    messageMust: 'Un message pour le médecin doit contenir :',
    appointmentTypes: 'Types de rendez-vous',
    onCall: 'Permanence des soins (médecin de garde)',
    onCallHours: (number: string, weekdays: string, until: string, saturday: string) =>
      `${number} : en semaine de ${weekdays} à ${until}, le samedi dès ${saturday}, le dimanche et les jours fériés toute la journée.`,
    onCallBefore: (closing: string, weekdays: string, label: string) =>
      `Entre la fermeture du cabinet (${closing}) et ${weekdays} : ${label}.`,
    onCallRedFlag: 'Signe d’alerte, à toute heure : le 15.',
  },
  callback: {
    intro: 'Promettre un rappel (par exemple si un créneau se libère).',
    number: 'Numéro à rappeler',
    note: 'Précisions',
    submit: 'Promettre un rappel',
  },
  sound: {
    unavailable: (why: string) =>
      `Son indisponible : le texte de l’appel reste affiché. ${why.charAt(0).toUpperCase()}${why.slice(1)}`,
    blocked: 'le navigateur bloque la lecture automatique ; cliquez dans la page pour l’autoriser.',
    noDevice: 'aucune sortie audio disponible.',
    loadFailed: 'les fichiers sonores n’ont pas pu être chargés.',
    noSpeech: 'pas de synthèse vocale dans ce navigateur ; les répliques restent sous-titrées.',
    speechFailed: 'la synthèse vocale a échoué ; les répliques restent sous-titrées.',
  },
} as const);
