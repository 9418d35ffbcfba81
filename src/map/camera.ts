// Where the camera goes for each selection. Pure, so the presentation slides
// and the map agree on framing.
import type { Iso3 } from '../data/types.ts';

/** [[west, south], [east, north]] in degrees: what fitBounds takes, for either renderer. */
export type BoundsPair = [[number, number], [number, number]];

/** The overview: Latin America and the Caribbean, with the southern United States (the partner) above them, not
 * Canada and Greenland filling the frame. */
export const OVERVIEW_BOUNDS: BoundsPair = [
  [-118, -56],
  [-34, 38],
];

/** The WebGL map's zoom limits (MapLibre zoom levels); the SVG map never frames a view further out than MIN_ZOOM either. */
export const MIN_ZOOM = 0.5;
export const MAX_ZOOM = 9;

type Bounds = [number, number, number, number];

/** Web Mercator stops at ±85.0511° (the square world). */
const MAX_LAT = 85.0511287798;

/** Web Mercator as MapLibre has it: [0, 0] the world's top-left corner, [1, 1] its bottom-right. */
export function mercatorUnit(lon: number, lat: number): [number, number] {
  return [mercatorX(lon), mercatorY(lat)];
}

/** mercatorUnit's x, for code that projects many points without making a pair for each. */
export function mercatorX(lon: number): number {
  return (lon + 180) / 360;
}

/** mercatorUnit's y. */
export function mercatorY(lat: number): number {
  const phi = ((lat < -MAX_LAT ? -MAX_LAT : lat > MAX_LAT ? MAX_LAT : lat) * Math.PI) / 180;
  return (1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2;
}

/** [lon, lat] of a point in mercatorUnit's terms: its inverse. */
export function lngLatOfUnit(x: number, y: number): [number, number] {
  return [x * 360 - 180, (360 / Math.PI) * Math.atan(Math.exp(Math.PI * (1 - 2 * y))) - 90];
}

export function unionBounds(all: Bounds[]): Bounds | null {
  if (all.length === 0) return null;
  return all.reduce((a, b) => [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])]);
}

/** Small countries are framed with their neighbours: never closer than ~20° across. */
export function frame(bounds: Bounds | null, minSpanDeg = 20): BoundsPair {
  if (!bounds) return OVERVIEW_BOUNDS;
  let [w, s, e, n] = bounds;
  const padLon = Math.max(0, (minSpanDeg - (e - w)) / 2);
  const padLat = Math.max(0, (minSpanDeg * 0.6 - (n - s)) / 2);
  w -= padLon;
  e += padLon;
  s -= padLat;
  n += padLat;
  return [
    [w, Math.max(s, -80)],
    [e, Math.min(n, 84)],
  ];
}

export function boundsForCountries(countries: Iso3[], bounds: ReadonlyMap<Iso3, Bounds>): Bounds | null {
  return unionBounds(countries.map((c) => bounds.get(c)).filter((b): b is Bounds => !!b));
}
