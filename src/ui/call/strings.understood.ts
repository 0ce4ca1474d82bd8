/**
 * The French names of what the analyser understood of a trainee's line (acts, intents,
 * entities), for the chips of the transcript in practice mode.
 */
import type { ActLabel, EntityKind, IntentType } from '../../language/labels.ts';
import { typeset } from '../i18n/typography.ts';

export const understood = typeset({
  label: 'Compris',
  nothing: 'Rien de précis compris',
  flag: 'Ce n’est pas ce que je voulais dire',
  flagLabel: (text: string) => `Ce n’est pas ce que je voulais dire : « ${text} »`,
  flagged: 'Signalé',
  unsure: 'incertain',
  acts: {
    greeting: 'Salutation',
    empathy: 'Empathie',
    reformulation: 'Reformulation',
    question: 'Question',
    proposal: 'Proposition',
    reassurance: 'Réassurance',
    hold_request: 'Mise en attente',
    redirect: 'Orientation',
    closing: 'Prise de congé',
    minimizing: 'Minimisation',
    blunt: 'Ton sec',
    medical_advice: 'Avis médical',
    familiarity: 'Familiarité',
  } satisfies Record<ActLabel, string>,
  intents: {
    ask_reason: 'Demande le motif',
    ask_name: 'Demande le nom',
    ask_spelling: 'Demande d’épeler',
    ask_birthdate: 'Demande la date de naissance',
    ask_phone: 'Demande le téléphone',
    ask_address: 'Demande l’adresse',
    ask_gp: 'Demande le médecin traitant',
    ask_patient_status: 'Demande si déjà patient',
    ask_symptom: 'Demande les symptômes',
    ask_onset: 'Demande depuis quand',
    ask_treatment: 'Demande le traitement',
    offer_slot: 'Propose un créneau',
    confirm: 'Confirme',
    announce_action: 'Annonce ce que vous faites',
    announce_hold: 'Annonce une attente',
    hold_return: 'Reprend après l’attente',
    no_slot: 'Pas de créneau à ce moment',
    safety_net: 'Consigne si ça s’aggrave',
    discriminatory_refusal: 'Refus discriminatoire',
    third_party_disclosure: 'Parle d’un tiers',
    send_off: 'Dit de raccrocher et d’appeler',
  } satisfies Record<IntentType, string>,
  entities: {
    date: 'Date',
    time: 'Heure',
    phone: 'Téléphone',
    emergency_number: 'Numéro d’urgence',
    practitioner: 'Praticien',
    speaker_name: 'Votre prénom',
    drug: 'Médicament',
    dose: 'Dose',
    home_care: 'Soin',
  } satisfies Record<EntityKind, string>,
  parts: { morning: 'le matin', afternoon: 'l’après-midi', evening: 'en fin de journée' } as Record<
    string,
    string
  >,
} as const);
