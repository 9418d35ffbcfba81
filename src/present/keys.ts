// Which key does what in a presentation. Pure, so it is tested without a
// browser. Clickers send PageDown/PageUp (some send arrows or B/period for
// "blank"); modifier chords are left to the browser (Ctrl+→ etc.).
import type { Move } from '../state/slideMoves.ts';

export type KeyAction = { move: Move } | { fullscreen: true } | { escape: true };

export interface KeyLike {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  shiftKey?: boolean;
}

export function actionForKey(e: KeyLike): KeyAction | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  switch (e.key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
      return { move: 'next' };
    case ' ':
    case 'Spacebar':
      // Shift+Space goes back, as in every slide viewer.
      return { move: e.shiftKey ? 'prev' : 'next' };
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
    case 'Backspace':
      return { move: 'prev' };
    case 'Home':
      return { move: 'first' };
    case 'End':
      return { move: 'last' };
    case 'f':
    case 'F':
      return { fullscreen: true };
    case 'Escape':
    case 'Esc':
      return { escape: true };
  }
  // 1–9 jump to that slide; 0 to the tenth.
  if (/^[0-9]$/.test(e.key)) return { move: { goTo: e.key === '0' ? 10 : Number(e.key) } };
  return null;
}
