/**
 * Every French text of the progress dashboard (DESIGN §2.5), its CSV export's included.
 * Criterion labels come from the scorer (src/scoring/labels.ts).
 */
import type { CriticalRule } from '../../scenarios/schema.ts';
import { typeset } from '../i18n/typography.ts';

const plural = (n: number, one: string, many: string) => (n <= 1 ? one : many);
const frInteger = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });
/** 10000 → « 10 000 ». */
export const count = (n: number) => frInteger.format(n);

const dateTime = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeStyle: 'short' });
/** « 17/03/2026 09:05 ». */
export const shortDate = (time: number) => (Number.isFinite(time) ? dateTime.format(new Date(time)) : '—');

export const fr = typeset({
  empty: {
    title: 'Pas encore de tentative',
    text: 'Vous n’avez encore joué aucun appel avec ce profil. Choisissez un premier scénario dans la bibliothèque : votre progression s’affichera ici après chaque appel.',
    library: 'Aller à la bibliothèque de scénarios',
  },

  summary: {
    title: 'En bref',
    attempts: 'Tentatives',
    passed: 'Réussies',
    mean: 'Note moyenne',
    none: '—',
    mean100: (n: number) => `${n} / 100`,
  },

  next: {
    title: 'Prochain scénario conseillé',
    weakest: (skill: string, level: number) =>
      `Votre compétence la plus faible en ce moment : ${skill} (${level} / 100 sur vos dernières tentatives).`,
    unknown: (skill: string) => `Une compétence encore jamais évaluée : ${skill}.`,
    start: 'Pour commencer, le scénario le plus accessible.',
    best: (best: number | null) =>
      best === null
        ? 'Vous ne l’avez pas encore joué.'
        : `Votre meilleur résultat sur ce scénario : ${best} / 100.`,
    play: (title: string) => `Commencer l’appel : ${title}`,
    none: 'Vous avez maîtrisé tous les scénarios : bravo ! Un appel est réussi à 70 / 100 sans faute critique ; un scénario est maîtrisé quand votre meilleur résultat atteint 80 / 100, une marge au-dessus de la réussite.',
  },

  trend: {
    title: 'Évolution par compétence',
    label: (n: number, per: number) =>
      per > 1
        ? `Graphique en courbes : note moyenne par compétence, par groupe de ${count(per)} tentatives, sur ${count(n)} tentatives. Les valeurs sont dans le tableau qui suit.`
        : `Graphique en courbes : note par compétence à chacune de vos ${count(n)} tentatives. Les valeurs sont dans le tableau qui suit.`,
    help: (n: number, per: number) =>
      per > 1
        ? `Moyenne par groupe de ${count(per)} tentatives consécutives (${count(n)} tentatives au total).`
        : `Note de chaque tentative (${count(n)} au total).`,
    table: 'Valeurs du graphique d’évolution',
    show: 'Afficher les valeurs du graphique',
    point: (first: number, last: number) => (first === last ? `n° ${first}` : `n° ${first} à ${last}`),
    pointColumn: 'Tentatives',
    axis: 'Tentatives',
  },

  radar: {
    title: 'Niveau actuel par compétence',
    label:
      'Graphique radar : niveau actuel par compétence, sur 100. Les valeurs sont dans le tableau qui suit.',
    help: 'Moyenne de vos 5 dernières notes applicables, compétence par compétence.',
    table: 'Niveau actuel par compétence',
    skillColumn: 'Compétence',
    levelColumn: 'Niveau (sur 100)',
    notEvaluated: 'pas encore évalué',
  },

  rescore: {
    running: (n: number) =>
      `Recalcul en cours : ${count(n)} ${plural(n, 'tentative notée', 'tentatives notées')} avec une ancienne version de la grille ${plural(n, 'est réévaluée', 'sont réévaluées')}. Les chiffres affichés sont ceux enregistrés et peuvent encore changer.`,
    done: (n: number) =>
      `${count(n)} ${plural(n, 'tentative recalculée', 'tentatives recalculées')} avec la grille actuelle : les chiffres sont à jour.`,
  },

  chart: {
    loading: 'Chargement du graphique…',
    failed: 'Le graphique n’a pas pu être affiché ; les valeurs restent lisibles dans le tableau.',
  },

  table: {
    title: 'Mes tentatives',
    filter: 'Filtrer par scénario',
    allScenarios: 'Tous les scénarios',
    date: 'Date',
    scenario: 'Scénario',
    outcome: 'Issue',
    total: 'Note',
    passed: 'Réussi',
    debrief: 'Débriefing',
    open: 'Voir le débriefing',
    yes: 'oui',
    no: 'non',
    passedCell: (passed: boolean, critical: boolean) =>
      passed ? 'oui' : critical ? 'non (échec critique)' : 'non',
    noScore: '—',
    score: (n: number) => `${n} / 100`,
    shown: (shown: number, total: number) =>
      total === 0
        ? 'Aucune tentative ne correspond à ce filtre.'
        : shown >= total
          ? `${count(total)} ${plural(total, 'tentative', 'tentatives')}.`
          : `${count(shown)} ${plural(shown, 'tentative affichée', 'tentatives affichées')} sur ${count(total)}, dans l’ordre du tri.`,
    more: (n: number) => `Afficher plus (${count(n)} de plus)`,
  },

  best: {
    title: 'Meilleur résultat par scénario',
    scenario: 'Scénario',
    attempts: 'Tentatives',
    best: 'Meilleur résultat',
    passed: 'Réussi',
    last: 'Dernier essai',
    none: '—',
  },

  transfer: {
    title: 'Exporter et importer',
    csv: 'Exporter en CSV',
    csvHelp: 'Un tableau pour Excel ou LibreOffice : une ligne par tentative, une colonne par compétence.',
    json: 'Exporter mes tentatives',
    jsonHelp: 'Le fichier complet, avec le déroulé de chaque appel : pour changer d’ordinateur ou archiver.',
    import: 'Importer des tentatives',
    importHelp:
      'Un fichier exporté par Décroche. Chaque tentative est rejouée et notée à nouveau ; celles déjà présentes sont ignorées (un import interrompu reprend là où il s’était arrêté).',
    importing: 'Import en cours…',
    otherProfile: (name: string) =>
      `Ce fichier est celui de « ${name} » : ses tentatives sont dans son profil, pas dans le vôtre (choisissez « ${name} » sur l’accueil pour les voir).`,
    exporting: 'Export en cours…',
    progress: (done: number, total: number) => `${count(done)} sur ${count(total)}`,
    rescored: (n: number) =>
      `${count(n)} ${plural(n, 'tentative notée', 'tentatives notées')} sur ${plural(n, 'son', 'leur')} rejeu : ${plural(n, 'son journal ne correspondait', 'leur journal ne correspondait')} pas.`,
    exported: (file: string) => `Fichier « ${file} » téléchargé.`,
    exportFailed: (detail: string) => `L’export a échoué : ${detail}`,
    imported: (imported: number, skipped: number) =>
      (imported === 0
        ? 'Aucune nouvelle tentative importée'
        : `${count(imported)} ${plural(imported, 'tentative importée', 'tentatives importées')}`) +
      (skipped
        ? ` ; ${count(skipped)} déjà ${plural(skipped, 'présente ignorée', 'présentes ignorées')}`
        : '') +
      '.',
    importErrors: (n: number) =>
      n === 1
        ? 'Une partie du fichier n’a pas pu être importée :'
        : `${count(n)} problèmes dans le fichier :`,
    importFailed: (detail: string) => `L’import a échoué : ${detail}`,
    unreadable: 'Le fichier n’a pas pu être lu.',
  },

  /** The CSV export's headers and cells. */
  csv: {
    date: 'Date',
    scenario: 'Scénario',
    scenarioId: 'Identifiant du scénario',
    outcome: 'Issue',
    verdict: 'Résultat',
    total: 'Note globale',
    critical: 'Échec critique',
    passed: 'réussi',
    failed: 'non réussi',
    criticalLabels: {
      'red-flag': 'Urgence vitale non orientée vers le 15',
      secrecy: 'Secret médical rompu',
      'medical-advice': 'Avis médical donné',
      discrimination: 'Refus discriminatoire',
    } satisfies Record<CriticalRule, string>,
  },
} as const);
