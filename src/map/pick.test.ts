import type { FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { countryAt, pickAt, pickIndex } from './pick.ts';
import { microRadius } from './style.ts';

// A square country with a lake, an island country of two squares, and a micro-state marker at sea.
const countries: FeatureCollection<Polygon | MultiPolygon, { iso3: string }> = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { iso3: 'AAA' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [10, 0],
            [10, 10],
            [0, 10],
            [0, 0],
          ],
          [
            [4, 4],
            [6, 4],
            [6, 6],
            [4, 6],
            [4, 4],
          ],
        ],
      },
    },
    {
      type: 'Feature',
      properties: { iso3: 'BBB' },
      geometry: {
        type: 'MultiPolygon',
        coordinates: [
          [
            [
              [20, 0],
              [22, 0],
              [22, 2],
              [20, 2],
              [20, 0],
            ],
          ],
          [
            [
              [178, 50],
              [179, 50],
              [179, 51],
              [178, 51],
              [178, 50],
            ],
          ],
        ],
      },
    },
  ],
};
const micro: FeatureCollection<Point, { iso3: string }> = {
  type: 'FeatureCollection',
  features: [{ type: 'Feature', properties: { iso3: 'MMM' }, geometry: { type: 'Point', coordinates: [30, 0] } }],
};
const index = pickIndex(countries, micro);
// A flat view: one degree is ten pixels, y up as latitude.
const view = (zoom: number) => ({
  zoom,
  project: ([lng, lat]: [number, number]) => ({ x: lng * 10, y: -lat * 10 }),
  unproject: ([x, y]: [number, number]): [number, number] => [x / 10, -y / 10],
});

describe('countryAt', () => {
  it('finds the country whose land holds the point, and none in its lake or at sea', () => {
    expect(countryAt(index, 2, 2)).toBe('AAA');
    expect(countryAt(index, 5, 5)).toBeNull();
    expect(countryAt(index, 15, 5)).toBeNull();
  });

  it('finds every polygon of a country, across the antimeridian too', () => {
    expect(countryAt(index, 21, 1)).toBe('BBB');
    expect(countryAt(index, 178.5, 50.5)).toBe('BBB');
  });
});

describe('pickAt', () => {
  it('takes a marker under the pointer, then land, then the nearest marker within reach at sea', () => {
    expect(pickAt(index, { x: 300, y: 0 }, view(2), 22)).toBe('MMM');
    expect(pickAt(index, { x: 20, y: -20 }, view(2), 22)).toBe('AAA');
    expect(pickAt(index, { x: 318, y: 18 }, view(2), 22)).toBe('MMM');
    expect(pickAt(index, { x: 330, y: 0 }, view(2), 22)).toBeNull();
  });

  it('wraps the longitude a world copy gives back', () => {
    expect(pickAt(index, { x: (178.5 - 360) * 10, y: -505 }, view(2), 22)).toBe('BBB');
  });

  it('ignores the markers once zoomed in past them, where the islands are drawn as land', () => {
    expect(microRadius(8)).toBe(0);
    expect(pickAt(index, { x: 300, y: 0 }, view(8), 22)).toBeNull();
  });

  it('sizes the markers as the style does', () => {
    expect(microRadius(1)).toBe(5);
    expect(microRadius(3.5)).toBeCloseTo(6.5);
    expect(microRadius(6)).toBeCloseTo(4);
  });
});
