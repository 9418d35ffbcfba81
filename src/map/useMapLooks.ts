// Colours the countries for the year, legend toggles and theme: paint
// properties and filters only. Marks `atlas:ready` once they are first drawn.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useMemo } from 'react';
import { useAtlasData } from '../app/atlasContext.ts';
import { partsByCountry } from '../data/joins.ts';
import type { Iso3 } from '../data/types.ts';
import { useAtlas, useAtlasStoreApi } from '../state/store.ts';
import { lookOf, THEME_COLORS, type Look } from './palette.ts';
import { ensurePatterns } from './patterns.ts';
import {
  BORDER_LAYER, DIM_LAYER, FILL_LAYER, HOVER_LAYER, MICRO_LAYER, PATTERN_LAYER, SELECTED_LAYER,
  fillColorExpression, microExpressions, patternExpressions,
} from './style.ts';

export const READY_MARK = 'atlas:ready';

/** The look of every country for the current year, toggles and theme. */
export function useLooks(): ReadonlyMap<Iso3, Look> {
  const { index } = useAtlasData();
  const year = useAtlas((s) => s.year);
  const hidden = useAtlas((s) => s.hidden);
  const theme = useAtlas((s) => s.theme);
  return useMemo(() => {
    const land = THEME_COLORS[theme].land;
    const looks = new Map<Iso3, Look>();
    for (const [iso, parts] of partsByCountry(index.memberships, year, hidden)) looks.set(iso, lookOf(parts, land));
    return looks;
  }, [index, year, hidden, theme]);
}

export function useMapLooks(map: MapLibreMap | null): void {
  const looks = useLooks();
  const themeName = useAtlas((s) => s.theme);
  const store = useAtlasStoreApi();

  useEffect(() => {
    if (!map?.style) return; // no style while a lost context waits for the rebuild
    const theme = THEME_COLORS[themeName];
    ensurePatterns(map, looks.values(), theme.land);
    map.setPaintProperty('background', 'background-color', theme.ocean);
    map.setPaintProperty(FILL_LAYER, 'fill-color', fillColorExpression(looks, theme));
    const { filter, pattern } = patternExpressions(looks);
    map.setFilter(PATTERN_LAYER, filter);
    map.setPaintProperty(PATTERN_LAYER, 'fill-pattern', pattern || undefined);
    map.setPaintProperty(DIM_LAYER, 'fill-color', theme.dim);
    map.setPaintProperty(BORDER_LAYER, 'line-color', theme.border);
    map.setPaintProperty(BORDER_LAYER, 'line-width', theme.borderWidth);
    map.setPaintProperty(HOVER_LAYER, 'line-color', theme.hover);
    map.setPaintProperty(SELECTED_LAYER, 'line-color', theme.selected);
    const micro = microExpressions(looks, theme);
    map.setPaintProperty(MICRO_LAYER, 'circle-color', micro.fill);
    map.setPaintProperty(MICRO_LAYER, 'circle-stroke-color', micro.stroke);
    if (!store.getState().ready) {
      // "Ready" means the coloured countries are on screen, not that the code has started.
      map.once('idle', () => {
        if (store.getState().ready) return;
        performance.mark(READY_MARK);
        store.setState({ ready: true });
      });
      map.triggerRepaint();
    }
  }, [map, looks, themeName, store]);
}
