/**
 * Every French text of the debrief screen (DESIGN §2.5). Criterion labels, critical rules, the
 * reasons of each point and the tips come from the scorecard itself (src/scoring/messages.ts).
 */
import type { CriticalRule, Verdict } from '../../scenarios/schema.ts';
import { typeset } from '../i18n/typography.ts';

const plural = (n: number, one: string, many: string) => (n <= 1 ? one : many);

export const fr = typeset({
  title: 'Débriefing',
  played: (when: string) => `Appel du ${when}`,
  scenarioRemoved:
    'Ce scénario n’existe plus dans cette version de Décroche : voici la notation enregistrée et votre appel, sans l’appel modèle ni les points clés.',
  noScorecard:
    'Cette tentative ne peut pas être notée : son scénario n’existe plus et aucune notation n’avait été enregistrée. Votre appel reste lisible ci-dessous.',

  critical: {
    title: 'Échec critique',
    intro: 'Cette faute fait échouer l’appel, quelle que soit la note :',
    rule: 'La règle',
    moments: 'Où, dans l’appel',
  },
  criticalLabels: {
    'red-flag': 'Urgence vitale non orientée vers le 15',
    secrecy: 'Secret médical rompu',
    'medical-advice': 'Avis médical donné',
    discrimination: 'Refus discriminatoire',
  } satisfies Record<CriticalRule, string>,

  result: {
    title: 'Résultat',
    passed: 'Réussi',
    failed: 'Non réussi',
    totalLabel: 'Note globale',
    total: (n: number) => `${n} / 100`,
    passMarkLabel: 'Seuil de réussite',
    outcomeLabel: 'Issue de l’appel',
    verdicts: { correct: 'correcte', acceptable: 'acceptable', wrong: 'à revoir' } satisfies Record<
      Verdict,
      string
    >,
    outcome: (label: string, verdict: string) => `${label} (issue ${verdict})`,
    rubricLabel: 'Notation',
    /** Why the call is not passed although no critical failure was found (scorecard `failures`). */
    failuresTitle: 'Pourquoi l’appel n’est pas réussi',
    failureAt: 'à',
    rubric: (version: number) => `Barème v${version}`,
  },
  /** Points lost on a reading the analyser was unsure of. */
  uncertain: 'lecture incertaine',
  uncertainHelp:
    'Le programme n’était pas sûr d’avoir bien compris cette phrase : si ce n’est pas ce que vous vouliez dire, signalez-le à votre formatrice.',

  criteria: {
    title: 'Critères',
    help: 'Choisissez un critère pour ne voir, dans le déroulé de l’appel, que les moments qui lui ont fait gagner ou perdre des points. Un second clic affiche de nouveau tout l’appel.',
    score: (n: number) => `${n} / 100`,
    meterText: (n: number) => `${n} sur 100`,
    notApplicable: 'Non évalué',
    notApplicableHelp: 'Ce critère ne s’appliquait pas à cet appel : il ne compte pas dans la note.',
    notEvaluated: (reason: string) => `Non évalué : ${reason}. Ce critère ne compte pas dans la note.`,
    tip: 'Conseil :',
    showAll: 'Afficher tout l’appel',
  },

  review: {
    title: 'Relecture par la formation',
    overridden: (author: string | null, after: number, before: number) =>
      `Note relue${author ? ` par ${author}` : ''} : ${after} / 100 (note automatique : ${before} / 100).`,
    reason: 'Motif :',
    finalResult: (total: number, passed: boolean, automatic: number, automaticPassed: boolean) =>
      `Après relecture : ${total} / 100, ${passed ? 'réussi' : 'échoué'} (note automatique : ${automatic} / 100, ${automaticPassed ? 'réussi' : 'échoué'}).`,
    verdict: (author: string | null, after: boolean, before: boolean) =>
      `Verdict relu${author ? ` par ${author}` : ''} : ${after ? 'réussi' : 'échoué'} (avant : ${before ? 'réussi' : 'échoué'}).`,
    reviewed: (by: string | null) => `Appel relu${by ? ` par ${by}` : ''}.`,
    comment: (author: string | null) => `Commentaire${author ? ` de ${author}` : ''} :`,
    dispute: (criterion: string) => `Contestation sur « ${criterion} » :`,
    disputeOpen: 'en attente de réponse.',
    answer: (by: string | null) => `Réponse${by ? ` de ${by}` : ''} :`,
  },

  dispute: {
    title: 'Contester une note',
    help: 'Vous pensez qu’un critère est mal noté ? Dites pourquoi en une phrase : votre formatrice ou formateur vous répondra.',
    criterion: 'Critère',
    choose: 'Choisir un critère',
    message: 'Pourquoi',
    submit: 'Envoyer la contestation',
    sent: 'Contestation envoyée.',
  },

  timeline: {
    title: 'Déroulé de l’appel',
    label: 'Déroulé de l’appel',
    all: (n: number) => `Tout l’appel : ${n} ${plural(n, 'moment', 'moments')}.`,
    filtered: (criterion: string, n: number) =>
      `Critère « ${criterion} » : ${n} ${plural(n, 'moment', 'moments')} de l’appel.`,
    none: (criterion: string) => `Aucun moment précis de l’appel pour le critère « ${criterion} ».`,
    empty: 'Le journal de cet appel est vide.',
    who: { caller: 'Appelant', trainee: 'Vous', system: 'Appel' },
    flagged: 'Signalé : « ce n’est pas ce que je voulais dire »',
    points: (p: number) => (p > 0 ? `+${p}` : p < 0 ? `−${-p}` : '±0'),
    pointsText: (p: number) =>
      p > 0
        ? `${p} ${plural(p, 'point gagné', 'points gagnés')}`
        : p < 0
          ? `${-p} ${plural(-p, 'point perdu', 'points perdus')}`
          : 'sans effet sur la note',
    criticalBadge: 'Faute critique',
    outcome: (label: string) => `Issue de l’appel : ${label}`,
    ring: (n: number) => `Sonnerie n° ${n}`,
    moment: 'Moment de l’appel',
    typing: 'Vous commencez à taper votre réponse',
  },

  model: {
    title: 'Transcription modèle',
    intro: 'Une manière de mener cet appel, à comparer avec la vôtre.',
    who: { caller: 'Appelant', trainee: 'Secrétaire' },
  },
  notes: {
    title: 'Points clés du scénario',
  },

  /** The debrief's route: finding the attempt (src/ui/app/DebriefRoute.svelte). */
  route: {
    loading: 'Chargement du débriefing…',
    notFound: 'Cette tentative n’existe pas (ou plus) dans ce navigateur.',
    notSaved:
      'La tentative n’a pas pu être enregistrée. Le débriefing ci-dessous est affiché, mais il ne sera pas conservé.',
  },

  /** An attempt the debrief cannot show (src/ui/app/DebriefRoute.svelte). */
  broken: {
    title: 'Cette tentative ne peut pas être affichée : ses données sont abîmées.',
    offer:
      'Vous pouvez la mettre de côté : elle ne comptera plus dans votre progression, et vous pourrez l’exporter ou la supprimer depuis « Données mises de côté ».',
    setAside: 'Mettre cette tentative de côté',
    done: 'Tentative mise de côté.',
    quarantineLink: 'Voir les données mises de côté',
    failed: 'La tentative n’a pas pu être mise de côté. Réessayez plus tard.',
  },

  actions: {
    label: 'Et maintenant ?',
    replay: 'Rejouer',
    next: 'Scénario suivant',
    progress: 'Voir ma progression',
  },
} as const);
