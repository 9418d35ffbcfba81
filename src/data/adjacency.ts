// Moving between countries with the arrow keys: to a neighbour across a shared
// border when there is one in that direction, else to the nearest country that
// way (islands have no borders). Pure, so it is tested without a map.
import type { Iso3 } from './types.ts';

export type Direction = 'up' | 'down' | 'left' | 'right';

/** Unit vectors in (east, north). */
const VECTORS: Record<Direction, [number, number]> = { up: [0, 1], down: [0, -1], left: [-1, 0], right: [1, 0] };

/** Half-width of the cone that counts as "that way": 60° either side. */
const CONE_COS = Math.cos((60 * Math.PI) / 180);
/** How much a sideways step costs against a step straight ahead: keeps the arrows going where they point. */
const SIDEWAYS_WEIGHT = 3;

/** East and north offsets in degrees of latitude, so longitude shrinks toward the poles. */
function offset(from: [number, number], to: [number, number]): [number, number] {
  let dLon = to[0] - from[0];
  if (dLon > 180) dLon -= 360;
  if (dLon < -180) dLon += 360;
  const meanLat = ((from[1] + to[1]) / 2) * (Math.PI / 180);
  return [dLon * Math.cos(meanLat), to[1] - from[1]];
}

/**
 * The best candidate in a direction: inside the cone, scored by the distance ahead
 * plus a heavier sideways distance, or null.
 */
function bestIn(
  from: [number, number],
  dir: Direction,
  candidates: Iterable<Iso3>,
  centres: ReadonlyMap<Iso3, [number, number]>,
): Iso3 | null {
  const [vx, vy] = VECTORS[dir];
  let best: Iso3 | null = null;
  let bestScore = Infinity;
  for (const iso of candidates) {
    const c = centres.get(iso);
    if (!c) continue;
    const [dx, dy] = offset(from, c);
    const dist = Math.hypot(dx, dy);
    if (dist === 0) continue;
    const ahead = dx * vx + dy * vy;
    if (ahead / dist < CONE_COS) continue;
    const sideways = Math.abs(dx * vy - dy * vx);
    const score = ahead + SIDEWAYS_WEIGHT * sideways;
    if (score < bestScore) [best, bestScore] = [iso, score];
  }
  return best;
}

/** Where an arrow key goes from a country; null when nothing lies that way. */
export function stepFrom(
  from: Iso3,
  dir: Direction,
  centres: ReadonlyMap<Iso3, [number, number]>,
  neighbours: ReadonlyMap<Iso3, readonly Iso3[]>,
): Iso3 | null {
  const origin = centres.get(from);
  if (!origin) return null;
  return (
    bestIn(origin, dir, neighbours.get(from) ?? [], centres) ??
    bestIn(
      origin,
      dir,
      [...centres.keys()].filter((k) => k !== from),
      centres,
    )
  );
}

/** Neighbour lists by code, from topojson-client's `neighbors` (indices into the same geometries). */
export function neighbourMap(ids: readonly Iso3[], byIndex: readonly (readonly number[])[]): Map<Iso3, Iso3[]> {
  return new Map(ids.map((id, i) => [id, (byIndex[i] ?? []).map((j) => ids[j]!).filter(Boolean)]));
}
