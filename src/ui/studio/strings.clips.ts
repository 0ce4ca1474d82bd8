/** The studio's recorded lines (« Enregistrements »), in French. */
export const fr = {
  tab: 'Enregistrements',
  title: 'Répliques enregistrées',
  intro:
    'Joignez un enregistrement à une réplique de l’appelant : pendant l’essai et pendant l’appel, elle est jouée à la place de la synthèse vocale (les autres restent en synthèse vocale, toujours sous-titrées). Formats .mp3, .ogg, .wav ou .m4a ; 300 Ko au plus par réplique ; 40 enregistrements au plus par brouillon. Ils voyagent dans le fichier du pack exporté.',
  invalid:
    'La liste des répliques s’affichera quand le fichier du scénario sera lisible (voir les problèmes).',
  filter: 'Chercher une réplique',
  count: (shown: number, total: number, clips: number) =>
    `${shown} réplique${shown > 1 ? 's' : ''} sur ${total} · ${clips} enregistrement${clips > 1 ? 's' : ''}`,
  attach: (line: string) => `Joindre un enregistrement à « ${line} »`,
  replace: (line: string) => `Remplacer l’enregistrement de « ${line} »`,
  remove: 'Retirer',
  removeLabel: (line: string) => `Retirer l’enregistrement de « ${line} »`,
  listen: (line: string) => `Écouter l’enregistrement de « ${line} »`,
  file: (path: string) => `Fichier du pack : ${path}`,
  attached: (line: string, path: string) => `Enregistrement joint à « ${line} » (${path}).`,
  removed: (line: string) => `Enregistrement de « ${line} » retiré.`,
  readFailed: 'Le fichier n’a pas pu être lu par le navigateur.',
};
