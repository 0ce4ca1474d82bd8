/** The texts of « Données mises de côté » (src/ui/quarantine/QuarantinePage.svelte). */
import { typeset } from '../i18n/typography.ts';
const frDate = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'medium', timeStyle: 'short' });

export const fr = typeset({
  title: 'Données mises de côté',
  intro:
    'Des enregistrements abîmés ou illisibles ont été mis de côté : ils ne comptent plus nulle part (progression, bibliothèque). Vous pouvez les exporter pour les garder ou les confier à votre formatrice, ou les supprimer.',
  loading: 'Chargement…',
  empty: 'Aucune donnée mise de côté.',
  caption: 'Enregistrements mis de côté',
  columns: { what: 'Enregistrement', why: 'Pourquoi', when: 'Mis de côté le', actions: 'Actions' },
  stores: {
    profiles: 'Profil',
    attempts: 'Tentative',
    calls: 'Appel en cours',
    settings: 'Réglages',
    packs: 'Pack',
    drafts: 'Brouillon',
    quarantine: 'Mise de côté',
    meta: 'Métadonnées',
  } as Record<string, string>,
  when: (iso: string) => {
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? iso : frDate.format(date);
  },
  exportAll: 'Exporter tout (JSON)',
  deleteAll: 'Tout supprimer',
  deleteOne: (what: string) => `Supprimer ${what}`,
  confirmAll: (n: number) => `Supprimer définitivement ${n} enregistrement${n > 1 ? 's' : ''} mis de côté ?`,
  deleted: (n: number) => `${n} enregistrement${n > 1 ? 's' : ''} supprimé${n > 1 ? 's' : ''}.`,
  exported: (file: string) => `Fichier « ${file} » téléchargé.`,
  failed: (detail: string) => `L’opération a échoué : ${detail}`,
} as const);
