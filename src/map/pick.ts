// Which country is under a point, answered from the atlas's own geometry on the main thread: it does not wait for
// MapLibre's worker to tile the countries, so the map takes clicks from its very first frame, and a pick costs
// a few bounding-box tests and one point-in-polygon walk.
import type { FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import type { Iso3 } from '../data/types.ts';
import { MICRO_STROKE_PX, microRadius } from './style.ts';

interface Shape {
  iso3: Iso3;
  /** [west, south, east, north] of every ring, in degrees. */
  box: [number, number, number, number];
  /** Each polygon's rings, outer first. */
  polygons: Position[][][];
}

export interface PickIndex {
  shapes: Shape[];
  micro: { iso3: Iso3; at: [number, number] }[];
}

export function pickIndex(
  countries: FeatureCollection<Polygon | MultiPolygon, { iso3: Iso3 }>,
  micro: FeatureCollection<Point, { iso3: Iso3 }>,
): PickIndex {
  const shapes = countries.features.map((f): Shape => {
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    const box: Shape['box'] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const rings of polygons)
      for (const [x, y] of rings[0] ?? []) {
        box[0] = Math.min(box[0], x!);
        box[1] = Math.min(box[1], y!);
        box[2] = Math.max(box[2], x!);
        box[3] = Math.max(box[3], y!);
      }
    return { iso3: f.properties.iso3, box, polygons };
  });
  return {
    shapes,
    micro: micro.features.map((f) => ({ iso3: f.properties.iso3, at: f.geometry.coordinates as [number, number] })),
  };
}

/** Even-odd rule over a polygon's rings: inside the outer ring and outside its holes. */
function inPolygon(rings: Position[][], x: number, y: number): boolean {
  let inside = false;
  for (const ring of rings)
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi! > y !== yj! > y && x < ((xj! - xi!) * (y - yi!)) / (yj! - yi!) + xi!) inside = !inside;
    }
  return inside;
}

/** The country whose land holds a point in degrees (longitude in -180..180), or null over the sea. */
export function countryAt(index: PickIndex, lng: number, lat: number): Iso3 | null {
  for (const s of index.shapes) {
    const [w, south, e, n] = s.box;
    if (lng < w || lng > e || lat < south || lat > n) continue;
    if (s.polygons.some((rings) => inPolygon(rings, lng, lat))) return s.iso3;
  }
  return null;
}

/**
 * The country under a screen point. A micro-state marker under the pointer wins; then whatever country's land
 * is under it; then, over the sea, the nearest marker within a square `reachPx` each way, which gives the smallest islands a
 * larger target without stealing clicks from their neighbours.
 */
export function pickAt(
  index: PickIndex,
  point: { x: number; y: number },
  view: {
    project: (lngLat: [number, number]) => { x: number; y: number };
    unproject: (p: [number, number]) => [number, number];
    zoom: number;
  },
  reachPx: number,
): Iso3 | null {
  const markerPx = microRadius(view.zoom) + MICRO_STROKE_PX;
  let nearest: { iso3: Iso3; d: number; dx: number; dy: number } | null = null;
  for (const m of index.micro) {
    if (markerPx <= MICRO_STROKE_PX) break; // zoomed in past the markers: the islands are drawn as land
    const p = view.project(m.at);
    const [dx, dy] = [Math.abs(p.x - point.x), Math.abs(p.y - point.y)];
    const d = Math.hypot(dx, dy);
    if (!nearest || d < nearest.d) nearest = { iso3: m.iso3, d, dx, dy };
  }
  if (nearest && nearest.d <= markerPx) return nearest.iso3;
  const [lng, lat] = view.unproject([point.x, point.y]);
  const land = countryAt(index, ((((lng + 180) % 360) + 360) % 360) - 180, lat);
  if (land) return land;
  // Within a square of the reach's half-side, as the 44 px touch target it stands for.
  return nearest && Math.max(nearest.dx, nearest.dy) <= reachPx ? nearest.iso3 : null;
}
