/**
 * Every French text of the scorecard: criterion labels, the rules behind critical failures, the
 * reason of each point and the tips. One catalogue, so another language can follow (DESIGN §2.5).
 */
import { CRITERION_LABELS, CRITICAL_RULE_TEXT } from './labels.ts';
import type { CriterionId, CriticalRule } from '../scenarios/vocabulary.ts';

export { CRITERION_LABELS, CRITICAL_RULE_TEXT };

export const WHY_CRITICAL = {
  medicalAdvice: 'Avis médical donné au téléphone.',
  disclosure: 'Information donnée sur une autre personne.',
  slotForEmergency: 'Rendez-vous donné pour une urgence vitale.',
  slotOffered: 'Rendez-vous proposé pour une urgence vitale.',
  conditional: (number: string) =>
    `Le ${number} n’est donné que sous condition ou pour plus tard, alors que les signes sont là maintenant.`,
  discrimination: 'Refus motivé par la couverture, l’origine, le handicap, l’âge ou la maladie.',
  notRedirected: (numbers: readonly string[]) =>
    `Appel terminé sans orienter vers le ${numbers.join(' ou le ')}.`,
  outcome: (label: string, reason: string) => `Issue critique : ${label}. ${reason}`,
} as const;

/**
 * Why a critical failure caps another criterion (halo.ts): what the fault did to that step of the
 * call, in the graders' words.
 */
export const HALO_WHY: Record<CriticalRule, (criterion: CriterionId) => string> = {
  'medical-advice': (c) =>
    c === 'role'
      ? 'Faute critique : un avis médical a été donné (ou promis à la place du médecin) ; les limites du rôle ne sont pas tenues.'
      : c === 'closing'
        ? 'Faute critique : l’appel se conclut sur un avis médical au lieu du médecin et d’une consigne de sécurité ; la conclusion ne peut pas aller au-delà de « à améliorer ».'
        : 'Faute critique : un avis médical a mis l’appelant en danger ; l’écoute ne peut pas être un modèle.',
  'red-flag': (c) =>
    c === 'role'
      ? 'Faute critique : faire attendre une urgence vitale, c’est juger soi-même de sa gravité, une décision médicale.'
      : 'Faute critique : une urgence vitale n’a pas été envoyée au 15 sur-le-champ ; l’inquiétude de l’appelant n’a pas été prise au sérieux.',
  secrecy: () =>
    'Faute critique : une information sur une autre personne a été donnée ; l’écoute ne peut pas être un modèle dans un appel qui a lésé quelqu’un.',
  discrimination: (c) =>
    c === 'closing'
      ? 'Faute critique : l’appelant repart sur un refus discriminatoire ; la conclusion ne peut pas aller au-delà de « à améliorer ».'
      : 'Faute critique : un refus discriminatoire blesse l’appelant ; l’écoute ne peut pas être un modèle.',
};

/** Why an attempt fails with no critical failure (the scorecard's `failures`). */
export const WHY_FAILED = {
  wrongOutcome: (label: string, reason: string) =>
    `L’issue de l’appel est à revoir (« ${label} ») : ${reason}`.replace(/\s*$/, ''),
  urgentSlot: (start: string) =>
    `Le créneau d’urgence du ${slotTime(start)} a été donné hors des cas prévus par les consignes : il est gardé pour les urgences du jour, un patient qui en aura besoin ne l’aura plus.`,
  requirementMissed: 'Étape exigée par ce scénario, non faite.',
} as const;

/** Why a criterion was not evaluated for this call (it then weighs nothing in the total). */
export const NOT_EVALUATED = {
  generic: 'sans objet pour cet appel',
  confidentiality: 'l’appel ne mettait pas le secret médical en jeu et rien n’a été dit sur un tiers',
  identification: 'aucun rendez-vous ni message n’a été enregistré',
} as const;

/** The rubric that scored a scorecard, as the debrief names it. */
export const rubricLabel = (version: number) => `Barème v${version}`;
export const UNCERTAIN_READING = 'lecture incertaine';

const IDENTITY_ITEMS = {
  name: 'le nom du patient',
  birthDate: 'sa date de naissance',
  phone: 'un numéro de rappel',
} as const;
type IdentityItem = keyof typeof IDENTITY_ITEMS;

export const VERDICT_LABELS = { correct: 'correcte', acceptable: 'acceptable', wrong: 'à revoir' } as const;

