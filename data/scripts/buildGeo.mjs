#!/usr/bin/env node
// Builds public/geo/hemisphere.topo.json: the Western Hemisphere countries and
// territories from Natural Earth 1:50m (via world-atlas), keyed by ISO 3166-1
// alpha-3, simplified and quantized. Deterministic: the same input gives the
// same bytes, and a unit test (src/data/geometry.test.ts) checks that the
// committed file matches a fresh build.
//
// Pipeline: select by ISO numeric code → split France and the Netherlands into
// their Caribbean and Guianese parts → drop tiny islets → label points →
// topology → presimplify (spherical triangle area) → protect small rings →
// simplify → quantize → stable JSON.
//
// Run: node data/scripts/buildGeo.mjs   (or npm run geo)

import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { feature, quantize } from 'topojson-client';
import { topology as toTopology } from 'topojson-server';
import { presimplify, simplify, sphericalTriangleArea } from 'topojson-simplify';
import { geoArea, geoBounds, geoCentroid, geoContains } from 'd3-geo';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SOURCE_PATH = resolve(ROOT, 'node_modules/world-atlas/countries-50m.json');
export const OUTPUT_PATH = resolve(ROOT, 'public/geo/hemisphere.topo.json');

/** The input the output's header names; a different version fails the build rather than silently changing the file. */
const WORLD_ATLAS_VERSION = '2.0.2';
export const GENERATED =
  `by data/scripts/buildGeo.mjs from world-atlas ${WORLD_ATLAS_VERSION} countries-50m.json ` +
  '(Natural Earth 1:50m, public domain) — do not edit';

/** Earth radius in km, to turn steradians into km² (d3-geo areas are on the unit sphere). */
const EARTH_RADIUS_KM = 6371;
const KM2 = EARTH_RADIUS_KM * EARTH_RADIUS_KM;

/**
 * The features kept, by ISO 3166-1 numeric code as world-atlas spells it, with
 * the alpha-3 code and Natural Earth's short name, which is checked so that a
 * wrong code fails loudly instead of mislabelling a country.
 */
export const HEMISPHERE = [
  ['028', 'ATG', 'Antigua and Barb.'],
  ['032', 'ARG', 'Argentina'],
  ['044', 'BHS', 'Bahamas'],
  ['052', 'BRB', 'Barbados'],
  ['060', 'BMU', 'Bermuda'],
  ['068', 'BOL', 'Bolivia'],
  ['076', 'BRA', 'Brazil'],
  ['084', 'BLZ', 'Belize'],
  ['092', 'VGB', 'British Virgin Is.'],
  ['124', 'CAN', 'Canada'],
  ['136', 'CYM', 'Cayman Is.'],
  ['152', 'CHL', 'Chile'],
  ['170', 'COL', 'Colombia'],
  ['188', 'CRI', 'Costa Rica'],
  ['192', 'CUB', 'Cuba'],
  ['212', 'DMA', 'Dominica'],
  ['214', 'DOM', 'Dominican Rep.'],
  ['218', 'ECU', 'Ecuador'],
  ['222', 'SLV', 'El Salvador'],
  ['238', 'FLK', 'Falkland Is.'],
  ['239', 'SGS', 'S. Geo. and the Is.'],
  ['304', 'GRL', 'Greenland'],
  ['308', 'GRD', 'Grenada'],
  ['320', 'GTM', 'Guatemala'],
  ['328', 'GUY', 'Guyana'],
  ['332', 'HTI', 'Haiti'],
  ['340', 'HND', 'Honduras'],
  ['388', 'JAM', 'Jamaica'],
  ['484', 'MEX', 'Mexico'],
  ['500', 'MSR', 'Montserrat'],
  ['531', 'CUW', 'Curaçao'],
  ['533', 'ABW', 'Aruba'],
  ['534', 'SXM', 'Sint Maarten'],
  ['558', 'NIC', 'Nicaragua'],
  ['591', 'PAN', 'Panama'],
  ['600', 'PRY', 'Paraguay'],
  ['604', 'PER', 'Peru'],
  ['630', 'PRI', 'Puerto Rico'],
  ['652', 'BLM', 'St-Barthélemy'],
  ['659', 'KNA', 'St. Kitts and Nevis'],
  ['660', 'AIA', 'Anguilla'],
  ['662', 'LCA', 'Saint Lucia'],
  ['663', 'MAF', 'St-Martin'],
  ['666', 'SPM', 'St. Pierre and Miquelon'],
  ['670', 'VCT', 'St. Vin. and Gren.'],
  ['740', 'SUR', 'Suriname'],
  ['780', 'TTO', 'Trinidad and Tobago'],
  ['796', 'TCA', 'Turks and Caicos Is.'],
  ['840', 'USA', 'United States of America'],
  ['850', 'VIR', 'U.S. Virgin Is.'],
  ['858', 'URY', 'Uruguay'],
  ['862', 'VEN', 'Venezuela'],
];

