/**
 * Every French text of the app shell and its screens (home, library, debrief, progress,
 * settings), in one catalogue (DESIGN §2.5). The call screen keeps its own (src/ui/call/strings.ts),
 * the scorer its own (src/scoring/messages.ts): both are re-exported here where the shell needs them.
 * Functions take already formatted parts, so every sentence stays here.
 */
import type { CallerType, CriterionId, CriticalRule, Verdict } from '../../scenarios/schema.ts';
import { CRITERION_LABELS, CRITICAL_RULE_TEXT } from '../../scoring/labels.ts';

const plural = (n: number, one: string, many: string) => (n <= 1 ? one : many);
const frInteger = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });
/** 10000 → « 10 000 » (narrow no-break space, as French writes it). */
export const count = (n: number) => frInteger.format(n);

const dateFormat = new Intl.DateTimeFormat('fr-FR', { day: '2-digit', month: '2-digit', year: 'numeric' });
const timeFormat = new Intl.DateTimeFormat('fr-FR', { hour: '2-digit', minute: '2-digit' });

export const CALLER_TYPE_LABELS: Record<CallerType, string> = {
  anxious: 'Anxieux',
  demanding: 'Exigeant',
  'new-patient-refused': 'Nouveau patient refusé',
  'no-slot': 'Pas de créneau',
  urgent: 'Urgence',
  undecided: 'Indécis',
  sceptical: 'Sceptique',
  aggressive: 'Agressif',
  relative: 'Un proche appelle',
  professional: 'Professionnel de santé',
};

export const SKILL_LABELS: Record<CriterionId, string> = CRITERION_LABELS;
export const CRITICAL_LABELS: Record<CriticalRule, string> = {
  'red-flag': 'Urgence vitale non orientée vers le 15',
  secrecy: 'Secret médical rompu',
  'medical-advice': 'Avis médical donné',
  discrimination: 'Refus discriminatoire',
};
export { CRITICAL_RULE_TEXT };

export const VERDICT_LABELS: Record<Verdict, string> = {
  correct: 'correcte',
  acceptable: 'acceptable',
  wrong: 'à revoir',
};

