// The keys a briefer or a clicker presses while presenting. In the first view, not with the presentation's own
// code: a clicker pressed while the slide's bar is still on its way moves the deck rather than being lost.
import { useEffect } from 'react';
import type { AtlasStore } from '../state/store.ts';
import { moveSlide } from './deck.ts';
import { actionForKey } from './keys.ts';

export function toggleFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  // Refused without a user gesture or where the page is embedded: the presentation works without it.
  else void document.documentElement.requestFullscreen?.().catch(() => undefined);
}

export function leavePresentation(store: AtlasStore): void {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  store.setState({ present: false });
}

/** Keys: while presenting, on the whole window; typing in a control is left alone. */
export function usePresentKeys(store: AtlasStore, presenting: boolean): void {
  useEffect(() => {
    if (!presenting) return;
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (target?.closest('input, select, textarea, [contenteditable="true"]')) return;
      const action = actionForKey(e);
      if (!action) return;
      // Space and Enter on a focused button press it; the deck still moves on Space via the key map.
      e.preventDefault();
      if ('move' in action) moveSlide(store, action.move);
      else if ('fullscreen' in action) toggleFullscreen();
      // Esc leaves full screen first (browsers usually take that Esc themselves), then the presentation.
      else if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
      else leavePresentation(store);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store, presenting]);
}
