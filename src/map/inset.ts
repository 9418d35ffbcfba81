// The Eastern Caribbean inset: the Lesser Antilles at a larger scale, for whenever they are the subject or too small
// to read. Pure: which islands, what frame, and when it shows; CaribbeanInset.tsx draws it over either renderer and
// the export draws it into the image.
import type { Geometry } from '../data/load.ts';
import type { Iso3 } from '../data/types.ts';
import type { BoundsPair } from './camera.ts';

/** The inset's frame: the arc from Anguilla to Trinidad, and the sea east of it where the names go. */
export const INSET_BOUNDS: BoundsPair = [
  [-63.9, 8.8],
  [-55.5, 18.6],
];

/** The islands' own box (west, south, east, north): a country whose name point falls in it is drawn and named. */
const ISLANDS: [number, number, number, number] = [-63.8, 9.9, -59.2, 18.6];

/** Below this many CSS pixels from Anguilla to Trinidad on the map, the islands are too small to read there. */
export const TOO_SMALL_PX = 160;

/** The countries the inset names, north to south. */
export function insetCountries(geometry: Geometry): Iso3[] {
  const [w, s, e, n] = ISLANDS;
  return [...geometry.labels]
    .filter(([, [lon, lat]]) => lon >= w && lon <= e && lat >= s && lat <= n)
    .sort((a, b) => b[1][1] - a[1][1])
    .map(([iso]) => iso);
}

/** Every country the inset's frame touches (the islands, and the mainland coast beside them). */
export function insetShapes(geometry: Geometry): Iso3[] {
  const [[w, s], [e, n]] = INSET_BOUNDS;
  return [...geometry.bounds].filter(([, b]) => b[0] < e && b[2] > w && b[1] < n && b[3] > s).map(([iso]) => iso);
}

/**
 * The inset shows when some of its islands are the subject, or when the islands are on the map but drawn smaller
 * than TOO_SMALL_PX from north to south. `project` is the map's: [lon, lat] to CSS pixels.
 */
export function insetWanted(
  islands: readonly Iso3[],
  subject: ReadonlySet<Iso3>,
  project: (lngLat: [number, number]) => { x: number; y: number },
  size: { width: number; height: number },
): boolean {
  if (islands.some((iso) => subject.has(iso))) return true;
  const north = project([ISLANDS[0], ISLANDS[3]]);
  const south = project([ISLANDS[2], ISLANDS[1]]);
  const onMap = south.x > 0 && north.x < size.width && south.y > 0 && north.y < size.height;
  return onMap && south.y - north.y < TOO_SMALL_PX;
}

/** The countries a view is about: the spotlight (a slide's, or the initiative's members) and the selection. */
export function subjectOf(spotlight: ReadonlySet<Iso3> | null, selected: Iso3 | null): Set<Iso3> {
  const subject = new Set(spotlight ?? []);
  if (selected) subject.add(selected);
  return subject;
}
