/**
 * Keeps Tab and Shift+Tab inside a modal dialog: from its last control to its first, and back.
 * Call it from the dialog's keydown handler; other keys pass through.
 */
export function cycleFocus(event: KeyboardEvent, selector = 'button:not(:disabled), [tabindex="0"]'): void {
  if (event.key !== 'Tab') return;
  const focusable = [...(event.currentTarget as HTMLElement).querySelectorAll<HTMLElement>(selector)];
  const first = focusable[0];
  const last = focusable.at(-1);
  if (!first || !last) return;
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first.focus();
  }
}
