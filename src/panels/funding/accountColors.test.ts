// The accounts' colours under simulated colour blindness: Machado, Oliveira & Fernandes (2009), severity 1, applied
// in linear RGB; lightness is CIELAB L* (D65). Every pair of accounts must stay apart in lightness for every reader.
import { describe, expect, it } from 'vitest';
import { ACCOUNT_COLORS } from './accountColors.ts';

type Matrix = [[number, number, number], [number, number, number], [number, number, number]];
const VISION: Record<string, Matrix> = {
  normal: [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
};
/** The smallest lightness step between two accounts, in L* units (about 2 is just noticeable side by side). */
const MIN_STEP = 8;

const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);

function lightness(hex: string, m: Matrix): number {
  const rgb = [1, 3, 5].map((i) => toLinear(parseInt(hex.slice(i, i + 2), 16) / 255));
  const [r, g, b] = m.map((row) =>
    Math.min(1, Math.max(0, row[0] * rgb[0]! + row[1] * rgb[1]! + row[2] * rgb[2]!)),
  ) as [number, number, number];
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const f = y > 0.008856 ? Math.cbrt(y) : 7.787 * y + 16 / 116;
  return 116 * f - 16;
}

describe('funding account colours', () => {
  it('differ in hue: no two are the same colour', () => {
    const colours = Object.values(ACCOUNT_COLORS);
    expect(new Set(colours).size).toBe(colours.length);
  });

  for (const [vision, m] of Object.entries(VISION)) {
    it(`differ in lightness by at least ${MIN_STEP} L* with ${vision} vision`, () => {
      const entries = Object.entries(ACCOUNT_COLORS).map(([account, hex]) => [account, lightness(hex, m)] as const);
      const close = entries.flatMap(([a, la], i) =>
        entries
          .slice(i + 1)
          .filter(([, lb]) => Math.abs(la - lb) < MIN_STEP)
          .map(([b, lb]) => `${a} ${la.toFixed(1)} vs ${b} ${lb.toFixed(1)}`),
      );
      expect(close).toEqual([]);
    });
  }

  it('the check can fail: two blues of one lightness are caught', () => {
    expect(
      Math.abs(lightness('#1f5f99', VISION.deuteranopia!) - lightness('#2a5c8f', VISION.deuteranopia!)),
    ).toBeLessThan(MIN_STEP);
  });
});