/**
 * Natural Earth folds some overseas parts into the European state's
 * multipolygon. Each part is cut out by a lon/lat box that must contain every
 * polygon assigned to it; the European remainder is dropped. ISO numeric codes
 * in comments: GUF 254, GLP 312, MTQ 474, BES 535.
 */
export const SPLITS = [
  {
    numeric: '250',
    name: 'France',
    parts: [
      { iso3: 'GUF', box: [-55, 2, -51, 6.5] },
      { iso3: 'GLP', box: [-62, 15.8, -61, 16.6] },
      { iso3: 'MTQ', box: [-61.3, 14.3, -60.7, 15] },
    ],
  },
  {
    numeric: '528',
    name: 'Netherlands',
    // Bonaire (−68.3, 12.2), Sint Eustatius and Saba (−63, 17.5).
    parts: [{ iso3: 'BES', box: [-69, 11.9, -62.8, 17.8] }],
  },
];

/**
 * Features drawn with a marker at the regional view; they keep every islet and
 * vertex. The same set as `micro: true` in data/countries.json (a test checks).
 */
export const MICRO_ISO3 = [
  'ABW',
  'AIA',
  'ATG',
  'BES',
  'BLM',
  'BMU',
  'BRB',
  'CUW',
  'CYM',
  'DMA',
  'GLP',
  'GRD',
  'KNA',
  'LCA',
  'MAF',
  'MSR',
  'MTQ',
  'SPM',
  'SXM',
  'TCA',
  'VCT',
  'VGB',
  'VIR',
];
const MICRO = new Set(MICRO_ISO3);

/**
 * Label points [lon, lat] where the centroid of the largest polygon lands
 * badly (in the sea, in a neighbour, or off-centre on a long shape). The
 * build fails if any label, computed or overridden, is outside its feature.
 */
export const LABEL_OVERRIDES = {};

/** Islands smaller than this (km²) are dropped, except from micro features and the largest polygon of any feature. */
const MIN_ISLAND_KM2 = 60;
/** Micro features keep islets down to this size (km²). */
const MIN_MICRO_ISLAND_KM2 = 1;
/** Simplification threshold: the effective area (km²) of the triangle a point forms with its neighbours. */
const MIN_WEIGHT_KM2 = 8;
/**
 * Context to the north: no initiative includes them, and the map never frames them closer than the whole
 * continent (the U.S. is framed by its mainland), yet Canada's and Greenland's Arctic coasts and Alaska's
 * islands were 60% of all vertices, drawn and tiled on every first view. They keep their larger islands and a
 * coarser outline; borders they share with a partner (the U.S.–Mexico line) keep the partner's detail.
 */
const CONTEXT = new Set(['CAN', 'GRL', 'USA']);
const MIN_CONTEXT_ISLAND_KM2 = 1000;
const MIN_CONTEXT_WEIGHT_KM2 = 60;
/** Every ring keeps at least this many distinct vertices. */
const MIN_RING_VERTICES = 6;
/**
 * Quantization: grid steps across the bounding box on each axis. 2e4 is a ~0.9 km grid: under a pixel at the
 * overview, about three at the map's closest zoom (9), and far finer than the 1:50m source is accurate (its
 * vertices lie kilometres apart on small islands). 3e4 cost 2.7 KB gzip more of the first view, 1e5 15 KB, for
 * detail the source does not have.
 */
const QUANTIZATION = 2e4;

function fail(message) {
  throw new Error(`buildGeo: ${message}`);
}

function polygonsOf(geometry) {
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  return fail(`unexpected geometry type ${geometry.type}`);
}

function areaKm2(polygon) {
  return geoArea({ type: 'Polygon', coordinates: polygon }) * KM2;
}

/** A hole winds the other way (counter-clockwise in d3-geo's convention), so measure it reversed. */
function holeAreaKm2(hole) {
  return areaKm2([[...hole].reverse()]);
}

function within(bounds, box) {
  const [[x0, y0], [x1, y1]] = bounds;
  return x0 >= box[0] && y0 >= box[1] && x1 <= box[2] && y1 <= box[3];
}

/**
 * Natural Earth cuts the Aleutians at the antimeridian; the part at +172…+180°
 * is moved to −188…−180° so Alaska is continuous and the USA's bounds span the
 * Western Hemisphere, not the whole globe. Spherical maths is unchanged.
 */
