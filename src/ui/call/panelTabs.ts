/** The tabs of the practice panel, in order (Alt+1 … Alt+6). */
export const PANEL_TABS = [
  { id: 'consignes', label: 'Consignes' },
  { id: 'agenda', label: 'Agenda' },
  { id: 'attente', label: 'Liste d’attente' },
  { id: 'annuaire', label: 'Annuaire' },
  { id: 'message', label: 'Message' },
  { id: 'transfert', label: 'Transfert' },
] as const;

export type PanelTabId = (typeof PANEL_TABS)[number]['id'];
