// Selection and spotlight through feature state: the map's data never changes.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect } from 'react';
import { useAtlasData } from '../app/atlasContext.ts';
import { useAtlas } from '../state/store.ts';
import { COUNTRY_SOURCE, MICRO_SOURCE } from './style.ts';
import { useSpotlight } from './useSpotlight.ts';

const SOURCES = [COUNTRY_SOURCE, MICRO_SOURCE];

export function useMapSelection(map: MapLibreMap | null): void {
  const { index } = useAtlasData();
  const country = useAtlas((s) => s.country);
  const spotlight = useSpotlight();

  useEffect(() => {
    if (!map || !country) return;
    for (const source of SOURCES) map.setFeatureState({ source, id: country }, { selected: true });
    return () => {
      for (const source of SOURCES) map.setFeatureState({ source, id: country }, { selected: false });
    };
  }, [map, country]);

  // A spotlight (an initiative's members, or a slide's countries) keeps its colour; every other country is dimmed.
  useEffect(() => {
    if (!map || !spotlight) return;
    const dimmed = index.data.countries.map((c) => c.iso3).filter((iso) => !spotlight.has(iso));
    for (const iso of dimmed) for (const source of SOURCES) map.setFeatureState({ source, id: iso }, { dim: true });
    return () => {
      for (const iso of dimmed) for (const source of SOURCES) map.setFeatureState({ source, id: iso }, { dim: false });
    };
  }, [map, spotlight, index]);
}