export const fr = {
  app: {
    name: 'Décroche',
    tagline: 'Simulateur d’appels pour télésecrétaires médicales',
    skip: 'Aller au contenu',
    nav: 'Navigation principale',
    navLinks: {
      home: 'Accueil',
      library: 'Bibliothèque',
      progress: 'Progression',
      settings: 'Réglages',
    },
    profile: (name: string) => `Profil : ${name}`,
    noProfile: 'Aucun profil choisi',
    changeProfile: 'Changer de profil',
    loading: 'Chargement…',
    callTitle: 'Appel',
    loadFailed: (detail: string) =>
      `Cette page n’a pas pu être chargée (${detail}). Vérifiez la connexion ou rechargez la page.`,
    debriefTitle: 'Débriefing',
    footer: 'Décroche fonctionne hors ligne : vos données restent dans ce navigateur.',
    notFoundTitle: 'Page introuvable',
    notFound: (path: string) => `L’adresse « ${path} » ne correspond à aucune page.`,
    backHome: 'Revenir à l’accueil',
    needProfile: 'Choisissez d’abord un profil sur la page d’accueil.',
    chooseProfile: 'Choisir un profil',
  },
  notices: {
    region: 'Alertes',
    dismiss: 'Fermer l’alerte',
    setAside: (n: number) =>
      n === 1
        ? 'Un enregistrement illisible a été mis de côté ; le reste de vos données est chargé.'
        : `${count(n)} enregistrements illisibles ont été mis de côté ; le reste de vos données est chargé.`,
    unexpected: (detail: string) => `Une erreur inattendue est survenue : ${detail}`,
    storageUnavailable: 'Le stockage du navigateur est indisponible : rien ne sera enregistré.',
    loadProblems: (n: number) =>
      n === 1
        ? 'Un problème a été trouvé en chargeant vos données ; le reste est chargé.'
        : `${count(n)} problèmes ont été trouvés en chargeant vos données ; le reste est chargé.`,
    details: 'Détails',
  },
  pendingCall: {
    title: 'Un appel n’est pas terminé',
    text: (title: string, when: string) => `Appel « ${title} », commencé ${when}.`,
    unknownScenario: (id: string) =>
      `L’appel en cours porte sur le scénario « ${id} », qui n’existe plus dans cette version.`,
    resume: 'Reprendre l’appel',
    discard: 'Abandonner',
    discarded: 'L’appel en cours a été abandonné.',
  },
  home: {
    title: 'Décroche',
    intro:
      'Entraînez-vous à répondre aux appels difficiles d’un cabinet médical : patients anxieux, exigeants, urgences, agenda complet. Chaque appel est noté, critère par critère, avec les phrases qui ont compté.',
    shared:
      'Plusieurs personnes peuvent s’entraîner sur cet ordinateur : chacune choisit son profil. Les données restent dans ce navigateur.',
    profilesTitle: 'Qui s’entraîne ?',
    noProfiles: 'Aucun profil pour l’instant : créez le vôtre ci-dessous.',
    attempts: (n: number) => `${count(n)} ${plural(n, 'tentative', 'tentatives')}`,
    current: 'profil actif',
    delete: (name: string) => `Supprimer le profil ${name}`,
    deleteShort: 'Supprimer',
    confirmTitle: (name: string) => `Supprimer le profil « ${name} » ?`,
    confirmText:
      'Toutes ses tentatives et son appel en cours seront effacés de ce navigateur. Cette action est définitive. Exportez-les d’abord depuis la page Progression si vous voulez les garder.',
    confirm: 'Confirmer la suppression',
    cancel: 'Annuler',
    deleted: (name: string) => `Le profil « ${name} » a été supprimé.`,
    createTitle: 'Créer un profil',
    nameLabel: 'Votre prénom',
    nameHint: 'Seulement pour distinguer les personnes qui utilisent cet ordinateur (80 caractères au plus).',
    create: 'Créer mon profil',
    continueAs: (name: string) => `Continuer en tant que ${name}`,
    lastUsed: 'dernier profil utilisé',
    loading: 'Ouverture de vos données…',
    nameEmpty: 'Saisissez un nom pour créer le profil.',
    nameTooLong: 'Le nom ne doit pas dépasser 80 caractères.',
    nameTaken: (name: string) => `Un profil « ${name} » existe déjà : choisissez-le dans la liste.`,
    next: 'Voir les scénarios',
  },
  library: {
    title: 'Bibliothèque de scénarios',
    intro: 'Choisissez un appel à traiter. Filtrez par type d’appelant, compétence ou difficulté.',
    filters: 'Filtres',
    callerType: 'Type d’appelant',
    skill: 'Compétence',
    difficulty: 'Difficulté',
    all: 'Tous',
    allSkills: 'Toutes',
    reset: 'Réinitialiser les filtres',
    results: (n: number, total: number) =>
      n === total
        ? `${count(n)} ${plural(n, 'scénario', 'scénarios')}`
        : `${count(n)} ${plural(n, 'scénario', 'scénarios')} sur ${count(total)}`,
    none: 'Aucun scénario ne correspond à ces filtres.',
    difficultyValue: (n: number) => `${n} sur 5`,
    level: (n: number) => `Niveau ${n}`,
    callerTypeTerm: 'Appelant',
    practiceTerm: 'Cabinet',
    skillsTerm: 'Compétences',
    attemptsTerm: 'Vos tentatives',
    bestTerm: 'Meilleur résultat',
    never: 'jamais joué',
    best: (score: number, passed: boolean) => `${score} / 100${passed ? ' (réussi)' : ''}`,
    noBest: '—',
    start: 'Commencer l’appel',
    startNamed: (title: string) => `Commencer l’appel : ${title}`,
    loading: 'Chargement de vos résultats…',
    pending: (title: string, when: string) => `Un appel n’est pas terminé : « ${title} », commencé ${when}.`,
    pendingLink: 'Retrouver cet appel',
  },
  call: {
    loading: 'Préparation de l’appel…',
    heading: (title: string) => `Appel : ${title}`,
    unknownTitle: 'Scénario introuvable',
    unknownScenario: (id: string) => `Le scénario « ${id} » n’existe pas.`,
    toLibrary: 'Revenir à la bibliothèque',
    resumeTitle: 'Un appel était en cours',
    resumeScenario: 'Scénario',
    resumeStarted: 'Commencé',
    resumeUnknown: (id: string) =>
      `Cet appel porte sur le scénario « ${id} », qui n’existe plus dans cette version : il ne peut pas être repris.`,
    resumeText: (title: string, when: string, entries: number) =>
      `Un appel « ${title} » commencé ${when} n’est pas terminé (${count(entries)} ${plural(entries, 'événement', 'événements')} enregistrés). Vous pouvez le reprendre là où il s’était arrêté, ou l’abandonner.`,
    otherScenario: (title: string) =>
      `Cet appel porte sur un autre scénario que celui demandé : « ${title} ». L’abandonner permet de commencer le nouveau.`,
    resume: 'Reprendre cet appel',
    discard: 'Abandonner cet appel',
    discarded: 'L’appel précédent a été abandonné.',
    lockedTitle: 'Appel ouvert dans un autre onglet',
    locked:
      'Un appel de ce profil est déjà en cours dans un autre onglet. Continuez-le là-bas, ou reprenez la main ici : l’autre onglet ne pourra plus l’enregistrer.',
    takeOver: 'Continuer ici',
    saving: 'Enregistrement de la tentative…',
    saveFailed:
      'L’appel n’a pas pu être enregistré. Il continue : il sera enregistré au prochain événement si la place se libère.',
    lockedLost:
      'Un autre onglet a repris cet appel : ce que vous faites ici n’est plus enregistré. Continuez dans l’autre onglet, ou reprenez la main ici.',
    finishFailed: 'La tentative n’a pas pu être enregistrée.',
    retry: 'Réessayer d’enregistrer',
    showAnyway: 'Voir le débriefing sans enregistrer',
    notSaved:
      'La tentative n’a pas pu être enregistrée. Le débriefing ci-dessous est affiché, mais il ne sera pas conservé.',
  },
  debrief: {
    title: (scenario: string) => `Débriefing : ${scenario}`,
    loading: 'Chargement du débriefing…',
    notFound: 'Cette tentative n’existe pas (ou plus) dans ce navigateur.',
    noScorecard: 'Cette tentative ne peut pas être notée : son scénario n’existe plus dans cette version.',
    played: (when: string) => `Appel du ${when}`,
    verdictTitle: 'Résultat',
    passed: 'Réussi',
    failed: 'Non réussi',
    total: (score: number, passMark: number) => `${score} / 100 (seuil de réussite : ${passMark})`,
    totalLabel: 'Note globale',
    outcome: (label: string, verdict: string) => `Issue de l’appel : ${label} (${verdict}).`,
    criticalTitle: 'Échec critique',
    criticalIntro: 'Cette faute fait échouer l’appel quelle que soit la note :',
    criteriaTitle: 'Critères',
    criteriaHelp:
      'Choisissez un critère pour ne voir, dans le déroulé de l’appel, que les moments qui l’ont fait gagner ou perdre des points.',
    score: (n: number) => `${n} / 100`,
    notApplicable: 'non applicable',
    notApplicableHelp: 'Ce critère ne s’appliquait pas à cet appel : il ne compte pas dans la note.',
    tip: 'Conseil',
    weight: (w: number) => `coefficient ${String(w).replace('.', ',')}`,
    showAll: 'Tout afficher',
    timelineTitle: 'Déroulé de votre appel',
    timelineFiltered: (criterion: string, n: number) =>
      `${count(n)} ${plural(n, 'moment', 'moments')} pour le critère « ${criterion} ».`,
    timelineAll: (n: number) => `${count(n)} ${plural(n, 'moment', 'moments')}.`,
    noEvidence: 'Aucun moment précis de l’appel pour ce critère.',
    who: { caller: 'Appelant', trainee: 'Vous', system: 'Appel' },
    at: (clock: string) => `à ${clock}`,
    points: (p: number) => (p > 0 ? `+${p}` : p < 0 ? `−${-p}` : '±0'),
    pointsText: (p: number) =>
      p > 0
        ? `${p} ${plural(p, 'point gagné', 'points gagnés')}`
        : p < 0
          ? `${-p} ${plural(-p, 'point perdu', 'points perdus')}`
          : 'sans effet sur la note',
    critical: 'faute critique',
    modelTitle: 'Appel modèle',
    modelIntro: 'Une manière de mener cet appel, à comparer avec la vôtre.',
    notesTitle: 'À retenir',
    retry: 'Rejouer',
    next: 'Scénario suivant',
    nextNamed: (title: string) => `Scénario suivant : ${title}`,
    progress: 'Voir ma progression',
  },
  progress: {
    title: 'Ma progression',
    empty: 'Aucune tentative pour l’instant : jouez un premier scénario pour voir votre progression ici.',
    summaryTitle: 'En bref',
    attempts: 'Tentatives',
    passed: 'Réussies',
    mean: 'Note moyenne',
    nextTitle: 'Scénario recommandé',
    nextNone: 'Vous avez maîtrisé tous les scénarios (meilleur résultat de 80 ou plus) : bravo !',
    nextWeakest: (skill: string, level: number) =>
      `Votre compétence la plus faible en ce moment : ${skill} (${level} / 100 sur vos dernières tentatives).`,
    nextUnknown: (skill: string) => `Compétence encore jamais évaluée : ${skill}.`,
    nextStart: 'Commencez par le scénario le plus accessible.',
    nextBest: (best: number | null) =>
      best === null ? 'Vous ne l’avez pas encore joué.' : `Votre meilleur résultat : ${best} / 100.`,
    play: (title: string) => `Jouer « ${title} »`,
    trendTitle: 'Évolution par critère',
    trendHelp: (n: number, per: number) =>
      per > 1
        ? `Moyenne par groupe de ${count(per)} tentatives consécutives (${count(n)} tentatives au total).`
        : `Note de chaque tentative (${count(n)} au total).`,
    trendAxis: 'Tentatives',
    trendPoint: (first: number, last: number) => (first === last ? `n° ${first}` : `n° ${first}–${last}`),
    trendSummary: (parts: string[]) =>
      `Graphique d’évolution des notes par critère. ${parts.length ? parts.join(' ; ') + '.' : 'Pas encore de données.'}`,
    trendPart: (label: string, first: number, last: number) => `${label} : de ${first} à ${last}`,
    radarTitle: 'Niveau actuel par compétence',
    radarHelp: 'Moyenne de vos 5 dernières notes applicables pour chaque compétence.',
    radarSummary: (parts: string[]) => `Graphique radar du niveau par compétence. ${parts.join(' ; ')}.`,
    radarPart: (label: string, level: number | null) =>
      level === null ? `${label} : pas encore évalué` : `${label} : ${level}`,
    levelColumn: 'Niveau (sur 100)',
    skillColumn: 'Compétence',
    notEvaluated: 'pas encore évalué',
    chartLoading: 'Chargement du graphique…',
    chartFailed: 'Le graphique n’a pas pu être affiché ; les valeurs restent lisibles dans le tableau.',
    bestTitle: 'Meilleur résultat par scénario',
    scenarioColumn: 'Scénario',
    attemptsColumn: 'Tentatives',
    bestColumn: 'Meilleur résultat',
    passedColumn: 'Réussi',
    yes: 'oui',
    no: 'non',
    tableTitle: 'Toutes les tentatives',
    filterScenario: 'Scénario',
    filterVerdict: 'Résultat',
    allScenarios: 'Tous les scénarios',
    allVerdicts: 'Tous',
    onlyPassed: 'Réussies',
    onlyFailed: 'Non réussies',
    dateColumn: 'Date',
    totalColumn: 'Note',
    verdictColumn: 'Résultat',
    outcomeColumn: 'Issue',
    debriefColumn: 'Débriefing',
    sortBy: (column: string) => `Trier par ${column.toLowerCase()}`,
    open: 'Voir',
    openLabel: (title: string, when: string) => `Voir le débriefing de « ${title} » du ${when}`,
    passedCell: 'réussi',
    failedCell: 'non réussi',
    criticalCell: 'échec critique',
    rows: (from: number, to: number, total: number) =>
      total === 0
        ? 'Aucune tentative ne correspond.'
        : `Tentatives ${count(from)} à ${count(to)} sur ${count(total)}`,
    pages: 'Pages du tableau',
    previous: 'Page précédente',
    nextPage: 'Page suivante',
    page: (n: number, total: number) => `Page ${count(n)} sur ${count(total)}`,
    exportTitle: 'Exporter et importer',
    exportCsv: 'Exporter en CSV',
    exportCsvHelp: 'Un tableau pour Excel ou LibreOffice : une ligne par tentative, une colonne par critère.',
    exportJson: 'Exporter mes tentatives (JSON)',
    exportJsonHelp:
      'Le fichier complet, avec le déroulé de chaque appel : pour changer d’ordinateur ou archiver.',
    importJson: 'Importer des tentatives (JSON)',
    importHelp: 'Un fichier exporté par Décroche. Les tentatives déjà présentes sont ignorées.',
    importing: 'Import en cours…',
    imported: (imported: number, skipped: number) =>
      `${count(imported)} ${plural(imported, 'tentative importée', 'tentatives importées')}` +
      (skipped
        ? `, ${count(skipped)} déjà ${plural(skipped, 'présente ignorée', 'présentes ignorées')}`
        : '') +
      '.',
    importErrors: (n: number) =>
      n === 1
        ? 'Une partie du fichier n’a pas pu être importée :'
        : `${count(n)} problèmes dans le fichier :`,
    exported: (file: string) => `Fichier « ${file} » préparé.`,
  },
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
  },
  settings: {
    title: 'Réglages',
    intro: 'Vos réglages sont enregistrés dans ce navigateur et valent pour tous les profils.',
    soundTitle: 'Son',
    sound: 'Sons du téléphone (sonnerie, mise en attente, raccrochage)',
    volume: 'Volume',
    volumeValue: (v: number) => `${Math.round(v * 100)} %`,
    speech: 'Lire à voix haute les répliques de l’appelant (synthèse vocale)',
    speechNeedsSound: 'La synthèse vocale ne fonctionne que si les sons sont activés.',
    captionsTitle: 'Sous-titres',
    captions:
      'Les sous-titres et la transcription de l’appel sont toujours affichés : tout ce que dit l’appelant est écrit à l’écran.',
    trainingTitle: 'Entraînement',
    guided: 'Mode guidé : proposer des réponses pendant l’appel (pour débuter)',
    modeLegend: 'Mode',
    practice: 'Entraînement : l’humeur de l’appelant est affichée',
    assessment: 'Évaluation : l’humeur de l’appelant est masquée, comme au téléphone',
    saved: 'Réglages enregistrés',
    failed: (message: string) => `Réglages non enregistrés : ${message}`,
    soundLabel: 'Son',
    soundHint: 'Sonnerie, musique d’attente et tonalité de raccrochage.',
    speechLabel: 'Synthèse vocale de l’appelant',
    speechHint: 'Les répliques de l’appelant sont lues à voix haute (il faut aussi que le son soit activé).',
    captionsLabel: 'Sous-titres',
    captionsHint:
      'Affiche en grand la dernière réplique de l’appelant. La transcription complète de l’appel reste toujours affichée.',
    guidedLabel: 'Mode guidé (réponses suggérées)',
    guidedHint: 'Propose des réponses pendant l’appel, pour débuter. Le vrai entraînement se fait sans.',
    moodLabel: 'Afficher l’humeur de l’appelant (mode entraînement)',
    moodHint: 'Décoché : mode évaluation, l’humeur de l’appelant est masquée, comme au téléphone.',
    audioTitle: 'Son et voix',
    displayTitle: 'Affichage et entraînement',
  },
  time: {
    /** « le 17/03/2026 à 09:05 ». */
    at: (date: Date) => `le ${dateFormat.format(date)} à ${timeFormat.format(date)}`,
    short: (date: Date) => `${dateFormat.format(date)} ${timeFormat.format(date)}`,
  },
} as const;
