import { describe, expect, it } from 'vitest';
import { lngLatOfUnit, mercatorUnit, mercatorX, mercatorY } from './camera.ts';

describe('Web Mercator', () => {
  it('puts the world between 0 and 1, north up, and clamps the poles as MapLibre does', () => {
    expect(mercatorUnit(0, 0)).toEqual([0.5, 0.5]);
    expect(mercatorUnit(-180, 85.0511287798)[0]).toBe(0);
    expect(mercatorUnit(-180, 85.0511287798)[1]).toBeCloseTo(0, 9);
    expect(mercatorY(90)).toBe(mercatorY(85.0511287798));
    expect(mercatorY(-90)).toBe(mercatorY(-85.0511287798));
    expect(mercatorY(10)).toBeLessThan(0.5);
    expect(mercatorUnit(-81, 7)).toEqual([mercatorX(-81), mercatorY(7)]);
  });

  it('turns a point back into longitude and latitude', () => {
    for (const [lon, lat] of [
      [-81, 7],
      [-128, 63],
      [-34, -56],
      [0, 0],
      [179.5, -84],
    ] as const) {
      const [x, y] = mercatorUnit(lon, lat);
      const [lon2, lat2] = lngLatOfUnit(x, y);
      expect(lon2).toBeCloseTo(lon, 9);
      expect(lat2).toBeCloseTo(lat, 9);
    }
  });
});
