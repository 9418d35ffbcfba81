import { describe, expect, it } from 'vitest';
import type { Geometry } from '../data/load.ts';
import { insetCountries, insetWanted, subjectOf } from './inset.ts';

const geometry = {
  labels: new Map<string, [number, number]>([
    ['BRB', [-59.55, 13.17]],
    ['LCA', [-60.97, 13.9]],
    ['ATG', [-61.8, 17.1]],
    ['JAM', [-77.3, 18.1]],
  ]),
} as unknown as Geometry;
// A map 1000 px wide and tall at `k` px per degree, west edge at 100°W, north edge at 30°N (near enough for the test).
const view =
  (k: number) =>
  ([lon, lat]: [number, number]) => ({ x: (lon + 100) * k, y: (30 - lat) * k });

describe('the Caribbean inset', () => {
  it('holds the Lesser Antilles, north to south, not the Greater Antilles', () => {
    expect(insetCountries(geometry)).toEqual(['ATG', 'LCA', 'BRB']);
  });

  it('shows when its islands are the subject, or on the map too small to read', () => {
    const islands = insetCountries(geometry);
    const size = { width: 1000, height: 1000 };
    expect(insetWanted(islands, subjectOf(new Set(['BRB', 'JAM']), null), view(60), size)).toBe(true);
    expect(insetWanted(islands, subjectOf(null, 'LCA'), view(60), size)).toBe(true);
    expect(insetWanted(islands, new Set(), view(10), size)).toBe(true);
    expect(insetWanted(islands, new Set(), view(40), size)).toBe(false);
    expect(insetWanted(islands, subjectOf(null, 'JAM'), view(400), size)).toBe(false);
  });
});
