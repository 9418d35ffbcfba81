// The handout's locator map: the countries with data, the chosen one filled
// and ringed (a ring finds a small island at this scale), drawn as SVG with
// d3-geo from the atlas's own geometry, so it prints sharp and needs no WebGL.
import { geoMercator, geoPath } from 'd3-geo';
import type { MultiPoint } from 'geojson';
import { useMemo } from 'react';
import type { Geometry } from '../data/load.ts';
import type { Iso3 } from '../data/types.ts';

const WIDTH = 240;
const HEIGHT = 200;
/** Pixels of the viewBox around the countries with data. */
const MARGIN = 6;
/** The ring's radius: a Caribbean island is a dot at this scale. */
const RING = 9;

export function LocatorMap({
  geometry,
  framed,
  iso,
  label,
}: {
  geometry: Geometry;
  framed: Iso3[];
  iso: Iso3;
  label: string;
}) {
  const paths = useMemo(() => {
    // The frame: the bounding boxes of the countries with data, so the whole region shows whichever one is chosen.
    const corners: MultiPoint = { type: 'MultiPoint', coordinates: [] };
    for (const code of framed) {
      const b = geometry.bounds.get(code);
      if (b) corners.coordinates.push([b[0], b[1]], [b[2], b[3]]);
    }
    const projection = geoMercator().fitExtent(
      [
        [MARGIN, MARGIN],
        [WIDTH - MARGIN, HEIGHT - MARGIN],
      ],
      corners,
    );
    const path = geoPath(projection).digits(1);
    return {
      countries: geometry.countries.features.map((f) => ({ iso: f.properties.iso3, d: path(f) ?? '' })),
      project: (lonLat: [number, number]) => projection(lonLat),
    };
  }, [geometry, framed]);
  const labelPoint = geometry.labels.get(iso);
  const centre = labelPoint ? paths.project(labelPoint) : null;
  return (
    <svg className="handout-locator" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label}>
      <rect width={WIDTH} height={HEIGHT} className="handout-sea" />
      {paths.countries.map((c) => (
        <path key={c.iso} d={c.d} className={c.iso === iso ? 'is-chosen' : undefined} />
      ))}
      {centre && <circle cx={centre[0]} cy={centre[1]} r={RING} className="handout-ring" />}
    </svg>
  );
}
