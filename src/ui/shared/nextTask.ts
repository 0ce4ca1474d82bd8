/**
 * Resolves in a task of its own: work split across it lets the browser paint and answer input in
 * between, instead of one long task (DESIGN §12: TBT ≤ 150 ms on the call page).
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Resolves once the next frame is painted (at once where there are no frames): what is drawn after
 * it is laid out in a frame of its own, not in the one that shows what came before.
 */
export function afterPaint(): Promise<void> {
  if (typeof requestAnimationFrame !== 'function') return Promise.resolve();
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