/** « Je comprends votre inquiét… » — a caller line shortened for a reason. */
export function excerpt(text: string, max = 60): string {
  const key = `${max}\u0000${text}`;
  let out = excerpts.get(key);
  if (out === undefined) {
    if (excerpts.size >= 10_000) excerpts.clear();
    const clean = text.replace(/\s+/g, ' ').trim();
    out = clean.length <= max ? clean : `${clean.slice(0, max - 1).trimEnd()}…`;
    excerpts.set(key, out);
  }
  return out;
}
/** Excerpts made already: re-scoring quotes the same lines in every attempt. */
const excerpts = new Map<string, string>();

/** 75 000 ms → « 1 min 15 s ». */
export function duration(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} s`;
  const rest = s % 60;
  return rest ? `${Math.floor(s / 60)} min ${String(rest).padStart(2, '0')} s` : `${s / 60} min`;
}

function list(items: readonly string[]): string {
  const quoted = items.map((i) => `« ${i} »`);
  return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} et ${quoted.at(-1)}`;
}

export const WHY = {
  // greeting
  greetingFirst: 'Salutation dès la première phrase.',
  greetingLate: 'Salutation, mais pas dès la première phrase.',
  greetingMissing: 'Pas de salutation en début d’appel.',
  namesPractice: 'Le cabinet est nommé.',
  practiceUnnamed: 'Le cabinet n’est pas nommé dans la salutation.',
  practicePartly:
    'Le cabinet n’est nommé qu’à moitié : sa spécialité sans son nom, ou son nom sans dire ce qu’il est.',
  greetingRings: (rings: number) =>
    `Décroché à la ${rings}e sonnerie : un accueil modèle décroche dans les deux premières.`,
  greetingHesitant: 'Décroché sur une hésitation (« euh », « oui ? ») plutôt que sur la formule d’accueil.',
  namesSpeaker: 'Vous donnez votre prénom.',
  speakerUnnamed: 'Vous ne donnez pas votre prénom.',
  greetingFamiliar: 'Registre familier dès l’accueil.',
  noWords: 'Décroché, mais aucune parole du côté du secrétariat.',

  // identification
  identityAsked: (item: IdentityItem) => `Demandé avant d’agir : ${IDENTITY_ITEMS[item]}.`,
  identityGiven: (item: IdentityItem) => `Donné par l’appelant avant d’agir : ${IDENTITY_ITEMS[item]}.`,
  identityLate: (item: IdentityItem) => `Recueilli seulement après avoir agi : ${IDENTITY_ITEMS[item]}.`,
  identityMissing: (item: IdentityItem) => `Jamais recueilli : ${IDENTITY_ITEMS[item]}.`,
  homonymChecked: 'Date de naissance vérifiée : le dossier a un homonyme.',
  homonymUnchecked:
    'Un homonyme existe au dossier, mais la date de naissance n’a pas été vérifiée avant d’agir.',

  // empathy
  emotionAnswered: (line: string) => `Émotion de l’appelant reconnue (« ${excerpt(line, 50)} »).`,
  emotionMissed: (line: string) =>
    `L’appelant est tendu (« ${excerpt(line, 50)} ») : aucune marque d’écoute dans les deux réponses suivantes.`,
  minimizing: 'Minimiser l’inquiétude (« calmez-vous », « ce n’est rien ») l’aggrave.',
  minimizingSymptom:
    'Symptôme ou inquiétude minimisés (« ce n’est rien », « à votre âge c’est normal ») : ce jugement revient au médecin.',
  bluntTone: 'Réponse sèche ou refus sans égard.',
  familiarity: 'Registre familier (tutoiement, familiarités).',
  calmCall: 'L’appelant est resté calme et aucune maladresse n’a été relevée.',

  // reformulation
  reformulatedBefore: 'Demande reformulée avant d’agir.',
  reformulatedAfter: 'Reformulation, mais seulement après avoir agi.',
  reformulationMissing: 'Aucune reformulation de la demande.',
  factCovered: (label: string) => `Reformulé : ${label}.`,
  factCoveredLate: (label: string) => `Reformulé après avoir agi : ${label}.`,
  factsMissing: (labels: readonly string[]) => `Non reformulé : ${list(labels)}.`,

  // timing
  pickupOnTime: (rings: number) => `Décroché à la ${rings === 1 ? '1re' : `${rings}e`} sonnerie.`,
  pickupLate: (rings: number) =>
    `Décroché à la ${rings}e sonnerie : au-delà de la 2e, chaque sonnerie compte.`,
  missed: (rings: number) => `Personne n’a décroché : l’appelant a raccroché après ${rings} sonneries.`,
  slowReply: (ms: number) => `Réponse après ${duration(ms)} de silence.`,
  openingSilence: (ms: number) => `${duration(ms)} de silence après avoir décroché.`,
  silencePrompt: 'Silence trop long : l’appelant a dû relancer (« Allô ? »).',
  silencePromptTimed: (ms: number) =>
    `Silence de ${Math.round(ms / 1000)} s : l’appelant a dû relancer (« Allô ? »).`,
  holdAsked: 'Mise en attente annoncée.',
  holdUnannounced: 'Mise en attente sans prévenir l’appelant.',
  emergencyDelayed:
    'Urgence vitale : du temps perdu, le 15 n’a pas été donné tout de suite et sans condition.',
  redirectedLate: (number: string) =>
    `Le ${number} n’est donné qu’après une mise en attente : une urgence vitale part au ${number} tout de suite.`,
  holdNotAsked: 'Mise en attente imposée (« ne quittez pas ») plutôt que demandée.',
  holdInEmergency: 'Mise en attente alors que l’urgence vitale n’est pas encore orientée vers le 15.',
  holdThanked: 'Remerciement après l’attente.',
  holdNotThanked: 'Pas de remerciement ni d’excuse en reprenant l’appel.',
  holdLong: (ms: number) => `Attente de ${duration(ms)} : au-delà de 30 s, l’appelant s’impatiente.`,
  holdTooLong: (ms: number) =>
    `Attente de ${duration(ms)} sans revenir vers l’appelant : au-delà d’une minute, on reprend l’appel.`,
  holdHungUp: 'L’appelant a raccroché pendant l’attente.',
  lengthOk: (ms: number, targetS: number) =>
    `Durée de l’appel : ${duration(ms)} (visée : ${duration(targetS * 1000)}).`,
  tooLong: (ms: number, targetS: number) =>
    `Appel trop long : ${duration(ms)} pour ${duration(targetS * 1000)} visées.`,
  tooShort: (ms: number, targetS: number) =>
    `Appel écourté sans solution : ${duration(ms)} pour ${duration(targetS * 1000)} visées.`,

  // orientation
  outcome: (label: string, reason: string) => `Issue : ${label}. ${reason}`,
  noOutcome: 'L’appel n’a pas d’issue enregistrée.',
  refusalWithoutAlternative: 'Refus sans solution de rechange, ni dans la même phrase ni dans la suivante.',
  adviceOnly: (label: string) =>
    `Issue : ${label}. Un avis a remplacé toute orientation : ni rendez-vous, ni transfert, ni message, ni numéro.`,
  bareRefusalCap:
    'Un « non » laissé sans solution : même si l’appel finit bien, l’appelant a entendu un refus sans suite (orientation « à améliorer » au mieux).',
  redirected: (number: string) => `Orienté vers le ${number}.`,
  notRedirected: (numbers: readonly string[]) => `Jamais orienté vers le ${numbers.join(' ou le ')}.`,
  conditionalRedirect: (number: string) =>
    `Le ${number} seulement « si ça ne passe pas » ou pour plus tard : il le fallait tout de suite.`,

  // accuracy
  refused: (why: string) => `Action refusée par l’agenda : ${why}`,
  slotOk: (start: string) => `Créneau du ${slotTime(start)} : conforme.`,
  slotPast: (start: string) => `Créneau du ${slotTime(start)} déjà passé.`,
  wrongType: (slotType: string, asked: string) =>
    `Créneau prévu pour « ${slotType} », réservé pour « ${asked} ».`,
  tooShortSlot: (minutes: number, typeLabel: string, typeMinutes: number) =>
    `Créneau de ${minutes} min pour « ${typeLabel} » qui en demande ${typeMinutes}.`,
  wrongPractitioner: (typeLabel: string) => `« ${typeLabel} » n’est pas fait par ce praticien.`,
  doubleBooking: 'Un deuxième rendez-vous pris dans le même appel, sans annuler le premier.',
  noPatientName: 'Rendez-vous pris sans le nom du patient.',
  wrongRecord: (outcome: string) =>
    `Ce qui a été enregistré ne répond pas à la situation (« ${outcome} ») : la rigueur ne peut pas aller au-delà de « à reprendre ».`,
  patientNameNotWritten: 'Le nom du patient, demandé pendant l’appel, n’est pas noté sur le rendez-vous.',
  partialPatientName: (name: string) =>
    `« ${name} » : le nom ou le prénom seul ne suffit pas à retrouver le patient (nom et prénom).`,
  noAppointmentType:
    'Rendez-vous pris sans en choisir le type : sa durée et le praticien ne sont pas vérifiés.',
  emergencyMessageNotUrgent: 'Message pour une urgence vitale sans la mention « urgent ».',
  urgentSlotGivenAway: (start: string) =>
    `Créneau d’urgence du ${slotTime(start)} donné hors des cas prévus par les consignes.`,
  messageComplete: 'Message complet.',
  messageEmpty: 'Message vide.',
  messageMissing: (items: readonly string[]) => `Message incomplet : il manque ${list(items)}.`,
  messageExtraMissing: (items: readonly string[]) =>
    `Message à compléter : la consigne du cabinet demande aussi ${list(items)}.`,
  actionDone: (what: string) => `${what} : fait.`,
  ownAppointment: (patient: string, start: string) =>
    `Le bon rendez-vous : celui de ${patient}, le ${slotTime(start)}.`,
  unverifiedAppointment: (patient: string, start: string) =>
    `Le rendez-vous de ${patient}, le ${slotTime(start)}, touché sans avoir vérifié la date de naissance : le bon, mais par chance.`,
  wrongAppointment: (patient: string, start: string) =>
    `Le rendez-vous d’un autre patient touché : ${patient}, le ${slotTime(start)} (un homonyme ?).`,
  noCallbackNumber: (what: string) => `${what} sans numéro de rappel : personne ne pourra rappeler.`,

  // role
  medicalAdvice: 'Avis médical, diagnostic ou consigne de soin donnés : hors du rôle de la secrétaire.',
  discrimination: 'Refus motivé par la couverture, l’origine, le handicap, l’âge ou la maladie.',
  roleKept: 'Aucun avis médical, rien de minimisé, aucun refus discriminatoire.',

  // confidentiality
  disclosure: 'Information donnée sur une autre personne.',
  secrecyOutcome: (label: string) => `Secret médical rompu : ${label}.`,
  secrecyKept: 'Rien dit sur une autre personne.',

  // closing
  confirmed: 'Ce qui est convenu est confirmé avant de raccrocher.',
  notConfirmed: 'Rien de confirmé après la dernière action.',
  anythingElse: 'Question ouverte avant de conclure (« autre chose ? »).',
  noAnythingElse: 'Pas de « avez-vous d’autres questions ? » avant de conclure.',
  safetyNet: 'Filet de sécurité donné (quoi faire si ça s’aggrave).',
  noSafetyNet: 'Des symptômes ont été évoqués, mais aucun filet de sécurité avant de raccrocher.',
  confirmedWrongPlan:
    'Vous confirmez un rendez-vous ou un rappel alors que l’urgence vitale devait partir au 15 tout de suite.',
  leave: 'Prise de congé courtoise.',
  noLeave: 'Pas de formule de prise de congé.',
  callerTookLeave: 'L’appelant a pris congé et raccroché aussitôt : l’appel s’est conclu sur son au revoir.',
  bluntLeave: 'Prise de congé sèche.',
  bareConfirmation:
    'Confirmation sans contenu (« c’est noté », « c’est fait ») : le jour, l’heure, le praticien ou le numéro ne sont pas redits.',
  handedOn: 'Appel passé au médecin en l’annonçant (« je vous la passe, ne quittez pas »).',
  conditionalNotNet:
    'Le 15 « si ça s’aggrave » n’est pas un filet de sécurité quand les signes d’urgence sont là maintenant.',
  leaveInDanger: 'Prise de congé d’un appelant qui devait appeler le 15 tout de suite.',
  leftInDanger: (line: string) =>
    `Urgence vitale : l’appelant est laissé seul avec sa question ou son doute (« ${excerpt(line, 50)} ») ; la prise de congé ne peut pas aller au-delà de « insuffisant ».`,
  unansweredQuestion: (line: string) =>
    `Question de l’appelant restée sans réponse avant de conclure (« ${excerpt(line, 50)} »).`,
  cutOff: (line: string) =>
    `Vous avez raccroché alors que l’appelant attendait une réponse (« ${excerpt(line, 50)} »).`,
} as const;

