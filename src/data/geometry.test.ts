// The committed geometry is reproducible from its build script and agrees
// with data/countries.json, one feature per record.
import { describe, expect, it } from 'vitest';
import { geoArea, geoContains } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { buildGeo, MICRO_ISO3, type CountryProperties, type HemisphereTopology } from '../../data/scripts/buildGeo.mjs';
// ?raw: the exact bytes, for the regeneration check (and no node types in the app tsconfig).
import committed from '../../public/geo/hemisphere.topo.json?raw';
import countriesJson from '../../data/countries.json?raw';
import type { Country } from './types';

const topology = JSON.parse(committed) as HemisphereTopology;
const geometries = topology.objects.countries.geometries;
const features = feature(topology, topology.objects.countries).features as Feature<
  Polygon | MultiPolygon,
  CountryProperties
>[];
const countries = JSON.parse(countriesJson) as Country[];

/** The eight small islands the atlas must show at the whole-Caribbean view. */
const MICRO_STATES = ['ATG', 'KNA', 'DMA', 'LCA', 'VCT', 'GRD', 'BRB', 'MSR'];

/** A loose box around the Western Hemisphere, degrees; the Aleutians are unwrapped past −180°. */
const HEMISPHERE_BOUNDS = { west: -190, south: -60, east: -10, north: 84 };

/** Square km to steradians on the unit sphere (Earth radius 6371 km). */
const KM2 = 1 / 6371 ** 2;

describe('public/geo/hemisphere.topo.json', () => {
  it('is exactly what data/scripts/buildGeo.mjs builds (run `npm run geo` after changing it)', () => {
    expect(buildGeo().json).toBe(committed);
  });

  it('says it is generated', () => {
    expect(topology.generated).toMatch(/^by data\/scripts\/buildGeo\.mjs .* do not edit$/);
  });

  it('has unique ISO3 ids in sorted order', () => {
    const ids = geometries.map((g) => g.id);
    ids.forEach((id) => expect(id).toMatch(/^[A-Z]{3}$/));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...ids].sort());
  });

  it('has a geometry for every record in data/countries.json, and no other', () => {
    const geometryIds = geometries.map((g) => g.id).sort();
    const countryIds = countries.map((c) => c.iso3).sort();
    expect(geometryIds).toEqual(countryIds);
  });

  it('keeps full detail for exactly the features data/countries.json marks micro', () => {
    const micro = countries.filter((c) => c.micro).map((c) => c.iso3);
    expect([...MICRO_ISO3].sort()).toEqual(micro.sort());
  });

  describe.each(MICRO_STATES)('micro-state %s', (iso3) => {
    const found = features.find((f) => f.id === iso3);

    it('has a ring with area', () => {
      expect(found).toBeDefined();
      const shape = found?.geometry;
      const polygons = !shape ? [] : shape.type === 'Polygon' ? [shape.coordinates] : shape.coordinates;
      const largest = Math.max(0, ...polygons.map((p) => geoArea({ type: 'Polygon', coordinates: p })));
      // Every one of the eight is over 80 km²; an inside-out ring would measure nearly the whole sphere.
      expect(largest).toBeGreaterThan(50 * KM2);
      expect(largest).toBeLessThan(1e5 * KM2);
    });

    it('has a label point on the feature, inside the hemisphere', () => {
      expect(found).toBeDefined();
      const [lon, lat] = found?.properties.label ?? [NaN, NaN];
      expect(lon).toBeGreaterThan(HEMISPHERE_BOUNDS.west);
      expect(lon).toBeLessThan(HEMISPHERE_BOUNDS.east);
      expect(lat).toBeGreaterThan(HEMISPHERE_BOUNDS.south);
      expect(lat).toBeLessThan(HEMISPHERE_BOUNDS.north);
      if (found) expect(geoContains(found, [lon, lat])).toBe(true);
    });
  });
});