function unwrapEastOfAntimeridian(polygon) {
  const east = polygon.every((ring) => ring.every(([lon]) => lon > 0));
  return east ? polygon.map((ring) => ring.map(([lon, lat]) => [lon - 360, lat])) : polygon;
}

const round2 = (x) => Math.round(x * 100) / 100;

/** Reads world-atlas and returns the hemisphere features as GeoJSON polygons, keyed by alpha-3, unsorted. */
function selectFeatures(source) {
  const byNumeric = new Map();
  for (const g of source.objects.countries.geometries) {
    if (g.id != null) byNumeric.set(g.id, g);
  }
  const lookup = (numeric, name) => {
    const g = byNumeric.get(numeric);
    if (!g) fail(`no geometry with ISO numeric ${numeric} (${name}) in world-atlas`);
    if (g.properties.name !== name) {
      fail(`ISO numeric ${numeric}: expected "${name}", world-atlas has "${g.properties.name}"`);
    }
    return polygonsOf(feature(source, g).geometry);
  };

  const out = new Map();
  const add = (iso3, polygons) => {
    if (out.has(iso3)) fail(`duplicate feature ${iso3}`);
    if (polygons.length === 0) fail(`${iso3} has no polygons`);
    out.set(iso3, polygons);
  };

  for (const [numeric, iso3, name] of HEMISPHERE) add(iso3, lookup(numeric, name));

  for (const { numeric, name, parts } of SPLITS) {
    const taken = new Map(parts.map((p) => [p.iso3, []]));
    for (const polygon of lookup(numeric, name)) {
      const bounds = geoBounds({ type: 'Polygon', coordinates: polygon });
      const part = parts.find((p) => within(bounds, p.box));
      if (part) taken.get(part.iso3).push(polygon);
      // Anything else west of 30°W would be an overseas part this table misses.
      else if (bounds[0][0] < -30) fail(`${name}: polygon at ${bounds[0]} matches no split box`);
    }
    for (const [iso3, polygons] of taken) add(iso3, polygons);
  }
  return out;
}

/** The centroid of the largest polygon by spherical area, unless overridden. */
function labelPoint(iso3, polygons) {
  const override = LABEL_OVERRIDES[iso3];
  if (override) return override;
  let largest = polygons[0];
  for (const p of polygons) if (areaKm2(p) > areaKm2(largest)) largest = p;
  return geoCentroid({ type: 'Polygon', coordinates: largest }).map(round2);
}

/** Drops islets, always keeping a feature's largest polygon. */
function dropIslets(iso3, polygons) {
  const min = MICRO.has(iso3) ? MIN_MICRO_ISLAND_KM2 : CONTEXT.has(iso3) ? MIN_CONTEXT_ISLAND_KM2 : MIN_ISLAND_KM2;
  const areas = polygons.map(areaKm2);
  const largest = areas.indexOf(Math.max(...areas));
  return polygons
    .filter((_, i) => i === largest || areas[i] >= min)
    .map((polygon) => [polygon[0], ...polygon.slice(1).filter((hole) => holeAreaKm2(hole) >= min)]);
}

/** Every ring of every geometry, as arrays of signed arc indexes, with the feature id it belongs to. */
function ringsOf(topology) {
  const rings = [];
  for (const g of topology.objects.countries.geometries) {
    const polygons = g.type === 'Polygon' ? [g.arcs] : g.arcs;
    for (const polygon of polygons) for (const ring of polygon) rings.push({ id: g.id, ring });
  }
  return rings;
}

/** Arcs drawn only by context features: their weights scaled so that the context threshold becomes the common one. */
function coarsenContext(topology) {
  const owners = topology.arcs.map(() => new Set());
  for (const { id, ring } of ringsOf(topology)) for (const a of ring) owners[a < 0 ? ~a : a].add(id);
  const scale = MIN_WEIGHT_KM2 / MIN_CONTEXT_WEIGHT_KM2;
  topology.arcs.forEach((arc, i) => {
    const ids = [...owners[i]];
    if (ids.length === 0 || !ids.every((id) => CONTEXT.has(id))) return;
    for (let j = 1; j < arc.length - 1; ++j) arc[j][2] *= scale;
  });
}

/**
 * After presimplify each point carries its weight in point[2]; simplify drops
 * those below minWeight. Arcs used only by micro features keep every vertex
 * (Natural Earth 1:50m draws those islands with 6–23 vertices, nothing to
 * spare), and every other ring keeps at least MIN_RING_VERTICES vertices: its
 * heaviest points are raised to Infinity.
 */
