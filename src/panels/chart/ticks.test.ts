import { describe, expect, it } from 'vitest';
import { labelStep } from './ticks.ts';

describe('labelStep', () => {
  it('shows every label when they all fit', () => {
    expect(labelStep([30, 90, 150], [50, 50, 50], 4)).toBe(1);
  });

  it('thins labels that would run together to every second, third…', () => {
    // Seven 60 px labels 40 px apart: a step of 2 leaves 80 px between centres, 60 + 4 needed.
    expect(labelStep([0, 40, 80, 120, 160, 200, 240], Array(7).fill(60), 4)).toBe(2);
    expect(labelStep([0, 25, 50, 75, 100, 125, 150], Array(7).fill(60), 4)).toBe(3);
  });

  it('decides from the widths it is given: a wide label needs more room', () => {
    expect(labelStep([0, 50, 100], [40, 70, 40], 4)).toBe(2);
  });

  it('shows one label when even two do not fit, and copes with none', () => {
    expect(labelStep([0, 10], [100, 100], 4)).toBe(2);
    expect(labelStep([], [], 4)).toBe(1);
  });
});
