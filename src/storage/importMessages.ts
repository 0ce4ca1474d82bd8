/**
 * The French texts of reading and importing an export file (DESIGN §2.5), beside the storage's
 * own (messages.ts): loaded with the import code (transfer.ts, attemptStore.ts), never by a call.
 */
const frNumber = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

/** A byte count as a person reads it: Ko below 1 Mo, else Mo (1 Mo = 1 048 576 octets). */
export function fileSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${frNumber.format(Math.max(1, Math.round(bytes / 1024)))}\u00a0Ko`;
  return `${frNumber.format(bytes / (1024 * 1024))}\u00a0Mo`;
}

export const importMessages = {
  importTooLarge: (bytes: number, max: number) =>
    `Fichier trop volumineux : ${fileSize(bytes)} (au plus ${fileSize(max)}). Ce n’est sans doute pas un export de Décroche.`,
  importNotJson: (detail: string) => `Ce fichier n’est pas du JSON lisible : ${detail}.`,
  importForbiddenKey: (key: string) =>
    `Fichier refusé : il contient une clé « ${key} », interdite car elle pourrait modifier le fonctionnement de l’application.`,
  importNotExport: () =>
    `Ce fichier n’est pas un export de tentatives de Décroche (il manque « format »: "decroche-attempts").`,
  importNewerFormat: (version: unknown) =>
    `Ce fichier a été exporté par une version plus récente de Décroche (format ${String(version)}) : mettez l’application à jour pour l’importer.`,
  importFile: (detail: string) => `Fichier d’export invalide : ${detail}`,
  importAttempt: (index: number, id: string | undefined, detail: string) =>
    `Tentative n° ${index + 1}${id ? ` (« ${id} »)` : ''} : ${detail}`,
  quotaDuringImport: (imported: number, total: number) =>
    `Espace de stockage plein : ${imported} tentative(s) importée(s) sur ${total}. Rien de ce qui était déjà enregistré n’a été perdu. ` +
    `Libérez de la place puis importez à nouveau le fichier : les tentatives déjà importées seront ignorées.`,
} as const;
