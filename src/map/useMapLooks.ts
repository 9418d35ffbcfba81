// Colours the countries for the year, legend toggles and theme: paint
// properties and filters only, and the first paint's colours while it shows. Marks `atlas:ready` once they are
// first drawn.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useLayoutEffect, useRef } from 'react';
import { useAtlasData } from '../app/atlasContext.ts';
import { partsByCountry, type MembershipIndex } from '../data/joins.ts';
import type { InitiativeId, Iso3 } from '../data/types.ts';
import { useAtlas, useAtlasStoreApi, type AtlasStore } from '../state/store.ts';
import type { Theme } from '../state/urlState.ts';
import { lookOf, THEME_COLORS, type Look, type ThemeColors } from './palette.ts';
import { FIRST_PAINT_LAYER, type FirstPaintLayer } from './firstPaint.ts';
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
  // The memberships' index, not the whole index: it is kept when the details arrive, so the map is not repainted.
  return looksFor(index.memberships, year, hidden, theme);
}

let lastLooks: { memberships: MembershipIndex; year: number | null; hidden: readonly InitiativeId[]; theme: Theme; looks: ReadonlyMap<Iso3, Look> } | null =
  null;

/**
 * The looks for this state, computed once however many parts ask (the map, its first paint, the labels, the export):
 * the same object for the same state, so the first paint, which compares them by identity, knows they are on screen.
 */
export function looksFor(memberships: MembershipIndex, year: number | null, hidden: readonly InitiativeId[], theme: Theme): ReadonlyMap<Iso3, Look> {
  const last = lastLooks;
  if (last && last.memberships === memberships && last.year === year && last.hidden === hidden && last.theme === theme) return last.looks;
  const land = THEME_COLORS[theme].land;
  const looks = new Map<Iso3, Look>();
  for (const [iso, parts] of partsByCountry(memberships, year, hidden)) looks.set(iso, lookOf(parts, land));
  lastLooks = { memberships, year, hidden, theme, looks };
  return looks;
}

/**
 * @param looks the countries' looks (useLooks, computed once by the caller; the first paint is given them here and,
 *   for its first frame, by FirstFrame)
 * @param firstPaint the layer drawing the countries until the tiled layers can, or null if it cannot.
 */
export function useMapLooks(map: MapLibreMap | null, looks: ReadonlyMap<Iso3, Look>, firstPaint: FirstPaintLayer | null): void {
  const themeName = useAtlas((s) => s.theme);
  const store = useAtlasStoreApi();
  const shown = useRef<{ looks: ReadonlyMap<Iso3, Look>; theme: string; top: boolean } | null>(null);

  useEffect(() => {
    if (!map?.style) return; // no style while a lost context waits for the rebuild
    const theme = THEME_COLORS[themeName];
    ensurePatterns(map, looks.values(), theme.land);
    map.setPaintProperty('background', 'background-color', theme.ocean);
    const before = shown.current;
    if (before && before.theme === themeName && before.looks !== looks && !prefersReducedMotion()) {
      // A new year: draw it on the hidden pair of layers, then fade between the pairs.
      const top = !before.top;
      shown.current = { looks, theme: themeName, top };
      crossFadeTo(map, looks, theme, top);
    } else {
      // First paint, a theme change or reduced motion: both pairs at once, the top one hidden.
      shown.current = { looks, theme: themeName, top: false };
      paintLooks(map, looks, theme, FILL_LAYER, PATTERN_LAYER);
      paintLooks(map, looks, theme, FADE_FILL_LAYER, FADE_PATTERN_LAYER);
      setTopOpacity(map, 0, 0);
    }
    map.setPaintProperty(DIM_LAYER, 'fill-color', theme.dim);
    map.setPaintProperty(BORDER_LAYER, 'line-color', theme.border);
    map.setPaintProperty(BORDER_LAYER, 'line-width', theme.borderWidth);
    map.setPaintProperty(HOVER_LAYER, 'line-color', theme.hover);
    map.setPaintProperty(SELECTED_LAYER, 'line-color', theme.selected);
    const micro = microExpressions(looks, theme);
    map.setPaintProperty(MICRO_LAYER, 'circle-color', micro.fill);
    map.setPaintProperty(MICRO_LAYER, 'circle-stroke-color', micro.stroke);
    firstPaint?.setLooks(looks, theme);
    map.triggerRepaint();
    // Without the first paint, the tiled layers draw the countries: ready once the map is idle with these colours.
    if (store.getState().ready || painting(map, firstPaint)) return;
    let live = true;
    map.once('idle', () => live && markReady(store));
    return () => {
      live = false;
    };
  }, [map, looks, themeName, store, firstPaint]);

  // Ready when the first paint has drawn these looks. A layout effect, run as the map reaches React, so the mark and
  // the store's `ready` follow that frame at once; a passive effect could come most of a second later on a slow
  // machine. If the frame was drawn before this ran, the mark carries that frame's time.
  useLayoutEffect(() => {
    if (!map?.style || !painting(map, firstPaint) || store.getState().ready) return;
    let live = true;
    void firstPaint.whenShown(looks).then((at) => live && markReady(store, at));
    return () => {
      live = false;
    };
  }, [map, looks, store, firstPaint]);
}

function painting(map: MapLibreMap, firstPaint: FirstPaintLayer | null): firstPaint is FirstPaintLayer {
  return !!firstPaint && !!map.getLayer(FIRST_PAINT_LAYER);
}

/** "Ready" means the coloured countries are on screen, not that the code has started: marked once, at `at` if given. */
function markReady(store: AtlasStore, at?: number): void {
  if (store.getState().ready) return;
  performance.mark(READY_MARK, at === undefined ? undefined : { startTime: at });
  store.setState({ ready: true });
}

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

function paintLooks(map: MapLibreMap, looks: ReadonlyMap<Iso3, Look>, theme: ThemeColors, fill: string, patternLayer: string): void {
  map.setPaintProperty(fill, 'fill-color', fillColorExpression(looks, theme));
  const { filter, pattern } = patternExpressions(looks);
  map.setFilter(patternLayer, filter);
  map.setPaintProperty(patternLayer, 'fill-pattern', pattern || undefined);
}

function setTopOpacity(map: MapLibreMap, opacity: number, duration: number): void {
  for (const layer of [FADE_FILL_LAYER, FADE_PATTERN_LAYER]) {
    map.setPaintProperty(layer, 'fill-opacity-transition', { duration, delay: 0 });
    map.setPaintProperty(layer, 'fill-opacity', opacity);
  }
}

let pendingFade: { map: MapLibreMap; run: () => void } | null = null;

/**
 * Two pairs of fill layers take turns: the new year is painted on the pair not
 * on show, and once MapLibre has rebuilt its tiles (a data-driven paint change
 * goes through the worker) the top pair fades in or out to reveal it.
 */
function crossFadeTo(map: MapLibreMap, looks: ReadonlyMap<Iso3, Look>, theme: ThemeColors, top: boolean): void {
  if (top) paintLooks(map, looks, theme, FADE_FILL_LAYER, FADE_PATTERN_LAYER);
  else paintLooks(map, looks, theme, FILL_LAYER, PATTERN_LAYER);
  if (pendingFade) pendingFade.map.off('idle', pendingFade.run);
  const run = () => {
    pendingFade = null;
    setTopOpacity(map, top ? 1 : 0, FADE_MS);
  };
  pendingFade = { map, run };
  map.once('idle', run);
  map.triggerRepaint();
}
