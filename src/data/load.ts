// Fetches the atlas's two files, the geometry and the validated data, from the
// atlas's own origin, and turns them into what the map and panels use.
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { feature, neighbors } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { neighbourMap } from '../a11y/adjacency.ts';
import { indexAtlas, type AtlasIndex } from './joins.ts';
import { DATA_FILES, type AtlasData, type Iso3 } from './types.ts';
import { formatError, validateAtlasData } from './validate.ts';

export const GEOMETRY_URL = 'geo/hemisphere.topo.json';
export const DATA_URL = 'data/atlas.json';

export interface CountryProps {
  iso3: Iso3;
}

export type CountryFeature = Feature<Polygon | MultiPolygon, CountryProps>;

export interface Geometry {
  countries: FeatureCollection<Polygon | MultiPolygon, CountryProps>;
  /** Label points by country, [lon, lat]. */
  labels: Map<Iso3, [number, number]>;
  /** [west, south, east, north] per country, western parts only (Alaska's Aleutians cross 180°). */
  bounds: Map<Iso3, [number, number, number, number]>;
  /** Countries that share a border, for moving between them with the arrow keys. */
  neighbours: Map<Iso3, Iso3[]>;
}

export interface Atlas {
  geometry: Geometry;
  index: AtlasIndex;
  /** Points for countries too small to click at the regional view. */
  micro: FeatureCollection<Point, CountryProps>;
}

/** A load failure a person can act on: which file, and what went wrong with it. */
export class LoadError extends Error {
  constructor(
    readonly file: string,
    readonly detail: string,
  ) {
    super(`${file}: ${detail}`);
  }
}

/** The briefing copy carries its files inside the page (file:// can fetch nothing). */
function inlineJson(path: string): string | null {
  if (typeof document === 'undefined') return null;
  const el = document.querySelector<HTMLScriptElement>(`script[type="application/json"][data-atlas-file="${path}"]`);
  return el?.textContent ?? null;
}

async function fetchJson(base: string, path: string, signal?: AbortSignal): Promise<unknown> {
  const inline = inlineJson(path);
  if (inline !== null) {
    try {
      return JSON.parse(inline);
    } catch {
      throw new LoadError(path, 'is not valid JSON (the briefing copy may be damaged)');
    }
  }
  let response: Response;
  try {
    response = await fetch(new URL(path, base), { signal });
  } catch (err) {
    throw new LoadError(path, `could not be fetched (${(err as Error).message})`);
  }
  if (!response.ok) throw new LoadError(path, `the server answered ${response.status} ${response.statusText}`.trim());
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch {
    throw new LoadError(path, 'is not valid JSON (the file may be damaged or cut short)');
  }
}

export function parseGeometry(json: unknown): Geometry {
  const topo = json as Topology<{ countries: GeometryCollection<{ label?: [number, number] }> }>;
  if (!topo || topo.type !== 'Topology' || !topo.objects?.countries) {
    throw new LoadError(GEOMETRY_URL, 'is not a TopoJSON topology with a "countries" object');
  }
  const labels = new Map<Iso3, [number, number]>();
  const bounds = new Map<Iso3, [number, number, number, number]>();
  const fc = feature(topo, topo.objects.countries) as FeatureCollection<Polygon | MultiPolygon, { label?: [number, number] }>;
  const features: CountryFeature[] = fc.features.map((f) => {
    const iso3 = String(f.id);
    if (f.properties?.label) labels.set(iso3, f.properties.label);
    bounds.set(iso3, boundsOf(f.geometry));
    return { type: 'Feature', properties: { iso3 }, geometry: f.geometry };
  });
  const neighbours = neighbourMap(
    topo.objects.countries.geometries.map((g) => String(g.id)),
    neighbors(topo.objects.countries.geometries),
  );
  return { countries: { type: 'FeatureCollection', features }, labels, bounds, neighbours };
}

function boundsOf(g: Polygon | MultiPolygon): [number, number, number, number] {
  let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
  const rings = g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
  for (const ring of rings)
    for (const [lon, lat] of ring) {
      if (lon! > 0 || lon! < -170) continue; // the Aleutians run past 180°: frame Alaska by its mainland
      w = Math.min(w, lon!); e = Math.max(e, lon!); s = Math.min(s, lat!); n = Math.max(n, lat!);
    }
  return [w, s, e, n];
}

export function parseData(json: unknown): AtlasData {
  const obj = (json ?? {}) as Record<string, unknown>;
  const files: Record<string, unknown> = {};
  for (const [key, file] of Object.entries(DATA_FILES)) files[file] = obj[key];
  const { data, errors } = validateAtlasData(files);
  if (!data || errors.length) {
    throw new LoadError(DATA_URL, `failed validation: ${errors.slice(0, 3).map(formatError).join('; ')}`);
  }
  return data;
}

export function buildAtlas(geometry: Geometry, data: AtlasData): Atlas {
  const micro: FeatureCollection<Point, CountryProps> = {
    type: 'FeatureCollection',
    features: data.countries
      .filter((c) => c.micro && geometry.labels.has(c.iso3))
      .map((c) => ({ type: 'Feature', properties: { iso3: c.iso3 }, geometry: { type: 'Point', coordinates: geometry.labels.get(c.iso3)! } })),
  };
  return { geometry, index: indexAtlas(data), micro };
}

/** Both files in parallel; the first failure names its file. */
export async function loadAtlas(base: string, signal?: AbortSignal): Promise<Atlas> {
  const [geo, data] = await Promise.all([fetchJson(base, GEOMETRY_URL, signal), fetchJson(base, DATA_URL, signal)]);
  return buildAtlas(parseGeometry(geo), parseData(data));
}