function protectSmallShapes(topology, minWeight) {
  const owners = topology.arcs.map(() => new Set());
  const rings = ringsOf(topology);
  for (const { id, ring } of rings) for (const a of ring) owners[a < 0 ? ~a : a].add(id);

  topology.arcs.forEach((arc, i) => {
    const ids = [...owners[i]];
    if (ids.length > 0 && ids.every((id) => MICRO.has(id))) {
      for (let j = 1; j < arc.length - 1; ++j) arc[j][2] = Infinity;
    }
  });

  for (const { ring } of rings) {
    const arcs = ring.map((a) => topology.arcs[a < 0 ? ~a : a]);
    // Distinct vertices of a ring: each arc's start point plus its kept interior points.
    const interior = arcs.flatMap((arc) => arc.slice(1, -1));
    const kept = arcs.length + interior.filter((p) => p[2] >= minWeight).length;
    if (kept >= MIN_RING_VERTICES) continue;
    interior
      .filter((p) => p[2] < minWeight)
      .sort((a, b) => b[2] - a[2])
      .slice(0, MIN_RING_VERTICES - kept)
      .forEach((p) => (p[2] = Infinity));
  }
}

/**
 * Builds the topology. Returns it, the exact text of the output file, and the
 * ids in output order.
 */
export function buildGeo() {
  const pkg = JSON.parse(readFileSync(resolve(dirname(SOURCE_PATH), 'package.json'), 'utf8'));
  if (pkg.version !== WORLD_ATLAS_VERSION) {
    fail(`world-atlas is ${pkg.version}, this build is pinned to ${WORLD_ATLAS_VERSION}`);
  }
  const source = JSON.parse(readFileSync(SOURCE_PATH, 'utf8'));
  const selected = selectFeatures(source);

  const ids = [...selected.keys()].sort();
  const features = ids.map((id) => {
    const polygons = selected.get(id).map(id === 'USA' ? unwrapEastOfAntimeridian : (p) => p);
    const label = labelPoint(id, polygons);
    const kept = dropIslets(id, polygons);
    const geometry = { type: 'MultiPolygon', coordinates: kept };
    if (!geoContains(geometry, label)) fail(`${id}: label ${label} is outside the feature`);
    return {
      type: 'Feature',
      id,
      properties: { label },
      geometry: kept.length === 1 ? { type: 'Polygon', coordinates: kept[0] } : geometry,
    };
  });

  const minWeight = MIN_WEIGHT_KM2 / KM2;
  const presimplified = presimplify(
    toTopology({ countries: { type: 'FeatureCollection', features } }),
    sphericalTriangleArea,
  );
  coarsenContext(presimplified);
  protectSmallShapes(presimplified, minWeight);
  const quantized = quantize(simplify(presimplified, minWeight), QUANTIZATION);

  // A fixed key order, with the header field near the top of the file.
  const topology = {
    type: 'Topology',
    generated: GENERATED,
    bbox: quantized.bbox,
    transform: quantized.transform,
    objects: {
      countries: {
        type: 'GeometryCollection',
        geometries: quantized.objects.countries.geometries.map((g) => ({
          type: g.type,
          id: g.id,
          properties: { label: g.properties.label },
          arcs: g.arcs,
        })),
      },
    },
    arcs: quantized.arcs,
  };
  checkRings(topology);
  return { topology, json: `${JSON.stringify(topology)}\n`, ids };
}

/** Fails if any ring came out with fewer than four positions or zero area. */
function checkRings(topology) {
  for (const g of topology.objects.countries.geometries) {
    const polygons = polygonsOf(feature(topology, g).geometry);
    for (const polygon of polygons) {
      polygon.forEach((ring, i) => {
        if (ring.length < 4) fail(`${g.id}: a ring has ${ring.length} positions`);
        const area = i === 0 ? areaKm2([ring]) : holeAreaKm2(ring);
        if (!(area > 0 && area < 2 * Math.PI * KM2)) fail(`${g.id}: a ring has no area or is inside out`);
      });
    }
  }
}

function main() {
  const { json, ids } = buildGeo();
  mkdirSync(dirname(OUTPUT_PATH), { recursive: true });
  writeFileSync(OUTPUT_PATH, json);
  const raw = Buffer.byteLength(json);
  const gz = gzipSync(json, { level: 9 }).length;
  console.log(
    `wrote ${OUTPUT_PATH.slice(ROOT.length + 1)}: ${ids.length} features, ` +
      `${(raw / 1024).toFixed(1)} KB raw, ${(gz / 1024).toFixed(1)} KB gzip`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
