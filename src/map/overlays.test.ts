import { describe, expect, it } from 'vitest';
import { paddingFor } from './overlays.ts';

describe('paddingFor', () => {
  it('pads the side of each overlay that costs the map least', () => {
    // A wide legend bottom left pads the bottom; a tall inset bottom right pads the right.
    const pad = paddingFor(
      1000,
      800,
      [
        [0, 600, 400, 800],
        [850, 500, 1000, 800],
      ],
      40,
    );
    expect(pad).toEqual({ top: 40, right: 170, bottom: 220, left: 40 });
  });

  it('pads the bottom for a bar along it, and keeps 40% of the map for the frame', () => {
    expect(paddingFor(1000, 800, [[0, 700, 1000, 800]], 20).bottom).toBe(110);
    const pad = paddingFor(
      1000,
      800,
      [
        [0, 0, 1000, 500],
        [0, 400, 1000, 800],
      ],
      20,
    );
    expect(pad.top + pad.bottom).toBeCloseTo(480);
  });
});
