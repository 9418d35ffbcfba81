import { describe, expect, it } from 'vitest';
import { actionForKey } from './keys.ts';

describe('presentation keys', () => {
  it('moves forward on what clickers and keyboards send', () => {
    for (const key of ['ArrowRight', 'ArrowDown', 'PageDown', ' '])
      expect(actionForKey({ key })).toEqual({ move: 'next' });
  });
  it('moves back on the reverse keys and Shift+Space', () => {
    for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace'])
      expect(actionForKey({ key })).toEqual({ move: 'prev' });
    expect(actionForKey({ key: ' ', shiftKey: true })).toEqual({ move: 'prev' });
  });
  it('jumps to the ends and to numbered slides', () => {
    expect(actionForKey({ key: 'Home' })).toEqual({ move: 'first' });
    expect(actionForKey({ key: 'End' })).toEqual({ move: 'last' });
    expect(actionForKey({ key: '4' })).toEqual({ move: { goTo: 4 } });
    expect(actionForKey({ key: '0' })).toEqual({ move: { goTo: 10 } });
  });
  it('toggles full screen on F and escapes on Esc', () => {
    expect(actionForKey({ key: 'f' })).toEqual({ fullscreen: true });
    expect(actionForKey({ key: 'F' })).toEqual({ fullscreen: true });
    expect(actionForKey({ key: 'Escape' })).toEqual({ escape: true });
  });
  it('leaves modifier chords and other keys to the browser', () => {
    expect(actionForKey({ key: 'ArrowRight', ctrlKey: true })).toBeNull();
    expect(actionForKey({ key: 'f', metaKey: true })).toBeNull();
    expect(actionForKey({ key: 'r', ctrlKey: true })).toBeNull();
    expect(actionForKey({ key: 'a' })).toBeNull();
    expect(actionForKey({ key: 'Tab' })).toBeNull();
  });
});
