/** The French texts of the manager and trainer space (Équipe). */
import { CRITERION_LABELS } from '../../scoring/labels.ts';
import { count, plural } from '../i18n/fr.ts';
import { typeset } from '../i18n/typography.ts';
import { CALLER_TYPE_LABELS } from '../library/strings.ts';
import type { Shortfall } from './api.ts';
import { fr as shell } from './shell.ts';
import type { Band } from './matrix.ts';

export { CALLER_TYPE_LABELS, CRITERION_LABELS };

const date = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'medium' });
const dateTime = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'medium', timeStyle: 'short' });

export const BAND_LABELS: Record<Band, string> = {
  mastered: 'maîtrisé',
  acquired: 'acquis',
  progressing: 'en progrès',
  weak: 'à travailler',
};

export function shortfallText(s: Shortfall): string {
  switch (s.kind) {
    case 'noAttempt':
      return 'aucun appel pour l’instant';
    case 'callerType':
      return `${CALLER_TYPE_LABELS[s.callerType]} : ${count(s.passes)} ${plural(s.passes, 'réussite', 'réussites')} sur ${count(s.need)}`;
    case 'critical':
      return `${count(s.count)} ${plural(s.count, 'échec critique', 'échecs critiques')} dans les ${count(s.last)} derniers appels`;
    case 'criterion':
      return `${CRITERION_LABELS[s.criterion]} à ${count(s.level)} (il faut ${count(s.need)})`;
  }
}

