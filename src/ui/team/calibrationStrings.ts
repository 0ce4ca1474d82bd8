/** The French texts of the calibration screens. */
import { CRITERION_LABELS, CRITICAL_RULE_TEXT } from '../../scoring/labels.ts';
import { count, plural } from '../i18n/fr.ts';
import { typeset } from '../i18n/typography.ts';
import { fr as shell } from './shell.ts';

export { CRITERION_LABELS, CRITICAL_RULE_TEXT };

const decimal = new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const dateTime = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'medium', timeStyle: 'short' });

/** A κ in French, with Landis and Koch's reading of it. */
export function kappaText(kappa: number | null | undefined): string {
  if (kappa === null || kappa === undefined || Number.isNaN(kappa)) return '—';
  return decimal.format(kappa);
}

/** An ICC in words, with the bands of Koo & Li (2016): below 0.5 poor, 0.75 moderate, 0.9 good. */
export function iccReading(icc: number | null | undefined): string {
  if (icc === null || icc === undefined || Number.isNaN(icc)) return 'pas assez de données';
  if (icc < 0.5) return 'fidélité faible';
  if (icc < 0.75) return 'fidélité modérée';
  if (icc < 0.9) return 'bonne fidélité';
  return 'excellente fidélité';
}

export function kappaReading(kappa: number | null | undefined): string {
  if (kappa === null || kappa === undefined || Number.isNaN(kappa)) return 'pas assez de données';
  if (kappa < 0) return 'désaccord';
  if (kappa < 0.21) return 'accord très faible';
  if (kappa < 0.41) return 'accord faible';
  if (kappa < 0.61) return 'accord modéré';
  if (kappa < 0.81) return 'accord fort';
  return 'accord presque parfait';
}

export const fr = typeset({
  title: shell.calibrationTitle,
  intro:
    'Plusieurs formateurs notent les mêmes appels à l’aveugle, critère par critère, sur l’échelle de 0 à 4 de la grille. Ensuite seulement, chacun voit l’accord entre évaluateurs et avec la note automatique.',
  back: 'Retour à la liste des séances',
  backTeam: 'Retour à la matrice',
  link: 'Séances de calibrage',
  loading: 'Chargement…',
  sessions: 'Vos séances',
  none: 'Aucune séance pour l’instant.',
  summary: (attempts: number, submitted: number, raters: number) =>
    `${count(attempts)} ${plural(attempts, 'appel', 'appels')}, ${count(submitted)} ${plural(submitted, 'évaluateur a validé', 'évaluateurs ont validé')} sur ${count(raters)}`,
  createdBy: (name: string | null, at: string) =>
    `Créée${name ? ` par ${name}` : ''} le ${dateTime.format(new Date(at))}`,
  open: 'Ouvrir',
  toGrade: 'à noter',
  create: {
    title: 'Nouvelle séance',
    name: 'Titre de la séance',
    calls: 'Appels à calibrer',
    noCalls: 'Aucun appel de stagiaire dans vos groupes pour l’instant.',
    call: (trainee: string, title: string, at: string) =>
      `${trainee} — ${title}, ${dateTime.format(new Date(at))}`,
    raters: 'Évaluateurs (au moins deux)',
    role: (role: string) => (role === 'manager' ? 'responsable' : 'formateur'),
    submit: 'Créer la séance',
    created: 'Séance créée.',
  },
  grade: {
    blind:
      'Notation à l’aveugle : ni la note automatique ni les notes des autres évaluateurs ne sont visibles avant que vous validiez.',
    call: (n: number, of: number, title: string) => `Appel ${count(n)} sur ${count(of)} : ${title}`,
    transcript: 'Transcription de l’appel',
    caller: 'Appelant',
    trainee: 'Stagiaire',
    tool: 'Action',
    grades: 'Notes par critère (0 à 4)',
    na: 'sans objet',
    verdict: 'Verdict',
    passed: 'Réussi',
    failed: 'Échoué',
    critical: 'Échecs critiques',
    comment: 'Commentaire (facultatif)',
    save: 'Enregistrer les notes de cet appel',
    saved: (n: number) => `Notes de l’appel ${count(n)} enregistrées.`,
    graded: 'noté',
    notGraded: 'pas encore noté',
    progress: (done: number, of: number) =>
      `${count(done)} ${plural(done, 'appel noté', 'appels notés')} sur ${count(of)}`,
    submit: 'Valider mes notes',
    submitHint: 'Une fois validées, vos notes ne changent plus et les résultats s’affichent.',
    waiting:
      'Vous n’êtes pas évaluateur de cette séance : les résultats s’affichent dès qu’un évaluateur a validé.',
  },
  results: {
    title: 'Résultats',
    method: (method: string | null, raters: number) =>
      method === 'fleiss'
        ? `κ de Fleiss entre les ${count(raters)} évaluateurs qui ont validé (il lit les notes comme des catégories), et corrélation intraclasse ICC(2,1), accord absolu (elle lit les notes comme une échelle : un point d’écart compte moins que trois).`
        : method === 'cohen-quadratic'
          ? 'κ de Cohen à pondération quadratique entre les deux évaluateurs qui ont validé.'
          : 'Il faut au moins deux évaluateurs ayant validé pour mesurer leur accord.',
    pooled: 'Toutes notes confondues',
    passFail: 'Verdict réussi / échoué',
    interTitle: 'Accord entre évaluateurs et avec la note automatique, par critère',
    criterion: 'Critère',
    between: 'Entre évaluateurs',
    versus: (name: string) => `${name} / automatique`,
    icc: 'Corrélation intraclasse ICC(2,1), toutes notes confondues',
    iccCell: (icc: string, reading: string) => `ICC ${icc} (${reading})`,
    cell: (kappa: string, reading: string, n: number) =>
      `${kappa} (${reading}, ${count(n)} ${plural(n, 'note', 'notes')})`,
    callsTitle: 'Les appels où les notes divergent le plus',
    spread: (between: number, automatic: number) =>
      `écart moyen entre évaluateurs : ${decimal.format(between)} ; avec la note automatique : ${decimal.format(automatic)}`,
    differing: 'Critères en désaccord',
    allAgree: 'Aucun désaccord sur cet appel.',
    gradesTitle: (title: string) => `Notes de l’appel « ${title} »`,
    automatic: 'Note automatique',
    verdictRow: 'Verdict',
    passed: 'réussi',
    failed: 'échoué',
    download: 'Télécharger les désaccords (JSONL, pour l’analyseur)',
    reviewCall: 'Relire l’appel',
  },
});
