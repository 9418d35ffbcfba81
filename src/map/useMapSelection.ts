// Selection and spotlight through feature state: the map's data never changes.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect } from 'react';
import { useAtlasData } from '../app/atlasContext.ts';
import { membersOf, type AtlasIndex } from '../data/joins.ts';
import type { InitiativeId, Iso3 } from '../data/types.ts';
import { useAtlas } from '../state/store.ts';
import { COUNTRY_SOURCE, MICRO_SOURCE } from './style.ts';

const SOURCES = [COUNTRY_SOURCE, MICRO_SOURCE];

/** Feature state, skipped while the map has no style (a lost WebGL context drops it until the map is rebuilt). */
export function setState(map: MapLibreMap, source: string, id: string, state: Record<string, boolean>): void {
  if (map.style) map.setFeatureState({ source, id }, state);
}

/** With an initiative selected, the countries outside it that year: dimmed by either renderer. */
export function dimmedBy(index: AtlasIndex, initiative: InitiativeId, year: number | null): Iso3[] {
  const members = new Set(membersOf(index.memberships, initiative, year).map((p) => p.membership.country));
  return index.data.countries.map((c) => c.iso3).filter((iso) => !members.has(iso));
}

export function useMapSelection(map: MapLibreMap | null): void {
  const { index } = useAtlasData();
  const country = useAtlas((s) => s.country);
  const initiative = useAtlas((s) => s.initiative);
  const year = useAtlas((s) => s.year);

  useEffect(() => {
    if (!map || !country) return;
    for (const source of SOURCES) setState(map, source, country, { selected: true });
    return () => {
      for (const source of SOURCES) setState(map, source, country, { selected: false });
    };
  }, [map, country]);

  // An initiative selected: its members keep their colour, every other country is dimmed.
  useEffect(() => {
    if (!map || !initiative) return;
    const dimmed = dimmedBy(index, initiative, year);
    for (const iso of dimmed) for (const source of SOURCES) setState(map, source, iso, { dim: true });
    return () => {
      for (const iso of dimmed) for (const source of SOURCES) setState(map, source, iso, { dim: false });
    };
  }, [map, initiative, year, index]);
}
