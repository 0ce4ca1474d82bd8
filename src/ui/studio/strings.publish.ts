/** The studio's French texts for publishing to a team server's groups. */
const dateTime = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short' });
const when = (iso: string) => dateTime.format(new Date(iso));

export const fr = {
  title: 'Publier vers vos groupes',
  intro:
    'Le serveur vérifie le pack à nouveau, puis le propose aux stagiaires des groupes choisis. Chaque publication est une nouvelle version ; les précédentes sont gardées.',
  groups: 'Groupes',
  noGroups: 'Vous n’avez aucun groupe sur ce serveur.',
  publish: 'Publier cette version',
  publishing: 'Publication…',
  hasErrors: 'Corrigez d’abord les erreurs du brouillon : un pack avec des erreurs n’est pas publié.',
  chooseGroup: 'Choisissez au moins un groupe.',
  published: (version: number, groups: string) => `Version ${version} publiée pour ${groups}.`,
  refused: 'Le serveur a refusé le pack :',
  versions: 'Versions publiées',
  noVersions: 'Ce pack n’a encore jamais été publié.',
  version: (version: number, at: string, groups: string) =>
    `Version ${version}, publiée le ${when(at)} pour ${groups}`,
  withdrawnAt: (at: string) => ` — retirée le ${when(at)}`,
  current: ' — proposée aux stagiaires',
  unpublish: 'Retirer la dernière version',
  unpublished: (previous: number | undefined) =>
    previous === undefined
      ? 'Dernière version retirée : le pack n’est plus proposé.'
      : `Dernière version retirée : la version ${previous} est de nouveau proposée.`,
  failed: (detail: string) => `La publication n’a pas pu se faire : ${detail}`,
} as const;
