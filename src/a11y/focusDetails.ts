/** Moves focus to the details heading once the panel has rendered the new selection. */
export function focusDetailsHeading(): void {
  // A frame later: the store update re-renders the panel first, and the heading may be a new element.
  requestAnimationFrame(() => document.getElementById('details-title')?.focus());
}
