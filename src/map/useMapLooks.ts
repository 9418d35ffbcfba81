// Colours the countries for the year, legend toggles and theme: paint
// properties and filters only. Marks `atlas:ready` once they are first drawn.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useMemo, useRef } from 'react';
import { useAtlasData } from '../app/atlasContext.ts';
import { partsByCountry } from '../data/joins.ts';
import type { Iso3 } from '../data/types.ts';
import { useAtlas, useAtlasStoreApi } from '../state/store.ts';
import { lookOf, THEME_COLORS, type Look, type ThemeColors } from './palette.ts';
import { ensurePatterns } from './patterns.ts';
import {
  BORDER_LAYER, DIM_LAYER, FADE_FILL_LAYER, FADE_MS, FADE_PATTERN_LAYER, FILL_LAYER, HOVER_LAYER, MICRO_LAYER, PATTERN_LAYER, SELECTED_LAYER,
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
  const shown = useRef<{ looks: ReadonlyMap<Iso3, Look>; theme: string } | null>(null);

  useEffect(() => {
    if (!map) return;
    const theme = THEME_COLORS[themeName];
    ensurePatterns(map, looks.values(), theme.land);
    // A new year (same theme): lay the old colours over the new and fade them out.
    const before = shown.current;
    shown.current = { looks, theme: themeName };
    if (before && before.theme === themeName && before.looks !== looks && !prefersReducedMotion()) crossFade(map, before.looks, theme);
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

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Shows `looks` on the fade layers at full opacity, then fades them to nothing once that frame is drawn. */
function crossFade(map: MapLibreMap, looks: ReadonlyMap<Iso3, Look>, theme: ThemeColors): void {
  const { filter, pattern } = patternExpressions(looks);
  const instant = { duration: 0, delay: 0 };
  for (const layer of [FADE_FILL_LAYER, FADE_PATTERN_LAYER]) {
    map.setPaintProperty(layer, 'fill-opacity-transition', instant);
    map.setPaintProperty(layer, 'fill-opacity', 1);
  }
  map.setPaintProperty(FADE_FILL_LAYER, 'fill-color', fillColorExpression(looks, theme));
  map.setFilter(FADE_PATTERN_LAYER, filter);
  map.setPaintProperty(FADE_PATTERN_LAYER, 'fill-pattern', pattern || undefined);
  // Two opacity changes in one frame coalesce: start the fade after the opaque frame is drawn.
  map.once('render', () => {
    for (const layer of [FADE_FILL_LAYER, FADE_PATTERN_LAYER]) {
      map.setPaintProperty(layer, 'fill-opacity-transition', { duration: FADE_MS, delay: 0 });
      map.setPaintProperty(layer, 'fill-opacity', 0);
    }
  });
}
