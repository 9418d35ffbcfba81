// Selection and spotlight through feature state: the map's data never changes.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect } from 'react';
import { useAtlasData } from '../app/atlasContext.ts';
import type { AtlasIndex } from '../data/joins.ts';
import type { Iso3 } from '../data/types.ts';
import { useAtlas } from '../state/store.ts';
import { setLayerShown } from './handOver.ts';
import { COUNTRY_SOURCE, DIM_LAYER, MICRO_SOURCE, SELECTED_LAYER } from './style.ts';
import { useSpotlight } from './useSpotlight.ts';

const SOURCES = [COUNTRY_SOURCE, MICRO_SOURCE];

/** Feature state, skipped while the map has no style (a lost WebGL context drops it until the map is rebuilt). */
export function setState(map: MapLibreMap, source: string, id: string, state: Record<string, boolean>): void {
  if (map.style) map.setFeatureState({ source, id }, state);
}

/** The countries outside a spotlight (a slide's, or an initiative's members): dimmed by either renderer. */
export function dimmedBy(index: AtlasIndex, spotlight: ReadonlySet<Iso3> | null): Iso3[] {
  if (!spotlight) return [];
  return index.data.countries.map((c) => c.iso3).filter((iso) => !spotlight.has(iso));
}

export function useMapSelection(map: MapLibreMap | null): void {
  const { core: index } = useAtlasData(); // the first view's index: see Atlas.core
  const country = useAtlas((s) => s.country);
  const spotlight = useSpotlight();

  useEffect(() => {
    if (!map || !country) return;
    for (const source of SOURCES) setState(map, source, country, { selected: true });
    setLayerShown(map, SELECTED_LAYER, true);
    return () => {
      for (const source of SOURCES) setState(map, source, country, { selected: false });
      setLayerShown(map, SELECTED_LAYER, false);
    };
  }, [map, country]);

  // A spotlight (an initiative's members, or a slide's countries) keeps its colour; every other country is dimmed.
  useEffect(() => {
    if (!map || !spotlight) return;
    const dimmed = dimmedBy(index, spotlight);
    for (const iso of dimmed) for (const source of SOURCES) setState(map, source, iso, { dim: true });
    setLayerShown(map, DIM_LAYER, dimmed.length > 0);
    return () => {
      for (const iso of dimmed) for (const source of SOURCES) setState(map, source, iso, { dim: false });
      setLayerShown(map, DIM_LAYER, false);
    };
  }, [map, spotlight, index]);
}
