// Fetches the atlas's files from its own origin and turns them into what the map
// and panels use, in two steps: the geometry and the first view's data (names,
// initiatives, memberships: the map's colours and the overview), then, once the
// map is drawn or a view needs them, the details (sources, goals, assistance,
// funding, partners, events, disagreements).
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { feature, neighbors } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { neighbourMap } from './adjacency.ts';
import { indexAtlas, type AtlasIndex } from './joins.ts';
import { DATA_FILES, type AtlasData, type Iso3 } from './types.ts';
import {
  CORE_KEYS,
  formatError,
  joinFirstView,
  validateAtlasData,
  validateCoreData,
  type CoreData,
  type ValidationError,
} from './validate.ts';

export const GEOMETRY_URL = 'geo/hemisphere.topo.json';
export const DATA_URL = 'data/atlas.json';
export const DETAILS_URL = 'data/details.json';

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
  /** Until `complete`, the details' record lists are empty: check it before showing what they hold. */
  index: AtlasIndex;
  /**
   * The first view's index (countries, initiatives, memberships; no details): the same object before and after the
   * details arrive. Parts that read only those — the map, labels, camera, keyboard, announcer, table — use it, so
   * the details' arrival does not run their effects again (re-fly the camera, re-announce, re-tile the map).
   */
  core: AtlasIndex;
  /** The details (DETAILS_URL) have arrived and were validated with the rest. */
  complete: boolean;
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

/** A file as read, before it is parsed: from the server, or from inside the briefing copy. */
export interface FileText {
  path: string;
  text: string;
  inline: boolean;
}

async function readText(base: string, path: string, signal?: AbortSignal): Promise<FileText> {
  const inline = inlineJson(path);
  if (inline !== null) return { path, text: inline, inline: true };
  let response: Response;
  try {
    response = await fetch(new URL(path, base), { signal });
  } catch (err) {
    throw new LoadError(path, `could not be fetched (${(err as Error).message})`);
  }
  if (!response.ok) throw new LoadError(path, `the server answered ${response.status} ${response.statusText}`.trim());
  return { path, text: await response.text(), inline: false };
}

function parseJson({ path, text, inline }: FileText): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new LoadError(
      path,
      `is not valid JSON (${inline ? 'the briefing copy may be damaged' : 'the file may be damaged or cut short'})`,
    );
  }
}

async function fetchJson(base: string, path: string, signal?: AbortSignal): Promise<unknown> {
  return parseJson(await readText(base, path, signal));
}

