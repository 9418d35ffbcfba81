import type { FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { buildMesh, looksTexture, visibleWraps } from './firstPaint.ts';
import { mercatorUnit } from './camera.ts';
import { BAND_PX, INITIATIVE_COLORS, mix, THEME_COLORS, type Look } from './palette.ts';

const theme = THEME_COLORS.light;
const countries: FeatureCollection<Polygon | MultiPolygon, { iso3: string }> = {
  type: 'FeatureCollection',
  features: [
    // A square with a square hole: eight triangles between the rings.
    {
      type: 'Feature',
      properties: { iso3: 'AAA' },
      geometry: { type: 'Polygon', coordinates: [[[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]], [[4, 4], [6, 4], [6, 6], [4, 6], [4, 4]]] },
    },
    { type: 'Feature', properties: { iso3: 'USA' }, geometry: { type: 'Polygon', coordinates: [[[20, 0], [22, 0], [22, 2], [20, 0]]] } },
  ],
};
const micro: FeatureCollection<Point, { iso3: string }> = {
  type: 'FeatureCollection',
  features: [{ type: 'Feature', properties: { iso3: 'MMM' }, geometry: { type: 'Point', coordinates: [0, 0] } }],
};
const hex = (data: Uint8Array, row: number, x: number) =>
  `#${[...data.slice((row * 360 + x) * 4, (row * 360 + x) * 4 + 3)].map((v) => v.toString(16).padStart(2, '0')).join('')}`;

describe('buildMesh', () => {
  const mesh = buildMesh(countries, micro);

  it('fans each ring, so a point is covered an odd number of times inside a country and even outside or in a hole', () => {
    expect([...mesh.rows]).toEqual([['AAA', 0], ['USA', 1]]);
    // One group: the two countries' boxes do not meet. Each ring's fan has a triangle per edge, about an extra point.
    // Then a box per country (two triangles), which colours what the fans have set.
    expect(mesh.fills).toEqual([{ fans: [0, 3 * (4 + 4 + 3)], covers: [3 * (4 + 4 + 3), 2 * 6] }]);
    expect(new Set(mesh.rowOf)).toEqual(new Set([0, 1]));
    const [x0, y0] = mercatorUnit(0, 0);
    const [x10, y10] = mercatorUnit(10, 10);
    const at = (fx: number, fy: number) => [x0 + (x10 - x0) * fx, y0 + (y10 - y0) * fy] as const;
    const covers = ([px, py]: readonly [number, number], [first, count]: [number, number]) => {
      let n = 0;
      for (let t = first; t < first + count; t += 3) {
        const [a, b, c] = [0, 1, 2].map((k) => mesh.triangles[t + k]!).map((v) => [mesh.positions[2 * v]!, mesh.positions[2 * v + 1]!] as const);
        const side = (p: readonly number[], q: readonly number[]) => Math.sign((q[0]! - p[0]!) * (py - p[1]!) - (q[1]! - p[1]!) * (px - p[0]!));
        const s1 = side(a!, b!), s2 = side(b!, c!), s3 = side(c!, a!);
        if ((s1 >= 0 && s2 >= 0 && s3 >= 0) || (s1 <= 0 && s2 <= 0 && s3 <= 0)) n++;
      }
      return n % 2;
    };
    expect(covers(at(0.3, 0.15), mesh.fills[0]!.fans)).toBe(1); // in the square
    expect(covers(at(0.15, 0.3), mesh.fills[0]!.fans)).toBe(1);
    expect(covers(at(0.5, 0.5), mesh.fills[0]!.fans)).toBe(0); // in its hole
    expect(covers(at(0.9, 0.45), mesh.fills[0]!.fans)).toBe(1); // beside the hole
    expect(covers(at(1.5, 0.5), mesh.fills[0]!.fans)).toBe(0); // outside
  });

  it('puts countries whose boxes meet in separate groups, so no fan colours another country', () => {
    const island: FeatureCollection<Polygon, { iso3: string }> = {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: { iso3: 'III' }, geometry: { type: 'Polygon', coordinates: [[[4.5, 4.5], [5.5, 4.5], [5, 5.5], [4.5, 4.5]]] } }],
    };
    const both = buildMesh({ ...countries, features: [...countries.features, ...island.features] }, micro);
    expect(both.fills).toEqual([
      { fans: [0, 33], covers: [33, 12] },
      { fans: [45, 9], covers: [54, 6] },
    ]);
    // The island's triangles, fan and box, all use its own vertices (row 2).
    expect([...both.triangles.slice(45)].every((v) => both.rowOf[v] === 2)).toBe(true);
  });

  it("colours each country through its own box, which holds all of its fans", () => {
    const point = (v: number) => [mesh.positions[2 * v]!, mesh.positions[2 * v + 1]!] as const;
    const { fans, covers } = mesh.fills[0]!;
    for (const row of [0, 1]) {
      const box = [...mesh.triangles.slice(covers[0], covers[0] + covers[1])].filter((v) => mesh.rowOf[v] === row).map(point);
      expect(box.length).toBe(6);
      const xs = box.map(([x]) => x), ys = box.map(([, y]) => y);
      for (const v of mesh.triangles.slice(fans[0], fans[0] + fans[1]).filter((v) => mesh.rowOf[v] === row)) {
        const [x, y] = point(v);
        expect(x).toBeGreaterThanOrEqual(Math.min(...xs));
        expect(x).toBeLessThanOrEqual(Math.max(...xs));
        expect(y).toBeGreaterThanOrEqual(Math.min(...ys));
        expect(y).toBeLessThanOrEqual(Math.max(...ys));
      }
    }
  });

  it('keeps every ring edge as a border segment, in Web Mercator units', () => {
    expect(mesh.borders.indices.length / 6).toBe(4 + 4 + 3);
    expect(mesh.borders.vertices[0]).toBeCloseTo(0.5); // 0° east is halfway across the world
    expect(mesh.markers).toEqual([{ iso3: 'MMM', x: 0.5, y: 0.5 }]);
    expect(mesh.ranges).toEqual([[0, 8], [8, 3]]);
  });

  it('takes every polygon of a MultiPolygon, with its holes, and leaves out rings that enclose nothing', () => {
    const multi: FeatureCollection<MultiPolygon, { iso3: string }> = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { iso3: 'MMM' },
          geometry: {
            type: 'MultiPolygon',
            coordinates: [
              [[[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]], [[4, 4], [6, 4], [6, 6], [4, 6], [4, 4]]],
              [[[20, 0], [22, 0], [22, 2], [20, 0]], [], [[30, 0], [31, 0], [30, 0]]],
            ],
          },
        },
      ],
    };
    const m = buildMesh(multi, micro);
    // Three rings of 4, 4 and 3 points (each a segment per point): the empty ring and the two-point one add nothing.
    expect(m.ranges).toEqual([[0, 11]]);
    expect(m.fills).toEqual([{ fans: [0, 3 * 11], covers: [33, 6] }]);
    // An anchor and its points per ring, then the box's four corners.
    expect(m.positions.length / 2).toBe(3 + 11 + 4);
    expect(m.triangles.length).toBe(33 + 6);
  });

  it('makes each segment a quad of both its ends, one vertex per end and side, as two triangles', () => {
    const f32 = (n: number) => Math.fround(n);
    const [x0, y0] = mercatorUnit(0, 0).map(f32) as [number, number];
    const [x10] = mercatorUnit(10, 0).map(f32) as [number, number];
    const [, y10] = mercatorUnit(0, 10).map(f32) as [number, number];
    const quad = (i: number) => Array.from({ length: 4 }, (_, c) => [...mesh.borders.vertices.slice((i * 4 + c) * 6, (i * 4 + c + 1) * 6)]);
    // The first edge of AAA's outer ring, (0, 0) to (10, 0); the fourth closes the ring, (0, 10) back to (0, 0).
    expect(quad(0)).toEqual([[x0, y0, x10, y0, 0, 1], [x0, y0, x10, y0, 0, -1], [x0, y0, x10, y0, 1, 1], [x0, y0, x10, y0, 1, -1]]);
    expect(quad(3)[0]).toEqual([x0, y10, x0, y0, 0, 1]);
    expect([...mesh.borders.indices.slice(6, 12)]).toEqual([4, 5, 6, 6, 5, 7]);
  });
});

