import { describe, expect, it } from 'vitest';
import { OVERVIEW_BOUNDS } from '../camera.ts';
import { microRadius } from '../style.ts';
import { fitCamera, fromScreen, interpolateCamera, mercator, toScreen, WORLD_PX } from './camera.ts';

const FIT = { padding: 40, maxZoom: 6, minZoom: 0.5 };

describe('the SVG camera', () => {
  it('projects like MapLibre: the origin at the world centre, north up', () => {
    expect(mercator(0, 0)).toEqual([WORLD_PX / 2, WORLD_PX / 2]);
    expect(mercator(-180, 0)[0]).toBe(0);
    expect(mercator(-90, 60)[1]).toBeLessThan(mercator(-90, -30)[1]);
  });

  it('fits the overview inside the padding, touching it on one side', () => {
    const cam = fitCamera(OVERVIEW_BOUNDS, 1280, 800, FIT);
    const [[west, south], [east, north]] = OVERVIEW_BOUNDS;
    const nw = toScreen(cam, mercator(west, north), 1280, 800);
    const se = toScreen(cam, mercator(east, south), 1280, 800);
    expect(nw.x).toBeGreaterThanOrEqual(39.99);
    expect(nw.y).toBeGreaterThanOrEqual(39.99);
    expect(se.x).toBeLessThanOrEqual(1240.01);
    expect(se.y).toBeLessThanOrEqual(760.01);
    expect(Math.min(nw.y - 40, 760 - se.y)).toBeCloseTo(0, 6);
  });

  it('reads a screen point back to the world point it shows (what a click on the first view picks)', () => {
    const camera = fitCamera(OVERVIEW_BOUNDS, 1280, 800, { padding: 20, maxZoom: 6, minZoom: 0 });
    const world = mercator(-90.5, 14.6); // Guatemala City
    const [x, y] = fromScreen(camera, toScreen(camera, world, 1280, 800), 1280, 800);
    expect(x).toBeCloseTo(world[0], 9);
    expect(y).toBeCloseTo(world[1], 9);
  });

  it('never zooms past the maximum for a tiny country', () => {
    const cam = fitCamera(
      [
        [-61.9, 12.0],
        [-61.6, 12.3],
      ],
      1280,
      800,
      FIT,
    );
    expect(cam.k).toBe(2 ** 6);
  });

  it('interpolates zoom in log space and ends exactly on the target', () => {
    const a = { k: 2, cx: 0, cy: 0 };
    const b = { k: 8, cx: 100, cy: 50 };
    expect(interpolateCamera(a, b, 0.5).k).toBeCloseTo(4);
    expect(interpolateCamera(a, b, 1)).toEqual(b);
  });

  it('sizes micro-state markers as the WebGL style does', () => {
    expect(microRadius(1)).toBe(5);
    expect(microRadius(5)).toBe(8);
    expect(microRadius(6)).toBe(4);
    expect(microRadius(8)).toBe(0);
  });
});

describe('fitCamera with a padding per side', () => {
  it('centres the bounds in the room the padding leaves', () => {
    const cam = fitCamera(OVERVIEW_BOUNDS, 1280, 800, {
      padding: { top: 40, right: 300, bottom: 40, left: 40 },
      maxZoom: 9,
      minZoom: 0,
    });
    const [[west, south], [east, north]] = OVERVIEW_BOUNDS;
    const nw = toScreen(cam, mercator(west, north), 1280, 800);
    const se = toScreen(cam, mercator(east, south), 1280, 800);
    expect(nw.x).toBeGreaterThanOrEqual(39.99);
    expect(se.x).toBeLessThanOrEqual(980.01);
    expect((nw.x + se.x) / 2).toBeCloseTo((40 + 980) / 2);
  });
});
