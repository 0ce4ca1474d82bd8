/**
 * The call screen's keyboard shortcuts: one table, read by the key handler and by the help
 * overlay, so what the help says is what the keys do. Letter and digit shortcuts match the
 * physical key (`KeyboardEvent.code`): Alt+D is the D key on AZERTY and QWERTY alike, and on a
 * Mac where Option+D types « ∂ ».
 */
import { PANEL_TABS, type PanelTabId } from './panelTabs.ts';

export type CallCommand =
  | { type: 'pickup' }
  | { type: 'toggleHold' }
  | { type: 'hangup' }
  | { type: 'focusReply' }
  | { type: 'tab'; tab: PanelTabId }
  | { type: 'help' }
  | { type: 'close' };

export interface Shortcut {
  /** As shown to the trainee and in `aria-keyshortcuts` form by `ariaKeys`. */
  keys: string;
  /** What it does, in French. */
  label: string;
  command: CallCommand;
  /** The physical key (`KeyboardEvent.code`) with Alt, or the typed character without. */
  code?: string;
  key?: string;
  alt: boolean;
  /** Works while typing in a text field (Alt shortcuts do; `?` must not eat a question mark). */
  inTextField: boolean;
}

const alt = (letter: string, label: string, command: CallCommand): Shortcut => ({
  keys: `Alt+${letter}`,
  label,
  command,
  code: /^\d$/.test(letter) ? `Digit${letter}` : `Key${letter}`,
  alt: true,
  inTextField: true,
});

export const SHORTCUTS: readonly Shortcut[] = [
  alt('D', 'Décrocher', { type: 'pickup' }),
  alt('A', 'Mettre en attente ou reprendre l’appel', { type: 'toggleHold' }),
  alt('R', 'Raccrocher', { type: 'hangup' }),
  alt('P', 'Aller à la zone de réponse', { type: 'focusReply' }),
  ...PANEL_TABS.map((tab, i) => alt(String(i + 1), `Onglet « ${tab.label} »`, { type: 'tab', tab: tab.id })),
  {
    keys: '?',
    label: 'Afficher l’aide des raccourcis',
    command: { type: 'help' },
    key: '?',
    alt: false,
    inTextField: false,
  },
  {
    keys: 'Échap',
    label: 'Fermer la fenêtre ouverte',
    command: { type: 'close' },
    key: 'Escape',
    alt: false,
    inTextField: true,
  },
];

/** Keys typed in the reply box, shown in the help too (the form handles them itself). */
export const REPLY_KEYS: readonly { keys: string; label: string }[] = [
  { keys: 'Entrée', label: 'Envoyer la réponse' },
  { keys: 'Ctrl+Entrée', label: 'Envoyer la réponse' },
];

export interface KeyLike {
  key: string;
  code: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

/** The command a key press triggers, if any. */
export function matchShortcut(event: KeyLike, inTextField: boolean): CallCommand | undefined {
  // Ctrl+Alt is AltGr on Windows: it types characters (« @ », « # »), it is not a shortcut.
  if (event.ctrlKey || event.metaKey) return undefined;
  const found = SHORTCUTS.find((s) =>
    s.alt ? event.altKey && s.code === event.code : !event.altKey && s.key === event.key,
  );
  if (!found || (inTextField && !found.inTextField)) return undefined;
  return found.command;
}

/** The `aria-keyshortcuts` value of a command's shortcut (`Alt+D`), or undefined. */
export function ariaKeys(type: CallCommand['type'], tab?: PanelTabId): string | undefined {
  const found = SHORTCUTS.find(
    (s) => s.command.type === type && (s.command.type !== 'tab' || s.command.tab === tab),
  );
  return found ? found.keys.replace('Échap', 'Escape') : undefined;
}

/** Is the focus in a place where typing produces text? */
export function isTextField(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).tagName !== 'string') return false;
  const el = target as HTMLElement;
  if (el.isContentEditable) return true;
  if (el.tagName === 'TEXTAREA' || el.tagName === 'SELECT') return true;
  if (el.tagName !== 'INPUT') return false;
  const type = (el as HTMLInputElement).type;
  return !['button', 'submit', 'reset', 'checkbox', 'radio', 'range', 'color', 'file'].includes(type);
}