describe('looksTexture', () => {
  const mesh = buildMesh(countries, micro);

  it('gives a solid look one colour, the counterpart its own, and a country in none the land', () => {
    const data = looksTexture(mesh, new Map<string, Look>([['AAA', { kind: 'solid', color: '#0072b2' }]]), theme, new Set());
    expect([hex(data, 0, 0), hex(data, 0, 359)]).toEqual(['#0072b2', '#0072b2']);
    expect(hex(data, 1, 0)).toBe(theme.counterpart);
    const none = looksTexture(mesh, new Map(), theme, new Set());
    expect(hex(none, 0, 7)).toBe(theme.land);
  });

  it('repeats a stripe pattern band by band, as the pattern images do', () => {
    const bands = [{ color: INITIATIVE_COLORS.merida, tone: 'full' as const }, { color: INITIATIVE_COLORS.carsi, tone: 'hatch' as const }];
    const data = looksTexture(mesh, new Map<string, Look>([['AAA', { kind: 'pattern', id: 'p', bands }]]), theme, new Set());
    const period = BAND_PX * 2;
    const row = Array.from({ length: period * 2 }, (_, x) => hex(data, 0, x));
    expect(row.slice(0, BAND_PX)).toEqual(Array(BAND_PX).fill(INITIATIVE_COLORS.merida.toLowerCase()));
    expect(row.slice(BAND_PX, BAND_PX + 3)).toEqual(Array(3).fill(INITIATIVE_COLORS.carsi.toLowerCase()));
    expect(row.slice(BAND_PX + 3, period)).toEqual(Array(3).fill(theme.land));
    expect(row.slice(period)).toEqual(row.slice(0, period));
  });

  it('dims a country as the dim layer does', () => {
    const data = looksTexture(mesh, new Map<string, Look>([['AAA', { kind: 'solid', color: '#0072b2' }]]), theme, new Set(['AAA']));
    expect(hex(data, 0, 0)).toBe(mix('#0072b2', theme.dim, 0.72));
  });
});

describe('visibleWraps', () => {
  const view = (west: number, east: number) => ({ getBounds: () => ({ getWest: () => west, getEast: () => east }) }) as never;

  it('draws only the copies of the world in view', () => {
    expect(visibleWraps(view(-170, -30))).toEqual([0]);
    expect(visibleWraps(view(-200, -30))).toEqual([-1, 0]); // the Aleutians past 180°W
    expect(visibleWraps(view(150, 250))).toEqual([0, 1]);
    expect(visibleWraps(view(-600, 600))).toEqual([-2, -1, 0, 1, 2]); // zoomed far out on a wide screen
    expect(visibleWraps(view(-180, 180))).toEqual([0]);
  });
});