/** `2026-03-17T09:00` → « 17/03 à 9 h 00 ». */
function slotTime(start: string): string {
  const m = /^\d{4}-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(start);
  return m ? `${m[2]}/${m[1]} à ${Number(m[3])} h ${m[4]}` : start;
}

export const TIPS = {
  greetingMissing: (practice: string) =>
    `Dès le décroché, présentez le cabinet et vous-même : « ${practice}, [votre prénom] à l’appareil, bonjour. »`,
  greetingLate: (practice: string) =>
    `Faites de la salutation votre toute première phrase : « ${practice}, [votre prénom] à l’appareil, bonjour. »`,
  practiceUnnamed: (practice: string) =>
    `Nommez le cabinet en décrochant (« ${practice}, bonjour ») : l’appelant sait tout de suite qu’il est au bon endroit.`,
  speakerUnnamed: 'Donnez votre prénom après le nom du cabinet : « …, Julie à l’appareil, bonjour. »',
  greetingFamiliar: 'Gardez le vouvoiement et un registre soutenu dès la première phrase.',
  greetingHesitant:
    'Ayez la formule prête avant de décrocher et commencez par elle : « Cabinet …, [votre prénom] à l’appareil, bonjour. »',
  greetingGood: 'Accueil complet : gardez cette formule (cabinet, prénom, bonjour) à chaque appel.',

  identity:
    'Avant de réserver ou de prendre un message, demandez le nom (épelé), la date de naissance et un numéro de rappel : « Pour le dossier, il me faudrait votre nom et votre date de naissance. »',
  identityLate: 'Identifiez le patient avant d’agir : c’est ce qui évite le mauvais dossier.',
  homonym:
    'Quand un nom existe en double au dossier, vérifiez toujours la date de naissance : « Vous êtes bien née le… ? »',
  identificationGood:
    'Identification complète : gardez le réflexe nom, date de naissance, numéro avant d’agir.',

  emotionMissed:
    'Quand l’appelant s’inquiète ou s’agace, nommez-le avant d’enchaîner : « Je comprends votre inquiétude, je m’occupe de vous. »',
  minimizing:
    'Bannissez « calmez-vous » et « ce n’est rien » : dites plutôt « J’entends bien que c’est inquiétant. »',
  blunt:
    'Adoucissez un refus : « Malheureusement, ce n’est pas possible aujourd’hui, mais voici ce que je peux vous proposer… »',
  familiarity: 'Vouvoyez toujours l’appelant, même pour le rassurer : « Je m’occupe de vous, madame. »',
  empathyGood: 'Continuez à accueillir chaque émotion par une phrase d’écoute avant de passer à la solution.',

  reformulationMissing:
    'Avant d’agir, résumez la demande et faites-la confirmer : « Si je comprends bien, …, c’est bien ça ? »',
  reformulationLate:
    'Reformulez avant de réserver ou d’orienter, pas après : c’est ce qui évite les erreurs.',
  factsMissing: (labels: readonly string[], someCovered: boolean) =>
    someCovered
      ? `Dans votre reformulation, reprenez aussi ${list(labels)}.`
      : `Reformulez les points clés de la demande avant d’agir : ${list(labels)}.`,
  reformulationGood: 'Reformulation complète : gardez le réflexe « Si je comprends bien… c’est bien ça ? »',

  pickupLate:
    'Décrochez avant la troisième sonnerie : chaque sonnerie de plus fait attendre un patient parfois inquiet.',
  missed: 'Décrochez dès les premières sonneries : un appel manqué est un patient sans réponse.',
  openingSilence:
    'Parlez dès que vous décrochez : « Cabinet …, [votre prénom] à l’appareil, bonjour. » Un blanc au décroché inquiète.',
  slowReply:
    'Répondez sans laisser de blanc ; si vous devez chercher, annoncez-le : « Je regarde l’agenda, un instant. »',
  holdUnannounced: 'Demandez avant de mettre en attente : « Puis-je vous mettre en attente un instant ? »',
  holdNotThanked: 'En reprenant l’appel, remerciez : « Merci de votre patience. »',
  holdInEmergency:
    'Devant des signes d’urgence vitale, ne mettez pas en attente : orientez vers le 15 tout de suite, le dossier attendra.',
  holdTooLong:
    'Revenez vers l’appelant en moins d’une minute (« Je suis toujours en train de regarder, je reviens vers vous ») ; si c’est long, proposez plutôt de rappeler.',
  tooLong: (targetS: number) =>
    `Visez environ ${duration(targetS * 1000)} : une fois la demande reformulée, allez droit à la solution.`,
  tooShort:
    'Ne concluez pas trop vite : prenez le temps de comprendre la demande et d’apporter une solution.',
  timingGood: 'Bon rythme : continuez à décrocher vite et à répondre sans laisser de blanc.',

  refusalWithoutAlternative:
    'Un refus s’accompagne toujours d’une solution : liste d’attente, rappel, un associé, un confrère, la téléconsultation.',
  redFlag:
    'Face à des signes d’urgence vitale, faites raccrocher et appeler le 15 tout de suite, sans proposer de rendez-vous.',
  orientationGood: 'Bonne orientation : continuez à choisir la solution dans les consignes du praticien.',

  refused: 'Vérifiez l’agenda avant d’agir : un créneau pris ou passé ne se réserve pas.',
  slot: (typeLabel: string, minutes: number) =>
    `Choisissez un créneau prévu pour « ${typeLabel} » et assez long (${minutes} min).`,
  noPatientName: 'Notez toujours le nom et le prénom du patient sur le rendez-vous, épelés et vérifiés.',
  noAppointmentType:
    'Choisissez le type de rendez-vous (consultation, échographie…) : c’est lui qui fixe la durée et le praticien.',
  emergencyMessageNotUrgent:
    'Un message sur une urgence vitale porte la mention « urgent » : le médecin doit le lire en premier.',
  noCallbackNumber:
    'Avant d’inscrire sur la liste d’attente ou de promettre un rappel, demandez le numéro où joindre l’appelant : « À quel numéro puis-je vous rappeler ? »',
  urgentSlot:
    'Les créneaux d’urgence sont réservés aux cas que prévoient les consignes : proposez d’abord le premier créneau ordinaire.',
  doubleBooking: 'Un seul rendez-vous par demande : pour en changer, déplacez ou annulez le premier.',
  wrongAppointment:
    'Avant de déplacer ou d’annuler, retrouvez le rendez-vous par le nom ET la date de naissance : deux patients peuvent porter le même nom.',
  message: (items: readonly string[]) => `Un message pour le médecin doit contenir ${list(items)}.`,
  accuracyGood: 'Actions justes : continuez à relire le créneau et le message avant de valider.',
  wrongRecord:
    'Avant d’enregistrer, vérifiez que c’est la bonne réponse à la situation (consignes du cabinet, signes d’alerte) : un message ou une liste d’attente ne remplacent pas le 15 ou le créneau prévu.',

  medicalAdvice:
    'Ne donnez aucun avis : « Je ne peux pas vous donner d’avis médical, mais je transmets votre question au docteur. »',
  discrimination:
    'Un refus ne s’appuie que sur les consignes (agenda, patientèle) : jamais sur la couverture, l’origine, le handicap, l’âge ou la maladie. « C’est la même règle pour tous nos patients. »',
  roleGood: 'Rôle respecté : continuez à transmettre au médecin sans donner d’avis.',
  disclosure:
    'Ne dites rien sur un autre patient, même à un proche : « Je ne peux pas vous renseigner, mais je peux transmettre un message. »',
  confidentialityGood: 'Secret respecté : continuez à ne rien dire sur un tiers, même à un proche.',

  notConfirmed:
    'Avant de raccrocher, confirmez ce qui est convenu : jour, heure, praticien, ce qu’il faut apporter.',
  noSafetyNet:
    'Quand des symptômes sont évoqués, donnez un filet de sécurité : « Si ça s’aggrave, appelez le 15. »',
  noAnythingElse: 'Avant de prendre congé, ouvrez : « Avez-vous d’autres questions ? »',
  noLeave: 'Prenez congé poliment : « Avez-vous d’autres questions ? Je vous souhaite une bonne journée. »',
  cutOff: 'Laissez l’appelant finir et répondez à sa dernière question avant de raccrocher.',
  leftInDanger:
    'En urgence vitale, ne prenez pas congé sur un doute : répondez, redites le 15 et pourquoi, et restez en ligne si la personne est seule.',
  redFlagLeave:
    'Face à des signes d’urgence vitale, l’appel se termine sur le 15, tout de suite : « Raccrochez et appelez le 15 maintenant. »',
  closingGood: 'Belle fin d’appel : gardez « confirmation, question ouverte, formule de politesse ».',
} as const;