export const fr = typeset({
  title: shell.title,
  notStaff:
    'Cet espace est réservé aux formateurs et aux responsables. Connectez-vous avec un compte d’équipe.',
  login: 'Aller à la page Compte',
  calibrationLink: 'Séances de calibrage',
  exports: {
    intro: 'Exporter tous les appels de votre périmètre :',
    filtered: 'Exporter les appels de votre périmètre retenus par les filtres :',
    csv: 'tableur (CSV)',
    xapi: 'relevés xAPI (JSON)',
  },
  loading: 'Chargement de la matrice…',
  intro:
    'Le niveau récent de chaque stagiaire : la moyenne de ses 5 derniers appels notés sur la compétence ou le type d’appelant, avec leur nombre. Choisissez une case pour voir les appels derrière.',
  filters: 'Filtres',
  group: 'Groupe',
  allGroups: 'Tous vos groupes',
  from: 'Du',
  to: 'Au',
  view: 'Colonnes',
  viewCriteria: 'Compétences',
  viewCallerTypes: 'Types d’appelant',
  tableCaption: (n: number) => `${count(n)} ${plural(n, 'stagiaire', 'stagiaires')}`,
  trainee: 'Stagiaire',
  trend: 'Tendance',
  ready: 'Prêt à décrocher',
  readyYes: 'Prêt',
  readyNo: 'Pas encore',
  average: 'Moyenne',
  last: 'Dernier appel',
  never: 'jamais',
  sortBy: (label: string) => `Trier par ${label}`,
  empty: 'Aucun stagiaire dans ce périmètre.',
  noValue: 'aucun appel',
  noValueShort: '—',
  cellValue: (level: number, band: Band, n: number) =>
    `${count(Math.round(level))}, ${BAND_LABELS[band]}, sur ${count(n)} ${plural(n, 'appel', 'appels')}`,
  cellLabel: (name: string, column: string, value: string) =>
    `${name}, ${column} : ${value}. Voir les appels`,
  shownOf: (shown: number, total: number) =>
    `${count(shown)} stagiaires affichés sur ${count(total)}, dans l’ordre du tri.`,
  showMore: (n: number) => `Afficher les ${count(n)} suivants`,
  showAll: (n: number) => `Afficher les ${count(n)}`,
  trendText: (totals: number[]) =>
    totals.length
      ? `Tendance des ${count(totals.length)} derniers totaux : ${totals.join(', ')}`
      : 'Aucun appel',
  legend: 'Légende',
  drillTitle: (name: string, column: string) => `Appels de ${name} — ${column}`,
  drillNone: 'Aucun appel derrière cette case.',
  drillClose: 'Fermer',
  drillChartTotal: 'Total de l’appel',
  drillChartFailed: 'Le graphique n’a pas pu être affiché ; les valeurs restent dans la liste ci-dessous.',
  drillChartLabel: (column: string, scores: number[], withTotal: boolean) =>
    `Graphique : ${column} appel par appel, du plus ancien au plus récent : ${scores.map((s) => count(Math.round(s))).join(', ')}${withTotal ? ', avec le total de chaque appel' : ''}. Les valeurs sont dans la liste ci-dessous.`,
  drillScore: (score: number) => `${count(Math.round(score))} / 100`,
  drillTotal: (total: number, passed: boolean) => `total ${count(total)}, ${passed ? 'réussi' : 'échoué'}`,
  openAttempt: 'Voir le débriefing',
  date: (iso: string) => date.format(new Date(iso)),
  dateTime: (iso: string) => dateTime.format(new Date(iso)),
  rule: {
    title: 'Règle « Prêt à décrocher »',
    intro: 'Un stagiaire est prêt quand toutes ces conditions sont remplies.',
    core: 'Types d’appelant indispensables',
    minPasses: 'Réussites exigées par type',
    windowDays: 'Sur les derniers (jours)',
    noCriticalInLast: 'Aucun échec critique dans les derniers (appels)',
    minCriterion: 'Niveau minimal de chaque compétence',
    save: 'Enregistrer la règle',
    saved: 'Règle enregistrée.',
    summary: (types: string[], passes: number, days: number, critical: number, min: number) =>
      `${types.length ? `${types.join(', ')} réussis ${count(passes)} fois en ${count(days)} jours` : 'aucun type exigé'} ; aucun échec critique dans les ${count(critical)} derniers appels ; chaque compétence ≥ ${count(min)}.`,
  },
  review: {
    title: 'Relecture',
    trainee: 'Stagiaire',
    caller: 'Appelant',
    overrideTitle: 'Corriger la note d’un critère',
    overrideHelp:
      'La note automatique reste visible à côté de la vôtre ; le stagiaire voit la correction et son motif.',
    criterion: 'Critère',
    choose: 'Choisir un critère',
    criterionOption: (label: string, automatic: number, reviewed: number | undefined) =>
      `${label} (automatique : ${automatic}${reviewed === undefined ? '' : `, relue : ${reviewed}`})`,
    score: 'Note relue (0 à 100)',
    reason: 'Motif',
    overrideSubmit: 'Enregistrer la correction',
    overrideSaved: 'Correction enregistrée.',
    commentTitle: 'Commenter',
    moment: 'Moment de l’appel',
    wholeCall: 'Tout l’appel',
    comment: 'Commentaire',
    commentSubmit: 'Publier le commentaire',
    commentSaved: 'Commentaire publié.',
    reviewedTitle: 'Terminer la relecture',
    alreadyReviewed: (by: string | null) => `Déjà relu${by ? ` par ${by}` : ''}.`,
    overall: 'Commentaire d’ensemble (facultatif)',
    reviewedSubmit: 'Marquer comme relu',
    reviewedSaved: 'Appel marqué comme relu.',
    disputeTitle: (criterion: string, author: string | null) =>
      `Contestation sur « ${criterion} »${author ? ` par ${author}` : ''}`,
    answer: 'Votre réponse',
    resolve: 'Répondre et clore',
    answerSaved: 'Réponse envoyée, contestation close.',
    verdictTitle: 'Corriger le verdict',
    verdictLegend: 'Verdict relu',
    verdictLabel: 'Verdict',
    passedText: (passed: boolean) => (passed ? 'Réussi' : 'Échoué'),
    verdictReason: 'Justification du verdict',
    verdictSubmit: 'Enregistrer le verdict',
    verdictSaved: 'Verdict enregistré.',
    finalResult: (total: number, passed: boolean, automatic: number, automaticPassed: boolean) =>
      `Après relecture : ${total} / 100, ${passed ? 'réussi' : 'échoué'} (automatique : ${automatic} / 100, ${automaticPassed ? 'réussi' : 'échoué'}).`,
    auditTitle: 'Historique des corrections',
    when: 'Quand',
    who: 'Qui',
    before: 'Avant (automatique)',
    after: 'Après',
  },
  queue: {
    title: shell.reviewTitle,
    intro:
      'Les appels de vos groupes à relire : contestations, échecs critiques, appels échoués, répliques signalées par le stagiaire, lectures incertaines qui ont coûté des points, et un échantillon au hasard.',
    sample: 'Échantillon au hasard (%)',
    saveSample: 'Enregistrer',
    sampleSaved: 'Échantillon enregistré.',
    empty: 'Rien à relire pour l’instant.',
    reasons: {
      dispute: 'contestation',
      critical: 'échec critique',
      failed: 'échoué',
      flagged: 'réplique signalée',
      uncertain: 'lecture incertaine',
      sample: 'échantillon',
    },
    open: 'Relire',
    link: 'Appels à relire',
  },
  assignments: {
    title: 'Devoirs',
    scenario: 'Scénario',
    due: 'À rendre le',
    completion: 'Fait par',
    done: (done: number, of: number) => `${count(done)} sur ${count(of)}`,
    none: 'Aucun devoir pour l’instant.',
    chooseGroup: 'Choisir un groupe',
    chooseScenario: 'Choisir un scénario',
    submit: 'Donner ce devoir',
    saved: 'Devoir donné.',
  },
  attempt: {
    title: shell.attemptTitle,
    loading: 'Chargement de l’appel…',
    back: 'Retour à la matrice',
    who: (name: string) => `Appel de ${name} (lecture seule).`,
  },
});
