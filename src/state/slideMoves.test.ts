import { describe, expect, it } from 'vitest';
import { clampSlide, first, goTo, last, move, next, prev } from './slideMoves.ts';

describe('slide controller', () => {
  it('steps forward and back within the deck', () => {
    expect(next(1, 9)).toBe(2);
    expect(prev(5, 9)).toBe(4);
    expect(first()).toBe(1);
    expect(last(9)).toBe(9);
  });
  it('clamps at both ends instead of wrapping', () => {
    expect(next(9, 9)).toBe(9);
    expect(prev(1, 9)).toBe(1);
    expect(goTo(42, 9)).toBe(9);
    expect(goTo(0, 9)).toBe(1);
    expect(goTo(-3, 9)).toBe(1);
  });
  it('treats an out-of-range current slide (from the URL) as the nearest real one', () => {
    expect(move(40, 9, 'prev')).toBe(8);
    expect(move(40, 9, 'next')).toBe(9);
    expect(clampSlide(Number.NaN, 9)).toBe(1);
    expect(clampSlide(2.6, 9)).toBe(3);
  });
  it('applies each move', () => {
    expect(move(3, 9, 'next')).toBe(4);
    expect(move(3, 9, 'prev')).toBe(2);
    expect(move(3, 9, 'first')).toBe(1);
    expect(move(3, 9, 'last')).toBe(9);
    expect(move(3, 9, { goTo: 7 })).toBe(7);
  });
  it('survives an empty deck', () => {
    expect(move(1, 0, 'next')).toBe(1);
    expect(last(0)).toBe(1);
  });
});