export function parseGeometry(json: unknown): Geometry {
  const topo = json as Topology<{ countries: GeometryCollection<{ label?: [number, number] }> }>;
  if (!topo || topo.type !== 'Topology' || !topo.objects?.countries) {
    throw new LoadError(GEOMETRY_URL, 'is not a TopoJSON topology with a "countries" object');
  }
  const labels = new Map<Iso3, [number, number]>();
  const bounds = new Map<Iso3, [number, number, number, number]>();
  const fc = feature(topo, topo.objects.countries) as FeatureCollection<
    Polygon | MultiPolygon,
    { label?: [number, number] }
  >;
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

/** Every ring of a country's geometry, outer rings and holes, of all its polygons. */
export function ringsOf(g: Polygon | MultiPolygon): Position[][] {
  return g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
}

function boundsOf(g: Polygon | MultiPolygon): [number, number, number, number] {
  let w = Infinity,
    s = Infinity,
    e = -Infinity,
    n = -Infinity;
  // Indexed loops and comparisons: this runs over every point before the first frame, in code not yet compiled.
  for (const ring of ringsOf(g))
    for (let i = 0; i < ring.length; i++) {
      const lon = ring[i]![0]!,
        lat = ring[i]![1]!;
      if (lon > 0 || lon < -170) continue; // the Aleutians run past 180°: frame Alaska by its mainland
      if (lon < w) w = lon;
      if (lon > e) e = lon;
      if (lat < s) s = lat;
      if (lat > n) n = lat;
    }
  return [w, s, e, n];
}

/** The JSON files as validation reads them: keyed by file name. */
function filesOf(...jsons: unknown[]): Record<string, unknown> {
  const files: Record<string, unknown> = {};
  for (const json of jsons) {
    const obj = (json ?? {}) as Record<string, unknown>;
    for (const [key, file] of Object.entries(DATA_FILES)) if (obj[key] !== undefined) files[file] = obj[key];
  }
  return files;
}

const failed = (url: string, errors: ValidationError[]) =>
  new LoadError(url, `failed validation: ${errors.slice(0, 3).map(formatError).join('; ')}`);

/** The first view's data (DATA_URL), validated on its own. */
export function parseCoreData(json: unknown): CoreData {
  const { data, errors } = validateCoreData(filesOf(json));
  if (!data || errors.length) throw failed(DATA_URL, errors);
  return data;
}

/** The details (DETAILS_URL) with the first view's data: the whole set, validated together. */
export function parseData(core: CoreData, details: unknown): AtlasData {
  const whole = joinFirstView(core as unknown as Record<string, unknown>, (details ?? {}) as Record<string, unknown>);
  const { data, errors } = validateAtlasData(filesOf(whole));
  if (!data || errors.length) throw failed(DETAILS_URL, errors);
  return data;
}

/**
 * The details' lists, empty until they arrive. The memberships have no note, sources or quotes until then either:
 * what shows those (the panels, the table, the exports, a deck's slides) waits on `complete`, and loadDetails
 * completes these same records in place, so what was built from them stays as it is.
 */
function withoutDetails(core: CoreData): AtlasData {
  const data = {
    sources: [],
    goalSets: [],
    assistanceTypes: [],
    assistance: [],
    funding: [],
    partners: [],
    events: [],
    discrepancies: [],
  };
  return { ...data, ...core, memberships: core.memberships as AtlasData['memberships'] };
}

export function buildAtlas(geometry: Geometry, data: AtlasData, complete = true): Atlas {
  const micro: FeatureCollection<Point, CountryProps> = {
    type: 'FeatureCollection',
    features: data.countries
      .filter((c) => c.micro && geometry.labels.has(c.iso3))
      .map((c) => ({
        type: 'Feature',
        properties: { iso3: c.iso3 },
        geometry: { type: 'Point', coordinates: geometry.labels.get(c.iso3)! },
      })),
  };
  const index = indexAtlas(data);
  return { geometry, index, core: index, micro, complete };
}

/** The first view's two files. */
export interface FirstViewFiles {
  geometry: FileText;
  data: FileText;
}

/** The first view's two files, read in parallel but not parsed (main.tsx parses them once the map has started). */
export async function readFirstView(base: string, signal?: AbortSignal): Promise<FirstViewFiles> {
  const [geometry, data] = await Promise.all([readText(base, GEOMETRY_URL, signal), readText(base, DATA_URL, signal)]);
  return { geometry, data };
}

/** The atlas from the first view's files; the first failure names its file. */
export function parseFirstView(files: FirstViewFiles): Atlas {
  return buildAtlas(
    parseGeometry(parseJson(files.geometry)),
    withoutDetails(parseCoreData(parseJson(files.data))),
    false,
  );
}

/** The first view's two files, read in parallel and parsed; the first failure names its file. */
export async function loadAtlas(base: string, signal?: AbortSignal): Promise<Atlas> {
  return parseFirstView(await readFirstView(base, signal));
}

/**
 * The atlas made complete with its details. The first view's parts of the index are kept as they were, so what
 * was built from them (the map's colours, the embed's bridge) is not redone.
 */
export async function loadDetails(base: string, atlas: Atlas, signal?: AbortSignal): Promise<Atlas> {
  const core = Object.fromEntries(CORE_KEYS.map((key) => [key, atlas.index.data[key]])) as unknown as CoreData;
  const data = parseData(core, await fetchJson(base, DETAILS_URL, signal));
  // Complete the first view's memberships with their texts, in place (see withoutDetails).
  const byId = new Map(atlas.index.data.memberships.map((m) => [m.id, m]));
  for (const m of data.memberships) Object.assign(byId.get(m.id) ?? {}, m);
  const { memberships, countries, initiatives } = atlas.index;
  return { ...atlas, index: { ...indexAtlas(data), memberships, countries, initiatives }, complete: true };
}
