/** Input that shows the reader has moved on before the pending focus move landed. */
const MOVED_ON = ['input', 'keydown', 'pointerdown'] as const;

/**
 * Moves focus to the details heading once the panel has rendered the new selection. A frame later: the store
 * update re-renders the panel first, and the heading may be a new element. On a busy machine that frame can
 * come late; if the reader types, presses a key or points somewhere first, focus stays where they put it.
 */
export function focusDetailsHeading(): void {
  const stop = () => {
    cancelAnimationFrame(frame);
    for (const type of MOVED_ON) document.removeEventListener(type, stop, true);
  };
  const frame = requestAnimationFrame(() => {
    stop();
    document.getElementById('details-title')?.focus();
  });
  // Added while the choosing event is being dispatched: it does not see that event itself.
  for (const type of MOVED_ON) document.addEventListener(type, stop, true);
}
